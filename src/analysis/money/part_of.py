"""A part of a sum told just before it: «Общий объём инвестиций оценивается в 850 млн рублей, из
них 320 млн рублей будут направлены на первую очередь». The 320 млн are inside the 850 млн, not
beside it: a reader never adds them, nor calls the part the largest sum. The part is the amount
after a part opener («из них», «из которых», «в том числе», «включая», «из этой суммы»:
`part_openers` of `data/money_context_ru.json`) that stands between it and the figure before
it in its sentence, or opens its sentence right after the figure that ends the sentence before
(«… 2 млрд рублей. Из них 1,2 млрд …», «… 2 млрд рублей. Около 1,2 млрд из этой суммы — …»:
the opener right after a part that opens its sentence); the whole is that figure, in the same currency and
larger. «Ещё 300 млн» is one more, no part. A sum after «из» that opens its clause («Из
выделенных 105 млрд рублей кредита освоено 93 млрд рублей»: `whole_openers`) is a whole taken
from: the next smaller sum of its sentence is its part. `Fact.part_of` holds the whole's span; the amounts
table names the whole's mention (`part_of`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.lang.sentences import stop_before_space
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.money.fact_record import context_sentence, origin_of
from analysis.money.goods_parts import with_goods_totals
from analysis.money.summed_parts import with_summed_parts
from analysis.money.time_words import has_time_words
from analysis.money.word_lists import pattern, read_words
from analysis.vocab import TRADE_METRICS

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["with_wholes"]

# what may stand between the whole and the opener: a comma, a dash, a bracket, a short clause
# («850 млн рублей, из них», «850 млн рублей (в том числе», «2 млрд рублей. Из них»)
_REACH = 60
# how far into its sentence an opener's part may start («Из них 9,2 млрд», «Ещё около 3 млрд»)
_OPENER_REACH = 24
# «$27 млрд из $33,5 млрд»: a part told right before «из» and its whole
_SHARE_OF = lazy_compile(r"(?i)[ \u00a0]+из[ \u00a0]+")
_SENTENCE_BREAK = stop_before_space(ellipsis=False, line_break=False)
# what opens the next item of a list of parts: a comma or a semicolon (a bracket's note first:
# «3 млрд 476,3 млн рублей (65%), Республики Беларусь – …»)
_ITEM_BREAK = lazy_compile(r"[ \u00a0]*(?:\([^()]{0,20}\)[ \u00a0]*)?[,;][ \u00a0]")


def _opens_part(text: str, start: int, end: int, *, at_start: bool = False) -> bool:
    """Does a part opener stand in text[start:end] (at its start, with `at_start`)?"""
    said = text[start:end].lower()
    if at_start:
        said = said.lstrip(" \u00a0\n•—–-")
        found = context_words().part_openers.match(said)
    else:
        found = context_words().part_openers.search(said)
    return found is not None


def with_wholes(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, each part of a sum told just before it marked with that sum (`part_of`),
    the parts a sum is told as where they add up to it (`money.summed_parts`), and a kind of
    goods' trade as a part of its flow's total (`money.goods_parts`)."""
    out: list[Fact] = []
    for i, fact in enumerate(facts):  # (`out`: the facts before, already marked)
        before = out[i - 1] if i else None
        if before is not None and _is_part(text, before, fact):
            # a part of a part is a part of the same whole («из них …, в том числе …»)
            top = before.part_of or (before.amount.start, before.amount.end)
            fact = replace(fact, part_of=top)
        elif before is not None and before.part_of is not None and (
                _next_item(text, before, fact)
                or _next_part(text, before, fact, whole := _fact_at(out, before.part_of))):
            # «из них на молочную продукцию — 1,4 млрд, на мясную — около 0,6 млрд», or «Ещё
            # 3 млрд …» in the next sentence: the list of parts goes on
            fact = replace(fact, part_of=before.part_of)
            if before.sentence.start != fact.sentence.start and whole is not None:
                fact = _timed_as(text, fact, whole)
        elif before is not None and _is_item(text, before, fact):
            # «… 14 проектов на 62,4 млрд. Крупнейшим из них стал завод …: 11,7 млрд»
            fact = _timed_as(text, replace(fact, part_of=(before.amount.start, before.amount.end)),
                             before)
        out.append(fact)
    for i in range(len(out) - 1):
        if out[i].part_of is None and _told_from_whole(text, out[i], out[i + 1]):
            out[i] = _as_share_of(text, out[i], out[i + 1])
    return with_goods_totals(with_summed_parts(text, out))


def _told_from_whole(text: str, part: Fact, whole: Fact) -> bool:
    """Is `part` told right before «из» and its whole, a larger sum of the same currency («около
    $27 млрд из $33,5 млрд товарооборота за девять месяцев»)?"""
    a, w = part.amount, whole.amount
    return (part.sentence.start == whole.sentence.start and a.currency == w.currency
            and w.value > a.value and _SHARE_OF.fullmatch(text, a.end, w.start) is not None)


def _as_share_of(text: str, part: Fact, whole: Fact) -> Fact:
    """The part marked with its whole. With no time of its own before «из», a part of a flow
    told over a period is of that period; a trade flow's part read with no trade word of its
    own (`other`) is a part of that flow (round 56)."""
    part = replace(part, part_of=(whole.amount.start, whole.amount.end))
    if (whole.period is None or part.year is not None or part.period is not None
            or has_time_words(text[part.sentence.start:part.amount.end].lower())):
        return part
    return replace(part, year=whole.year, period=whole.period, year_source=whole.year_source,
                   metric=whole.metric if part.metric == "other" and whole.metric in TRADE_METRICS
                   else part.metric)


