"""A sponsor's money given to fund an event, a club, a restoration or a project: financing.

«Генеральным спонсором выступил банк, его вклад — 3 млрд рублей», «ещё около 1 млн рублей
направил спонсор», «из них 120 млн – спонсорские средства»: the money is given to one
recipient, as a grant is, so it is `financing` (the lead's decision of session 42, on rounds
19, 26, 29 and 60 against 27, 46 and 61), not the `other` of a bare sum nor the `investment`
a verb «вложить» reads. Money a sponsor puts into equipment or a stake it will own stays an
investment («на оборудование готов вложить спонсор», r27m16).

The sponsor and its giving are read in the amount's own stretch: from the figure before it
(or the sentence's start) to the amount, and after it to the next figure or clause mark, so a
budget's total told before its sponsors' share keeps its reading. The words are data
(`sponsor_money` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope
from analysis.money.word_lists import word_patterns

__all__ = ["sponsor_money"]

# readings a sponsor's contribution is read over: a bare sum, and «вложить» (whose equipment
# case `owned` keeps); a credit, a deal or trade names its own money
_OVER = frozenset({"other", "investment"})
# the clause after the amount ends at these (a dash may stand for the verb: «120 млн – …»)
_CLAUSE_END = lazy_compile(r"[,;.!?()]")
# the stems every `sponsor` word holds
_FIRST_LOOK = ("спонсор", "партн", "меценат")


class SponsorWords(NamedTuple):
    sponsor: re.Pattern[str]  # a sponsor, a general or title partner
    gives: re.Pattern[str]  # a contribution, a verb of giving, sponsor funds
    owned: re.Pattern[str]  # equipment or a stake the sponsor will own


@cache
def _words() -> SponsorWords | None:
    return word_patterns("sponsor_money", SponsorWords)


def sponsor_money(scope: AmountScope, metric: str) -> bool:
    """Is the amount, read `metric`, a sponsor's money given (a sponsor and a word of giving
    in its own stretch, nothing it will own)?"""
    words = _words()
    if metric not in _OVER or words is None:
        return False
    low, amount = scope.folded, scope.amount
    if all(low.find(word, scope.start, scope.end) < 0 for word in _FIRST_LOOK):
        return False  # (most amounts: a few looks in C over the sentence, no pattern run)
    lo, hi = scope.stretch_start, scope.stretch_end
    mark = _CLAUSE_END.search(low, amount.end, hi)
    stretch = low[lo:amount.start] + " " + low[amount.end:mark.start() if mark else hi]
    return (words.sponsor.search(stretch) is not None and words.gives.search(stretch) is not None
            and words.owned.search(stretch) is None)
