"""A lender's portfolio: the loans it has outstanding, `credit` (the lead's decision, session 41).

«портфель» alone reads `financing` (metric_lemmas.csv: a bank's portfolio «в проектах»). Where
the text shows its holder lending — a loan word in the portfolio's line or the line before
(«Часть займов выдавалась на условиях софинансирования … — «В текущем году мы планируем
увеличить портфель до 800 млн рублей»») — the portfolio is the loans themselves. A portfolio
that names its holdings («портфель гарантий», «портфель заявок», «портфель ЕАБР в проектах»)
keeps their reading, and a lessor's is the leasing row (`lender_portfolio` in
money_context_ru.json).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, pattern, read_words

__all__ = ["lender_portfolio"]


class _Words(NamedTuple):
    portfolio: re.Pattern[str]
    holdings: re.Pattern[str]
    lessor: re.Pattern[str]
    loans: re.Pattern[str]


@cache
def _words() -> _Words:
    return read_words(context_data()["lender_portfolio"], _Words, pattern)


def _portfolio_at(scope: AmountScope) -> re.Match[str] | None:
    """The «портфель» of the amount's sentence: the last before the amount, else the first after."""
    words = _words()
    before = list(words.portfolio.finditer(scope.folded, scope.start, scope.amount.start))
    if before:
        return before[-1]
    return words.portfolio.search(scope.folded, scope.amount.end, scope.end)


def lender_portfolio(scope: AmountScope) -> bool:
    """Is the amount's bare «портфель» a lender's, its loans outstanding?"""
    words = _words()
    found = _portfolio_at(scope)
    if found is None or words.lessor.search(scope.folded, scope.start, scope.end):
        return False
    folded = scope.folded
    if words.holdings.match(folded[found.end():scope.end]):
        return False  # «портфель гарантий», «портфель ЕАБР в проектах»: what it holds decides
    line_end = folded.find("\n", found.end())
    return words.loans.search(folded, _line_before(folded, found.start()),
                              line_end if line_end >= 0 else len(folded)) is not None


def _line_before(folded: str, at: int) -> int:
    """Where the non-blank line before the one holding `at` starts (0 at the text's top)."""
    start = folded.rfind("\n", 0, at) + 1
    while start > 0:
        start = folded.rfind("\n", 0, start - 1) + 1
        if folded[start:folded.find("\n", start)].strip():
            return start
    return 0
