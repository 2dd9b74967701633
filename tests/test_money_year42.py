"""A credit's tranche paid or expected in a month or a quarter with no year of its own: the
month or quarter is the payment's day, a one-off sum, so the amount keeps no period and no
year (session 42, year42; session 18's convention on one-off sums, as for a credit granted
in a month; dev rounds 42, 44, 50, 56, 58 agree). A quarter with a year of its own stays.

The sentences are written for these tests in the manner of business news about loans."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.money import describe


def times(text: str) -> list[tuple[str, int | None, str | None]]:
    facts = describe(SimpleNamespace(text=text, published=dt.date(2026, 5, 14)))
    return [(f.amount.surface, f.year, f.period) for f in facts]


@pytest.mark.parametrize(("text", "surface"), [
    ("Банк одобрил комбинату кредит на реконструкцию. Первый транш кредита в размере 45 млн "
     "евро ожидается в III квартале.", "45 млн евро"),
    ("Первый транш в 4 млрд рублей ожидается уже в первом квартале.", "4 млрд рублей"),
    ("Для ремонта цеха завод в мае разместил облигации на 3 млрд рублей; первый транш кредита "
     "ЕБРР на 30 млн евро ожидается в IV квартале.", "30 млн евро"),
])
def test_a_tranche_in_a_quarter_is_its_day_not_a_period(text: str, surface: str) -> None:
    assert (surface, None, None) in times(text)


def test_a_quarter_with_a_year_of_its_own_stays_the_tranches_period() -> None:
    text = ("Первый транш в 1,5 млрд рублей заёмщик получит до конца мая, второй — около 2 млрд "
            "рублей — в первом квартале следующего года.")
    assert ("около 2 млрд рублей", 2027, "I квартал") in times(text)


def test_credits_issued_over_a_quarter_stay_a_period() -> None:
    text = "В I квартале банк выдал предприятиям области кредитов на 3 млрд рублей."
    assert times(text) == [("3 млрд рублей", 2026, "I квартал")]
