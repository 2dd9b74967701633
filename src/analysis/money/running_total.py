"""A running total «с начала года» right after the month it runs to.

«В мае банк выдал … на 3,8 млрд рублей. С начала года объём выдач достиг 14,6 млрд»: the
total goes on from the month just told, so it is January–May's; «в минувшем месяце
товарооборот … 27,3 млн долларов, а с начала года — 214,8 млн» in a digest of October is
January–September's; «… в мае — на 18,5 млн долларов, с начала года — на 74 млн» too (round 67:
a bank's monthly note, a Monday digest, a budget execution report). The month is that of the
figure just before the total (its sentence or the one before), of the same kind and year and
told as done, not planned; a list of running totals under a lead («Лидеры по объёму выдач с
начала года:») goes on in the months of the total of its kind before it. A total after no such
figure keeps the label «с начала года» (tests/gold/README.md, the session-17 row: rounds 6–52
read so, a total after a day's or another kind's figure too).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.money.period import MONTH_NAMES_IN_ORDER, period_last_month
from analysis.money.period_label import canonical_period

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.fact_record import Fact

__all__ = ["YEAR_TO_DATE", "with_running_months"]

YEAR_TO_DATE = "с начала года"  # the label `money.period` gives a running total
_GAP = 3  # characters between two sentences that follow each other (a space, a line break)


def _month_before(prev: Fact, f: Fact, published: date | None) -> int | None:
    """The month the figure just before (`prev`) ends in, when the running total `f` goes on
    from it: its sentence or the one just before, the same kind and year, told as done."""
    if (prev.metric != f.metric or prev.year != f.year or prev.forecast or prev.period is None
            or prev.period == YEAR_TO_DATE):
        return None
    if prev.sentence.start != f.sentence.start and not (
            0 <= f.sentence.start - prev.sentence.end <= _GAP):
        return None
    month = period_last_month(prev.period)
    if month is None or (published is not None and f.year == published.year
                         and month > published.month):
        return None
    return month


def with_running_months(facts: list[Fact], published: date | None) -> list[Fact]:
    """The facts, each running total «с начала года» given January to the month it goes on
    from (see the module docstring)."""
    if not any(f.period == YEAR_TO_DATE for f in facts):
        return facts  # (most articles)
    out = list(facts)
    resolved: dict[tuple[str, int], str] = {}  # (kind, year) → the months of a total read
    for i, f in enumerate(out):
        if f.period != YEAR_TO_DATE or f.year is None or i == 0:
            continue
        month = _month_before(out[i - 1], f, published)
        if month is not None and 1 < month < 12:
            months = canonical_period(f"{MONTH_NAMES_IN_ORDER[0]}–{MONTH_NAMES_IN_ORDER[month - 1]}")
        else:
            months = resolved.get((f.metric, f.year))
        if months is not None:
            resolved[(f.metric, f.year)] = months
            out[i] = replace(f, period=months)
    return out
