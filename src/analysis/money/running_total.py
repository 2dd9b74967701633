"""A running total «с начала года» runs to the last month the text has reported.

«В мае банк выдал … на 3,8 млрд рублей. С начала года объём выдач достиг 14,6 млрд»: the
total is January–May's; «в минувшем месяце товарооборот … 27,3 млн долларов, а с начала года
— 214,8 млн» in a digest of October is January–September's; a nine-month budget report's
«с начала года выплачено 9,3 млн» after its lines «за январь–сентябрь» is January–September's
(round 67: a bank's monthly note, a Monday digest, a budget execution report). The months are
the latest a figure of the same year told before it ends in (a plan's are no report). With no
month told before, the label «с начала года» stays (tests/gold/README.md, the session-17 row:
a publication date alone names no months).
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


def with_running_months(facts: list[Fact], published: date | None) -> list[Fact]:
    """The facts, each running total «с начала года» given the months from January to the
    last month a reported figure of its year before it ends in (see the module docstring)."""
    if not any(f.period == YEAR_TO_DATE for f in facts):
        return facts  # (most articles)
    out = list(facts)
    last: dict[int, int] = {}  # year → the latest month a reported figure ends in
    for i, f in enumerate(out):
        if f.year is None or f.period is None:
            continue
        if f.period == YEAR_TO_DATE:
            month = last.get(f.year)
            if month is not None and 1 < month < 12:
                months = f"{MONTH_NAMES_IN_ORDER[0]}–{MONTH_NAMES_IN_ORDER[month - 1]}"
                out[i] = replace(f, period=canonical_period(months))
            continue
        month = period_last_month(f.period)
        if month is None or f.forecast or (
                published is not None and f.year == published.year and month > published.month):
            continue
        last[f.year] = max(last.get(f.year, 0), month)
    return out

