"""newuser38's money findings (session 38). The texts are written for these tests.

F1: «Экспорт <завода> в Россию за январь–сентябрь … составил …» is that plant's own export,
never the two countries': the dash of a span of months splits no clause (it cut the firm off
the figure), and a firm named right after the trade noun is the owner whether or not the
gazetteer of enterprises lists it.
F2: one project a lender plans to finance («Банк развития планирует профинансировать проект на
…») is a one-off sum, like a credit: with no year of its own it takes none from the launch
date told in the paragraph before.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import briefing_of, facts_by_surface

from analysis.briefing.firms import firm_name, firm_trade
from analysis.money.goods import clause_goods


@pytest.mark.parametrize(("before", "firm"), [
    # a maker the gazetteer lists, the months' span written with an en dash, an em dash, spaced
    ("Экспорт Минского тракторного завода в Россию за январь–июнь 2024 года составил ", "МТЗ"),
    ("Экспорт МТЗ на российский рынок за январь—май вырос до ", "МТЗ"),
    ("Экспорт МТЗ в Россию за январь – октябрь превысил ", "МТЗ"),
    ("Поставки МТЗ в Россию за янв.–авг. составили ", "МТЗ"),
    # firms the gazetteer need not know: named as the text names them, in the nominative
    ("Экспорт Слуцкого сахарорафинадного комбината в Россию за январь–август составил ",
     "Слуцкий сахарорафинадный комбинат"),
    ("Поставки Лидского завода электроизделий в Россию за январь–июль достигли ",
     "Лидский завод электроизделий"),
    ("Экспорт Светлогорского целлюлозно-картонного комбината в Россию вырос до ",
     "Светлогорский целлюлозно-картонный комбинат"),
])
def test_f1_a_firm_named_as_the_exporter_owns_the_figure(before: str, firm: str) -> None:
    goods = clause_goods(before)
    assert goods is not None and firm in goods


@pytest.mark.parametrize("before", [
    "Экспорт Беларуси в Россию за январь–сентябрь составил ",
    "Экспорт белорусских предприятий в Россию за январь–сентябрь составил ",
    "Экспорт Гомельской области в Россию за январь–июнь составил ",
])
def test_f1_a_country_a_region_or_many_firms_stay_the_total(before: str) -> None:
    assert clause_goods(before) is None


def test_f1_a_plants_export_is_listed_as_the_firms_not_the_countries(tmp_path: Path) -> None:
    text = ("Гродненский экспорт растёт\n\n"
            "Экспорт Минского тракторного завода в Россию за январь–июнь 2024 года составил "
            "410 млн долларов, сообщила пресс-служба предприятия.\n\n"
            "Россия остаётся для завода главным рынком.")
    fact = facts_by_surface(tmp_path, text, published="2024-07-20")["410 млн долларов"]
    assert (fact.metric, fact.flow, fact.year, fact.period) == ("export", "BY→RU", 2024, "январь–июнь")
    row = {"metric": fact.metric, "goods": fact.goods, "region": None, "scope": "national",
           "sentence": fact.sentence.text, "flow": fact.flow}
    assert firm_trade(row)
    assert firm_name(row) == "МТЗ"


def test_f2_a_project_a_lender_plans_to_finance_takes_no_launch_year(tmp_path: Path) -> None:
    text = ("Под Псковом соберут белорусские автобусы\n\n"
            "Псковский завод и МАЗ подписали соглашение о сборке автобусов в Псковской области. "
            "Запуск линии намечен на 2027 год.\n\n"
            "Евразийский банк развития планирует профинансировать проект на 1,8 млрд рублей.\n\n"
            "Мощность площадки составит до 200 машин в год.")
    fact = facts_by_surface(tmp_path, text, published="2025-06-03")["1,8 млрд рублей"]
    assert fact.metric == "financing"
    assert fact.year is None  # not the launch's 2027: the briefing shows it by publication
    assert fact.forecast  # «планирует»: a plan


def test_f2_a_project_financed_by_a_fund_takes_no_year_of_the_sentence_before(tmp_path: Path) -> None:
    text = ("В Брянской области построят цех\n\n"
            "Первую продукцию цех выпустит в 2026 году. Проект профинансирует региональный фонд "
            "развития промышленности на 120 млн рублей.")
    fact = facts_by_surface(tmp_path, text, published="2025-04-11")["120 млн рублей"]
    assert fact.metric == "financing"
    assert fact.year is None


NO_RATE_YET = ("Завод в Калуге\n"
               "Калуга, 12 сентября 2026 года. Белорусский холдинг «Гомсельмаш» вложит в сборочный "
               "цех в Калужской области 820 млн рублей. Ещё 150 млн рублей холдинг направит на "
               "склад запчастей в Калуге.\n")


@pytest.mark.parametrize(("lang", "note"), [
    ("ru", "Среднегодового курса за 2026 г. нет: суммы на графике — в руб., как в источниках, "
           "без пересчёта в долл. США"),
    ("en", "No annual average rate for 2026: the chart shows amounts in RUB, as the sources give "
           "them, not converted to USD"),
])
def test_the_chart_note_names_the_year_without_a_rate_and_both_currencies(
        tmp_path: Path, lang: str, note: str) -> None:
    # newuser38: «Курса за год части сумм нет: график — в валюте источника» said neither
    # which year lacks a rate nor what the chart is drawn in
    b = briefing_of(tmp_path, {"plant.txt": NO_RATE_YET}, lang=lang, currency="USD")
    assert note in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", str(b.money_chart())))
