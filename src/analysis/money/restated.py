"""An amount said again in words in brackets after its digits: «12 500 руб. (двенадцать тысяч
пятьсот рублей)», «3 000 000 руб. (три миллиона)». Contracts and decrees restate every sum so;
the bracket is the same figure, not a second one. (A bracket right after the currency of the
figure: with the currency inside, «450 000 (четырёхсот пятидесяти тысяч) рублей», the grammar
reads it as one amount already.)"""

from __future__ import annotations

from typing import Protocol, TypeVar

from analysis.lazypattern import lazy_compile

__all__ = ["drop_restated"]

_OPEN = lazy_compile(r"[ \u00a0]*\([ \u00a0]*\Z")
_CLOSE = lazy_compile(r"[ \u00a0]*\)")


class _Figure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> float: ...


F = TypeVar("F", bound=_Figure)


def drop_restated(text: str, amounts: list[F]) -> list[F]:
    """`amounts` without those that only restate, in brackets, the value of the one before."""
    out: list[F] = []
    for a in amounts:
        prev = out[-1] if out else None
        # (the same to within a unit: «74 318 450,20 руб. (семьдесят четыре миллиона …
        # четыреста пятьдесят рублей 20 копеек)», its kopecks read apart; round 57)
        if (prev is not None and abs(a.value - prev.value) < 1 and a.start - prev.end <= 4
                and _OPEN.search(text, prev.end, a.start) and _CLOSE.match(text, a.end)):
            continue
        out.append(a)
    return out
