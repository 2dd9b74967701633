"""A new user's money findings (session 23 walkthrough), each in texts written for the test:
figures closed by «соответственно» stand for the things named before in order, and a «годом
ранее» before two figures counts both from the same year; a bare estimate after a forecast goes
on about it; a credit line's tranches are its parts; a pledge is a plan; a purchase on lease is
a purchase; a district paper's figures are of the region the article names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import CREDIT_LINE_RELEASE, facts_by_surface


def read(tmp_path: Path, text: str, published: str = "2025-03-01") -> dict[str, Any]:
    return facts_by_surface(tmp_path, text, published=published)


TRADE_PAIR = (
    "Торговля двух стран\n"
    "Поставки российских товаров в Беларусь в прошлом году выросли до 14,8 млрд долларов, а "
    "белорусских товаров в Россию — до 11,3 млрд долларов. Годом ранее эти показатели составляли "
    "13,9 и 10,7 млрд долларов соответственно. Разрыв между ними постепенно сокращается.\n")


def test_respectively_maps_figures_onto_the_flows_named_before_in_order(tmp_path: Path) -> None:
    got = read(tmp_path, TRADE_PAIR)
    assert (got["13,9"].metric, got["13,9"].flow) == ("export", "RU→BY")
    assert (got["10,7 млрд долларов"].metric, got["10,7 млрд долларов"].flow) == ("export", "BY→RU")


def test_a_year_earlier_before_two_figures_counts_both_from_the_same_year(tmp_path: Path) -> None:
    got = read(tmp_path, TRADE_PAIR)
    assert got["14,8 млрд долларов"].year == 2024
    assert got["13,9"].year == 2023
    assert got["10,7 млрд долларов"].year == 2023


def test_respectively_gives_an_import_its_own_metric(tmp_path: Path) -> None:
    text = ("Импорт и экспорт региона\n"
            "Экспорт области в Беларусь в 2024 году составил 420 млн долларов, импорт из "
            "республики — 610 млн долларов. Годом ранее — 380 млн и 540 млн долларов "
            "соответственно.\n")
    got = read(tmp_path, text)
    assert (got["380 млн"].metric, got["380 млн"].flow, got["380 млн"].year) == ("export", "RU→BY", 2023)
    assert (got["540 млн долларов"].metric, got["540 млн долларов"].flow,
            got["540 млн долларов"].year) == ("import", "BY→RU", 2023)


def test_accordingly_opening_a_sentence_pairs_nothing(tmp_path: Path) -> None:
    text = ("Импорт и экспорт региона\n"
            "Экспорт области в Беларусь в 2024 году составил 420 млн долларов, импорт из "
            "республики — 610 млн долларов. Соответственно, дефицит вырос: годом ранее "
            "ввезли на 540 млн долларов.\n")
    got = read(tmp_path, text)
    assert got["540 млн долларов"].metric == "import"


def test_a_year_later_figure_in_the_same_sentence_still_counts_from_its_own(tmp_path: Path) -> None:
    text = ("Итоги года\n"
            "Экспорт завода в прошлом году составил 52 млн долларов, а годом ранее — 47 млн "
            "долларов.\n")
    got = read(tmp_path, text)
    assert got["52 млн долларов"].year == 2024
    assert got["47 млн долларов"].year == 2023


FORECAST_THEN_ESTIMATE = (
    "Что ждёт торговлю\n"
    "Взаимная торговля в 2024 году составила 48 млрд долларов.\n"
    "На 2025 год министерства планируют товарооборот в 51–52 млрд долларов. Мне этот план "
    "кажется смелым: дорогие кредиты сдерживают спрос на технику. {estimate}\n")


def test_a_bare_estimate_after_a_forecast_carries_its_metric_year_and_plan(tmp_path: Path) -> None:
    got = read(tmp_path, FORECAST_THEN_ESTIMATE.format(
        estimate="Реалистичнее ожидать около 49 млрд долларов."))
    fact = got["около 49 млрд долларов"]
    assert (fact.metric, fact.year, bool(fact.forecast)) == ("trade_turnover", 2025, True)


def test_an_estimate_with_no_verb_carries_the_forecast_of_the_figure_before(tmp_path: Path) -> None:
    got = read(tmp_path, FORECAST_THEN_ESTIMATE.format(estimate="Скорее всего, около 49 млрд долларов."))
    fact = got["около 49 млрд долларов"]
    assert (fact.metric, fact.year, bool(fact.forecast)) == ("trade_turnover", 2025, True)


def test_an_estimate_naming_its_own_measure_keeps_it(tmp_path: Path) -> None:
    got = read(tmp_path, FORECAST_THEN_ESTIMATE.format(
        estimate="Реалистичнее ожидать инвестиций около 3 млрд долларов."))
    assert got["около 3 млрд долларов"].metric == "investment"



CREDIT_LINE = "Банк профинансирует новый завод\n" + CREDIT_LINE_RELEASE


def test_tranches_that_add_up_to_a_credit_line_are_its_parts(tmp_path: Path) -> None:
    got = read(tmp_path, CREDIT_LINE, published="2025-10-01")
    line = got["3,6 млрд рублей"]
    whole = (line.amount.start, line.amount.end)
    assert line.part_of is None
    for tranche in ("1,2 млрд рублей", "1,5 млрд рублей", "0,9 млрд рублей"):
        assert (got[tranche].metric, got[tranche].part_of) == ("credit", whole)
    assert [got[t].year for t in ("1,2 млрд рублей", "1,5 млрд рублей", "0,9 млрд рублей")] == [
        2025, 2026, 2027]


def test_tranches_that_do_not_add_up_are_no_parts(tmp_path: Path) -> None:
    text = CREDIT_LINE.replace("0,9 млрд рублей в 2027", "2,9 млрд рублей в 2027")
    got = read(tmp_path, text, published="2025-10-01")
    assert got["1,2 млрд рублей"].part_of is None


def test_a_currency_limit_after_a_credit_line_is_a_part_of_it_with_no_year(tmp_path: Path) -> None:
    got = read(tmp_path, CREDIT_LINE, published="2025-10-01")
    line, limit = got["3,6 млрд рублей"], got["до 8 млн долларов"]
    assert limit.metric == "credit"
    assert limit.part_of == (line.amount.start, line.amount.end)
    assert limit.year is None


def test_a_limit_with_no_credit_before_it_stays_a_programme_limit(tmp_path: Path) -> None:
    text = ("Программа поддержки\n"
            "Минпромторг утвердил программу компенсации затрат на сертификацию. Лимит "
            "программы на 2025 год — 2,4 млрд рублей.\n")
    got = read(tmp_path, text, published="2025-10-01")
    assert got["2,4 млрд рублей"].metric == "financing"


def test_money_a_fund_is_ready_to_add_after_the_sum_is_a_plan(tmp_path: Path) -> None:
    text = ("Инвестиции\n"
            "— А инвестиции?\n"
            "— Белорусская сторона вложила в площадку около 900 млн рублей, ещё 400 млн рублей "
            "готов добавить областной фонд развития в виде льготного займа.\n")
    got = read(tmp_path, text, published="2025-08-01")
    assert got["400 млн рублей"].metric == "credit"
    assert got["400 млн рублей"].forecast
    assert not got["около 900 млн рублей"].forecast


DISTRICT_PAPER = (
    "Техника для полей\n"
    "Агрофирма «Восход» Бавлинского района купила четыре трактора «Беларус-1523» за 30 млн "
    "рублей.\n"
    "В районном центре открылся сервисный центр дилера Минского тракторного завода. В центр "
    "вложено 25 млн рублей. Раньше за запчастями ездили в Казань.\n")


def test_a_district_named_after_a_plural_town_gives_its_region(tmp_path: Path) -> None:
    got = read(tmp_path, DISTRICT_PAPER, published="2025-06-01")
    assert got["30 млн рублей"].region == "Республика Татарстан"
    assert got["25 млн рублей"].region == "Республика Татарстан"


def test_a_digest_item_takes_no_topic_from_the_item_before(tmp_path: Path) -> None:
    text = ("Коротко о главном\n"
            "Псковская область. Импорт из Беларуси в регион за январь–июнь 2025 года достиг "
            "140 млн долларов.\n"
            "Хабаровский край. В Хабаровске в прошлом году открылся дилерский центр "
            "«Гомсельмаш». По итогам 2024 года продано 37 единиц техники на сумму около 600 млн "
            "рублей.\n")
    got = read(tmp_path, text, published="2025-10-01")
    assert got["140 млн долларов"].metric == "import"
    assert got["около 600 млн рублей"].metric == "other"
    assert got["около 600 млн рублей"].flow is None


def test_a_paragraph_with_no_heading_still_goes_on_about_the_figure_before(tmp_path: Path) -> None:
    text = ("Импорт растёт\n"
            "Импорт из Беларуси в Псковскую область за январь–июнь 2025 года достиг 140 млн "
            "долларов.\n"
            "Во втором полугодии, по оценке облстата, будет около 150 млн долларов.\n")
    got = read(tmp_path, text, published="2025-10-01")
    assert got["около 150 млн долларов"].metric == "import"
