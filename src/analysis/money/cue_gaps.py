"""The text between a metric cue and its amount (`analysis.money.metric.nearest_cue`): the
words of a gap outside other amounts, the clause before an amount and where its clause ends,
and whether a cue heads another amount of its own clause."""

from __future__ import annotations

import re
from operator import attrgetter
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.scope import CLAUSE_MARK

if TYPE_CHECKING:
    from collections.abc import Iterator

    from analysis.money.amounts import Amount
    from analysis.money.scope import AmountScope

__all__ = ["clause_before", "clause_end", "gap_words", "heads_next_amount", "words_between"]

# (a class first, not a repeat: sre then scans for its first letter in C instead of
# trying a match at every character; the repeats possessive: nothing after them could make
# one give a letter back, and sre then keeps no state to backtrack to, ~10% of the scan)
_START = attrgetter("start")  # (a key in C: no Python call an amount)
_WORD = lazy_compile(r"[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z]*+(?:-[А-Яа-яЁё]++)*+")


def clause_before(text: str, s_start: int, amount: Amount) -> str:
    """The text from the last comma or semicolon before the amount (else the sentence's
    start at `s_start`) up to the amount."""
    lo = max(text.rfind(",", s_start, amount.start), text.rfind(";", s_start, amount.start),
             s_start)
    return text[lo:amount.start]


def clause_end(scope: AmountScope) -> int:
    """Where the amount's clause ends: the next clause mark after it, else the sentence's end."""
    mark = CLAUSE_MARK.search(scope.text, scope.amount.end, scope.end)
    return mark.start() if mark else scope.end


def gap_words(text: str, lo: int, hi: int, others: list[Amount]) -> Iterator[re.Match[str]]:
    """The words of text[lo:hi] outside the amounts, in text order."""
    pos = lo
    for o in sorted(others, key=_START):
        if o.end <= pos or o.start >= hi:
            continue
        yield from _WORD.finditer(text, pos, max(pos, o.start))
        pos = max(pos, o.end)
    yield from _WORD.finditer(text, pos, hi)


def words_between(text: str, lo: int, hi: int, others: list[Amount]) -> list[re.Match[str]]:
    """`gap_words` as a list, the words of each gap taken in one call."""
    out: list[re.Match[str]] = []
    pos = lo
    for o in sorted(others, key=_START):
        if o.end <= pos or o.start >= hi:
            continue
        out += _WORD.finditer(text, pos, max(pos, o.start))
        pos = max(pos, o.end)
    out += _WORD.finditer(text, pos, hi)
    return out


def heads_next_amount(text: str, cue_end: int, amount: Amount, others: list[Amount]) -> bool:
    """Is there another amount after the cue, in the cue's own clause (no comma between)?"""
    nxt = [o.start for o in others if o is not amount and o.start >= cue_end]
    return bool(nxt) and not CLAUSE_MARK.search(text, cue_end, min(nxt))
