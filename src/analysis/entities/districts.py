"""Districts named after their centre town, as Russian names them: «Себежский район» is the
district of Себеж, «предприятия Климовского района» those of the district of Климово.

A district lies in its town's region, so «Себежского района» names Псковская область. The
adjective is made from the town's name by the usual suffixes (`towns.ADJECTIVE_SUFFIXES`:
«Себеж» → «себежский», «Климово» → «климовский», «Тихорецк» → «тихорецкий»); when towns of
two regions make the same adjective («Климово», Брянская область, and «Климовск»,
Московская область) the district names either; in both cases the region the article names
elsewhere decides (`resolve`), so a town of the list that is no district's centre does not
move a figure to another region. Adjectives that name a district of a city in many regions («Ленинский
район», «Московский район») and a town of Belarus's name no Russian region. Words are data
(``data/districts_ru.json``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import NamedTuple

from analysis.entities.gazetteer import data_rows, region_rows, split_cell
from analysis.entities.towns import ADJECTIVE_SUFFIXES
from analysis.lang import analyzer
from analysis.lang.case import fold_yo
from analysis.patternstore import compile_pattern

__all__ = ["DistrictMention", "belarusian_districts", "district_name", "district_regions",
           "districts_in", "resolve"]

# «Себежского района», «в Климовском районе»: a capitalised adjective of the masculine
# singular before the district noun (its case endings)
_ADJECTIVE = r"(?<![\w-])([А-ЯЁ][а-яё]+?)(?:ский|ского|скому|ским|ском|цкий|цкого|цкому|цким|цком)"


class DistrictMention(NamedTuple):
    """A district named after its town: where, and the regions its town may be in."""

    start: int
    regions: frozenset[str]
    end: int = 0  # where its district noun ends


@cache
def _data() -> dict[str, object]:
    path = resources.files("analysis").joinpath("data", "districts_ru.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _pattern() -> re.Pattern[str]:
    return compile_pattern(_ADJECTIVE + r"[ \u00a0]+" + str(_data()["district_words"]))


def _adjective_stem(town: str) -> str | None:
    """«Себеж» → «себеж», «Климово» → «климов», «Тихорецк» → «тихорец»: what the district's
    adjective holds before «ский» / «цкий» (None for a name of several words)."""
    name = fold_yo(town.lower())
    if not name.isalpha():
        return None
    for ending, suffix in ADJECTIVE_SUFFIXES:
        if name.endswith(ending):
            base = name[:len(name) - len(ending)] if ending else name
            return base + suffix[:-4]  # («ский» → «», «цкий» → «», «ецкий» → «е»)
    return None


# A town named in the plural makes its adjective with «-инский» or on the bare stem
# («Кармаскалы» → «Кармаскалинский район», «Чебоксары» → «Чебоксарский район»)
_PLURAL_ENDINGS = ("ы", "и")
_PLURAL_LINKS = ("ин", "")


# A Belarusian town's adjective may take a link of its own: «Орша» → «Оршанский район»,
# «Молодечно» → «Молодечненский район», «Гомель» → «Гомельский», «Речица» → «Речицкий» (the
# ending the name loses, the link before «ский» / «цкий»)
_BELARUSIAN_LINKS = (("а", "ан"), ("о", "ен"), ("ь", "ь"), ("ца", ""))


def _adjective_stems(town: str, country: str = "RU") -> list[str]:
    """Every stem the town's adjective may hold (`_adjective_stem`, and a plural name's; a
    Belarusian town's with its own links too)."""
    stem = _adjective_stem(town)
    if stem is None:
        return []
    name = fold_yo(town.lower())
    if name.endswith(_PLURAL_ENDINGS) and len(name) > 4:
        return [name[:-1] + link for link in _PLURAL_LINKS]
    if country != "RU":
        return [stem, *(name[:-len(end)] + link for end, link in _BELARUSIAN_LINKS
                        if name.endswith(end))]
    return [stem]


def _towns() -> Iterable[tuple[str, str, str]]:
    """(town, its region, its country) of every listed town and regional capital."""
    for r in region_rows():
        if r["type"] == "region":
            for city in split_cell(r["capitals"]):
                yield city, r["normal"], r["country"]
    countries = {r["normal"]: r["country"] for r in region_rows()}
    for r in data_rows("regions_cities.csv"):
        yield r["city"], r["normal"], countries.get(r["normal"], "RU")
    for r in data_rows("regions_towns.csv"):
        yield r["town"], r["region"], "RU"


