"""Goods a maker sold into a named place or «туда» (the market just named) cross to a trading
partner, as goods shipped there do: the seller's `export` (issue 10, session 27). Texts
written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_sold_there_after_naming_the_market_is_export(tmp_path: Path) -> None:
    text = ("Итоги года на мебельной фабрике\n"
            "«Главный наш покупатель — Россия, — говорит директор. — В прошлом году мы продали "
            "туда мебели на 4,2 млн долларов».\n")
    got = facts_by_surface(tmp_path, text, published="2024-02-01")
    assert got["4,2 млн долларов"].metric == "export"


def test_sold_into_a_named_region_is_export(tmp_path: Path) -> None:
    text = ("Гродненский комбинат подвёл итоги\n"
            "За полугодие комбинат продал в Псковскую область обуви на 38 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-08-01")
    assert got["38 млн рублей"].metric == "export"


def test_sales_with_no_place_stay_a_maker_s_revenue(tmp_path: Path) -> None:
    text = ("Гродненский комбинат подвёл итоги\n"
            "За полугодие комбинат продал обуви на 38 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2024-08-01")
    assert got["38 млн рублей"].metric == "other"
