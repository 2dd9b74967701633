"""«Республика» meaning Belarus in a trade sentence, and the side (BY, RU) of every region.

«Импорт из республики … не превышал $40 млн», «экспорт в республику»: after a preposition of a
flow's end, «республика» is Belarus when the article names Belarus and no Russian republic
(`belarus_as_republic`; read by `analysis.money.flow_sides`).
"""

from __future__ import annotations

from functools import cache, lru_cache

from analysis.entities import find_regions
from analysis.entities.gazetteer import region_rows
from analysis.lazypattern import lazy_compile

__all__ = ["belarus_as_republic", "region_sides"]


@cache
def region_sides() -> dict[str, str]:
    """The country (BY, RU) of every region of the gazetteer, by its normal name."""
    return {r["normal"]: r["country"] for r in region_rows() if r["country"] in ("BY", "RU")}


# «Импорт из республики … не превышал $40 млн», «экспорт в республику»: the republic after a
# preposition of a flow's end (not «Республика Татарстан», a name)
_REPUBLIC_AFTER_PREPOSITION = lazy_compile(
    r"(?<![А-ЯЁа-яё])(?:[Ии]з|[Вв]о?)[ \u00a0]+(республик(?:и|у))(?![а-яё])(?![ \u00a0]+[А-ЯЁ])")
_BELARUS_NAMED = lazy_compile(r"(?i)беларус|белорус")


@lru_cache(maxsize=16)
def _republic_is_belarus(text: str) -> bool:
    """Can «республика» in this article only be Belarus: the article names Belarus and no
    Russian republic (an article about Tatarstan's trade says «поставки в республику» of
    Tatarstan: round 13)? (m022, r12m01: «край импортировал из республики», «Ввоз из
    республики»; round 32)"""
    if not _BELARUS_NAMED.search(text):
        return False
    sides = region_sides()
    return not any(sides.get(e.normal) == "RU" and "республик" in e.normal.lower()
                   for e in find_regions(text))


def belarus_as_republic(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each «республики», «республику» in text[lo:hi] after a preposition of a
    flow's end, where the article's republic can only be Belarus."""
    if not _REPUBLIC_AFTER_PREPOSITION.search(text, lo, hi) or not _republic_is_belarus(text):
        return []
    return [(m.start(1), m.end(1)) for m in _REPUBLIC_AFTER_PREPOSITION.finditer(text, lo, hi)]
