"""Where a partner the enterprise list lacks is at home, read from how the sentence
introduces it: a town's adjective opening its name («Елецкий элеваторный завод») or a place's
adjective right before it («ярославским ООО «ДвигательТех»», «Ульяновское ООО «…»»).

Used by the kind rules: the home's country makes the firm a Russian or a Belarusian side
(`home_country`), and a sentence opening on such a firm tells where it makes things, as «В
Ульяновске ООО «…» выпускает» would (`opens_with_home_firm`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from analysis.entities import Entity, find_regions, is_russian_region, town_of_adjective
from analysis.patternstore import compile_pattern
from analysis.projects.cues import words

# region mentions that are a place's adjective («ярославский», «елецкий»): no place of their own
ADJECTIVE_ROLES = ("adjective", "town_adjective")


@cache
def _firm_after() -> re.Pattern[str]:
    """What stands between a place adjective and the firm it describes: a legal form and an
    opening quote («ярославским ООО «…»»), after a noun telling what the firm is, with one
    adjective of its own («петербургским конструкторским бюро ООО «…»», «саратовский дилер
    ООО «…»»: ``firm_description``, stems, since the noun agrees with the adjective)."""
    nouns = "|".join(sorted(words("firm_description")))
    return compile_pattern(rf"[ \u00a0]+(?:(?:[а-яё]+[ \u00a0]+)?(?:{nouns})[а-яё]*[ \u00a0]+)?"
                           r"(?:[А-ЯЁ]{2,5}[ \u00a0]+)?«?")


def firm_after(text: str, pos: int) -> re.Match[str] | None:
    """The stretch from a place adjective ending at `pos` to the firm it introduces (the firm
    starts at the match's end, or one past it: see `_firm_after`)."""
    return _firm_after().match(text, pos)


def introducing_place(text: str, entities: list[Entity], firm: Entity) -> Entity | None:
    """The place adjective right before `firm`, a legal form and a quote between
    («ярославским ООО «ДвигательТех»»)."""
    for e in entities:
        if e.type != "region" or e.role not in ADJECTIVE_ROLES or e.end > firm.start:
            continue
        m = firm_after(text, e.end)
        if m is not None and m.end() in (firm.start, firm.start + 1):
            return e
    return None


_TOWN_PREFIX_MIN = 4  # letters of the shortest town a fused name may open with («Омск»)


@cache
def fused_town_region(name: str) -> str | None:
    """The region of the town a one-word firm name opens with, fused to what the firm makes
    («Казанькомпрессормаш», «Пензаагроснаб», «Тверьдормаш»: a common way of naming a plant
    after its town); None when no listed town opens it."""
    if " " in name or len(name) <= _TOWN_PREFIX_MIN + 2:
        return None
    for k in range(len(name) - 3, _TOWN_PREFIX_MIN - 1, -1):
        found = find_regions(name[:k])
        if found and (found[0].start, found[0].end) == (0, k):
            return found[0].normal
    return None


def home_country(text: str, entities: list[Entity], firm: Entity) -> str | None:
    """The country of a firm the list lacks and whose name holds no place: of the town whose
    adjective opens the name or whose name is fused into it, else of the place whose
    adjective introduces it."""
    town = town_of_adjective(firm.normal.split()[0]) if " " in firm.normal else None
    region = next((r.normal for r in find_regions(town)), None) if town else None
    if region is None:
        region = fused_town_region(firm.normal)
    if region is None and (place := introducing_place(text, entities, firm)) is not None:
        region = place.normal
    if region is None:  # «российское АО «Электротяга-Урал»»: a country's adjective introduces it
        return introducing_country(text, entities, firm)
    return "RU" if is_russian_region(region) else "BY"


# a country's adjective by the side it names («российское АО «…»», «белорусское ОАО «…»»)
_COUNTRY_SIDES = {"Россия": "RU", "Беларусь": "BY"}


def introducing_country(text: str, entities: list[Entity], firm: Entity) -> str | None:
    """The side («RU», «BY») of the country adjective right before `firm`, a legal form and a
    quote between («российское АО «Электротяга-Урал»»); None without one."""
    for e in entities:
        if e.type != "country" or e.role != "adjective" or e.end > firm.start:
            continue
        m = firm_after(text, e.end)
        if m is not None and m.end() in (firm.start, firm.start + 1):
            return _COUNTRY_SIDES.get(e.normal)
    return None


def opens_with_home_firm(text: str, entities: list[Entity], firms: list[Entity],
                         sentence_start: int, country: Callable[[Entity], str | None]) -> bool:
    """«Ульяновское ООО «Симбирск-Пласт» ведёт переговоры с ОАО «МАЗ» о выпуске панелей»: the
    sentence opens on a Russian place's adjective introducing a firm that is not Belarusian;
    the firm makes things at home, as «В Ульяновске ООО «…» выпускает» tells. `country`
    gives a firm's country."""
    return any(country(f) != "BY" and (place := introducing_place(text, entities, f)) is not None
               and place.start == sentence_start and is_russian_region(place.normal)
               for f in firms)
