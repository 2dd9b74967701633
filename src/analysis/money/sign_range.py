"""«$10–12 за тонну», «€300–350»: a currency sign written before the low end of a range with
no scale covers the high end too, a bare number after the dash. Without a scale word the
high end is no amount of its own, so the pair is read here, on the low end's amount.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.grammar import parse_number

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["with_bare_high_end"]

# the dash and a bare high end that is no percentage, scale, year or part of a longer number
_BARE_HIGH = lazy_compile(
    r"[ \u00a0]?[—–-][ \u00a0]?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]\d|[\d]|[ \u00a0]*(?:%|тыс|млн"
    r"|млрд|трлн|милл|процент|года?\b|г\.))")


def with_bare_high_end(text: str, amount: Amount) -> Amount:
    """The amount widened to a range when a bare number after a dash closes it («$10–12»);
    else the amount itself. (For a core with its sign before the number and no scale.)"""
    m = _BARE_HIGH.match(text, amount.end)
    if m is None:
        return amount
    high = parse_number(m.group(1))
    if high is None or high <= amount.value:
        return amount
    return replace(amount, end=m.end(), surface=text[amount.start:m.end()], qualifier="range",
                   value_low=amount.value, value_high=high)