def _stems_by_country() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The adjective's stem → the regions of its towns: of Russia, and of Belarus."""
    russian: dict[str, set[str]] = defaultdict(set)
    belarusian: dict[str, set[str]] = defaultdict(set)
    for town, region, country in _towns():
        for stem in _adjective_stems(town, country):
            (russian if country == "RU" else belarusian)[stem].add(region)
    return russian, belarusian


@cache
def _regions_of_stem() -> dict[str, frozenset[str]]:
    """The adjective's stem → the Russian regions of the towns that make it (a stem a
    Belarusian town makes too, or a city district's name, is left out)."""
    found, belarusian = _stems_by_country()
    stop = _city_district_stems()
    return {stem: frozenset(regions) for stem, regions in found.items()
            if stem not in belarusian and stem not in stop}


def _city_district_stems() -> set[str]:
    """The stems of the adjectives that name a city's district («ленинский»): no region's."""
    return {str(w)[:-4] for w in _data()["city_district_names"]}  # type: ignore[attr-defined]


@cache
def _oblast_of_stem() -> dict[str, str]:
    """The adjective's stem → the Belarusian oblast of the one listed Belarusian town that
    makes it (a stem a Russian town makes too, or a city district's name, is left out)."""
    russian, belarusian = _stems_by_country()
    stop = _city_district_stems()
    return {stem: next(iter(oblasts)) for stem, oblasts in belarusian.items()
            if len(oblasts) == 1 and stem not in russian and stem not in stop}


def belarusian_districts(text: str) -> list[tuple[int, int, str]]:
    """The districts of Belarus `text` names after their centre town («в Смолевичском
    районе», «хозяйства Оршанского района»): (start, end, oblast), in order. A district
    lies in its town's oblast, so it places what is done there in Belarus, as its town
    does (issue 11: a logistics centre «в Смолевичском районе» was read in a Russian region
    the article named elsewhere)."""
    if "район" not in text:
        return []
    stems = _oblast_of_stem()
    return [(m.start(), m.end(), oblast) for m in _pattern().finditer(text)
            if (oblast := stems.get(fold_yo(m.group(1).lower())))]


def districts_in(text: str, start: int, end: int) -> list[DistrictMention]:
    """The districts named after a listed Russian town in text[start:end], in order."""
    if "район" not in text[start:end]:
        return []
    stems = _regions_of_stem()
    out = []
    for m in _pattern().finditer(text, start, end):
        regions = stems.get(fold_yo(m.group(1).lower()))
        if regions:
            out.append(DistrictMention(start=m.start(), regions=regions, end=m.end()))
    return out


def resolve(mention: DistrictMention, named: Iterable[str]) -> str | None:
    """The district's region: the one of its towns' regions the article names elsewhere
    (`named`); None when it names none of them or two. (A district is named after its
    centre, but a listed town of another region may make the same adjective: «Дубровский
    район» is of Брянская область, a village «Дуброво» of another; a district paper names
    its oblast, «товарооборот Брянщины», «по данным Псковстата».)"""
    hits = mention.regions & set(named)
    return next(iter(hits)) if len(hits) == 1 else None


def district_regions(text: str, named: Iterable[str]) -> list[tuple[int, int, str]]:
    """The districts `text` names («хозяйства Кармаскалинского района», «в Себежском районе»):
    (start, end, region), each resolved against the regions the article names (`named`) as
    the money side resolves them (`resolve`), so the register's places and the figures'
    regions agree (issue 11)."""
    named = set(named)
    return [(d.start, d.end, r) for d in districts_in(text, 0, len(text))
            if (r := resolve(d, named)) is not None]


def district_name(surface: str) -> str:
    """«в Смолевичском районе» → «Смолевичский район»: a district's name in the nominative
    (its adjective's lemma, the noun as the register's `location` writes it)."""
    m = _pattern().search(surface)
    if m is None:
        return surface
    word = surface[m.start():m.end()].split()[0]
    lemma = analyzer().parse(word.lower())[0].normal_form
    return f"{lemma[:1].upper()}{lemma[1:]} район"
