"""The amount set against another «за аналогичный период N года» is of year N (new user,
session 24, finding 5): «18,3 млн рублей против 15,1 млн рублей за аналогичный период 2025
года» — 15,1 is the 2025 figure; a change told against the period keeps the figure's own year.

The texts are written for these tests in the manner of firms' quarterly releases."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def years(text: str) -> list[tuple[str, int | None]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2026, 11, 2)))
    return [(f.amount.surface, f.year) for f in facts]


@pytest.mark.parametrize(("text", "expected"), [
    ("Чистая прибыль холдинга за девять месяцев составила 7,4 млн белорусских рублей против "
     "6,2 млн рублей за аналогичный период 2025 года.",
     [("7,4 млн белорусских рублей", 2026), ("6,2 млн рублей", 2025)]),
    ("Выручка завода за первое полугодие достигла 96 млн долларов против 81,5 млн долларов за "
     "соответствующий период 2024 года.",
     [("96 млн долларов", 2026), ("81,5 млн долларов", 2024)]),
])
def test_the_compared_amount_takes_the_comparison_year(text: str, expected: list) -> None:
    assert years(text) == expected


def test_a_change_told_against_the_period_keeps_the_figures_own_year() -> None:
    text = ("Выручка завода за первое полугодие составила 96 млн долларов, что на 18% больше, чем "
            "за аналогичный период 2024 года.")
    assert years(text) == [("96 млн долларов", 2026)]
