"""A time taken from elsewhere in the article (`CarriedTime`), and the time a sentence states
read from its end (`end_of`, `stated_time`): what the readers of `money.carry`,
`money.same_period`, `money.then_time`, `money.question_time` and `money.list_time` hand a
figure with no time of its own (split from `carry.py`, session 44).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from analysis.money.amounts import Amount
from analysis.money.period import period_of
from analysis.money.region import SentenceSpan
from analysis.money.scope import AmountScope
from analysis.money.year import year_reading

if TYPE_CHECKING:
    from datetime import date

__all__ = ["CarriedTime", "end_of", "stated_time"]


class CarriedTime(NamedTuple):
    """A year (and period) taken from an earlier sentence, and where it came from."""

    year: int | None
    period: str | None
    source: str | None  # as `YearReading.source`
    sentence: SentenceSpan
    inherited_source: str | None = None  # a figure's `year_source`, taken as it is


def end_of(text: str, sentence: tuple[int, int]) -> AmountScope:
    """A sentence seen from its end, with no amount of its own: what a sentence that goes
    on about it inherits (its last cue, its period, its year)."""
    start, end = sentence
    here = Amount(start=end, end=end, surface="", value=0.0, currency="", qualifier="exact")
    return AmountScope(text=text, start=start, end=end, amount=here, others=[])


def stated_time(text: str, span: SentenceSpan, published: date | None) -> CarriedTime | None:
    """The year (and period) the sentence `span` states, read from its end; None when it
    states no year."""
    before = end_of(text, span)
    period = period_of(before)
    got = year_reading(before, published=published, period=period)
    if got.year is None:
        return None
    return CarriedTime(year=got.year, period=period, source=got.source, sentence=span)
