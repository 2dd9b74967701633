"""Facts in context, the rules added in session 13 (issue 10): the metric read as a reader
reads it, and four misreadings seen in briefings.

Metric: a part of a whole or «ещё» one more of its kind takes the whole's metric when its own
cue only says where the money goes; an aside phrase («с учётом», «без учёта», «за счёт»)
names no metric and no period; an interview answer takes the topic of its question; words
that only look like cues («поставлена задача», «министерство инвестиций», «Экономика часа»)
are set aside, in the topic a sentence hands on too; «договоры на финансирование» are the
financing; deliveries to the other side's partners are exports; vocabulary (заёмщик, долговой
рынок, платить). Briefings: «к прошлому году» is a comparison base, «с учётом декабрьских
отгрузок» no period, «в экономику региона» the article's region, «на 2024–2028 годы» a plan.
The texts are written here in the style of regional portals, agency news and interviews.
"""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface

read = facts_by_surface


# --------------------------------------------------------------------------- year: comparison
def test_last_year_after_k_is_a_comparison_base(tmp_path: Path) -> None:
    text = ("Курские аграрии нарастили поставки в Беларусь\n"
            "Экспорт курской продукции в республику вырос на 52 млн долларов к прошлому году.\n")
    got = read(tmp_path, text, published="2025-11-20")
    assert got["52 млн долларов"].year == 2025  # not 2024, the base


def test_compared_with_last_year_is_a_base_too(tmp_path: Path) -> None:
    text = "Экспорт области в Беларусь вырос на 40 млн долларов по сравнению с прошлым годом.\n"
    got = read(tmp_path, text, published="2025-11-20")
    assert got["40 млн долларов"].year == 2025


def test_a_stated_year_stays_beside_a_relative_base(tmp_path: Path) -> None:
    text = "В 2023 году экспорт области в Беларусь вырос на 31 млн долларов к прошлому году.\n"
    got = read(tmp_path, text, published="2025-03-01")
    assert got["31 млн долларов"].year == 2023


def test_k_next_year_is_still_a_target(tmp_path: Path) -> None:
    text = "Товарооборот области с Беларусью к следующему году должен достичь 2 млрд долларов.\n"
    got = read(tmp_path, text, published="2025-03-01")
    assert got["2 млрд долларов"].year == 2026 and got["2 млрд долларов"].forecast


def test_last_year_in_a_when_clause_is_the_figures_own(tmp_path: Path) -> None:
    text = ("Товарооборот области с Беларусью в прошлом году составил 300 млн долларов. "
            "Он вырос на 15% по сравнению с позапрошлым годом, когда было 260 млн.\n")
    got = read(tmp_path, text, published="2025-03-01")
    assert got["260 млн"].year == 2023


# --------------------------------------------------------------------------- aside phrases
def test_a_forecast_with_december_shipments_takes_no_period(tmp_path: Path) -> None:
    text = ("Импорт из Беларуси в прошлом году составил 640 млн долларов.\n"
            "Прежняя оценка — 700 млн долларов — это был прогноз с учётом отгрузок в декабре.\n")
    got = read(tmp_path, text, published="2025-01-20")
    assert got["700 млн долларов"].period is None
    assert got["700 млн долларов"].metric == "import"  # the shipments are no metric either


def test_a_month_adjective_is_no_period(tmp_path: Path) -> None:
    text = "Импорт из Беларуси вырос до 90 млн долларов за счёт поставок в декабрьские праздники.\n"
    got = read(tmp_path, text, published="2025-01-20")
    assert got["90 млн долларов"].period is None


def test_a_month_after_v_is_still_a_period(tmp_path: Path) -> None:
    text = "В декабре импорт из Беларуси составил 64 млн долларов.\n"
    got = read(tmp_path, text, published="2025-01-20")
    assert got["64 млн долларов"].period == "декабрь"


def test_without_deliveries_keeps_the_figures_metric(tmp_path: Path) -> None:
    text = ("Импорт из Беларуси в прошлом году составил 640 млн долларов, а без учёта "
            "поставок техники — 590 млн долларов.\n")
    got = read(tmp_path, text, published="2025-01-20")
    assert got["590 млн долларов"].metric == "import"


def test_funded_from_a_credit_is_financing(tmp_path: Path) -> None:
    text = ("Минфин сообщил, что договоры с банками на финансирование за счёт кредита "
            "заключены на 38 млрд российских рублей.\n")
    got = read(tmp_path, text, published="2024-04-02")
    assert got["38 млрд российских рублей"].metric == "financing"


