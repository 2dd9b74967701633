"""A tranche's month or quarter is its day, not a period its value covers.

«Первый транш кредита в размере 60 млн евро ожидается в IV квартале», «Первый транш в $1 млрд
может поступить уже в первом квартале», «первый транш — 100 млн — будет перечислен в июне»:
one disbursement of a credit, a one-off sum. As for a credit granted in a month
(`analysis.money.deal_day`, session 18's convention on one-off sums), the month or quarter
with no year of its own dates the payment: the sum keeps no period and no year. Every dev
gold so told agrees (rounds 42, 44, 50, 56, 58); README round 56's line reading the quarter
of the year of writing is overturned here, see benchmarks/profiles/session42_year42.md.
A quarter with a year of its own («в первом квартале следующего года») stays the period.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lang.calendar import calendar
from analysis.money.carry import has_time_words
from analysis.money.context import context_data
from analysis.money.focus_time import own_reach
from analysis.money.period import MONTH_NAMES
from analysis.money.scope import AmountScope

__all__ = ["tranche_day"]


@cache
def _tranche_words() -> re.Pattern[str] | None:
    words = context_data().get("tranche_words")
    return re.compile("|".join(words)) if words else None


def tranche_day(scope: AmountScope, metric: str, period: object) -> bool:
    """Is `period`, a month or a quarter the amount's own clause names, the day a credit's
    tranche is paid or expected («первый транш … ожидается в IV квартале»)?"""
    if metric != "credit" or not isinstance(period, str) or not (
            period in MONTH_NAMES or period.endswith(calendar().quarter_word)):
        return False
    words = _tranche_words()
    if words is None or "транш" not in scope.lowered:
        return False
    reach = own_reach(scope)
    if words.search(reach) is None:
        return False
    # the quarter's own year («в первом квартале следующего года») keeps it a period
    return not has_time_words(reach.replace("квартал", " "))
