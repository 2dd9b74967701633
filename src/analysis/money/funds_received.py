"""Money a named recipient gets for a purpose: «агроусадьба получит 2,6 млн рублей на
строительство бани», «заводу на обновление линии в рамках программы предстоит получить 230
млн», «участники каждого проекта получат от 3 до 5 млн рублей в год».

The purpose («на строительство», «на модернизацию») or a weak «проект» reads `investment`
when it is the only cue; but a recipient that receives the money is funded by someone else: a
grant, a programme's or a fund's money, `financing` (rounds 13, 21, 32). Money received *as*
an investment or as capital («получило 1,15 млрд рублей инвестиций», «получит … на
увеличение уставного капитала») stays what its own word says, as does a credit. The words are
data (`funds_received` of `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["funds_received", "is_funds_received"]

_REACH = 160  # characters before the amount its clause is read in
_CLAUSE = lazy_compile(r"[;:]|,[ \u00a0]+(?:а|но|однако|и|что|который|которая|которые)(?![\w-])")


@cache
def _pattern(key: str) -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{w})" for w in context_data()[key]))


def funds_received() -> re.Pattern[str]:
    """The verb of receiving (`money.reader_gates` proves its literals)."""
    return _pattern("funds_received")


def is_funds_received(scope: AmountScope) -> bool:
    """Does a verb of receiving govern the amount in its clause, with no word in the sentence
    naming the money an investment, capital or own funds?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    marks = list(_CLAUSE.finditer(low, lo, scope.amount.start))
    lo = marks[-1].end() if marks else lo
    if _pattern("funds_received").search(low, lo, scope.amount.start) is None:
        return False
    return _pattern("funds_received_as_investment").search(low, scope.start, scope.end) is None
