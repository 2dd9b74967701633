"""A part of a sum told just before it: «Общий объём инвестиций оценивается в 850 млн рублей, из
них 320 млн рублей будут направлены на первую очередь». The 320 млн are inside the 850 млн, not
beside it: a reader never adds them, nor calls the part the largest sum. The part is the amount
after a part opener («из них», «из которых», «в том числе», «включая», «из этой суммы»:
`part_openers` of `data/money_context_ru.json`) that stands between it and the figure before
it in its sentence, or opens its sentence right after the figure that ends the sentence before
(«… 2 млрд рублей. Из них 1,2 млрд …»); the whole is that figure, in the same currency and
larger. «Ещё 300 млн» is one more, no part. `Fact.part_of` holds the whole's span; the amounts
table names the whole's mention (`part_of`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["with_wholes"]

# what may stand between the whole and the opener: a comma, a dash, a bracket, a short clause
# («850 млн рублей, из них», «850 млн рублей (в том числе», «2 млрд рублей. Из них»)
_REACH = 60
_SENTENCE_BREAK = lazy_compile(r"[.!?]\s")
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
    """The facts, each part of a sum told just before it marked with that sum (`part_of`)."""
    out: list[Fact] = []
    for i, fact in enumerate(facts):  # (`out`: the facts before, already marked)
        before = out[i - 1] if i else None
        if before is not None and _is_part(text, before, fact):
            # a part of a part is a part of the same whole («из них …, в том числе …»)
            top = before.part_of or (before.amount.start, before.amount.end)
            fact = replace(fact, part_of=top)
        elif before is not None and before.part_of is not None and _next_item(text, before, fact):
            # «из них на молочную продукцию — 1,4 млрд, на мясную — около 0,6 млрд»: the
            # list of parts goes on
            fact = replace(fact, part_of=before.part_of)
        out.append(fact)
    return out


def _is_part(text: str, whole: Fact, part: Fact) -> bool:
    a, w = part.amount, whole.amount
    if w.end > a.start or a.start - w.end > _REACH or w.currency != a.currency:
        return False
    if not w.value > a.value:
        return False
    same_sentence = whole.sentence.start == part.sentence.start
    if not same_sentence:
        # «… 2 млрд рублей. Из них 1,2 млрд …»: the whole ends the sentence before, the part's
        # sentence opens with the opener
        if text[w.end:whole.sentence.end].strip(" \u00a0.!?»\"") or whole.sentence.end > part.sentence.start:
            return False
        return _opens_part(text, part.sentence.start, a.start, at_start=True)
    between = text[w.end:a.start]
    if _SENTENCE_BREAK.search(between):
        return False
    return _opens_part(text, w.end, a.start)


def _next_item(text: str, item: Fact, nxt: Fact) -> bool:
    """Is `nxt` the next item of the list of parts `item` belongs to: same sentence and
    currency, a comma or semicolon away (no «а», «но», a sentence's end between)?"""
    a, w = nxt.amount, item.amount
    if (item.sentence.start != nxt.sentence.start or w.currency != a.currency
            or w.end > a.start or a.start - w.end > _REACH):
        return False
    between = text[w.end:a.start]
    return bool(_ITEM_BREAK.match(between)) and not _SENTENCE_BREAK.search(between)
