"""Places named by a town's adjective, Russian or Belarusian («кстовское предприятие», «на
оршанском филиале»), and the Belarusian oblast a firm's name opens with («Могилевский
металлургический завод»): what the register's entities add to the gazetteer's
(`analysis.projects.partners.register_entities`)."""

from __future__ import annotations

from functools import cache, lru_cache

from analysis.entities import (
    Entity,
    find_regions,
    is_russian_region,
    norm_word,
    town_name,
    towns_of_adjective,
)
from analysis.entities.gazetteer import data_rows, region_rows
from analysis.entities.towns import ADJECTIVE_SUFFIXES
from analysis.lang import analyzer
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import tokens, words

__all__ = ["article_town_adjectives", "belarusian_home", "belarusian_town_of_adjective",
           "named_plant_sites"]


# a lower-case adjective of the kind towns make («кстовское», «тихорецким», «елецкого»)
# (found by its ending first, then widened to the word: most words fail at their first letter)
_PLACE_ADJECTIVE_END = lazy_compile(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ей)(?![\w-])")
_WORD_START = lazy_compile(r"[а-яё]+$")
_FIRM_AFTER = lazy_compile(r"[ \u00a0]+(?:[А-ЯЁA-Z]{2,5}[ \u00a0]+)?«?")


# the Belarusian oblasts and Minsk (type region, country BY in data/regions.csv)
_BELARUSIAN_REGIONS = frozenset(r["normal"] for r in region_rows()
                                if r["type"] == "region" and r["country"] == "BY")


@cache
def _belarusian_towns() -> dict[str, str]:
    """Belarusian towns listed only in a locative form («в Борисове»: «Борисов» is also a
    surname), by their nominative → oblast: their adjective («борисовский») is safe."""
    return {town_name(r["city"]): r["normal"] for r in data_rows("regions_cities.csv")
            if r["normal"] in _BELARUSIAN_REGIONS}


# how a Belarusian town's adjective is made from its name: the Russian towns' suffixes, and
# «Барановичи» → «барановичский», «Орша» → «оршанский», «Молодечно» → «молодечненский»,
# «Речица» → «речицкий»
_BELARUSIAN_SUFFIXES = (*ADJECTIVE_SUFFIXES, ("и", "ский"), ("а", "анский"), ("о", "енский"),
                        ("ца", "цкий"))


@lru_cache(maxsize=4096)
def belarusian_town_of_adjective(word: str) -> str | None:
    """«лидском» → «Лида», «жлобинского» → «Жлобин»: the hand-listed Belarusian town whose
    adjective `word` is. The dictionary knows few of these adjectives (it takes some for
    nouns: «слуцком»), so every parse's lemma is read; the caller's adjective ending and the
    short hand list of Belarusian towns keep that safe."""
    towns = {t.lower(): t for t in _belarusian_towns()}
    for lemma in dict.fromkeys(p.normal_form for p in analyzer().parse(norm_word(word))):
        if lemma in towns:  # («солигорском» read as a noun «солигорск»: the town itself)
            return towns[lemma]
        for ending, suffix in _BELARUSIAN_SUFFIXES:
            if lemma.endswith(suffix) and (town := towns.get(lemma[:len(lemma) - len(suffix)] + ending)):
                return town
    return None


def belarusian_home(name: str) -> str | None:
    """«Могилевский металлургический завод», «Лидский завод электроизделий»: the Belarusian
    oblast a firm's name opens with (an oblast's or a listed town's adjective, or the place
    itself); None when it opens with none."""
    first = name.split()[0] if " " in name else ""
    if not first[:1].isupper():
        return None
    region = next((r.normal for r in find_regions(first) if r.start == 0), None)
    if region is None:
        town = belarusian_town_of_adjective(first.lower())
        region = _belarusian_towns().get(town) if town else None
    return region if region in _BELARUSIAN_REGIONS else None


def _home_region(region: str) -> bool:
    """A region a town adjective may name: a Russian region or a Belarusian oblast (not the
    country: «белорусский» is the country's own adjective, read by the gazetteer)."""
    return is_russian_region(region) or region in _BELARUSIAN_REGIONS


