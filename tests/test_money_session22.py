"""Session 22 walk22money (issue 10): a new user's money findings 4–6, 13 and 14 as classes —
goods named as commodity groups and services, a trade balance's time, parts a sum is told as,
money spent, a figure that points back past its paragraph. The texts are written for these
tests in the manner of customs releases, regional news and business papers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import dataset_of, make_article

from analysis.briefing.relevance import Relevance
from analysis.money import describe

CUSTOMS = (
    "Брянская таможня: торговля с Беларусью за январь–сентябрь\n"
    "Брянская таможня подвела итоги внешней торговли региона за январь–сентябрь 2025 года.\n"
    "Товарооборот Брянской области с Беларусью за девять месяцев составил 940 млн долларов.\n"
    "Экспорт брянских товаров в республику достиг 610 млн долларов. Поставки машин и "
    "оборудования в Беларусь составили 205 млн долларов.\n"
    "Импорт из Беларуси составил 330 млн долларов. Основную долю ввоза занимают металлы и "
    "изделия из них — 31,4%, или 104 млн долларов. Ввоз сельскохозяйственной техники, в том "
    "числе комбайнов, составил 58,2 млн долларов; за тот же период прошлого года этот "
    "показатель был равен 49,7 млн долларов.\n"
    "Сальдо торговли с республикой сложилось положительным — 280 млн долларов.\n"
)


def _facts(text: str, published: date = date(2025, 10, 20)) -> dict[str, object]:
    return {f.amount.surface: f for f in describe(make_article("a", text, published))}


# --------------------------------------------------------------------------- goods


def test_goods_named_as_a_commodity_group_are_read():
    facts = _facts(CUSTOMS)
    assert facts["205 млн долларов"].goods == "машины и оборудование"
    assert facts["610 млн долларов"].goods is None  # the exports' total
    assert facts["330 млн долларов"].goods is None


def test_a_sum_restating_a_share_is_the_goods_of_the_share():
    assert _facts(CUSTOMS)["104 млн долларов"].goods == "металлы и изделия из них"


def test_an_insert_naming_a_part_leaves_the_subject_its_goods_and_this_figure_points_back():
    facts = _facts(CUSTOMS)
    assert facts["58,2 млн долларов"].goods == "сельхозтехника"
    # «этот показатель» in the clause after «;» is the same goods a year before
    assert facts["49,7 млн долларов"].goods == "сельхозтехника"
    assert facts["49,7 млн долларов"].year == 2024


def test_an_export_of_services_is_not_the_goods_total():
    text = ("Гомельская область нарастила экспорт услуг\n"
            "ГОМЕЛЬ, 12 августа – БЕЛТА. Экспорт услуг области в российские регионы за первое "
            "полугодие составил 37,5 млн долларов, экспорт товаров — 612 млн долларов.\n")
    facts = _facts(text, date(2025, 8, 12))
    assert facts["37,5 млн долларов"].goods == "услуги"
    assert facts["612 млн долларов"].goods is None


def test_goods_and_services_together_are_the_total():
    text = ("Экспорт вырос\n"
            "Экспорт товаров и услуг Беларуси в Россию в 2024 году составил 25 млрд долларов.\n")
    assert _facts(text)["25 млрд долларов"].goods is None


# --------------------------------------------------------------------------- a trade balance


def test_a_trade_balance_in_a_paragraph_of_its_own_takes_the_articles_period():
    balance = _facts(CUSTOMS)["280 млн долларов"]
    assert balance.metric == "other"
    assert (balance.year, balance.period) == (2025, "9 месяцев")


def test_a_result_that_is_no_balance_keeps_no_borrowed_time():
    text = CUSTOMS.replace("Сальдо торговли с республикой сложилось положительным — 280 млн долларов.",
                           "Выручка таможенного склада сложилась на уровне 280 млн рублей.")
    assert _facts(text)["280 млн рублей"].year is None


# --------------------------------------------------------------------------- summed parts

JV = (
    "«Гомсельмаш» и тульский партнер создадут СП\n"
    "Банк предоставит совместному предприятию кредит в размере 4,4 млрд руб. сроком на пять лет.\n"
    "Взнос учредителей составит 1,6 млрд руб.: белорусская сторона внесет оборудование на "
    "1,1 млрд руб., тульская компания — 500 млн руб. деньгами.\n"
    "Общий объем инвестиций в проект оценивается в 6 млрд руб.\n"
)


def test_sums_listed_after_a_colon_that_add_up_are_its_parts():
    facts = _facts(JV)
    whole = facts["1,6 млрд руб."].amount
    assert facts["1,1 млрд руб."].part_of == (whole.start, whole.end)
    assert facts["500 млн руб."].part_of == (whole.start, whole.end)


def test_a_total_told_after_sums_that_add_up_to_it_is_their_whole():
    facts = _facts(JV)
    total = facts["6 млрд руб."].amount
    assert facts["4,4 млрд руб."].part_of == (total.start, total.end)
    assert facts["1,6 млрд руб."].part_of == (total.start, total.end)
    assert facts["6 млрд руб."].part_of is None


def test_sums_that_do_not_add_up_are_no_parts():
    text = JV.replace("оценивается в 6 млрд руб.", "оценивается в 7 млрд руб.").replace(
        "500 млн руб. деньгами", "300 млн руб. деньгами")
    facts = _facts(text)
    assert all(f.part_of is None for f in facts.values())


# --------------------------------------------------------------------------- money spent

SPENT = (
    "В Мглинском районе обновляют технику\n"
    "Хозяйства Мглинского района Брянской области с начала года купили 17 тракторов «Беларус» "
    "Минского тракторного завода.\n"
    "Областная субсидия возмещает до 25% стоимости машин. В этом году на эти цели району "
    "выделено 22,4 млн рублей, в прошлом году было 15 млн. Всего на обновление техники "
    "хозяйства района потратили около 120 млн рублей.\n"
)


def test_money_spent_is_other_and_of_its_paragraphs_time():
    spent = _facts(SPENT, date(2025, 6, 3))["около 120 млн рублей"]
    assert spent.metric == "other" and spent.year == 2025


def test_a_figure_pointing_back_past_its_paragraph_names_the_belarusian_side(tmp_path: Path):
    ds = dataset_of(tmp_path / "c", {"mglin.txt": SPENT})
    index = {r["mention_id"]: r for r in ds.amounts.to_dict("records")}
    relevance = Relevance(ds.articles, index)
    by_surface = {r["surface"]: r for r in index.values()}
    # «на эти цели»: the tractors of the paragraph before, a Belarusian maker's
    assert relevance.about_partnership(by_surface["22,4 млн рублей"])


def test_a_figure_that_does_not_point_back_is_not_read_with_the_paragraph_before(tmp_path: Path):
    text = SPENT.replace("В этом году на эти цели району выделено",
                         "В этом году на ремонт дорог району выделено")
    ds = dataset_of(tmp_path / "c", {"mglin.txt": text})
    index = {r["mention_id"]: r for r in ds.amounts.to_dict("records")}
    relevance = Relevance(ds.articles, index)
    row = next(r for r in index.values() if r["surface"] == "22,4 млн рублей")
    assert not relevance.about_partnership(row)


@pytest.mark.parametrize("buyers", ["аграрии области", "хозяйства района", "фермеры края"])
def test_money_farms_spent_is_their_purchase(buyers: str):
    text = f"Итоги года\nВ 2024 году {buyers} потратили на обновление парка 2,3 млрд рублей.\n"
    assert _facts(text)["2,3 млрд рублей"].metric == "other"


def test_money_a_plant_spent_on_building_stays_an_investment():
    text = "Итоги года\nВ 2024 году завод потратил на строительство нового цеха 2,3 млрд рублей.\n"
    assert _facts(text)["2,3 млрд рублей"].metric == "investment"
