"""Where a project is, as the register's `location` column says it.

Within a Russian region: the towns the sentence names («Сургут, Нижневартовск»); for a
project in Belarus (empty region): the Belarusian place, or, for the site of a Belarusian
firm, the firm's home. The reader adds a town the lists lack («в Тимашевске»).
"""

from __future__ import annotations

from analysis.entities import Entity, is_russian_region, town_name

_TOWN_ROLES = ("capital", "city")  # region mentions that name a town


def location_of(region: str | None, ru: list[Entity], by: list[Entity],
                info: dict[str, dict[str, str]]) -> str:
    """Where a project is within its region (the towns named: «Сургут, Нижневартовск»), or,
    for a project in Belarus, the Belarusian place (a firm's site: the firm's home)."""
    if region is None:
        if not by:
            return ""
        e = by[0]
        if e.type == "enterprise":
            return info.get(e.normal, {}).get("home_region") or "Беларусь"
        return town_name(e.surface) or e.normal
    towns = [town_name(e.surface) for e in ru if e.normal == region and e.role in _TOWN_ROLES]
    return ", ".join(dict.fromkeys(t for t in towns if t))


def paragraph_belarus(regions_of: list[list[Entity]]) -> list[Entity]:
    """The Belarusian places of a paragraph whose sentences (`regions_of`: the region
    mentions of each) name no Russian region: «Минск: на МАЗе новый окрасочный комплекс.
    Минский автомобильный завод ввёл в строй линию…» places the second sentence in Minsk,
    not in the region a digest's other items or the article's lead name. [] otherwise."""
    places = [e for ents in regions_of for e in ents if e.role != "adjective"]
    if any(is_russian_region(e.normal) for e in places):
        return []
    return places