def _town_named(towns: tuple[str, ...], named: set[str]) -> str | None:
    """Of the towns an adjective may name («кировская»: Кировск, Киров), the one the article
    names («будут собирать в Кирове»), else the first."""
    return next((t for t in towns if t in named), towns[0] if towns else None)


# «На Борисовском заводе гидроаппаратуры»: «на», then a capitalised adjective in the locative
_ON_CAPITALISED = lazy_compile(r"(?<![\w-])[Нн]а\s+([А-ЯЁ][а-яё]+(?:ом|ой))(?=\s)")


def named_plant_sites(text: str, ents: list[Entity]) -> list[Entity]:
    """«На Борисовском заводе гидроаппаратуры освоен выпуск …»: a Belarusian plant the
    gazetteer lacks, named by its town's adjective (capitalised: it opens the plant's name)
    after «на» and before a plant noun in the locative (``plant_site``), is a site in that
    town (role ``town_adjective``), as «на гомельском заводе» is."""
    taken = [(e.start, e.end) for e in ents]
    out = []
    for m in _ON_CAPITALISED.finditer(text):
        a, b = m.span(1)
        if any(s < b and a < t for s, t in taken):
            continue
        head = tokens(text, b, min(len(text), b + 20))[:1]
        if not head or head[0].lemma not in words("plant_site") or "loct" not in head[0].tags:
            continue
        town = belarusian_town_of_adjective(text[a:b].lower())
        if town is not None and (region := _belarusian_towns().get(town)):
            out.append(Entity(start=a, end=b, surface=text[a:b], type="region", normal=region,
                              role="town_adjective"))
    return out


def article_town_adjectives(text: str, ents: list[Entity]) -> list[Entity]:
    """«кстовское предприятие», «тихорецким «…»»: a town named by its adjective is a place
    (role ``town_adjective``: it locates like a region's adjective, and the town is the
    location); a Belarusian town's too («на борисовском филиале», «бюро бобруйского
    завода»: like «гомельский», it places the work only before a site noun); the adjective
    with a firm's generic noun («кстовское предприятие») stands for the firm introduced
    earlier right after the same town's adjective («кстовским «Техмашем»»)."""
    places = [(e.start, e.end) for e in ents if e.type in ("region", "country")]
    named = {town_name(e.surface) for e in ents if e.type == "region"}  # the towns it names
    firm_at = {e.start: e.normal for e in ents if e.type == "enterprise"}
    introduced: dict[str, str] = {}  # town → the firm named right after its adjective
    out = []
    for end in _PLACE_ADJECTIVE_END.finditer(text):
        b = end.end()
        m = _WORD_START.search(text, max(0, end.start() - 20), end.start())
        a = m.start() if m else end.start()
        if (a and (text[a - 1].isalnum() or text[a - 1] == "-")) or any(
                s < b and a < t for s, t in places):
            continue  # inside a longer or capitalised word, or a place already found
        town = _town_named(towns_of_adjective(text[a:b]), named) \
            or belarusian_town_of_adjective(text[a:b])
        region = next((r.normal for r in find_regions(town)), None) if town else None
        region = region or _belarusian_towns().get(town or "")
        if region is None or not _home_region(region):
            continue
        out.append(Entity(start=a, end=b, surface=text[a:b], type="region", normal=region,
                          role="town_adjective"))
        after = _FIRM_AFTER.match(text, b)
        firm = firm_at.get(after.end()) if after else None
        if firm is None and after and after.group().strip(" \u00a0«"):
            firm = firm_at.get(after.start() + len(after.group().split("«")[0]) - 1)
        if firm is not None:
            introduced.setdefault(town, firm)
            continue
        head = tokens(text, b, min(len(text), b + 20))[:1]
        if town in introduced and head and head[0].lemma in words("generic_head"):
            # the noun alone: the adjective stays a place of its own
            out.append(Entity(start=head[0].start, end=head[0].end,
                              surface=text[head[0].start:head[0].end], type="enterprise",
                              normal=introduced[town], role=None))
    return out
