"""Items of a seller's sales split by market are its exports to each market (session 25,
metric25): «Структура продаж по рынкам: Россия – …, Казахстан – …»; a list with no such lead,
or an item not named by a country, is left to the other readings. The texts are written for
these tests in the manner of a maker's annual report."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from analysis.money import describe


def metrics(text: str) -> list[tuple[str, str]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2025, 3, 12)))
    return [(f.amount.surface, f.metric) for f in facts]


def test_items_of_sales_by_market_are_exports() -> None:
    text = ("Географию продаж мебельной фабрики за год можно описать так: Россия – 12,4 млн "
            "долларов, Казахстан – 2,1 млн долларов, Литва и Латвия – в сумме 0,9 млн долларов.")
    assert metrics(text) == [("12,4 млн долларов", "export"), ("2,1 млн долларов", "export"),
                             ("0,9 млн долларов", "export")]


def test_items_by_market_after_the_verb_of_distribution_are_exports() -> None:
    text = ("По странам продажи комбината распределились так: Китай – 5,5 млн долларов, Сербия – "
            "1,2 млн долларов.")
    assert metrics(text) == [("5,5 млн долларов", "export"), ("1,2 млн долларов", "export")]


def test_items_of_costs_are_no_market_breakdown() -> None:
    text = "Затраты фабрики распределились так: сырьё – 4 млн рублей, энергия – 1,5 млн рублей."
    assert [m for _, m in metrics(text)] != ["export", "export"]
