"""A bare number whose clause names a count («Число дилерских центров выросло до 38»,
«количество сделок — 52») counts what it names: it is no elided money figure, however near a
money figure with a scale word it stands. Sentences written for this test.
"""

from __future__ import annotations

from analysis.money import find_amounts


def test_a_count_after_a_money_figure_is_no_money() -> None:
    text = ("Продажи техники в регионе составили 45 млн рублей против 30 млн рублей годом "
            "ранее. Число дилерских центров выросло до 38.")
    assert [a.surface for a in find_amounts(text)] == ["45 млн рублей", "30 млн рублей"]


def test_an_elided_money_figure_stays_money() -> None:
    text = "Продажи техники в регионе составили 45 млн рублей. Годом ранее было 38."
    assert [a.surface for a in find_amounts(text)] == ["45 млн рублей", "38"]
