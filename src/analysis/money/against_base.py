"""A figure set against the one just before it with «против»: «будет покупать газ по $119 за 1
тыс. кубометров против $100 в среднем в прошлом году». The base measures what the figure
measures (a price against a price, an export against an export), whatever cue the
sentence's verb holds for the figure it governs; its time is its own: the period the sentence
names before «против» is the figure's, and the base takes one only from its own words after
«против» (round 56, session 35).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.period import period_of
from analysis.money.time_words import has_time_words

if TYPE_CHECKING:
    from analysis.money.scope import AmountScope

__all__ = ["against_base_start", "base_period"]

# after the figure: its unit («за 1 тыс. кубометров», «за тонну»), a comma, «против» and at most
# one qualifier word («около», «примерно», «в среднем» is after the base)
_AGAINST = lazy_compile(
    r"(?i)(?:[ \u00a0]+за[ \u00a0]+[^,;:!?()—–]{1,40}?)?,?[ \u00a0]+против[ \u00a0]+"
    r"(?:(?:около|примерно|порядка|почти|более|менее|свыше|лишь|всего|только|чуть)[ \u00a0]+)?")


def against_base_start(text: str, prev_end: int, amount_start: int) -> int | None:
    """Where «против» ends when the amount is the base set against the figure ending at
    `prev_end`, with nothing but the figure's unit between; else None."""
    m = _AGAINST.fullmatch(text, prev_end, amount_start)
    return m.start() if m is not None else None


def base_period(scope: AmountScope, against: int, period: str | None) -> str | None:
    """The base's own period, read from «против» on, when its words there tell a time of their
    own («против $100 в среднем в прошлом году»: a whole year, not the figure's quarter);
    else `period`, the one read over the sentence («… $21,5 млн против $12,7 млн в первом»)."""
    if not has_time_words(scope.text[against:scope.end].lower()):
        return period
    return period_of(replace(scope, start=against))
