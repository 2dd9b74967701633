"""A public budget named as the money's purse in the amount's own clause: financing.

«Стоимость работ … 38,6 млн рублей, из которых 24 млн рублей предприятию предоставит Банк
развития в виде льготного кредита, а 5,2 млн рублей выделит областной бюджет»; «Первый транш —
7,5 млн рублей — банк перечислил в январе. Ещё 3,2 млн рублей на компенсацию части затрат
заложено в областном бюджете»; «Из них 500 млн – заем фонда, 120 млн – региональная субсидия».
The credit is named in another clause, or by the figure before; the clause of the amount says
whose money it is, a budget's, and budget money is `financing` (the session-11 convention), as a
bank that provides a sum in its stretch lends it (`money.lender`). A credit word in the clause
itself («из бюджета погасят кредит») keeps the credit. The clause runs from the clause mark or
the figure before the amount to the one after it. The words are data (`budget_purse` in
`data/money_context_ru.json`); the golds of rounds 34, 35 and 37 so read (metric41a).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.scope import CLAUSE_MARK, AmountScope
from analysis.money.word_lists import word_patterns

__all__ = ["budget_purse"]


class PurseWords(NamedTuple):
    purse: re.Pattern[str]  # a budget as source, place or subject; budget funds; a subsidy
    credit: re.Pattern[str]  # a credit word in the clause itself, which keeps the credit


@cache
def _words() -> PurseWords | None:
    return word_patterns("budget_purse", PurseWords)


def _own_clause(scope: AmountScope) -> tuple[int, int]:
    """The amount's own clause: from the clause mark (or figure) before it to the one after."""
    text, amount = scope.text, scope.amount
    lo = max([scope.stretch_start] + [m.end() for m in CLAUSE_MARK.finditer(
        text, scope.stretch_start, amount.start)])
    mark = CLAUSE_MARK.search(text, amount.end, scope.stretch_end)
    return lo, mark.start() if mark else scope.stretch_end


def budget_purse(scope: AmountScope) -> bool:
    """Does the amount's own clause name a public budget or a subsidy as its purse, and no
    credit word?"""
    words = _words()
    if words is None:
        return False
    low, lo, hi = scope.folded, scope.stretch_start, scope.stretch_end
    if low.find("бюджет", lo, hi) < 0 and low.find("субсид", lo, hi) < 0:
        return False  # (most amounts: two looks in C, no clause cut, no pattern run)
    lo, hi = _own_clause(scope)
    before, after = low[lo:scope.amount.start], low[scope.amount.end:hi]
    return (any(words.purse.search(part) for part in (before, after))
            and not any(words.credit.search(part) for part in (before, after)))
