"""Facts in context, the rules added after round 9's first look (issue 10).

Speech and posts: «ярд» for a milliard, a money noun after a bare scale («о 700 миллионах
импорта»), a reply paragraph that goes on from the question, a currency stated once («Это в
рублях»), bare numbers whose unit is left out («было 241») under the anchor rule; unit prices
are «other»; state support paid back is financing; forecasts of next year's money, of a
roadmap, of an estimated investment and of a figure coordinated with a planned one; a figure
said again takes the meaning of its first mention; Russian rubles in a Russian region's own
words on a Belarusian site. The texts are written here in the style of press conferences,
officials' posts, procurement notes and regional portals.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FactCase, check_fact_case, facts_by_surface, load_gold_style

from analysis.money import describe, find_amounts

read = facts_by_surface


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(a.surface, a.value, a.currency) for a in find_amounts(text)]


# --------------------------------------------------------------------------- formats
# The amounts a text holds, all of them, as (surface, value, currency).
FOUND = [
    pytest.param(
        "Отгрузили за год техники на 2,3 ярда. Это в рублях, если что.\n"
        "Из них комбайны — почти ярд.",
        [("2,3 ярда", 2.3e9, "RUB"), ("почти ярд", 1e9, "RUB")],
        id="slang_yard_is_a_milliard_in_the_stated_currency"),
    # «расчёты в рублях» names no currency for the figures: a bare scale stays no money
    pytest.param(
        "Доля расчётов в рублях выросла. Игроков на рынке около 3 млн.",
        [],
        id="stated_currency_is_not_read_from_settlements_in_rubles"),
    pytest.param(
        "Экспорт составил 540 млн долларов. Перевезено 3 млн тонн грузов.",
        [("540 млн долларов", 5.4e8, "USD")],
        id="counted_noun_after_a_bare_scale_is_still_a_count"),
    pytest.param(
        "Если бюджет добавит денег, вместо заложенных 160 будет 240 млн рублей.",
        [("160", 1.6e8, "RUB"), ("240 млн рублей", 2.4e8, "RUB")],
        id="elided_unit_before_the_figure_of_its_own_sentence"),
    pytest.param(
        "Экспорт — 410 млн долларов.\nКурс ЦБ на день публикации: USD 98,42.",
        [("410 млн долларов", 4.1e8, "USD")],
        id="bare_number_in_a_rate_line_is_no_money"),
    pytest.param(
        "Курск и Гомель договорились на 3,7 млрд рублей\n30.05.2024 | 11:02 | Экономика",
        [("3,7 млрд рублей", 3.7e9, "RUB")],
        id="time_of_day_is_no_elided_figure"),
]


@pytest.mark.parametrize(("text", "want"), FOUND)
def test_the_amounts_found(text: str, want: list[tuple[str, float, str]]) -> None:
    assert _found(text) == want


# One amount among those a text holds, as (surface, value, currency).
FOUND_AMONG = [
    pytest.param(
        "Импорт из республики — 540 млн долларов.\n"
        "— Весной вы говорили о 600 миллионах импорта. Что изменилось?",
        ("600 миллионах", 6e8, "USD"),
        id="money_noun_after_a_bare_scale_keeps_it_money"),
    pytest.param(
        "Товарооборот в прошлом году снизился до 910 млн долларов.\n"
        "— За девять месяцев этого года у нас около 650 миллионов, — сказал вице-губернатор.",
        ("около 650 миллионов", 6.5e8, "USD"),
        id="reply_paragraph_goes_on_from_the_question"),
    *[pytest.param(
        "Товарооборот области с Беларусью за семь месяцев — 164 млн долларов. "
        "За весь прошлый год было 233. То есть год закроем где-то на 270, может, больше.",
        amount, id=f"elided_unit_after_a_figure_in_the_sentence_before/{amount[0]}")
      for amount in (("233", 2.33e8, "USD"), ("270", 2.7e8, "USD"))],
    pytest.param(
        "Весной я писал о 320 млн долларов товарооборота. Был оптимистом, поправлюсь: "
        "290–310.",
        ("290–310", 2.9e8, "USD"),
        id="elided_range_after_a_scaled_figure"),
]


@pytest.mark.parametrize(("text", "amount"), FOUND_AMONG)
def test_an_amount_found_among_others(text: str, amount: tuple[str, float, str]) -> None:
    assert amount in _found(text)


def test_bare_numbers_that_are_counts_dates_or_far_off_stay_out() -> None:
    text = ("Экспорт — 410 млн долларов, это 12 позиций и рост на 15 %. "
            "Подведение итогов — 1 августа, протокол № 3. "
            "По постановлению 1432 субсидия составит 40 млн рублей. Телефон 112.\n"
            "Было 5.")
    got = [s for s, _, _ in _found(text)]
    assert got == ["410 млн долларов", "40 млн рублей"]


# --------------------------------------------------------------------------- currency, region
def test_russian_region_headline_on_a_belarusian_site_keeps_russian_rubles(
        tmp_path: Path) -> None:
    text = ("Смоленская область рассчитывает нарастить поставки в Беларусь\n"
            "Минск, 12 октября 2023 г. Вице-губернатор Смоленской области провёл "
            "пресс-конференцию.\n"
            "— Из областного бюджета на дороги к границе заложено 900 млн рублей.\n")
    got = read(tmp_path, text, url="https://zapad-news.by/ekonomika/smolensk")
    assert got["900 млн рублей"].amount.currency == "RUB"


def test_belarusian_site_keeps_belarusian_rubles_otherwise(tmp_path: Path) -> None:
    text = ("Гомельский завод нарастил выручку\n"
            "Выручка предприятия за полугодие составила 95 млн рублей.\n")
    got = read(tmp_path, text, url="https://zapad-news.by/ekonomika/gomel")
    assert got["95 млн рублей"].amount.currency == "BYN"


def test_bare_ruble_after_a_conversion_into_dollars_stays_belarusian(tmp_path: Path) -> None:
    text = ("Доходы БЖД от перевозок составили 2,1 млрд белорусских рублей, или примерно "
            "790 млн долларов по среднему курсу. За год выручка по этому направлению выросла "
            "на 380 млн рублей.\n")
    got = read(tmp_path, text, url="https://rail-review.ru/2023/01/19/bch-itogi/")
    assert got["380 млн рублей"].amount.currency == "BYN"


def test_subset_opening_the_next_paragraph_takes_the_parent_year(tmp_path: Path) -> None:
    text = ("Коротко по итогам года.\n"
            "Продали в прошлом году белорусской техники на 2,1 ярда. Это в рублях, если что.\n"
            "Из них тракторы МТЗ — почти ярд, остальное прицепы.\n")
    got = read(tmp_path, text, published="2025-03-03")
    assert got["почти ярд"].year == got["2,1 ярда"].year == 2024


def test_headline_figure_takes_the_year_of_the_body_figure_saying_it_again(
        tmp_path: Path) -> None:
    text = ("Минпром Пермского края: поставки в Беларусь выросли до 380 млн долларов\n"
            "Министр подвёл итоги сотрудничества с республикой.\n"
            "Экспорт пермских предприятий в прошлом году вырос до 380 млн долларов.\n")
    facts = describe(load_gold_style(tmp_path, text, published="2025-02-11"))
    assert [(f.amount.surface, f.year) for f in facts] == [
        ("380 млн долларов", 2024), ("380 млн долларов", 2024)]


# The cases of one shape: the fact of `surface` in an article of `text` published on
# `published` has `field` equal to `want` (`conftest.check_fact_case`).
CASES = [

    # metrics
    *[FactCase(f"figure_said_again_takes_the_first_mention_meaning/{field}",
        "Товарооборот Беларуси и Удмуртии в 2023 году составил 1 млрд 240 млн долларов.\n"
        "Импорт из Удмуртии составил около 430 млн.\n"
        "— По уточнённым данным статистики получилось 1 млрд 240 млн, — пояснил посол.\n",
        "2024-04-18", "1 млрд 240 млн", field, want)
      for field, want in (("metric", "trade_turnover"), ("year", 2023))],
    FactCase("unit_price_is_other_in_a_trade_sentence",
        "Экспорт белорусских сыров в Москву вырос.\n"
        "«Сыры у нас идут в столице в среднем по 800–950 рублей за килограмм», — сказал он.\n",
        "2024-09-17", "800–950 рублей", "metric", "other"),
    FactCase("unit_price_per_act_is_other",
        "По контракту на замену лифтов предусмотрены расходы на надзор: 3,900.00 руб. за "
        "один акт освидетельствования.\n",
        "2024-09-17", "3,900.00 руб.", "metric", "other"),
    FactCase("state_support_paid_back_is_financing",
        "Аграриям региона в прошлом году возмещено 25% стоимости приобретённой техники — "
        "всего 64,1 млн рублей.\n",
        "2024-09-17", "64,1 млн рублей", "metric", "financing"),
    # forecasts
    *[FactCase(f"raising_to_a_level_is_a_target/{field}",
        "Стороны подписали протокол, предусматривающий доведение товарооборота до "
        "400 млн долларов к 2027 году.\n",
        "2024-09-12", "до 400 млн долларов", field, want)
      for field, want in (("amount.qualifier", "up_to"), ("forecast", True))],
    FactCase("money_for_next_year_is_a_plan",
        "Из областного бюджета на ремонт дорог в следующем году заложено 1,1 млрд рублей.\n",
        "2023-10-23", "1,1 млрд рублей", "forecast", True),
    FactCase("budget_line_already_laid_is_no_plan",
        "В бюджете Союзного государства на программы сотрудничества заложено 2,7 млрд "
        "российских рублей.\n",
        "2023-10-23", "2,7 млрд российских рублей", "forecast", False),
    FactCase("roadmap_cost_is_a_plan",
        "Дорожная карта включает 31 мероприятие общей стоимостью 3,9 млрд рублей.\n",
        "2024-09-12", "3,9 млрд рублей", "forecast", True),
    FactCase("estimated_investment_in_a_planned_project_is_a_plan",
        "В Чебоксарах планируют собирать гидроцилиндры. Объём инвестиций оценивается в "
        "1,4 млрд рублей.\n",
        "2024-09-12", "1,4 млрд рублей", "forecast", True),
    FactCase("coordinated_figure_shares_the_planned_predicate",
        "В том числе предусмотрено создание сервисного центра с объёмом инвестиций "
        "420 млн рублей и поставка 30 автобусов МАЗ на сумму около 900 млн рублей.\n",
        "2024-09-12", "около 900 млн рублей", "forecast", True),
    FactCase("protocol_of_intent_is_signed_not_intended",
        "Делегация Липецкой области подписала с МТЗ протокол о намерениях на сумму до "
        "2 млрд рублей.\n",
        "2024-06-06", "до 2 млрд рублей", "forecast", False),
    # currency, region
    FactCase("whole_country_trade_has_no_region",
        "Товарооборот Татарстана с Беларусью вырос.\n"
        "По всей России же взаимная торговля за прошлый год достигла 44,1 млрд долларов.\n",
        "2024-04-18", "44,1 млрд долларов", "region", None),
    FactCase("bare_figure_said_again_takes_the_year_of_its_first_mention",
        "Импорт из республики в прошлом году — 640 млн долларов.\n"
        "— Да, 690 млн — это был прогноз с учётом декабрьских отгрузок. Окончательно — 640, "
        "— ответил министр.\n",
        "2025-02-11", "640", "year", 2024),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fact_cases(tmp_path: Path, case: FactCase) -> None:
    check_fact_case(tmp_path, case)