def _is_item(text: str, whole: Fact, item: Fact) -> bool:
    """Does `item` open (as its sentence's first sum) a sentence that tells one item of the
    set the sentence just before counted with `whole` («Крупнейшим из них стал …»)?"""
    a, w = item.amount, whole.amount
    if (whole.sentence.start == item.sentence.start or w.currency != a.currency
            or not w.value > a.value or not _next_sentence(text, whole, item)):
        return False
    said = text[item.sentence.start:a.start].lower().lstrip(" \u00a0\n•—–-")
    return _words().part_items.match(said) is not None and not any(
        c.isdigit() for c in text[item.sentence.start:a.start])


def _timed_as(text: str, part: Fact, whole: Fact) -> Fact:
    """A part with no time of its own told in the sentence after its whole: the whole's."""
    if part.year is not None or part.period is not None or whole.year is None:
        return part
    clause_end = text.find(";", part.amount.end, part.sentence.end)
    if has_time_words(text[part.sentence.start:clause_end if clause_end >= 0
                           else part.sentence.end].lower()):
        return part  # («… 4,2 млрд рублей на 2024–2028 годы»: a span of its own)
    return replace(part, year=whole.year, period=whole.period, year_source=whole.year_source,
                   context=part.context or context_sentence(text, origin_of(whole),
                                                            part.sentence.start))


class PartWords(NamedTuple):
    """What a part's items are said with («на долю …», «приходится»: `part_items`), what
    opens a whole its parts follow («Из них», «в том числе»: `whole_openers`)."""

    part_items: re.Pattern[str]
    whole_openers: re.Pattern[str]


@cache
def _words() -> PartWords:
    return read_words(context_data(), PartWords, pattern)


def _fact_at(facts: list[Fact], span: tuple[int, int]) -> Fact | None:
    """The fact whose amount is at `span` (a part's whole), if among `facts`."""
    return next((f for f in facts if (f.amount.start, f.amount.end) == span), None)


def _is_part(text: str, whole: Fact, part: Fact) -> bool:
    a, w = part.amount, whole.amount
    if w.end > a.start or w.currency != a.currency or not w.value > a.value:
        return False
    near = a.start - w.end <= _REACH
    if whole.sentence.start != part.sentence.start:
        if near and not text[w.end:whole.sentence.end].strip(" \u00a0.!?»\"") \
                and whole.sentence.end <= part.sentence.start:
            # «… 2 млрд рублей. Из них 1,2 млрд …»: the whole ends the sentence before, the
            # part's sentence opens with the opener
            return _opener_at(text, part)
        # «… составит 14 млрд рублей, сообщил министр.» and, in the next sentence or
        # paragraph, «Из них 9 млрд рублей …» or «Около 9 млрд рублей из этой суммы — …»:
        # the whole is the last figure of the sentence just before, and the opener stands
        # right before the part that opens its sentence, or right after it
        return (_next_sentence(text, whole, part) and a.start - part.sentence.start <= _OPENER_REACH
                and _opener_at(text, part))
    between = text[w.end:a.start]
    if _SENTENCE_BREAK.search(between):
        return False
    return (near and _opens_part(text, w.end, a.start)) or _words().whole_openers.search(
        text[whole.sentence.start:w.start].lower()) is not None


def _opener_at(text: str, part: Fact) -> bool:
    """Does a part opener open `part`'s sentence before its amount («Из них 1,2 млрд …»), or
    follow the amount that opens it («Около 1,2 млрд из этой суммы — …»)?"""
    a = part.amount
    return (_opens_part(text, part.sentence.start, a.start, at_start=True)
            or _opens_part(text, a.end, part.sentence.end, at_start=True))


def _next_sentence(text: str, first: Fact, second: Fact) -> bool:
    """Does `second`'s sentence come right after `first`'s (a paragraph break at most)?"""
    return first.sentence.end <= second.sentence.start and \
        not text[first.sentence.end:second.sentence.start].strip()


def _next_part(text: str, part: Fact, nxt: Fact, whole: Fact | None) -> bool:
    """«Из них 9 млрд рублей — на завод. Ещё 3 млрд рублей — на сервис»: a sentence right
    after a part that opens with «ещё» before its amount tells the next part of that whole
    (same currency, smaller than the whole)."""
    if whole is None or nxt.amount.currency != whole.amount.currency \
            or not whole.amount.value > nxt.amount.value or not _next_sentence(text, part, nxt):
        return False
    said = text[nxt.sentence.start:nxt.amount.start].lower().lstrip(" \u00a0\n•—–-")
    return len(said) <= _OPENER_REACH and context_words().part_more.match(said) is not None


def _next_item(text: str, item: Fact, nxt: Fact) -> bool:
    """Is `nxt` the next item of the list of parts `item` belongs to: same sentence and
    currency, a comma or semicolon away (no «а», «но», a sentence's end between)?"""
    a, w = nxt.amount, item.amount
    if (item.sentence.start != nxt.sentence.start or w.currency != a.currency
            or w.end > a.start or a.start - w.end > _REACH):
        return False
    between = text[w.end:a.start]
    return bool(_ITEM_BREAK.match(between)) and not _SENTENCE_BREAK.search(between)
