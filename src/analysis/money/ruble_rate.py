"""Which rubles a bare «рублей» figure is, told by its conversion into dollars or euros right
after it: «завод вложил 96 млрд рублей. В долларах это около 11 миллионов» — some 8 700
rubles to the dollar, so Belarusian rubles before the 2016 redenomination (BYR), whatever
the outlet; «1,2 млрд рублей, или около 19 млн долларов» — some 60 to the dollar, Russian
rubles, even on a Belarusian site; under 6 to the dollar, Belarusian rubles since 2016 (BYN).
The three rates have never overlapped (round 38). A ratio between the ranges (a rounded or
loose conversion) decides nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.money.converted import conversion_between

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["ruble_by_rate"]

_HARD = frozenset({"USD", "EUR"})
_OLD_BELARUSIAN = 500.0  # rubles to a dollar or euro from here up: BYR (1,000–20,000 since 2000)
_NEW_BELARUSIAN = 6.0  # up to here: BYN (about 1.5–3.7 since 2016)
_RUSSIAN = (20.0, 150.0)  # Russian rubles (about 24–110 since 2000)


def ruble_by_rate(text: str, amount: Amount, nxt: Amount | None) -> str | None:
    """The currency (BYR, BYN or RUB) the conversion right after a bare ruble `amount` says
    it is in, or None."""
    if nxt is None or nxt.currency not in _HARD or not nxt.value or amount.value <= 0:
        return None
    if not conversion_between(text, amount.end, nxt.start, nxt.end):
        return None
    ratio = amount.value / nxt.value
    if ratio >= _OLD_BELARUSIAN:
        return "BYR"
    if ratio <= _NEW_BELARUSIAN:
        return "BYN"
    return "RUB" if _RUSSIAN[0] <= ratio <= _RUSSIAN[1] else None
