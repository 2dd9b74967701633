"""Session 37, metric37: the metric misses that recur across the dev rounds (issue 10).

metric37 found the classes three or more rounds share read two ways by the golds and wrote them
into tests/gold/README.md («Metric readings the rounds disagree on (session 37)»), where the
golds read them two ways; the tests at the end hold the readings the README settles beside those
classes. One class the golds agree on became a rule: goods or equipment right before a cost
word («получит оборудование стоимостью …») are what the cost is of, `other`, not the facility
named before them (`facility_cost.goods_before_cost`). Each sentence is written for this test
in the style of the news the gold sets hold.
"""

from __future__ import annotations

import pytest
from conftest import surface_metrics

metrics = surface_metrics


@pytest.mark.parametrize("text", [
    "Опытная лаборатория в Гомеле до конца года получит оборудование стоимостью 24 млн рублей.",
    "Налоговики арестовали склад с товаром стоимостью около 9 млн рублей.",
    "Районная больница получила два автобуса ПАЗ общей стоимостью 11 млн рублей.",
])
def test_goods_right_before_the_cost_word_are_what_it_costs(text: str) -> None:
    assert list(metrics(text).values()) == ["other"]


@pytest.mark.parametrize("text", [
    "В Калужской области откроют сервисный центр для белорусской техники стоимостью 90 млн "
    "рублей.",
    "В Гродно построят новый склад стоимостью 45 млн рублей.",
])
def test_a_facilitys_cost_stays_an_investment(text: str) -> None:
    assert list(metrics(text).values()) == ["investment"]


def test_a_dealers_sales_of_belarusian_goods_in_a_russian_region_are_export() -> None:
    # the session-18 dealer and retail convention: Belarusian goods named in the sentence
    text = ("Официальный дилер «Агроснаб» за полугодие продал в Смоленской области белорусской "
            "техники на 260 млн рублей.")
    assert metrics(text) == {"260 млн рублей": "export"}


@pytest.mark.parametrize("text", [
    # no Belarusian goods named: a Russian firm's own sales stay its revenue
    "Продажи компании «Агроснаб» в Смоленской области за полугодие составили 260 млн рублей.",
    # a farm's purchase from a dealer: one buyer's purchase (the session-14 row)
    "Хозяйства района купили у дилера 12 тракторов «Беларус» на 41 млн рублей.",
    # a plant's revenue, no selling in Russia told
    "Выручка Брянского завода, где собирают тракторы по лицензии МТЗ, составила 3,1 млрд рублей.",
])
def test_sales_and_purchases_the_readme_settles_as_other(text: str) -> None:
    assert list(metrics(text).values()) == ["other"]
