"""Session 35's new user (issue 10): the wrong figures of a 16-article briefing, as classes. A
list of years with «соответственно» dates each figure in order, and an enumeration's inner bare
number is an amount; a shipment under a contract between two firms is the contract, not the
countries' trade; «стороны … взаимные поставки» are the sides' turnover, the oblast's pair under
a heading naming one oblast; a sum never invested is a plan, one with the plan told before;
«почти» keeps its sense in print. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import dataset_of, make_article

from analysis.briefing.formatting import fmt_money
from analysis.figures.scope import mention_scope
from analysis.money import describe
from analysis.money.amounts import find_amounts
from analysis.vocab import GOLD_QUALIFIER, REGIONAL, REGIONAL_OBLAST


def _facts(text: str, published: date = date(2024, 6, 3)) -> dict[str, object]:
    return {f.amount.surface: f for f in describe(make_article("a", text, published))}


# --------------------------------------------------------------------- years «соответственно»
def test_an_enumerations_inner_bare_number_takes_the_unit_of_its_last_item() -> None:
    text = "В 2021, 2022 и 2023 годах выручка комбината составила 4,1, 4,6 и 5,2 млрд рублей соответственно."
    assert [(a.surface, round(a.value / 1e8), a.currency) for a in find_amounts(text)] == [
        ("4,1", 41, "RUB"), ("4,6", 46, "RUB"), ("5,2 млрд рублей", 52, "RUB")]


def test_an_enumeration_with_nothing_to_pair_keeps_its_inner_numbers_bare() -> None:
    # (the rule stays narrow: «соответственно» tells that the numbers are parallel figures)
    text = "Выручка комбината составила 4,1, 4,6 и 5,2 млрд рублей."
    assert "4,6" not in {a.surface for a in find_amounts(text)}


def test_a_list_of_counts_before_a_sum_is_no_enumeration_of_sums() -> None:
    text = "Хозяйства купили 12, 14 и 15 комбайнов на 96 млн рублей."
    assert "14" not in {a.surface for a in find_amounts(text)}


@pytest.mark.parametrize("text", [
    "В 2016, 2017 и 2018 годах экспорт молочной продукции в Россию составил 2,1, 2,4 и 2,6 млрд "
    "долларов соответственно.",
    "Экспорт молочной продукции в Россию составил 2,1, 2,4 и 2,6 млрд долларов в 2016, 2017 и "
    "2018 годах соответственно.",
])
def test_a_list_of_years_dates_each_figure_in_order(text: str) -> None:
    facts = _facts(text)
    assert [(s, f.metric, f.year, f.forecast) for s, f in facts.items()] == [
        ("2,1", "export", 2016, False), ("2,4", "export", 2017, False),
        ("2,6 млрд долларов", "export", 2018, False)]


def test_a_later_year_of_the_list_is_a_forecast() -> None:
    facts = _facts("В 2023 и 2025 годах выручка завода составит 1,2 и 1,5 млрд рублей "
                   "соответственно.", published=date(2024, 6, 3))
    assert [(f.year, f.forecast) for f in facts.values()] == [(2023, True), (2025, True)]


def test_years_without_respectively_pair_nothing() -> None:
    facts = _facts("В 2021 и 2022 годах товарооборот рос, а в 2023 году составил 41,2 млрд долларов.")
    assert facts["41,2 млрд долларов"].year == 2023


# --------------------------------------------------------------------- a firms' contract
def test_a_shipment_under_a_contract_is_the_contracts_value() -> None:
    facts = _facts("По контракту 2021 года минский завод отгрузил заказчику погрузчики на 18 млн "
                   "рублей, но часть техники вернули.")
    assert facts["18 млн рублей"].metric == "agreements"


def test_a_shipment_to_a_buyer_with_no_contract_stays_an_export() -> None:
    facts = _facts("Завод отгрузил смоленским аграриям погрузчики на 18 млн рублей.")
    assert facts["18 млн рублей"].metric == "export"


# --------------------------------------------------------------------- the sides' trade
def test_mutual_deliveries_are_the_sides_turnover() -> None:
    facts = _facts("В 2026 году стороны намерены нарастить взаимные поставки до 150 млн долларов.")
    assert facts["до 150 млн долларов"].metric == "trade_turnover"


def test_the_sides_under_a_heading_naming_one_oblast_are_its_pair() -> None:
    heading = "Могилевщина и Смоленщина: итоги полугодия"
    sentence = "В будущем году стороны планируют довести взаимные поставки до 300 млн долларов."
    assert mention_scope("Смоленская область", "trade_turnover", sentence, heading) == REGIONAL_OBLAST
    one_side = "Со стороны области поставки в прошлом году выросли до 300 млн долларов."
    assert mention_scope("Смоленская область", "export", one_side, "Смоленщина: итоги") == REGIONAL


# --------------------------------------------------------------------- money never made
@pytest.mark.parametrize(("text", "surface", "metric"), [
    ("Обещанные инвестором в 2019 году 350 млн рублей так и не были вложены в строительство.",
     "350 млн рублей", "investment"),
    ("Кредит на 40 млн рублей, о котором договорились с банком, так и не был выдан.",
     "40 млн рублей", "credit"),
])
def test_a_sum_never_made_is_a_plan_with_no_year(text: str, surface: str, metric: str) -> None:
    fact = _facts(text)[surface]
    assert (fact.metric, fact.forecast, fact.year) == (metric, True, None)


def test_money_made_beside_a_sum_never_made_stays_made() -> None:
    facts = _facts("Обещанный кредит в 40 млн рублей так и не поступил, а завод вложил в цех 12 млн "
                   "рублей собственных средств.")
    assert facts["40 млн рублей"].forecast
    assert not facts["12 млн рублей"].forecast


def test_a_debt_left_unpaid_stays_what_it_is() -> None:
    facts = _facts("Покупатель перечислил 20 млн, а оставшиеся 6 млн рублей так и не оплатил.")
    assert not facts["6 млн рублей"].forecast


def test_a_pledge_and_its_news_of_never_being_made_are_one_plan(tmp_path: Path) -> None:
    texts = {
        "p1.txt": "В Липецке соберут лифты\n\nОАО «Могилевлифтмаш» и администрация Липецкой "
                  "области подписали соглашение о сборке лифтов. Инвестиции в проект "
                  "оцениваются в 420 млн рублей.\n",
        "p2.txt": "Сборку лифтов в Липецке не начали\n\nПроект сборки лифтов в Липецкой области "
                  "свернут. Обещанные в 2018 году инвестиции в 420 млн рублей так и не были "
                  "вложены.\n",
        "metadata.csv": "file,title,source,url,published\n"
                        "p1.txt,,Газета «Липецк сегодня»,,2018-05-14\n"
                        "p2.txt,,Газета «Липецк сегодня»,,2021-02-09\n",
    }
    figures = dataset_of(tmp_path, texts).figures
    rows = figures[figures["metric"] == "investment"]
    assert len(rows) == 1
    assert bool(rows["forecast"].iloc[0]) and int(rows["n_sources"].iloc[0]) == 2


# --------------------------------------------------------------------- «почти»
def test_almost_keeps_its_sense() -> None:
    (amount,) = find_amounts("Товарооборот области за год составил почти 700 млн долларов.")
    assert amount.qualifier == "almost"
    assert GOLD_QUALIFIER[amount.qualifier] == "approx"  # the gold sets write «почти» `approx`
    assert fmt_money(7e8, "USD", "ru", "almost") == "почти $700\u00a0млн"
    assert fmt_money(7e8, "USD", "en", "almost").startswith("almost ")
