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
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, read_words
from analysis.patternstore import compile_pattern

__all__ = ["FundsWords", "funds_received", "funds_words", "is_funds_received"]

_REACH = 160  # characters before the amount its clause is read in
_CLAUSE = lazy_compile(r"[;:]|,[ \u00a0]+(?:а|но|однако|и|что|который|которая|которые)(?![\w-])")


class FundsWords(NamedTuple):
    """A verb of receiving money, the words that name it an investment, capital or own funds
    (`funds_received`, `funds_received_as_investment` of data/money_context_ru.json)."""

    funds_received: re.Pattern[str]
    funds_received_as_investment: re.Pattern[str]


def _each_grouped(words: list[str]) -> re.Pattern[str]:
    """The words as alternatives, each in a group of its own."""
    return compile_pattern("|".join(f"(?:{w})" for w in words))


@cache
def funds_words() -> FundsWords:
    """The words of receiving money, read once a process."""
    return read_words(context_data(), FundsWords, _each_grouped)


def funds_received() -> re.Pattern[str]:
    """The verb of receiving (`money.reader_gates` proves its literals)."""
    return funds_words().funds_received


def is_funds_received(scope: AmountScope) -> bool:
    """Does a verb of receiving govern the amount in its clause, with no word in the sentence
    naming the money an investment, capital or own funds?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    marks = list(_CLAUSE.finditer(low, lo, scope.amount.start))
    lo = marks[-1].end() if marks else lo
    if funds_words().funds_received.search(low, lo, scope.amount.start) is None:
        return False
    return funds_words().funds_received_as_investment.search(low, scope.start, scope.end) is None
