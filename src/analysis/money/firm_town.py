"""A Russian firm named by its town's adjective is at home in that town's region.

«Череповецкий канатно-метизный завод», «екатеринбургская компания «УралДронТех»»: the
adjective of a town names where the firm is, as a region's adjective does («смоленская
компания»), so the firm's own trade with Belarus, its contracts and its investments are its
home region's (the session-18 reading of a Russian company's own trade; round 44, whose
writer names the firm's town the same way). Only an adjective of one listed Russian town
that stands right before a firm's noun is read (`firm_nouns` of
`data/money_context_ru.json`): «Кировский завод» (Kirov or Kirovsk) and a Belarusian town's
adjective («Брестский завод») name no Russian region.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.entities import RegionMention, russian_regions_in, towns_of_adjective
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

__all__ = ["firm_town_regions"]


@cache
def _firm_town() -> re.Pattern[str]:
    nouns = "|".join(context_data()["firm_nouns"])
    # an adjective (of «-ск-», «-цк-»), at most two words, then the firm's noun
    return compile_pattern(r"(?<![а-яё])([а-яё]+(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ым|им|ую|их|ими"
                           r"|ом|ем))[ \u00a0]+(?:[«\"]?[а-яё-]+[»\"]?[ \u00a0]+){0,2}?(?:"
                           + nouns + r")")


@cache
def _noun_stems() -> tuple[str, ...] | None:
    """The plain stems the firm nouns open with («завод» of «завод\\w*»): every match of
    `_firm_town` holds one, so a stretch holding none has no match (found with `in`, in C,
    rather than by the pattern's look-behind tried at every letter). None when a noun of the
    data is no plain stem (then no stretch is passed over)."""
    stems = tuple(noun.removesuffix(r"\w*") for noun in context_data()["firm_nouns"])
    return stems if stems and all(_PLAIN_STEM.fullmatch(s) for s in stems) else None


_PLAIN_STEM = lazy_compile(r"[а-яё]+")


@lru_cache(maxsize=4096)
def _region_of_adjective(word: str) -> str | None:
    """The Russian region of the one listed town whose adjective `word` is, else None."""
    towns = towns_of_adjective(word)
    if len(towns) != 1:
        return None
    found = {r.normal for r in russian_regions_in(towns[0], 0, len(towns[0]))}
    return found.pop() if len(found) == 1 else None


def firm_town_regions(folded: str, start: int, end: int) -> list[RegionMention]:
    """The home regions of the firms named by a town's adjective in folded[start:end]."""
    # (the stretch cut once and read by ``in`` and ``map`` over its bound ``__contains__``:
    # a ``str.find`` with bounds or a generator's frame a stem costs several ``in`` tests)
    stretch = folded[start:end]
    if "ск" not in stretch and "цк" not in stretch:
        return []
    if (stems := _noun_stems()) is not None and not any(map(stretch.__contains__, stems)):
        return []  # (no firm's noun: most sentences)
    return [RegionMention(start=m.start(1), normal=region)
            for m in _firm_town().finditer(folded, start, end)
            if (region := _region_of_adjective(m.group(1))) is not None]
