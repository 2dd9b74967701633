"""A Belarusian maker's Russian company is at home in its Russian region.

«Российское сборочное предприятие холдинга «Гомсельмаш» ООО «Брянсксельмаш» получило
кредитную линию …»: the sentence names no region, but the company it names is the Belarusian
holding's assembly site in Bryansk region, so its credit, its investment and its contracts are
that region's money with Belarus (a project's place is where the work is done, whoever owns
the plant: the session-18 conventions), as a firm named by its town's adjective is at home in
that town's region (money/firm_town.py). The list is data: a row of `data/enterprises.csv`
whose country is RU, whose `home_region` is a Russian region and whose `parent` is a
Belarusian enterprise (newuser39: the same credit told by the holding's press service had no
region and was listed twice). A Russian firm of its own («КАМАЗ», a bank) names no region
this way: a single company's own figures carry none.
"""

from __future__ import annotations

from functools import cache

from analysis.entities import RegionMention
from analysis.entities.enterprises import enterprise_info, enterprises_gazetteer
from analysis.entities.gazetteer import split_cell
from analysis.entities.regions import is_russian_region
from analysis.lang import fold_yo

__all__ = ["subsidiary_regions"]

_STEM_CUT = 2  # letters a case ending may change at a name's end («Брянсксельмаша»)


@cache
def _subsidiaries() -> dict[str, str]:
    """normal name → home region of each Russian company of a Belarusian enterprise."""
    info = enterprise_info()
    out = {}
    for normal, row in info.items():
        parent = info.get(row.get("parent") or "", {})
        home = row.get("home_region") or ""
        if row.get("country") == "RU" and is_russian_region(home) and parent.get("country") == "BY":
            out[normal] = home
    return out


@cache
def _stems() -> tuple[str, ...]:
    """The folded stems of the subsidiaries' names: a stretch holding none names none (most
    sentences: the gazetteer is not scanned for them)."""
    info = enterprise_info()
    stems = set()
    for normal in _subsidiaries():
        for name in split_cell(info[normal].get("aliases")) or [normal]:
            name = fold_yo(name.lstrip("«=").lower())
            stems.add(name[:max(3, len(name) - _STEM_CUT)])
    return tuple(sorted(stems))


def subsidiary_regions(text: str, folded: str, start: int, end: int) -> list[RegionMention]:
    """The home regions of the Belarusian makers' Russian companies named in text[start:end]."""
    stretch = folded[start:end]
    if "ё" in stretch:  # (most stretches hold none: no call then)
        stretch = fold_yo(stretch)
    if not any(map(stretch.__contains__, _stems())):  # (no generator frame a stem)
        return []
    homes = _subsidiaries()
    return [RegionMention(start=start + e.start, normal=homes[e.normal])
            for e in enterprises_gazetteer().scan(text[start:end]) if e.normal in homes]
