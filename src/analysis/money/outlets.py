"""Which side an outlet speaks for: a Belarusian site or outlet (a `.by` host, БелТА, a paper
named after a Belarusian oblast or town) counts its sums in Belarusian rubles and reads
«республика» as Belarus. The words are data (`belarusian_source` of
`data/money_context_ru.json`); the places are the regions gazetteer's.

A Russian regional outlet's name («Брянские новости») names its region (`home_region`: the
region a trade figure of the outlet's takes when nothing nearer names one, `money.region`).

A corpus has few outlets and hosts, each named by thousands of articles: what a source's
name or a host says is read once a process (cached on the string), not once an article.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from analysis.entities import (
    find_regions,
    is_russian_region,
    names_belarusian_town_adjective,
    russian_regions_in,
)
from analysis.money.context import context_words

__all__ = ["belarusian_outlet", "belarusian_site", "home_region", "town_paper"]

_COUNTRY = "Беларусь"  # the regions gazetteer's name of the country (its oblasts and towns aside)
_RUSSIA = "Россия"  # the other country: «Счётная палата Российской Федерации» is a Russian body


def belarusian_site(source: str | None, url: str | None) -> bool:
    """Is the article a Belarusian outlet's: its host (a `.by` site) or its source's name
    (`belarusian_outlet`)?"""
    host = urlsplit(url or "").hostname or ""
    return bool((host and _belarusian_host(host)) or (source and belarusian_outlet(source)))


@lru_cache(maxsize=4096)
def _belarusian_host(host: str) -> bool:
    """Does the host name a Belarusian body or site (`belarusian_source`: a `.by` host)?"""
    return context_words().belarusian_source.search(host) is not None


@lru_cache(maxsize=4096)
def belarusian_outlet(source: str) -> bool:
    """Is the source a Belarusian outlet: a Belarusian body or agency (`belarusian_source`:
    БелТА, «СБ. Беларусь сегодня»), or a paper named after a Belarusian oblast or town?"""
    return bool(context_words().belarusian_source.search(source)) or _belarusian_place_outlet(source)


@lru_cache(maxsize=4096)
def town_paper(source: str) -> bool:
    """Is the source a Belarusian town's paper named by the town's adjective («Бобруйский
    курьер», «Лидская газета»; the gazetteer knows the town only as a noun) and after no
    Russian region? Read for its rubles only (new user, session 27): what else an outlet
    decides (`belarusian_outlet`: «республика», a lead's region) is left as it was."""
    return names_belarusian_town_adjective(source) and not any(
        is_russian_region(r.normal) or r.normal == _RUSSIA for r in find_regions(source))


def _belarusian_place_outlet(source: str) -> bool:
    """Is the source an outlet named after a Belarusian oblast or town («Могилёвская
    правда», «Бобруйск. Бизнес», «Гомельские вести») and after no Russian region nor Russia
    itself («Счётная палата Российской Федерации»)? Such a paper counts in its country's
    rubles. (The country's own name in a source is `belarusian_source`'s: «Россия —
    Беларусь» names both sides.)"""
    places = [r.normal for r in find_regions(source)]
    return (any(not is_russian_region(p) and p not in (_COUNTRY, _RUSSIA) for p in places)
            and not any(is_russian_region(p) or p == _RUSSIA for p in places))


@lru_cache(maxsize=1024)
def home_region(source: str | None) -> str | None:
    """The one Russian region a source's name names («Брянские новости»), else None (a
    corpus has few sources: each is read once)."""
    if not source:
        return None
    named = {r.normal for r in russian_regions_in(source, 0, len(source))}
    return named.pop() if len(named) == 1 else None
