"""A company's own funds named by the amount are an investment (money/costs.py: `is_own_funds`)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def metrics(text: str) -> list[str]:
    return [f.metric for f in describe(SimpleNamespace(text=text, published=dt.date(2025, 6, 2)))]


@pytest.mark.parametrize(("text", "expected"), [
    # after a credit: the own funds are not a part of it
    ("Фонд выдал заводу заём на 300 млн рублей. Собственные средства компании — около "
     "120 млн рублей.", ["credit", "investment"]),
    ("Помимо займа, предприятие потратит на линию 80 млн рублей своих средств.",
     ["investment"]),
])
def test_own_funds_are_an_investment(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the own funds are another part, after a comma: the amount is the budget's compensation
    ("Из общей суммы 90 млн рублей придётся на компенсацию из областного бюджета, "
     "остальное — собственные средства хозяйств.", "financing"),
    # a credit named by its own word keeps it, the own funds are further off
    ("Банк выдал кредит на 500 млн рублей под залог имущества, а собственные средства "
     "компания направит на ремонт.", "credit"),
])
def test_own_funds_further_off_leave_the_reading(text: str, expected: str) -> None:
    assert metrics(text)[0] == expected
