"""A running total «с начала года» right after one month's figure runs to that month.

«В мае банк выдал … на 3,8 млрд рублей. С начала года объём выдач достиг 14,6 млрд»: the
total goes on from the month just told, so it is January–May's; «в минувшем месяце
товарооборот … 27,3 млн долларов, а с начала года — 214,8 млн» in a digest of October is
January–September's; «… в мае — на 18,5 млн долларов, с начала года — на 74 млн» too (round 67:
a bank's monthly note, a Monday digest). The month is that of the figure just before the total
(its sentence or the one before), of the same kind and year and told as done, not planned; the
items of a list of running totals («Лидеры по объёму выдач с начала года: — Краснодарский край
— 2,1 млрд рублей;») go on in the months of the total of their kind before them. A total after
a span of months («За девять месяцев … исполнен …, с начала года на программы направлено …»),
a day's or another kind's figure keeps the label «с начала года» (tests/gold/README.md, the
session-17 row; rounds 16, 17, 43, 51 read so).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.period import MONTH_NAMES, MONTH_NAMES_IN_ORDER, period_last_month
from analysis.money.period_label import canonical_period

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.fact_record import Fact

__all__ = ["YEAR_TO_DATE", "with_running_months"]

YEAR_TO_DATE = "с начала года"  # the label `money.period` gives a running total
_GAP = 3  # characters between two sentences that follow each other (a space, a line break)
# a list's item: a dash, a bullet or a number opening its line
_ITEM = lazy_compile(r"[ \t]*(?:[—–•·*-]|\d{1,2}[.)])[ \t]")


def _month_before(prev: Fact, f: Fact, published: date | None) -> int | None:
    """The month the figure just before (`prev`) ends in, when the running total `f` goes on
    from it: its sentence or the one just before, the same kind and year, told as done."""
    if (prev.metric != f.metric or prev.year != f.year or prev.forecast
            or prev.period not in MONTH_NAMES):
        return None
    if prev.sentence.start != f.sentence.start and not (
            0 <= f.sentence.start - prev.sentence.end <= _GAP):
        return None
    month = period_last_month(prev.period)
    if month is None or (published is not None and f.year == published.year
                         and month > published.month):
        return None
    return month


def with_running_months(text: str, facts: list[Fact], published: date | None) -> list[Fact]:
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
        elif _ITEM.match(text, text.rfind("\n", 0, f.amount.start) + 1):
            months = resolved.get((f.metric, f.year))
        else:
            months = None
        if months is not None:
            resolved[(f.metric, f.year)] = months
            out[i] = replace(f, period=months)
    return out
