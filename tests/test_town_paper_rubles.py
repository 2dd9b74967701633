"""A Belarusian town's paper counts in Belarusian rubles (new user, session 27): an outlet
named by the adjective of a town the regions gazetteer knows only as a town («Лидская
газета», «Бобруйский курьер», «Мозырский вестник») is Belarusian, as «Гомельская правда»
and «Вечерний Бобруйск» were; a bare «рублей» in its news is BYN, not RUB. A Russian
regional paper («Калужский курьер») stays Russian.

The text is written for this test in the manner of a district paper's note."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe

NOTE = ("Комбинат обновит котельную\n\n"
        "Пищевой комбинат направит на замену котельной 3,4 млн рублей собственных средств, "
        "рассказал его директор.\n")


def currencies(source: str) -> list[str]:
    facts = describe(SimpleNamespace(text=NOTE, published=dt.date(2026, 9, 14), source=source))
    return [f.amount.currency for f in facts]


@pytest.mark.parametrize("source", ["Лидская газета", "Бобруйский курьер", "Мозырский вестник"])
def test_a_belarusian_towns_paper_counts_in_belarusian_rubles(source: str) -> None:
    assert currencies(source) == ["BYN"]


@pytest.mark.parametrize("source", ["Калужский курьер", "Строительная техника"])
def test_a_russian_paper_keeps_russian_rubles(source: str) -> None:
    assert currencies(source) == ["RUB"]
