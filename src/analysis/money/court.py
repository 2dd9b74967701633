"""Money a court awards or a claimant seeks: «присудил истцу 2 млн рублей компенсации»,
«требует взыскать с поставщика 5 млн рублей», «ответчик возместит истцу 40 тыс. рублей
судебных расходов».

A compensation, a refund or an expense word reads `financing` elsewhere (state support:
«компенсация 20% стоимости техники»). Told in a clause with a court's verb or a party to a
suit before the amount, the money is a claim or an award: `other`, as a debt, a penalty and
court costs are (session 11 convention; rounds 10, 22, 39). The words are data
(`court_words` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.literal_gate import GatedPattern
from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, lookbehind_led_pattern, read_words

__all__ = ["court_words", "is_court_award", "is_court_recovery"]

_REACH = 160  # characters before the amount its clause is read in
_AFTER = 40  # characters after it («… 180 тыс. рублей судебных расходов»)
# a new clause: a semicolon, a full stop's end of sentence is the scope's
_CLAUSE = lazy_compile(r"[;:]|,[ \u00a0]+(?:а|но|однако|что)(?![\w-])")
_AFTER_END = lazy_compile(r"[,;:.()]")


class CourtWords(NamedTuple):
    """A court, a claim or an award («суд», «иск», «взыскать»: `court_words`)."""

    court_words: re.Pattern[str]


def _led_union(words: list[str]) -> re.Pattern[str]:
    """One alternation of the words, each word's look-behind said after its first letter
    (`lookbehind_led`: the same matches as the words each in its group)."""
    return lookbehind_led_pattern("|".join(words))


@cache
def _court() -> re.Pattern[str]:
    return read_words(context_data(), CourtWords, _led_union).court_words


def court_words() -> re.Pattern[str]:
    """The court words' pattern (`money.reader_gates` proves its literals)."""
    return _court()


def is_court_award(scope: AmountScope) -> bool:
    """Does the amount's clause tell a court's award or a claim (a court verb or a party to
    a suit before the amount, or court costs right after it)?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    # (the clause lies inside the reach: with no court word in the reach none is in it)
    if _COURT.may_match(low, lo, scope.amount.start):
        marks = list(_CLAUSE.finditer(low, lo, scope.amount.start))
        lo = marks[-1].end() if marks else lo
        if _court().search(low, lo, scope.amount.start):
            return True
    hi = min(scope.end, scope.amount.end + _AFTER)
    if not _COURT.may_match(low, scope.amount.end, hi):
        return False
    stop = _AFTER_END.search(low, scope.amount.end, hi)
    return _court().search(low, scope.amount.end, stop.start() if stop else hi) is not None


# a court's own verb of awarding («взыскал», «присудил»), not a party to the suit («по данным
# истца, … поставок в Россию»: the party's trade told as it is)
_RECOVERY = lazy_compile(r"(?<![\w-])(?:взыск|присуд)\w*")


def is_court_recovery(scope: AmountScope) -> bool:
    """Does a court's verb of awarding govern the amount in its clause («взыскал с покупателя
    31 млн рублей за поставленные комбайны»: the unpaid price claimed, not the goods' export;
    session 45)?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    marks = list(_CLAUSE.finditer(low, lo, scope.amount.start))
    lo = marks[-1].end() if marks else lo
    return _RECOVERY.search(low, lo, scope.amount.start) is not None


# every court word holds one of these (checked on the pattern, `literal_gate`)
_COURT_LITERALS = ("взыск", "присуд", "ист", "ответчик", "судебн", "госпошлин")
_COURT = GatedPattern(_court, _COURT_LITERALS)
