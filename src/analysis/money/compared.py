"""The figure a sentence opening «Для сравнения» is set against.

«Экспорт в Россию принёс 210 тыс. долларов. … ¶ Для сравнения: в 2022 году выручка от
экспорта составляла 164 тыс. долларов, в 2023-м – 187 тыс.»: the sentence compares its figures
with the last earlier figure of their kind, so they are the same trade, to the same market,
told for other years (round 48). After a part of a whole told last («…, из них на Россию
пришлось …») the comparison may be with the whole (rounds 12, 22) or the part (round 27): the
topic carried as before decides. A sentence that names its own sides («Для сравнения:
товарооборот всей России с Беларусью …») is read by its own words first (`money.flow`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["compared_figure"]

_OPENS = lazy_compile(r"[ \u00a0«\"—–-]*для[ \u00a0]+сравнения(?![а-яё])")
# a part of a whole told before it («на неё пришлось 286 млн», «из них на студентов из России
# пришлось …»)
_PART = lazy_compile(r"(?i)(?<![а-яё])(?:пришл\w*|приход\w*|из[ \u00a0]+(?:них|которых)"
                     r"|в[ \u00a0]+том[ \u00a0]+числе|на[ \u00a0]+долю)(?![а-яё])")
_REACH = 800  # characters back from the sentence the figure compared with is looked for in


def compared_figure(text: str, facts: list[Fact], i: int) -> int | None:
    """The index of the figure that fact `i`'s sentence, opening «Для сравнения», is set
    against: the last figure of its metric told before its sentence, else None (also when that
    figure is told as a part of a whole)."""
    start = facts[i].sentence.start
    if _OPENS.match(text[start:start + 24].lower()) is None:
        return None
    metric = facts[i].metric
    for j in range(i - 1, -1, -1):
        before = facts[j]
        if before.sentence.start >= start:
            continue
        if start - before.sentence.end > _REACH:
            return None
        if before.metric == metric:
            # (a part told last, «…, из них на Россию пришлось …»: the whole or the part may be
            # meant — rounds 12 and 22 the whole, 27 the part; the topic before decides)
            return None if _PART.search(text, before.sentence.start, before.amount.start) else j
    return None
