"""Bare numbers listed before a money figure that names the unit once for the whole list:
«по трём предложениям (2 850 000, 2 990 000 и 3 130 000 руб.)». A reader takes every item of
such a list in the last item's unit.

`elided.py` reads a pair («1,5 и 2,1 млн») and a list of scaled figures «соответственно» closes
(«4,1, 4,6 и 5,2 млрд рублей» with no such word stays bare: session 35, newuser35); a list of
prices or offers in full digits is told with no such word and no scale word. The rule is kept
narrow, as numbers before a figure are often counts, dates or codes:

- the items run right up to the money figure, cut by commas and one «и»/«или» before it, with
  nothing else between; the first item does not follow a digit or a number sign;
- the figure has no scale word and every item is written as its number is, grouped in
  thousands («2 850 000»); so a year or a code («2019», «№ 16») is no item;
- each item lies within a factor of three of the figure.

The found amounts have `implied_currency` set.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.elided import fits_anchor, implied_amount, scale_word_of
from analysis.money.grammar import parse_number

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["enumerated_amounts"]

_GROUPED = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?"
_LAST_JOIN = r"[ \u00a0]+(?:и|или)[ \u00a0]+"
_COMMA = r"[ \u00a0]*,[ \u00a0]*"


def _list_before(item: str) -> re.Pattern[str]:
    # the items and the joins before the figure, anchored at the figure's start; the first
    # item follows no digit, comma-number or number sign
    return lazy_compile(
        rf"(?<![\d.,№#/\-–])(?<!\d[ \u00a0])(?:{item}{_COMMA})*{item}{_LAST_JOIN}\Z")


_BEFORE_GROUPED = _list_before(_GROUPED)
_ITEM = lazy_compile(_GROUPED)
_REACH = 120  # characters before the figure the list may take


def enumerated_amounts(text: str, found: list[Amount]) -> list[Amount]:
    """`found` with the bare items of the lists the found figures close, in text order."""
    spans = sorted((a.start, a.end) for a in found)
    extra: list[Amount] = []
    for a in found:
        if not a.currency or a.value_high is not None or not a.surface[:1].isdigit():
            continue  # (a range, «$3,1 млн» or «около 3,1 млн» opens no list's last item)
        if scale_word_of(a.surface) is not None:
            continue  # «4,1, 4,6 и 5,2 млрд»: `elided.py`'s, read with «соответственно» only
        lo = max(0, a.start - _REACH)
        m = _BEFORE_GROUPED.search(text, lo, a.start)
        if m is None:
            continue
        for item in _ITEM.finditer(text, m.start(), m.end()):
            s, e = item.span()
            i = bisect.bisect_left(spans, (e, e))
            number = parse_number(item.group())
            if (i and spans[i - 1][1] > s) or number is None or not fits_anchor(number, None, (a, 1.0)):
                continue  # read already, or of another order
            extra.append(implied_amount(text, s, e, number, None, a.currency))
            bisect.insort(spans, (s, e))
    return sorted([*found, *extra], key=lambda x: x.start) if extra else found
