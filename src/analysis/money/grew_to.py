"""The level a change reached, told after the level it started from with no time of its own
(«по данным ФТС, вырос с 18,1 млрд до 25,1 млрд долларов» in an article on last year): the
first is the year before (`grew_from`), the second the year in focus, not the first
one's year carried on to it (round 66). A level reached with a time of its own («… до 25,1
млрд в 2011 году») keeps it; so does a change inside one month (no year is taken off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.period import MONTH_NAMES

if TYPE_CHECKING:
    from analysis.money.amounts import Amount
    from analysis.money.fact_record import Fact

__all__ = ["grew_from", "reached_after"]

_CHANGE_FROM = lazy_compile(r"(?i)(?<!\w)(?:с|со)[ \u00a0]+\Z")
_CHANGE_TO = lazy_compile(r"(?i)[ \u00a0]+до[ \u00a0]+")
_SINCE_YEAR_START = lazy_compile(r"(?i)(?<!\w)с[ \u00a0]+начала[ \u00a0]+"
                                 r"(?:(?:этого|текущего|нынешнего)[ \u00a0]+)?года")


def grew_from(text: str, s_start: int, amount: Amount, others: list[Amount]) -> bool:
    """Is the amount the level a change started from («в 2022 году вырос с 390 млн до 520
    млн»: the 390 are of the year before)? Not over a span inside the year («с начала года
    выросла с 28 до 33 тыс.»: both levels of the year in progress; session 22, round 44)."""
    return _CHANGE_FROM.search(text, max(s_start, amount.start - 4), amount.start) is not None and any(
        _CHANGE_TO.fullmatch(text, amount.end, o.start) for o in others) and (
        _SINCE_YEAR_START.search(text, s_start, amount.start) is None)


def reached_after(text: str, prev: Fact, amount: Amount, year: int | None) -> bool:
    """Is `amount` the level reached by the change starting at `prev`, the figure before it in
    its sentence, whose year (`year`, carried from `prev`) is the year before the change?"""
    return (year is not None and year == prev.year and prev.period not in MONTH_NAMES
            and grew_from(text, prev.sentence.start, prev.amount, [amount]))
