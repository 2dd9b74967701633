"""Bare numbers in the unit of a price told just before them in their sentence: a row of
parallel prices names its currency once, on the first («за ноябрь — 1 520 рублей, за
декабрь — 1 870», «гречишный продавали за 650 рублей, липовый — за 800», «в марте брали за
610 рублей, сейчас стоит 730», «давали 3 200 долларов, сейчас — не больше 2 400»).

`elided.py` reads such numbers beside a figure with a scale word; this module reads them
beside a figure with none (a price, a wage, a tariff). It is kept narrower, as small bare
numbers near a price are often counts:

- the anchor is a money figure with no scale word earlier in the number's own sentence,
  at most `_REACH` characters before it, or in the sentence before one opening «Для
  сравнения» («…стоит сейчас около 5 200 долларов. Для сравнения, в 2015 году было 3 900»);
- the number stands after a dash, a price or qualifier word («за», «около», «не больше»),
  «против (наших)» or a verb («стоит», «давали»), and closes its clause (punctuation follows, not a unit, a
  noun or «%»);
- it has at most three digits before its decimal comma or is grouped in thousands
  («2 150»): an ungrouped «2024» is a year;
- it lies within a factor of three of the anchor.

The found amounts have `implied_currency` set.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.lang import parse
from analysis.lang.sentences import STOP_THEN_CAPITAL
from analysis.lazypattern import lazy_compile
from analysis.money.elided import fits_anchor, implied_amount, scale_word_of
from analysis.money.grammar import parse_number

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["elided_prices"]

# «1 870», «800», «0,25»: not a piece of a longer number, a code or a date
_NUMBER = lazy_compile(
    r"(?<![\w.,\-–—/№$€₽%])(?<!\d[ \u00a0])"
    r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})?(?:,\d{1,2})?)"
    r"(?=[ \u00a0]*(?:[.,;!?»”)]|\n|\Z|[—–][ \u00a0]))(?![.,]\d)")
_DASH_BEFORE = lazy_compile(r"[—–][ \u00a0]*\Z")
# «1 900 рублей за штуку против наших 2 300»: a price set against another, a possessive between
_AGAINST_BEFORE = lazy_compile(
    r"(?i)(?<![а-яё])против[ \u00a0]+(?:(?:наших|ваших|их|своих|прежних)[ \u00a0]+)?\Z")
_WORD_BEFORE = lazy_compile(r"(?i)(?<![\w-])(?P<w>[а-яё]+)[ \u00a0]+\Z")
# words before the number that leave it a price (a verb is read by its part of speech)
# («В среднем 820 рублей, операторы линий – до 1 100»: a ceiling, round 53)
_WORDS_BEFORE = frozenset({"за", "около", "примерно", "порядка", "почти", "свыше", "более",
                           "больше", "менее", "меньше", "лишь", "только", "уже", "всего", "до"})
_VERBAL = frozenset({"VERB", "INFN", "PRTS", "GRND"})
_SENTENCE_END = STOP_THEN_CAPITAL
_REACH = 160
# «…стоит сейчас около 5 200 долларов. Для сравнения, в 2015 году было 3 900.»: a sentence
# that opens comparing goes on in the unit of the price just before it (round 53)
_COMPARING_NEXT = lazy_compile(r"(?i)[.!?…][\"»”)]*[ \u00a0]+Для[ \u00a0]+сравнения(?![\w-])")


def elided_prices(text: str, found: list[Amount]) -> list[Amount]:
    """`found` with the bare numbers that share the currency of an unscaled money figure
    before them in their sentence (see the module docstring), in text order."""
    anchors = [a for a in found if a.currency and scale_word_of(a.surface) is None]
    if not anchors:
        return found
    spans = sorted((a.start, a.end) for a in found)
    extra: list[Amount] = []
    for anchor in anchors:
        hi = min(len(text), anchor.end + _REACH)
        stop = _SENTENCE_END.search(text, anchor.end, hi)
        if stop is not None and _COMPARING_NEXT.match(text, stop.start()):
            hi = min(len(text), stop.end() + _REACH)
            stop = _SENTENCE_END.search(text, stop.end(), hi)
        for m in _NUMBER.finditer(text, anchor.end, stop.start() if stop else hi):
            s, e = m.span()
            i = bisect.bisect_left(spans, (e, e))
            if (i and spans[i - 1][1] > s) or (i < len(spans) and spans[i][0] < e):
                continue  # inside an amount
            value = parse_number(m.group("n"))
            if value is None or not fits_anchor(value, None, (anchor, 1.0)):
                continue
            if not _price_word_before(text, s):
                continue
            extra.append(implied_amount(text, s, e, value, None, anchor.currency))
            bisect.insort(spans, (s, e))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda x: x.start)


def _price_word_before(text: str, s: int) -> bool:
    if (dash := _DASH_BEFORE.search(text, max(0, s - 4), s)) is not None:
        return not _counted_before(text, dash.start())
    if _AGAINST_BEFORE.search(text, max(0, s - 20), s):
        return True
    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if before is None:
        return False
    word = before.group("w").lower()
    return word in _WORDS_BEFORE or parse(word).tag.POS in _VERBAL


# «Средняя цена 1 кв. м — 1 350 USD, сделок — 2 310»: a noun in the genitive plural opening
# its clause right before the dash is what the number counts («(число) сделок»), no price; a
# preposition governing it keeps the price («для предприятий — 210») (session 44)
_CLAUSE_BEFORE_DASH = lazy_compile(r"(?i)(?:^|(?<=[,;:]))[ \u00a0]*(?P<words>[а-яё \u00a0]{1,40}?)"
                                   r"[ \u00a0]+\Z", re.MULTILINE)


def _counted_before(text: str, dash: int) -> bool:
    m = _CLAUSE_BEFORE_DASH.search(text, max(0, dash - 40), dash)
    if m is None:
        return False
    words = m.group("words").lower().split()
    if len(words) > 2:
        return False
    tags = [parse(w).tag for w in words]
    last = tags[-1]
    return (last.POS == "NOUN" and "gent" in last and "plur" in last
            and all(t.POS != "PREP" for t in tags[:-1]))