def test_a_credit_the_amount_belongs_to_stays_a_credit(tmp_path: Path) -> None:
    text = "Строительство цеха профинансировано за счёт кредита ВЭБ на 2 млрд рублей.\n"
    got = read(tmp_path, text, published="2024-04-02")
    assert got["2 млрд рублей"].metric == "credit"


# --------------------------------------------------------------------------- parts of a whole
def test_a_part_for_deliveries_is_the_contracts_share(tmp_path: Path) -> None:
    text = ("Общая стоимость контракта на 25 лет составляет 12 млрд рублей, из них на поставку "
            "автобусов приходится 4,2 млрд рублей, остальное — сервис.\n")
    got = read(tmp_path, text, published="2024-06-01")
    assert got["4,2 млрд рублей"].metric == "agreements"


def test_a_part_that_goes_to_purchases_is_the_investments_share(tmp_path: Path) -> None:
    text = ("Белорусская сторона готова вложить в завод около 2 млрд рублей, из них €12 млн "
            "пойдут на закупку оборудования.\n")
    got = read(tmp_path, text, published="2024-06-01")
    assert got["€12 млн"].metric == "investment"


def test_one_more_sum_for_deliveries_is_one_more_agreement(tmp_path: Path) -> None:
    text = ("Крупнейший контракт на поставку кабеля оценивается в 500 млн рублей. Ещё 200 млн "
            "рублей придётся на поставки для дорожных трестов.\n")
    got = read(tmp_path, text, published="2024-06-01")
    assert got["200 млн рублей"].metric == "agreements"


def test_a_part_named_as_export_keeps_its_own_cue(tmp_path: Path) -> None:
    text = ("Товарооборот вырос до 140 млрд рублей, из них на экспорт в Беларусь пришлось "
            "80 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-06-01")
    assert got["80 млрд рублей"].metric == "export"


def test_a_part_named_as_a_subject_keeps_its_own_cue(tmp_path: Path) -> None:
    text = ("Товарооборот области с Беларусью составил 700 млн долларов, из них поставки "
            "белорусских товаров в регион — 400 млн долларов.\n")
    got = read(tmp_path, text, published="2024-06-01")
    assert got["400 млн долларов"].metric == "import"


def test_one_more_with_a_strong_cue_keeps_it(tmp_path: Path) -> None:
    text = ("На субсидии аграриям направят 300 млн рублей. Ещё 200 млн рублей банк выдаст "
            "в виде кредитов.\n")
    got = read(tmp_path, text, published="2024-06-01")
    assert got["200 млн рублей"].metric == "credit"


# --------------------------------------------------------------------------- interview, not-cues
def test_an_answer_takes_the_topic_of_its_question(tmp_path: Path) -> None:
    text = ("Губернатор: «Мы живём с Гомелем как соседи»\n"
            "— Сколько сейчас составляет товарооборот с Беларусью?\n"
            "— По итогам прошлого года — 1,2 млрд долларов.\n")
    got = read(tmp_path, text, published="2025-03-01")
    assert got["1,2 млрд долларов"].metric == "trade_turnover"


def test_an_answer_with_its_own_cue_keeps_it(tmp_path: Path) -> None:
    text = ("— Сколько сейчас составляет товарооборот с Беларусью?\n"
            "— Инвестиции белорусских компаний в область — 80 млн долларов.\n")
    got = read(tmp_path, text, published="2025-03-01")
    assert got["80 млн долларов"].metric == "investment"


def test_setting_a_task_delivers_nothing(tmp_path: Path) -> None:
    text = ("В прошлом году объём торговли составил 480 млн долларов, а на этот год поставлена "
            "задача превысить полмиллиарда долларов.\n")
    got = read(tmp_path, text, published="2025-03-01")
    assert got["превысить полмиллиарда долларов"].metric == "trade_turnover"


