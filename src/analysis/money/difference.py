"""A difference between two figures named right before the amount: «расхождение почти в
миллиард», «Разница в 14 млрд рублей возникает …», «курсовая разница … – это 20 тысяч евро».

The gap between two counts of one figure, or what a rate's move makes of a sum, is no trade
flow, contract or investment of its own: `other`, as money saved («экономия») is (rounds 15,
52; session 35, metric35). A trade balance told as a difference («разница между поставками
…») is read before this, as a balance. The words are data (`difference_before` in
`data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.money.context import context_data
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["is_difference"]

_REACH = 60  # characters before the amount its difference word may stand


@cache
def _pattern() -> re.Pattern[str] | None:
    words = context_data().get("difference_before")
    return compile_pattern("(?:" + "|".join(words) + r")\Z") if words else None


def is_difference(scope: AmountScope) -> bool:
    """Is the amount a difference its stretch names right before it, no other amount between?"""
    rx, amount = _pattern(), scope.amount
    if rx is None:
        return False
    lo = max([scope.start, amount.start - _REACH] + [
        o.end for o in scope.others if o is not amount and o.end <= amount.start])
    return rx.search(scope.folded[lo:amount.start]) is not None
