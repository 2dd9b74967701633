"""«кв. м» after a number is square metres, not a quarter: «зал на 450 кв. м и кредит в 1,2 млн
рублей» has no period; «в 4 кв. 2023 года», «за I кв.» still name a quarter. Texts written for
this test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_square_metres_are_no_quarter(tmp_path: Path) -> None:
    text = ("Как магазин из Мурома вырос на белорусской мебели\n"
            "Супруги открыли салон в 2017 году: арендованный зал на 350 кв. м и кредит в "
            "1,5 млн рублей под залог дома.\n")
    got = facts_by_surface(tmp_path, text, published="2024-09-10")
    assert got["1,5 млн рублей"].period is None


def test_a_quarter_told_short_is_still_a_quarter(tmp_path: Path) -> None:
    text = ("Итоги квартала\n"
            "В 4 кв. 2023 года экспорт области в Беларусь составил 120 млн долларов, а за I кв. "
            "2024 года — 95 млн долларов.\n")
    got = facts_by_surface(tmp_path, text, published="2024-05-10")
    assert got["120 млн долларов"].period == "IV квартал"
    assert got["95 млн долларов"].period == "I квартал"