def test_a_ministry_of_investment_is_a_name(tmp_path: Path) -> None:
    text = ("Товарооборот Ярославской области с Беларусью за 10 месяцев составил 25 млрд рублей. "
            "По оценке министерства инвестиций и промышленности, за весь год он превысит 28 млрд.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["превысит 28 млрд"].metric == "trade_turnover"


def test_investment_words_outside_a_name_still_count(tmp_path: Path) -> None:
    text = "Инвестиции в новый цех составят 300 млн рублей.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["300 млн рублей"].metric == "investment"


def test_a_bond_issue_lends_no_output_to_the_next_sentence(tmp_path: Path) -> None:
    text = ("Минфин Беларуси разместил в Москве новый выпуск облигаций. "
            "Всего республика получила на этом рынке более 40 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["более 40 млрд рублей"].metric != "production"


def test_a_rubric_called_economy_is_no_investment(tmp_path: Path) -> None:
    text = ("Экономика недели: автобусы для Череповца\n"
            "Вот автопарк в Череповце взял двадцать автобусов МАЗ, это порядка 300 миллионов "
            "рублей.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["порядка 300 миллионов рублей"].metric != "investment"


# --------------------------------------------------------------------------- vocabulary, direction
def test_borrowers_receive_credit(tmp_path: Path) -> None:
    text = "Заемщики смогут получить от 1 до 3 млрд рублей на проект.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["от 1 до 3 млрд рублей"].metric == "credit"


def test_the_debt_market_is_borrowing(tmp_path: Path) -> None:
    text = "С 2020 года республика привлекла на российском долговом рынке более 50 млрд рублей.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["более 50 млрд рублей"].metric == "credit"


def test_a_yearly_payment_is_other(tmp_path: Path) -> None:
    text = ("Город заключил контракт на поставку трамваев из Минска. Ежегодно город будет "
            "платить поставщику за обслуживание вагонов по 300 млн рублей.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["300 млн рублей"].metric == "other"


def test_shipments_to_belarusian_partners_are_export(tmp_path: Path) -> None:
    text = "За полгода завод отгрузил белорусским партнёрам продукции на 400 млн рублей.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["400 млн рублей"].metric == "export"


def test_shipments_with_no_other_side_stay_output(tmp_path: Path) -> None:
    text = "За полгода завод отгрузил продукции на 400 млн рублей.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["400 млн рублей"].metric == "production"


# --------------------------------------------------------------------------- region, plans
def test_money_into_the_regions_economy_gets_the_lead_region(tmp_path: Path) -> None:
    text = ("Губернатор Калужской области подвёл итоги года\n"
            "С белорусскими партнёрами подписано пять соглашений.\n\n"
            "В экономику региона за год привлечено 412 млрд рублей.\n")
    got = read(tmp_path, text, published="2025-02-10")
    assert got["412 млрд рублей"].metric == "investment"
    assert got["412 млрд рублей"].region == "Калужская область"


def test_money_into_the_regions_economy_gets_a_regional_outlets_region(tmp_path: Path) -> None:
    text = ("Губернатор подвёл итоги года\n"
            "В экономику региона в 2024 году привлечено 412 млрд рублей.\n")
    got = read(tmp_path, text, published="2025-02-10", source="Брянские новости")
    assert got["412 млрд рублей"].region == "Брянская область"


def test_a_regional_outlet_gives_no_region_to_other_money(tmp_path: Path) -> None:
    text = ("Губернатор подвёл итоги года\n"
            "Банк выдал предприятиям кредитов на 12 млрд рублей.\n")
    got = read(tmp_path, text, published="2025-02-10", source="Брянские новости")
    assert got["12 млрд рублей"].region is None


def test_a_multi_year_programme_is_a_plan_with_no_year(tmp_path: Path) -> None:
    text = ("Союзная программа по станкостроению на 2024–2028 годы предусматривает "
            "финансирование в объёме 9,5 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-05-10")
    assert got["9,5 млрд рублей"].forecast and got["9,5 млрд рублей"].year is None


def test_a_programme_that_ended_is_no_plan(tmp_path: Path) -> None:
    text = ("Союзная программа на 2018–2021 годы получила финансирование в объёме "
            "3,2 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-05-10")
    assert not got["3,2 млрд рублей"].forecast


def test_a_signed_contract_over_years_is_no_plan(tmp_path: Path) -> None:
    text = ("Город заключил контракт на обслуживание трамваев на 2024–2030 годы на сумму "
            "1,1 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-05-10")
    assert got["1,1 млрд рублей"].metric == "agreements"
    assert not got["1,1 млрд рублей"].forecast


# --------------------------------------------------------------------------- heads and places
def test_a_budget_line_for_a_purchase_is_financing(tmp_path: Path) -> None:
    text = ("Первые автобусы придут весной. На их приобретение в 2025 году в областном бюджете "
            "зарезервировано 900 млн рублей.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["900 млн рублей"].metric == "financing"


def test_output_in_current_prices_stays_output(tmp_path: Path) -> None:
    text = "Объём производства в текущих ценах составил 1,2 млрд рублей.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["1,2 млрд рублей"].metric == "production"


def test_their_value_points_back_to_the_deliveries(tmp_path: Path) -> None:
    text = ("Брянская область нарастила экспорт зерна в Беларусь\n"
            "Поставки пшеницы выросли вдвое — до 30 тыс. тонн, их стоимость составила около "
            "400 млн рублей.\n")
    got = read(tmp_path, text, published="2025-02-01")
    assert got["около 400 млн рублей"].metric == "export"


def test_a_machines_value_stays_a_price(tmp_path: Path) -> None:
    text = "Стоимость одного самосвала составляет около 2 млн долларов.\n"
    got = read(tmp_path, text, published="2025-02-01")
    assert got["около 2 млн долларов"].metric == "other"


def test_a_production_site_created_at_a_cost_is_an_investment(tmp_path: Path) -> None:
    text = ("Благодаря союзной программе в области создано производство кабин для тракторов "
            "стоимостью 600 млн рублей.\n")
    got = read(tmp_path, text, published="2025-02-01")
    assert got["600 млн рублей"].metric == "investment"


# --------------------------------------------------------------------------- markets, attribution
def test_a_market_size_is_other(tmp_path: Path) -> None:
    text = ("«Могилёвлифтмаш» в прошлом году поставил в Россию лифтов на 90 млн долларов. "
            "Рынок лифтов в России аналитики оценивают в 55 млрд рублей в год.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["55 млрд рублей"].metric == "other"


def test_revenue_on_the_russian_market_stays_export(tmp_path: Path) -> None:
    text = "Выручка МТЗ на российском рынке в 2023 году составила 900 млн долларов.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["900 млн долларов"].metric == "export"


def test_deliveries_to_the_russian_market_stay_export(tmp_path: Path) -> None:
    text = "Поставки белорусских шин на российский рынок в 2023 году превысили 300 млн долларов.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["превысили 300 млн долларов"].metric == "export"


def test_who_estimates_names_no_metric(tmp_path: Path) -> None:
    text = ("Стоимость сделки по тракторам МТЗ не раскрывается, но, по оценке участников рынка, "
            "может составлять 1–2 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["1–2 млрд рублей"].metric == "agreements"


def test_attribution_keeps_its_period(tmp_path: Path) -> None:
    text = "По данным за январь–май, экспорт области в Беларусь составил 120 млн долларов.\n"
    got = read(tmp_path, text, published="2024-07-01")
    assert got["120 млн долларов"].period == "январь–май"


def test_income_a_service_brings_is_other(tmp_path: Path) -> None:
    text = ("Белорусские экспортные грузы теперь идут через российские порты. Перевалка этих "
            "грузов в этом году принесла стивидорам около 2 млрд рублей.\n")
    got = read(tmp_path, text, published="2024-12-01")
    assert got["около 2 млрд рублей"].metric == "other"


def test_what_exports_bring_stays_export(tmp_path: Path) -> None:
    text = "Экспорт удобрений принёс области 3 млрд рублей.\n"
    got = read(tmp_path, text, published="2024-12-01")
    assert got["3 млрд рублей"].metric == "export"


def test_money_already_given_under_a_running_programme_is_no_plan(tmp_path: Path) -> None:
    text = "По союзной программе на 2023–2027 годы уже выделено 2 млрд рублей.\n"
    got = read(tmp_path, text, published="2024-05-10")
    assert not got["2 млрд рублей"].forecast


def test_an_aside_stops_at_the_subject(tmp_path: Path) -> None:
    text = "С учётом поставок в декабре экспорт области в Беларусь составил 420 млн долларов.\n"
    got = read(tmp_path, text, published="2025-03-10")
    assert got["420 млн долларов"].metric == "export"


def test_a_credit_of_a_named_bank_is_the_amounts_own(tmp_path: Path) -> None:
    text = ("Часть работ финансируется за счёт кредита Банка развития Республики Беларусь "
            "на 60 млн рублей.\n")
    got = read(tmp_path, text, published="2024-05-10")
    assert got["60 млн рублей"].metric == "credit"


def test_a_base_read_early_in_the_year_gives_the_year_just_ended(tmp_path: Path) -> None:
    text = "Экспорт области в Беларусь вырос на 30 млн долларов к прошлому году.\n"
    got = read(tmp_path, text, published="2025-02-05")
    assert got["30 млн долларов"].year == 2024
