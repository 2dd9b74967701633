"""A maker's range of goods told «от … до …»: «выпускает более 2 тыс. наименований продукции —
от бытовых товаров до деталей для автомобилей и тракторов»: a kind cue after the «до» of a
range that «от» opens, in a sentence naming a range of goods (``goods_range``: «наименований»,
«ассортимент», «номенклатура»), names the far end of a catalogue, not a project (session 34,
a Belarusian plant the register came to know by its town's adjective). «полный цикл — от литья
до сборки тракторов» names no range of goods: the project stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_RANGE_SPAN = 8  # words from «от» to its «до» («от бытовых товаров из пластмасс до …»)


def not_a_range_of_goods(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a kind cue right after the «до» of «от … до …» (its adjectives between) in a
    sentence that names a range of goods before the «от»."""
    toks = ctx.toks
    ranges = words("goods_range")
    if ranges.isdisjoint(t.lemma for t in toks):
        return kinds

    def far_end(h: CueHit) -> bool:
        j = h.first - 1
        while j >= 0 and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        if j < 0 or toks[j].word.lower() != "до":
            return False
        opening = next((k for k in range(j - 1, max(-1, j - 1 - _RANGE_SPAN), -1)
                        if toks[k].word.lower() == "от"), None)
        return opening is not None and any(t.lemma in ranges for t in toks[:opening])

    return [h for h in kinds if not far_end(h)]
