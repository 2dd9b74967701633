"""Facts in context, the rules added after round 10's first look (issue 10).

What money is owed (debts, arrears, penalties, prepayments, payments) is «other», money a
bank hands out («выдаст») is a credit; a draft («проект бюджета») is the budget's; a colon
ends a governing phrase; unit prices per thousand cubic metres and «по … каждый»; a dated
dateline gives no year; a time after a parenthetical dash, in a participle clause after the
amount, or «до конца июня»; no year from a participle clause about an earlier noun, nor from
the next predicate after «и»; allocated money takes the year of the budget it belongs to; a
figure for a year after the publication is a plan; the items of an elliptic list share its
predicate. The texts are written here in the style of business dailies, court news, Union
State press releases, farm papers and energy reviews.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

read = facts_by_surface


# --------------------------------------------------------------------------- metric
def test_debt_in_a_court_claim_is_owed_money_not_a_credit(tmp_path: Path) -> None:
    text = ("Арбитражный суд Свердловской области взыскал с дилера задолженность за поставленные "
            "лифты. На момент подачи иска долг составлял 18,4 млн рублей, пеня — 2,1 млн рублей.\n")
    got = read(tmp_path, text, published="2025-03-04")
    assert got["18,4 млн рублей"].metric == "other"
    assert got["2,1 млн рублей"].metric == "other"


def test_loan_named_as_such_stays_a_credit_beside_a_debt_word(tmp_path: Path) -> None:
    text = "Для погашения долга завод взял кредит Сбербанка на 600 млн рублей.\n"
    assert read(tmp_path, text, published="2025-03-04")["600 млн рублей"].metric == "credit"


def test_prepayment_and_monthly_payment_are_what_a_buyer_pays(tmp_path: Path) -> None:
    text = ("Перевозчик перечислил заводу предоплату в размере 30% — 27 млн рублей. "
            "Тягачи взяты в лизинг, ежемесячный платеж составит 410 тыс. руб.\n")
    got = read(tmp_path, text, published="2024-11-20")
    assert got["27 млн рублей"].metric == "other"
    assert got["410 тыс. руб."].metric == "other"


def test_banks_that_hand_out_money_lend_it(tmp_path: Path) -> None:
    text = "Три банка выдадут 6,2 млрд рублей на смоленскую сборку погрузчиков\n"
    assert read(tmp_path, text, published="2025-06-02")["6,2 млрд рублей"].metric == "credit"


def test_draft_of_a_budget_is_the_budget_not_a_project(tmp_path: Path) -> None:
    text = ("Совет министров одобрил проект бюджета на 2026 год в объеме 8,1 млрд российских "
            "рублей.\n")
    got = read(tmp_path, text, published="2025-11-28")
    assert got["8,1 млрд российских рублей"].metric == "financing"


def test_draft_of_a_union_programme_is_the_programme(tmp_path: Path) -> None:
    text = ("Проект союзной программы по выпуску станков с ЧПУ оценен в 3,6 млрд рублей на "
            "четыре года.\n")
    assert read(tmp_path, text)["3,6 млрд рублей"].metric == "financing"


def test_project_through_a_preposition_still_governs(tmp_path: Path) -> None:
    text = ("Проект по выпуску кабин для тракторов МТЗ в Калужской области оценивается "
            "в 2,4 млрд рублей.\n")
    got = read(tmp_path, text, published="2025-05-14")
    assert got["2,4 млрд рублей"].metric == "investment"


def test_colon_ends_the_phrase_that_governs_a_cue(tmp_path: Path) -> None:
    text = ("В 2022 году в городе открылось совместное производство насосов: инвестиции "
            "составили 760 млн рублей.\n")
    assert read(tmp_path, text, published="2024-12-27")["760 млн рублей"].metric == "investment"


def test_price_per_thousand_cubic_metres_is_a_unit_price(tmp_path: Path) -> None:
    text = ("Стороны подписали дополнение к контракту: цена газа в 2025 году составит "
            "$131,40 за тыс. куб. м.\n")
    assert read(tmp_path, text, published="2025-01-15")["$131,40"].metric == "other"


def test_price_of_each_machine_is_a_unit_price(tmp_path: Path) -> None:
    text = ("Кооператив берет в лизинг три погрузчика «Амкодор» по 8 млн 400 тыс. рублей каждый.\n")
    got = read(tmp_path, text, published="2024-05-06")
    assert got["8 млн 400 тыс. рублей"].metric == "other"


def test_figure_after_a_split_of_trade_refers_to_the_total(tmp_path: Path) -> None:
    text = ("Товарооборот Курской области с Беларусью составил 960 млн долларов. Экспорт достиг "
            "380 млн долларов, импорт — 580 млн долларов.\n"
            "На долю Гомельской области приходится около трети этого объема — порядка 320 млн "
            "долларов.\n")
    got = read(tmp_path, text, published="2025-02-14")
    assert got["порядка 320 млн долларов"].metric == "trade_turnover"
    assert got["580 млн долларов"].metric == "import"


def test_figure_after_a_single_part_keeps_that_part(tmp_path: Path) -> None:
    text = ("Импорт из республики составил 580 млн долларов.\n"
            "На долю Гомельской области приходится около трети — порядка 190 млн долларов.\n")
    got = read(tmp_path, text, published="2025-02-14")
    assert got["порядка 190 млн долларов"].metric == "import"


# --------------------------------------------------------------------------- year
def test_dateline_with_a_year_gives_the_figure_no_year(tmp_path: Path) -> None:
    text = ("Банки подписали соглашение\n"
            "КАЗАНЬ, 12 марта 2026 г. — Два банка подписали соглашение о совместном "
            "финансировании проектов на сумму до 300 млн долларов.\n")
    fact = read(tmp_path, text)["до 300 млн долларов"]
    assert fact.year is None and fact.region is None


def test_time_after_a_parenthetical_dash_is_the_amounts(tmp_path: Path) -> None:
    text = ("Первый транш в 900 млн рублей завод получит в мае, второй — около 1,1 млрд "
            "рублей — в первом квартале следующего года.\n")
    fact = read(tmp_path, text, published="2025-02-10")["около 1,1 млрд рублей"]
    assert fact.year == 2026 and fact.period == "I квартал"


def test_time_a_few_words_after_a_closing_dash_is_the_amounts(tmp_path: Path) -> None:
    text = ("Первая очередь цеха обошлась в 1,2 млрд рублей; вторая — еще 640 млн — намечена "
            "на 2028 год.\n")
    fact = read(tmp_path, text, published="2026-03-03")["640 млн"]
    assert fact.year == 2028 and fact.forecast


def test_deadline_in_a_month_is_of_the_publication_year(tmp_path: Path) -> None:
    text = "Первый транш в 1,4 млрд рублей заемщик получит до конца сентября.\n"
    assert read(tmp_path, text, published="2025-04-17")["1,4 млрд рублей"].year == 2025


def test_participle_clause_after_the_amount_dates_it(tmp_path: Path) -> None:
    text = ("Средства пойдут на погашение двух кредитов: 45 млн долларов, полученных в 2021 "
            "году, и 30 млн долларов, взятых в прошлом году.\n")
    got = read(tmp_path, text, published="2024-10-01")
    assert got["45 млн долларов"].year == 2021
    assert got["30 млн долларов"].year == 2023


def test_participle_clause_about_an_earlier_noun_does_not_date_the_amount(
        tmp_path: Path) -> None:
    text = ("Прежняя союзная программа, завершенная в 2022 году, обошлась в 1,9 млрд "
            "российских рублей.\n")
    assert read(tmp_path, text)["1,9 млрд российских рублей"].year is None


def test_year_after_and_belongs_to_the_next_predicate(tmp_path: Path) -> None:
    text = ("Омский завод в прошлом году закупил в Беларуси узлов на 800 млн рублей и в "
            "следующем году намерен построить склад.\n")
    fact = read(tmp_path, text, published="2024-06-05")["800 млн рублей"]
    assert fact.year == 2023 and not fact.forecast


def test_budget_shares_take_the_year_of_the_budget(tmp_path: Path) -> None:
    text = ("Утвержден бюджет Союзного государства на 2026 год\n"
            "Совмин утвердил бюджет Союзного государства на 2026 год в объеме 8,4 млрд "
            "российских рублей.\n"
            "Российская сторона обеспечит 65% доходной части — около 5,5 млрд рублей, белорусская — "
            "35%, или 2,9 млрд рублей.\n")
    got = read(tmp_path, text, published="2025-12-10")
    assert got["около 5,5 млрд рублей"].year == 2026
    assert got["2,9 млрд рублей"].year == 2026


def test_one_off_credit_takes_no_year_from_the_lead(tmp_path: Path) -> None:
    text = ("Итоги 2024 года: банк нарастил кредитование\n"
            "В 2024 году банк выдал экспортерам кредитов на 14 млрд рублей.\n"
            "Отдельно заводу открыта кредитная линия на 900 млн рублей.\n")
    assert read(tmp_path, text, published="2025-02-20")["900 млн рублей"].year is None


# --------------------------------------------------------------------------- forecast
def test_money_for_a_year_after_publication_is_a_plan(tmp_path: Path) -> None:
    text = "Союзный бюджет на 2026 год составляет 8,4 млрд российских рублей.\n"
    assert read(tmp_path, text, published="2025-12-10")["8,4 млрд российских рублей"].forecast


def test_signed_contract_for_a_later_year_is_not_a_plan(tmp_path: Path) -> None:
    text = "Объем контракта на 2027 год с МАЗом — 6,3 млрд рублей.\n"
    fact = read(tmp_path, text, published="2026-05-12")["6,3 млрд рублей"]
    assert fact.metric == "agreements" and not fact.forecast


def test_items_of_an_elliptic_list_share_its_plan(tmp_path: Path) -> None:
    text = ("В первый год программы планируется направить 250 млн рублей, во второй — 480 млн, "
            "в третий — по 600 млн.\n")
    got = read(tmp_path, text)
    assert got["250 млн рублей"].forecast and got["480 млн"].forecast and got["600 млн"].forecast


def test_items_of_a_reported_list_stay_reported(tmp_path: Path) -> None:
    text = ("В первый год программы направили 250 млн рублей, во второй — 480 млн, "
            "в третий — по 600 млн.\n")
    got = read(tmp_path, text)
    assert not any(got[s].forecast for s in ("250 млн рублей", "480 млн", "600 млн"))


# --------------------------------------------------------------------------- currency
def test_one_sum_paid_in_belarusian_rubles_leaves_the_others_russian(tmp_path: Path) -> None:
    text = ("Расходы бюджета Союзного государства в прошлом году составили 7,2 млрд рублей.\n"
            "Средства в белорусских рублях пойдут на программы, исполнители которых находятся "
            "в Беларуси.\n")
    fact = read(tmp_path, text, published="2026-01-22")["7,2 млрд рублей"]
    assert fact.amount.currency == "RUB"


def test_procurement_held_in_belarusian_rubles_makes_its_sums_belarusian(tmp_path: Path) -> None:
    text = ("Автопарк объявил закупку 40 комплектов шин. Закупка проводится в белорусских "
            "рублях, начальная цена — 310 тыс. рублей.\n")
    fact = read(tmp_path, text, published="2025-09-02")["310 тыс. рублей"]
    assert fact.amount.currency == "BYN"
