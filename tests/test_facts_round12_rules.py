"""Facts in context, the rules added after round 12 was studied (session 13b, issue 10).

Time carried with its period: a month in the genitive before its year is a period («подвела
итоги марта 2023 года»), a dated lead that reports a period gives it to the figures after it,
«за месяц» is the month in focus, a figure dated back from the focus («Год назад было …»)
does not move the focus, and «выше прошлогоднего» is a comparison base. The texts are written
here in the style of customs notes, statistics releases and regional portals.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase, check_fact_case, facts_by_surface

read = facts_by_surface


# --------------------------------------------------------------------------- period carried
def test_a_genitive_month_before_its_year_is_the_leads_period(tmp_path: Path) -> None:
    text = ("Брянская таможня: торговля с Беларусью в марте\n"
            "Брянская таможня подвела итоги марта 2023 года. Внешнеторговый оборот области с "
            "Беларусью составил 96,2 млн долларов.\n"
            "Основные статьи вывоза:\n"
            "— древесина — 12,4 млн долларов;\n"
            "— зерно — 8,1 млн.\n")
    got = read(tmp_path, text, published="2023-04-12")
    for surface in ("96,2 млн долларов", "12,4 млн долларов", "8,1 млн"):
        assert (got[surface].year, got[surface].period) == (2023, "март"), surface


def test_a_dated_lead_that_reports_a_period_gives_it(tmp_path: Path) -> None:
    text = ("Гродненщина нарастила поставки в Россию\n"
            "ГРОДНО, 12 ноября 2021 г. — Облстат подвёл итоги внешней торговли за январь–сентябрь.\n"
            "Экспорт предприятий области в Россию составил 905 млн долларов.\n")
    got = read(tmp_path, text)
    fact = got["905 млн долларов"]
    assert (fact.year, fact.period) == (2021, "январь–сентябрь")


def test_above_last_years_is_a_base_not_a_time(tmp_path: Path) -> None:
    text = ("Облстат подвёл итоги торговли за январь–июнь 2022 года.\n"
            "Машиностроители отгрузили в Россию продукции на 91 млн долларов, что на 7% выше "
            "прошлогоднего.\n")
    got = read(tmp_path, text, published="2022-08-01")
    fact = got["91 млн долларов"]
    assert (fact.year, fact.period) == (2022, "январь–июнь")


# --------------------------------------------------------------------------- formats
def test_minus_gives_a_negative_balance() -> None:
    from analysis.money import find_amounts

    got = find_amounts("Сальдо торговли сложилось отрицательное: минус 12,3 млн долларов.")
    assert [(a.surface, a.value) for a in got] == [("минус 12,3 млн долларов", -12.3e6)]
    got = find_amounts("Сальдо за квартал — −7 млн долларов (в прошлом году: -2 млн долларов).")
    assert [a.value for a in got] == [-7e6, -2e6]


def test_a_hyphen_of_a_range_or_a_list_is_no_minus() -> None:
    from analysis.money import find_amounts

    got = find_amounts("Итоги:\n- 5 млн долларов на ремонт;\nв 2020-2021 гг. 8 млн долларов.")
    assert [a.value for a in got] == [5e6, 8e6]


def test_a_negative_balance_is_plausible_and_printed_with_its_sign() -> None:
    from analysis.briefing.formatting import fmt_money

    assert fmt_money(-43.6e6, "USD", "ru") == "\u2212$43,6\u00a0млн"
    assert fmt_money(-2.5e9, "RUB", "en").startswith("\u2212")


def test_non_redenominated_rubles_are_byr() -> None:
    from analysis.money import find_amounts

    got = find_amounts("В 2014 году завод продал продукции на 2,7 трлн неденоминированных рублей.")
    assert [(a.value, a.currency) for a in got] == [(2.7e12, "BYR")]


def test_a_spelled_out_headline_figure_is_the_bodys(tmp_path: Path) -> None:
    text = ("Сорок миллиардов: цель на пятилетку\n"
            "Стороны договорились нарастить товарооборот до 40 млрд долларов к 2030 году.\n")
    got = read(tmp_path, text, published="2025-05-05")
    head, body = got["Сорок миллиардов"], got["до 40 млрд долларов"]
    assert head.amount.currency == "USD"
    assert (head.metric, head.year, head.forecast) == (body.metric, body.year, body.forecast)


def test_a_bare_headline_number_with_no_echo_is_no_money(tmp_path: Path) -> None:
    text = ("Сорок миллионов посетителей\n"
            "Выставку посетили гости из 30 стран; экспонентам выделено 15 млн рублей.\n")
    got = read(tmp_path, text, published="2025-05-05")
    assert "Сорок миллионов" not in got


# --------------------------------------------------------------------------- lists
def test_list_items_take_the_money_time_and_plan_of_their_lead(tmp_path: Path) -> None:
    text = ("Областной бюджет на 2025 год: на промышленность — 2,1 млрд рублей.\n"
            "Министр рассказал, на что пойдут деньги в 2025 году:\n"
            "• 410 млн — субсидии на уплату процентов по кредитам;\n"
            "• 95 млн — на выставки и бизнес-миссии.\n")
    got = read(tmp_path, text, published="2024-10-20")
    for surface in ("410 млн", "95 млн"):
        fact = got[surface]
        assert fact.amount.currency == "RUB", surface
        assert (fact.year, fact.forecast) == (2025, True), surface


def test_list_items_with_no_money_lead_stay_counts(tmp_path: Path) -> None:
    text = ("Экспорт области в Беларусь составил 120 млн долларов.\n"
            "Численность населения по районам:\n"
            "• 3 млн — областной центр;\n"
            "• 1 млн — районы.\n")
    got = read(tmp_path, text, published="2024-10-20")
    assert "3 млн" not in got and "1 млн" not in got


# --------------------------------------------------------------------------- forecasts
def test_an_accumulated_stock_is_no_plan_and_a_plan_stops_at_a(tmp_path: Path) -> None:
    text = ("Накопленные российские инвестиции в экономику области аналитики оценивают в "
            "2–3 млрд долларов, а прямые инвестиции из России в 2023 году составили около "
            "700 млн долларов.\n")
    got = read(tmp_path, text, published="2024-04-01")
    stock, flow = got["2–3 млрд долларов"], got["около 700 млн долларов"]
    assert not stock.forecast and stock.year is None
    assert not flow.forecast and flow.year == 2023


# --------------------------------------------------------------------------- implied currency


def test_sales_talk_lets_a_bare_figure_borrow_from_a_paragraph_before(tmp_path: Path) -> None:
    from analysis.money import find_amounts

    text = ("В прошлом году Москва закупила белорусской продукции на 4,1 млрд долларов.\n"
            "Витебская область продаёт в Россию в основном молоко: за прошлый год это около "
            "1,2 млрд.\n")
    got = {a.surface: a.currency for a in find_amounts(text)}
    assert got["около 1,2 млрд"] == "USD"


# --------------------------------------------------------------------------- region


def test_the_belarusian_capital_in_a_list_is_not_moscow(tmp_path: Path) -> None:
    text = ("Главными партнёрами остаются Брянская область и Москва.\n"
            "Поставки брянских предприятий в белорусскую столицу — свыше 40 млн долларов, "
            "Брянская область наращивает и другие направления.\n")
    got = read(tmp_path, text, published="2024-04-01")
    assert got["свыше 40 млн долларов"].region != "Москва"


def test_a_purchase_by_a_company_with_equity_stays_a_purchase(tmp_path: Path) -> None:
    text = "Компания с уставным капиталом 10 млн рублей закупила тракторов на 50 млн рублей.\n"
    got = read(tmp_path, text, published="2024-04-01")
    assert got["50 млн рублей"].metric != "investment"


def test_a_credit_lines_limit_and_an_accounts_limit_are_not(tmp_path: Path) -> None:
    text = ("Заводу открыта кредитная линия с лимитом 600 млн рублей. "
            "Лимит по счёту на первом этапе составит 2 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-04-01")
    assert got["600 млн рублей"].metric == "credit"
    assert got["2 млрд рублей"].metric != "financing"


def test_an_earlier_amounts_period_stops_at_the_next_amounts_own_year(tmp_path: Path) -> None:
    text = ("В январе–мае 2024 года лизинговая компания профинансировала покупку техники на "
            "12,1 млрд рублей, а в целом по итогам 2023 года — на 30,5 млрд.\n")
    got = read(tmp_path, text, published="2024-06-20")
    assert got["12,1 млрд рублей"].period == "январь–май"
    first = got["на 30,5 млрд"] if "на 30,5 млрд" in got else got["30,5 млрд"]
    assert (first.year, first.period) == (2023, None)


def test_judged_by_months_gives_no_period_to_the_years_estimate(tmp_path: Path) -> None:
    text = ("Товарооборот в прошлом году составил 48 млрд долларов. Нынешний год, судя по "
            "январю–сентябрю (38,2 млрд), закончится в районе 51 млрд.\n")
    got = read(tmp_path, text, published="2024-11-20")
    assert got["38,2 млрд"].period == "январь–сентябрь"
    estimate = got["в районе 51 млрд"] if "в районе 51 млрд" in got else got["51 млрд"]
    assert estimate.period is None


def test_a_balance_takes_the_time_of_the_figures_before_it(tmp_path: Path) -> None:
    text = ("Облстат: торговля с Беларусью в январе–марте\n"
            "Товарооборот области с Беларусью в январе–марте 2025 года составил 210 млн долларов.\n"
            "Экспорт составил 130 млн долларов, импорт — 80 млн долларов. Положительное сальдо "
            "сложилось в размере 50 млн долларов.\n")
    got = read(tmp_path, text, published="2025-05-12")
    fact = got["50 млн долларов"]
    assert (fact.year, fact.period) == (2025, "январь–март")


def test_as_in_past_years_is_no_time_of_the_figure(tmp_path: Path) -> None:
    text = ("Таможня подвела итоги февраля 2024 года. Экспорт в Беларусь составил 20 млн "
            "долларов, импорт — 31 млн. Сальдо, как и в прошлом году, сложилось отрицательное: "
            "минус 11 млн долларов.\n")
    got = read(tmp_path, text, published="2024-03-12")
    fact = got["минус 11 млн долларов"]
    assert (fact.year, fact.period, fact.amount.value) == (2024, "февраль", -11e6)


def test_a_time_in_a_clause_about_something_else_is_not_the_figures(tmp_path: Path) -> None:
    text = ("Рейтинг регионов по торговле с Беларусью за первое полугодие 2024 года.\n"
            "На первом месте Москва — 7,1 млрд долларов. Третья — Московская область с 2,9 млрд "
            "долларов; годом ранее она была второй. Четвёртая — Смоленская область с 1,2 млрд "
            "долларов, хотя годом ранее она была пятой.\n")
    got = read(tmp_path, text, published="2024-08-15")
    for surface in ("2,9 млрд долларов", "1,2 млрд долларов"):
        assert (got[surface].year, got[surface].period) == (2024, "I полугодие"), surface


def test_the_sentence_after_a_part_goes_on_about_the_whole(tmp_path: Path) -> None:
    text = ("Товарооборот Беларуси и Узбекистана скромнее: 1,1 млрд долларов, из которых около "
            "700 млн пришлось на белорусский экспорт. В Минске рассчитывают выйти на 1,5 млрд.\n")
    got = read(tmp_path, text, published="2024-04-01")
    follow = got["на 1,5 млрд"] if "на 1,5 млрд" in got else got["1,5 млрд"]
    assert follow.metric == "trade_turnover"


# The cases of one shape: the fact of `surface` in an article of `text` published on
# `published` has `field` equal to `want` (`conftest.check_fact_case`).
CASES = [
    # period carried
    FactCase("for_the_month_is_the_month_in_focus/year",
        "Псковская таможня подвела итоги февраля 2024 года.\n"
        "Экспорт в Беларусь за месяц составил 33,5 млн долларов, импорт — 41 млн.\n",
        "2024-03-15", "33,5 млн долларов", "year", 2024),
    FactCase("for_the_month_is_the_month_in_focus/period1",
        "Псковская таможня подвела итоги февраля 2024 года.\n"
        "Экспорт в Беларусь за месяц составил 33,5 млн долларов, импорт — 41 млн.\n",
        "2024-03-15", "33,5 млн долларов", "period", "февраль"),
    FactCase("for_the_month_is_the_month_in_focus/period2",
        "Псковская таможня подвела итоги февраля 2024 года.\n"
        "Экспорт в Беларусь за месяц составил 33,5 млн долларов, импорт — 41 млн.\n",
        "2024-03-15", "41 млн", "period", "февраль"),
    FactCase("a_figure_dated_back_does_not_move_the_focus/year1",
        "Облстат подвёл итоги торговли за январь–июнь 2022 года.\n"
        "Экспорт в Россию составил 512 млн долларов. Год назад за тот же период было 470 млн. "
        "Импорт из России вырос до 640 млн долларов.\n",
        "2022-08-01", "470 млн", "year", 2021),
    FactCase("a_figure_dated_back_does_not_move_the_focus/year2",
        "Облстат подвёл итоги торговли за январь–июнь 2022 года.\n"
        "Экспорт в Россию составил 512 млн долларов. Год назад за тот же период было 470 млн. "
        "Импорт из России вырос до 640 млн долларов.\n",
        "2022-08-01", "640 млн долларов", "year", 2022),
    FactCase("a_figure_dated_back_does_not_move_the_focus/period",
        "Облстат подвёл итоги торговли за январь–июнь 2022 года.\n"
        "Экспорт в Россию составил 512 млн долларов. Год назад за тот же период было 470 млн. "
        "Импорт из России вырос до 640 млн долларов.\n",
        "2022-08-01", "640 млн долларов", "period", "январь–июнь"),
    # metric
    FactCase("a_credit_named_before_governs_its_whole_and_parts/metric1",
        "Государственный кредит России на строительство АЭС выбран на три четверти. "
        "Из 80 млрд рублей, предусмотренных соглашением, белорусская сторона уже получила "
        "60 млрд.\n",
        "2023-05-05", "80 млрд рублей", "metric", "credit"),
    FactCase("a_credit_named_before_governs_its_whole_and_parts/metric2",
        "Государственный кредит России на строительство АЭС выбран на три четверти. "
        "Из 80 млрд рублей, предусмотренных соглашением, белорусская сторона уже получила "
        "60 млрд.\n",
        "2023-05-05", "60 млрд", "metric", "credit"),
    FactCase("a_credit_agreement_is_a_credit/metric1",
        "Завод заключил с региональным банком кредитное соглашение на 750 млн рублей. "
        "Кроме того, подписан договор займа на 120 млн рублей.\n",
        "2023-05-05", "750 млн рублей", "metric", "credit"),
    FactCase("a_credit_agreement_is_a_credit/metric2",
        "Завод заключил с региональным банком кредитное соглашение на 750 млн рублей. "
        "Кроме того, подписан договор займа на 120 млн рублей.\n",
        "2023-05-05", "120 млн рублей", "metric", "credit"),
    # implied currency
    FactCase("a_programme_that_envisages_money_plans_it/forecast1",
        "До конца года областная программа предполагает замену 120 лифтов на сумму около "
        "400 млн рублей. Городской бюджет на закупку автобусов предусматривает 2,2 млрд рублей.\n",
        "2024-06-01", "около 400 млн рублей", "forecast", True),
    FactCase("a_programme_that_envisages_money_plans_it/forecast2",
        "До конца года областная программа предполагает замену 120 лифтов на сумму около "
        "400 млн рублей. Городской бюджет на закупку автобусов предусматривает 2,2 млрд рублей.\n",
        "2024-06-01", "2,2 млрд рублей", "forecast", True),
    FactCase("a_cap_is_no_forecast/forecast1",
        "Размер субсидии на один трактор не может превышать 2,5 млн рублей.\n"
        "Экономия на комбайне стоимостью 31 млн рублей может превышать 6 млн.\n",
        "2024-06-01", "превышать 2,5 млн рублей", "forecast", False),
    FactCase("a_cap_is_no_forecast/forecast2",
        "Размер субсидии на один трактор не может превышать 2,5 млн рублей.\n"
        "Экономия на комбайне стоимостью 31 млн рублей может превышать 6 млн.\n",
        "2024-06-01", "31 млн рублей", "forecast", False),
    FactCase("a_cap_is_no_forecast/forecast3",
        "Размер субсидии на один трактор не может превышать 2,5 млн рублей.\n"
        "Экономия на комбайне стоимостью 31 млн рублей может превышать 6 млн.\n",
        "2024-06-01", "превышать 6 млн", "forecast", False),
    FactCase("a_plan_verb_between_two_amounts_is_the_seconds/forecast1",
        "Проект стоимостью 900 млн рублей позволит сэкономить 120 млн рублей.\n",
        "2024-06-01", "900 млн рублей", "forecast", False),
    FactCase("a_plan_verb_between_two_amounts_is_the_seconds/forecast2",
        "Проект стоимостью 900 млн рублей позволит сэкономить 120 млн рублей.\n",
        "2024-06-01", "120 млн рублей", "forecast", True),
    # region
    FactCase("the_capital_in_a_list_of_regions_is_moscow/region1",
        "Главными партнёрами остаются Брянская область и Москва.\n"
        "Товарооборот с Брянщиной сложился на уровне 92 млн долларов, со столицей России — "
        "свыше 300 млн.\n",
        "2024-04-01", "92 млн долларов", "region", "Брянская область"),
    FactCase("the_capital_in_a_list_of_regions_is_moscow/region2",
        "Главными партнёрами остаются Брянская область и Москва.\n"
        "Товарооборот с Брянщиной сложился на уровне 92 млн долларов, со столицей России — "
        "свыше 300 млн.\n",
        "2024-04-01", "свыше 300 млн", "region", "Москва"),
    FactCase("equity_put_in_is_investment/metric1",
        "На пополнение уставного капитала лизинговой компании в этом году предусмотрено "
        "3 млрд рублей. Агрохолдинг получит из бюджета 900 млн рублей на увеличение "
        "уставного капитала.\n",
        "2024-04-01", "3 млрд рублей", "metric", "investment"),
    FactCase("equity_put_in_is_investment/metric2",
        "На пополнение уставного капитала лизинговой компании в этом году предусмотрено "
        "3 млрд рублей. Агрохолдинг получит из бюджета 900 млн рублей на увеличение "
        "уставного капитала.\n",
        "2024-04-01", "900 млн рублей", "metric", "investment"),
    FactCase("a_makers_sales_are_other_unless_sent_somewhere/metric1",
        "Рекордный экспорт «Лидсельмаша»\n"
        "По итогам года завод реализовал продукции на 640 млн рублей. "
        "Дилер реализовал белорусским хозяйствам сеялок на 2,1 млн евро.\n",
        "2024-02-01", "640 млн рублей", "metric", "other"),
    FactCase("a_makers_sales_are_other_unless_sent_somewhere/metric2",
        "Рекордный экспорт «Лидсельмаша»\n"
        "По итогам года завод реализовал продукции на 640 млн рублей. "
        "Дилер реализовал белорусским хозяйствам сеялок на 2,1 млн евро.\n",
        "2024-02-01", "2,1 млн евро", "metric", "export"),
    FactCase("a_price_that_reaches_a_level_is_no_result/year",
        "Рынок лифтов в первом полугодии 2023 года вырос до 28 млрд рублей.\n"
        "Спрос на скоростные лифты растёт; цена одного лифта доходит до 7 млн руб.\n",
        "2023-09-01", "до 7 млн руб.", "year", None),
    FactCase("a_price_that_reaches_a_level_is_no_result/period",
        "Рынок лифтов в первом полугодии 2023 года вырос до 28 млрд рублей.\n"
        "Спрос на скоростные лифты растёт; цена одного лифта доходит до 7 млн руб.\n",
        "2023-09-01", "до 7 млн руб.", "period", None),
    FactCase("a_part_named_after_it_takes_its_cue_and_the_whole_does_not/metric1",
        "Товарооборот Беларуси и Узбекистана скромнее: 1,1 млрд долларов, из которых около "
        "700 млн пришлось на белорусский экспорт — грузовики МАЗ, тракторы, молочную "
        "продукцию.\n",
        "2024-04-01", "около 700 млн", "metric", "export"),
    FactCase("a_part_named_after_it_takes_its_cue_and_the_whole_does_not/metric2",
        "Товарооборот Беларуси и Узбекистана скромнее: 1,1 млрд долларов, из которых около "
        "700 млн пришлось на белорусский экспорт — грузовики МАЗ, тракторы, молочную "
        "продукцию.\n",
        "2024-04-01", "1,1 млрд долларов", "metric", "trade_turnover"),
    FactCase("a_cue_before_a_dash_and_an_amount_is_the_next_amounts/metric1",
        "Экспорт составил 5 млн долларов, импорт — около 45 млн долларов.\n",
        "2024-04-01", "5 млн долларов", "metric", "export"),
    FactCase("a_cue_before_a_dash_and_an_amount_is_the_next_amounts/metric2",
        "Экспорт составил 5 млн долларов, импорт — около 45 млн долларов.\n",
        "2024-04-01", "около 45 млн долларов", "metric", "import"),
    FactCase("investment_in_fixed_capital_is_the_reports_year/year1",
        "Губернатор отчитался о работе правительства за 2023 год.\n"
        "«Объём инвестиций в основной капитал вырос до 98 млрд рублей», — сказал он. "
        "Инвесторы также вложили в новый завод 2 млрд рублей.\n",
        "2024-04-19", "98 млрд рублей", "year", 2023),
    # a one-off investment keeps none
    FactCase("investment_in_fixed_capital_is_the_reports_year/year2",
        "Губернатор отчитался о работе правительства за 2023 год.\n"
        "«Объём инвестиций в основной капитал вырос до 98 млрд рублей», — сказал он. "
        "Инвесторы также вложили в новый завод 2 млрд рублей.\n",
        "2024-04-19", "2 млрд рублей", "year", None),
    # period carried
    FactCase("a_date_is_no_period",
        "Соглашение подписано 14 марта 2023 года. Экспорт области в Беларусь в 2022 году "
        "составил 310 млн долларов.\n",
        "2023-04-12", "310 млн долларов", "period", None),
    FactCase("a_genitive_month_as_a_comparison_base_is_no_period",
        "Товарооборот области с Беларусью в 2024 году составил 1,2 млрд долларов, "
        "что выше уровня марта 2023 года.\n",
        "2025-02-12", "1,2 млрд долларов", "period", None),
    FactCase("for_the_month_without_a_month_in_focus_takes_none",
        "Итоги года подведены.\n"
        "Экспорт в Беларусь за месяц составил 33,5 млн долларов.\n",
        "2024-03-15", "33,5 млн долларов", "period", None),
    FactCase("a_dated_lead_with_no_period_still_gives_no_time",
        "Гродненщина нарастила поставки в Россию\n"
        "ГРОДНО, 12 ноября 2021 г. — Облстат рассказал о внешней торговле.\n"
        "Экспорт предприятий области в Россию составил 905 млн долларов.\n",
        "", "905 млн долларов", "period", None),
    # forecasts
    FactCase("an_estimated_project_is_still_a_plan",
        "Инвестиции в новый сборочный цех оцениваются в 1,2 млрд рублей.\n",
        "2024-04-01", "1,2 млрд рублей", "forecast", True),
    FactCase("a_gapped_clause_after_a_keeps_the_plan_verb",
        "На первом этапе район выделит земельный участок, а областной бюджет — субсидию "
        "на 80 млн рублей.\n",
        "2024-04-01", "80 млн рублей", "forecast", True),
    FactCase("a_plan_before_a_plus_also_reaches_the_amount",
        "Завод планирует закупить станки, а также оборудование на 300 млн рублей.\n",
        "2024-04-01", "300 млн рублей", "forecast", True),
    # metric
    FactCase("a_sentence_opening_with_iz_and_its_own_strong_cue_keeps_it",
        "Государственный кредит России выбран полностью. "
        "Из 80 млрд рублей экспорт белорусских товаров в Россию составил 12 млрд рублей.\n",
        "2023-05-05", "12 млрд рублей", "metric", "export"),
    FactCase("money_from_this_credit_is_the_credit",
        "На модернизацию литейного цеха направят 3,4 млрд рублей из этого кредита.\n",
        "2023-05-05", "3,4 млрд рублей", "metric", "credit"),
    FactCase("modernisation_without_a_credit_stays_investment",
        "На модернизацию литейного цеха направят 3,4 млрд рублей из собственных средств.\n",
        "2023-05-05", "3,4 млрд рублей", "metric", "investment"),
    FactCase("a_supply_agreement_stays_an_agreement",
        "Завод заключил с дилером договор поставки тракторов на 750 млн рублей.\n",
        "2023-05-05", "750 млн рублей", "metric", "agreements"),
    FactCase("a_programme_governs_what_it_is_for",
        "Региональная программа обновления автобусного парка на 2024 год располагает "
        "3,2 млрд рублей.\n",
        "2024-02-05", "3,2 млрд рублей", "metric", "financing"),
    FactCase("a_programmes_quoted_name_is_no_cue",
        "На областную программу «Развитие инвестиционной привлекательности» на три года "
        "заложено 2,6 млрд рублей.\n",
        "2024-02-05", "2,6 млрд рублей", "metric", "financing"),
    FactCase("money_directed_on_renewal_is_still_investment",
        "Предприятие направит на обновление станочного парка 400 млн рублей.\n",
        "2024-02-05", "400 млн рублей", "metric", "investment"),
    # implied currency
    FactCase("a_bare_figure_borrows_the_currency_of_its_own_kind",
        "В базовом сценарии товарооборот в следующем году составит 54 млрд долларов.\n"
        "На союзную программу по станкостроению выделят 3,1 млрд российских рублей.\n"
        "При плохом сценарии товарооборот может снизиться до 47 млрд.\n",
        "2024-12-01", "до 47 млрд", "amount.currency", "USD"),
    FactCase("a_bare_figure_after_its_own_kind_keeps_the_nearest_currency",
        "Товарооборот области с Беларусью в 2023 году составил 410 млн долларов, "
        "а в 2024 году вырос до 460 млн.\n",
        "2025-02-01", "460 млн", "amount.currency", "USD"),
    FactCase("the_clause_names_the_currency_of_a_bare_figure",
        "Экспорт завода в Россию составил 96 млн долларов. За год поступления в российской "
        "валюте превысили 7 млрд.\n",
        "2024-03-01", "превысили 7 млрд", "amount.currency", "RUB"),
    FactCase("a_plan_verb_after_a_lone_amount_is_still_its",
        "Ещё 800 млн рублей придётся на вторую очередь завода.\n",
        "2024-06-01", "800 млн рублей", "forecast", True),
    FactCase("a_change_against_a_year_is_a_base",
        "Комиссия подвела итоги 2023 года. Взаимная торговля составила 91,4 млрд долларов, "
        "прибавив 7,1% к 2022 году.\n",
        "2024-04-01", "91,4 млрд долларов", "year", 2023),
    FactCase("a_year_after_k_without_a_change_is_a_target",
        "Стороны рассчитывают довести товарооборот к 2026 году до 3 млрд долларов.\n",
        "2024-04-01", "до 3 млрд долларов", "year", 2026),
    # region
    FactCase("a_programmes_limit_is_financing",
        "Банки компенсируют аграриям часть ставки по кредитам на технику. "
        "На 2024 год лимит этого направления – 2,8 млрд рублей.\n",
        "2024-04-01", "2,8 млрд рублей", "metric", "financing"),
    FactCase("a_list_under_one_period_shares_it",
        "За январь–март 2024 года экспорт составил 51 млн долларов, импорт — 33 млн.\n",
        "2024-05-20", "33 млн", "period", "январь–март"),
    FactCase("incomes_are_still_a_result",
        "Холдинг подвёл итоги 2023 года.\n"
        "Доходы от экспорта составили 410 млн рублей.\n",
        "2024-02-20", "410 млн рублей", "year", 2023),
    FactCase("a_price_after_figures_keeps_no_time",
        "Экспорт тракторов в 2024 году составил 120 млн долларов.\n"
        "Средняя цена трактора — около 4 млн рублей.\n",
        "2025-03-12", "около 4 млн рублей", "year", None),
    FactCase("a_comment_on_the_figure_keeps_its_time_words",
        "Завод сообщил о результатах работы.\n"
        "Экспорт шин достиг 310 млн долларов, что на 20 млн долларов больше, чем годом ранее.\n",
        "", "310 млн долларов", "year", None),
    FactCase("the_outgoing_year_is_the_year_of_publication",
        "В уходящем году экспорт области в Беларусь составил 140 млн долларов.\n",
        "2022-12-20", "140 млн долларов", "year", 2022),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fact_cases(tmp_path: Path, case: FactCase) -> None:
    check_fact_case(tmp_path, case)
