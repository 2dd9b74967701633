"""«между 100 и 150 млн евро»: two figures joined by «и» after «между» are one range, not two
amounts (the pair reader, `elided._paired_head`, reads «100» in the unit of «150 млн евро»; the
preposition makes the pair the bounds of one figure). Session 44, found44."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["between_ranges"]

_BETWEEN = lazy_compile(r"(?i)(?<![\w-])между[ \u00a0]+\Z")
_AND = lazy_compile(r"[ \u00a0]+и[ \u00a0]+\Z")
_REACH = 8  # characters of «между » looked at before the low end


def between_ranges(text: str, found: list[Amount]) -> list[Amount]:
    """`found` with each «между A и B» pair made one range amount (the low end's value, the
    high end's currency). Only the few characters before each amount are read."""
    out: list[Amount] = []
    for b in found:
        a = out[-1] if out else None
        if (a is not None and a.implied_currency and a.currency == b.currency
                and a.value < b.value and a.value_high is None and b.value_high is None
                and _AND.match(text[a.end:b.start]) is not None
                and (m := _BETWEEN.search(text, max(0, a.start - _REACH), a.start)) is not None):
            out[-1] = replace(b, start=m.start(), surface=text[m.start():b.end], value=a.value,
                              qualifier="range", value_low=a.value, value_high=b.value,
                              implied_currency=False)
            continue
        out.append(b)
    return out
