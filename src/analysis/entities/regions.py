"""Regions of Russia and Belarus and the two countries (gazetteer only, fast).

Region mentions carry a `role` that says how the region was named, because the project
register weighs them differently:

* ``None`` – the region's own name or an informal name («Кузбасс», «Смоленщина»);
* ``"adjective"`` – «кузбасские предприятия», «белорусский»;
* ``"capital"`` – the regional capital («Смоленск», «Казань») stands for its region.
  The city is not the oblast, but for "where is the project" the answer is the
  region, so it is normalised to the region and flagged. Capitals that collide with
  common first names or surnames (Владимир, Киров) are left out of the data;
* ``"city"`` – another industrial town («Набережные Челны», «Жодино»;
  ``data/regions_cities.csv``, by hand; ``data/regions_towns.csv``, every other Russian
  town of GeoNames whose name is safe), same reasoning; towns whose names are also
  surnames, common words or exist in both countries (Королёв, Находка, Дзержинск) are left
  out.

``regions.csv`` lists the 89 federal subjects in their official nominative (Кемеровская
область without «— Кузбасс», as in the reference register), the six Belarusian oblasts and
Minsk, and the two countries («Республика Беларусь» is a country). Towns whose bare name is
also a first name may be listed in a locative form («во Владимире»).

`russian_regions_in` answers "which Russian regions does this stretch of text name" for
callers that ask it of every sentence (the money facts): a prefilter on the first words of
the names skips most sentences without a scan.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.entities.gazetteer import (
    Entity,
    Gazetteer,
    GazetteerEntry,
    cached_gazetteer,
    data_rows,
    name_variants,
    region_rows,
    split_cell,
)
from analysis.entities.institutions import names_institution, names_time_zone
from analysis.entities.openers import OpenerRuns, OpenerWords, opener_spans, run_spans
from analysis.entities.town_as_adjective import used_as_adjective
from analysis.entities.townlist import generated_town_forms
from analysis.lang.case import fold_yo
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

RUSSIAN_REGIONS: tuple[str, ...] = tuple(
    r["normal"] for r in region_rows() if r["type"] == "region" and r["country"] == "RU"
)
_RUSSIAN = frozenset(RUSSIAN_REGIONS)


class RegionMention(NamedTuple):
    """A Russian region named in a text: where (clean-text offset) and its official name."""

    start: int
    normal: str


def is_russian_region(normal: str | None) -> bool:
    """Is `normal` the official name of one of the 89 federal subjects?"""
    return normal in _RUSSIAN


@cache
def regions_gazetteer() -> Gazetteer:
    """Names, adjectives, capitals and towns of every region and country (built once, then
    loaded from the start-up cache)."""
    return cached_gazetteer("regions_gazetteer", build_regions_gazetteer)


def build_regions_gazetteer() -> Gazetteer:
    """The gazetteer of regions built from the data files (what the cache keeps)."""
    g = Gazetteer()
    for r in region_rows():
        name_entry = GazetteerEntry(normal=r["normal"], type=r["type"], role=None,
                                    capitalised=True)
        for name in name_variants(r["normal"]) + split_cell(r["names"]):
            if name.startswith("~"):  # a periphrasis, written in lower case: «в белорусской столице»
                g.add_name(name[1:], replace(name_entry, capitalised=False))
            else:
                g.add_name(name, name_entry)
        for adj in split_cell(r["adjectives"]):
            adjective = GazetteerEntry(normal=r["normal"], type=r["type"], role="adjective",
                                       capitalised=False)
            g.add_adjective(adj, adjective)
            if r["type"] == "region" and r["country"] == "RU":
                g.add_form(compound_stem(adj), adjective)
        for city in split_cell(r["capitals"]):
            g.add_name(city, GazetteerEntry(normal=r["normal"], type=r["type"],
                                            role="capital", capitalised=True))
    for r in data_rows("regions_cities.csv"):  # other industrial towns locate a project too
        g.add_name(r["city"], GazetteerEntry(normal=r["normal"], type="region", role="city",
                                             capitalised=True))
    for r in data_rows("regions_towns.csv"):  # and every other town whose name is safe
        entry = GazetteerEntry(normal=r["region"], type="region", role="city", capitalised=True,
                               unquoted=True)
        if " " in r["town"] or "-" in r["town"]:
            g.add_name(r["town"], entry)
        else:
            for form in generated_town_forms(r["town"]):
                g.add_form(form, entry)
    g.freeze()
    return g


def compound_stem(adjective: str) -> str:
    """The first part of a compound adjective: «брянский» → «брянско» (as in
    «брянско-белорусский», «смоленско-белорусские связи»)."""
    return re.sub(r"[иыо]й$", "о", adjective)


def _merge_adjacent(ents: list[Entity], text: str) -> list[Entity]:
    """«Кемеровской области — Кузбасса», «Республика Саха (Якутия)» are one mention."""
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        if (prev and prev.normal == e.normal and prev.role == e.role
                and re.fullmatch(r"[ \t\u00a0—–()-]*", text[prev.end:e.start])):
            end = e.end + (1 if text[e.end:e.end + 1] == ")" else 0)
            out[-1] = replace(prev, end=end, surface=text[prev.start:end])
        else:
            out.append(e)
    return out


@cache
def russian_region_first_words() -> frozenset[str]:
    """Lower-cased first words of every form of every Russian region name.

    A prefilter for callers that scan many sentences: text containing none of these
    words cannot name a Russian region.
    """
    return regions_gazetteer().first_words(
        lambda e: e.type == "region" and e.normal in _RUSSIAN)


# «в Саратовской и Воронежской областях»: capitalised adjectives in a list before a plural
# (or shared) region noun name their regions, they do not describe something
_LISTED_BEFORE_NOUN = lazy_compile(
    r"(?:\s*(?:,|\s+и|\s+а\s+также)\s+[А-ЯЁ][а-яё-]+)*\s+"
    r"(?P<noun>област|кра[яеюйёи]|республик|автономн\w+\s+округ)")


# «в Курской, а также в Орловской»: a capitalised adjective right after a locative
# preposition stands for its region (the noun is left out)
_LOCATIVE_BEFORE = lazy_compile(r"(?:^|[\s,(])(?:в|во)\s+$")


# «Московская обл.», «Краснодарский кр.», «Удмуртская респ.»: the region noun abbreviated
_NOUN_ABBREVIATED = lazy_compile(r"[ \u00a0]+(?:обл|кр|респ)\.", re.IGNORECASE)
# the noun a listed adjective stands before, in the form the gazetteer knows
_NOUN_FORMS = (("област", "области"), ("кра", "крае"), ("республик", "республике"))


def _named(e: Entity, text: str, noun: str | None) -> Entity:
    """The region a listed adjective names: «Московской … областях» is Московская область,
    not the city the bare adjective «московский» stands for."""
    if noun:
        form = next((f for stem, f in _NOUN_FORMS if noun.startswith(stem)), None)
        found = regions_gazetteer().scan(f"{e.surface} {form}") if form else []
        if len(found) == 1 and found[0].role is None:
            return replace(e, role=None, normal=found[0].normal)
    return replace(e, role=None)


# «в Омской и Тюменской», «в Курской, а также Орловской»: what joins the members of a list
# whose region noun is left out
# («в Смоленской области и Брянской»: after a whole name too; the member ends its phrase)
_ADJECTIVE_FIRST = lazy_compile(r"[А-ЯЁ][а-яё-]+(?:ой|ей|ом|ем)(?:\s|$)")
_ELLIPTIC_END = lazy_compile(r"\s*(?:[.,;:)—–]|$|(?:и|а|или)\s)")
_ELLIPTIC_GAP = lazy_compile(r"\s*(?:,\s*(?:а\s+также\s+|и\s+)?|\s+и\s+|\s+а\s+также\s+)(?:в\s+|во\s+)?")


def _listed_adjectives(ents: list[Entity], text: str) -> list[Entity]:
    """A capitalised region adjective in a coordinated list before its noun, or right after
    «в» (and the members listed after such a one: «в Омской и Тюменской»), is a name."""
    out: list[Entity] = []
    for e in ents:
        if e.role == "adjective" and e.type == "region" and text[e.start:e.start + 1].isupper():
            listed = _LISTED_BEFORE_NOUN.match(text, e.end)
            prev = out[-1] if out else None
            if listed:
                e = _named(e, text, listed.group("noun").lower())
            elif _NOUN_ABBREVIATED.match(text, e.end) and (
                    named := _named_in_singular(e.surface)) is not None:
                # «Московская обл. — 1,37 млрд»: the noun abbreviated, as tables and captions
                # write it (the region so named, not the city «московский» stands for)
                e = replace(e, role=None, normal=named)
            elif _LOCATIVE_BEFORE.search(text, max(0, e.start - 4), e.start) or (
                    prev is not None and prev.type == "region" and prev.role is None
                    and _ADJECTIVE_FIRST.match(prev.surface) and prev.end <= e.start
                    and _ELLIPTIC_GAP.fullmatch(text, prev.end, e.start)
                    and _ELLIPTIC_END.match(text, e.end)):
                e = replace(e, role=None)
        out.append(e)
    return out


# «в Рязанской и Ивановской областях»: a list of capitalised adjectives before a plural
# region noun. A member the gazetteer keeps no adjective for («ивановский», «кировский»
# are surnames and districts) is still a region when the member with the noun in the
# singular («Ивановской области») is a region's name.
_PLURAL_NOUN = lazy_compile(r"\b(?:област(?:ях|ей|ям|ями|и)|кра(?:ях|[её]в|ям|ями|я)|республиках)\b")
_PLURAL_NOUN_STEMS = ("област", "кра", "республиках")  # what each of its words opens with
_LIST_BEFORE = lazy_compile(
    r"(?:[А-ЯЁ][а-яё]+(?:\s*,\s*(?:а\s+также\s+)?|\s+и\s+|\s+а\s+также\s+))+"
    r"[А-ЯЁ][а-яё]+\s+$")
_MEMBER = lazy_compile(r"[А-ЯЁ][а-яё]+(?:ой|ей|ая|ую|ом|ем|ий|ый)\b")
_LIST_SPAN = 160  # characters before the noun searched for its list
_SINGULAR_NOUNS = ("области", "область", "областью", "крае", "края", "краю", "край", "краем",
                   "республике", "республики", "республика", "республику", "республикой")


def _unlisted_members(ents: list[Entity], text: str) -> list[Entity]:
    """The members of an adjective list before a plural region noun that the scan missed,
    added in order (see `_LIST_BEFORE`)."""
    if not any(map(text.__contains__, _PLURAL_NOUN_STEMS)):
        return ents  # (most stretches: no plural noun, found by `in` rather than a scan)
    added: list[Entity] = []
    for noun in _PLURAL_NOUN.finditer(text):
        start = max(0, noun.start() - _LIST_SPAN)
        found = _LIST_BEFORE.search(text, start, noun.start())
        if found is None:
            continue
        members = list(_MEMBER.finditer(text, found.start(), noun.start()))
        if len(members) < 2 or not any(e.start == m.start() for m in members for e in ents):
            continue  # a list of regions has at least one member the gazetteer knows
        for m in members:
            if any(e.start <= m.start() < e.end for e in ents):
                continue
            region = _named_in_singular(m.group())
            if region is not None:
                added.append(Entity(start=m.start(), end=m.end(), surface=m.group(),
                                    type="region", normal=region, role=None))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _named_in_singular(adjective: str) -> str | None:
    """The region «<adjective> области|крае|республике…» names (one region, by its name)."""
    for noun in _SINGULAR_NOUNS:
        phrase = f"{adjective} {noun}"
        found = regions_gazetteer().scan(phrase)
        if len(found) == 1 and found[0].role is None and found[0].end == len(phrase) \
                and found[0].start == 0 and found[0].normal in _RUSSIAN:
            return found[0].normal
    return None


def find_regions(text: str) -> list[Entity]:
    """Regions of Russia and Belarus and the two countries, normalised (gazetteer only)."""
    ents = regions_gazetteer().scan(text)
    if not ents:
        return ents  # (most windows: nothing to merge, to name or to add a list's members to)
    ents = _listed_adjectives(_merge_adjacent(ents, text), text)
    ents = [e for e in ents if not used_as_adjective(e, text)]
    return _unlisted_members(ents, text)


def normalize_region(name: str) -> str | None:
    """Any form of a Russian region's name → its official nominative; None otherwise."""
    for e in find_regions(name.strip()):
        if e.type == "region" and is_russian_region(e.normal):
            return e.normal
    return None


# --------------------------------------------------------------------------- Russian regions in a text
# «Москва и Минск договорились…»: the capitals stand for the two countries, not for Moscow.
# (within one sentence: a headline «… поставки в Москву» over a lead «Минские заводы …» is not)
_CAPITALS_AS_COUNTRIES = lazy_compile(r"Москв\w*[^.\n]{0,40}Минск|Минск\w*[^.\n]{0,40}Москв")
# (a class first, not a repeat: sre then scans for its first letter in C instead of
# trying a match at every character)
_LOWER_WORD = lazy_compile(r"[а-яa-z][а-яa-z]*(?:-[а-яa-z]+)*")
_LOWER_PART = lazy_compile(r"[а-яa-z][а-яa-z]*")
_CAPITAL_NEXT = lazy_compile(r"\.?[ \u00a0]+[«\"]?[A-ZА-ЯЁ]")
_REGION_WINDOW = 60  # characters: the longest region names have four words


@cache
def _prefilter() -> OpenerWords:
    words = russian_region_first_words() or None
    present = words or frozenset()
    short = sorted(w for w in present if len(w) <= 2)
    pattern = None
    if short:
        def cased(w: str) -> str:
            return "".join(f"[{c}{c.upper()}]" for c in w)

        tail = r"\.?[ \u00a0]+[«\"]?[A-ZА-ЯЁ]"
        if len({w[0] for w in short}) == 1:
            # One first letter («в», «во»): the same matches, but the pattern opens with a
            # character class, so sre scans for it fast; the word-start look-behind moves
            # behind that first letter (it checks the character before it).
            rests = "|".join(cased(w[1:]) for w in short)
            pattern = compile_pattern(cased(short[0][0]) + r"(?<![\w-].)(?:" + rests + ")" + tail)
        else:
            pattern = compile_pattern(r"(?<![\w-])(?:" + "|".join(map(cased, short)) + ")" + tail)
    return OpenerWords(first_words=words, long_words=frozenset(w for w in present if len(w) > 2),
                       short_words=frozenset(short), short_before_capital=pattern,
                       runs=OpenerRuns(present))


# The one letter whose lower case is longer («İ» → «i̇»): a slice of the article's folded
# copy (`analysis.lang.fold_case`, which keeps one letter) is then not the slice's lower case.
_LONGER_LOWER = "\u0130"


# A town's name alone in quotes is the proper name of a thing — a park, a plant, a hotel, a
# club («индустриальный парк «Заволжье»», «гостиница «Тверь»») — not the town, which may be
# anywhere else. (A region's own name in quotes is left as it is.)
_OPEN_QUOTES, _CLOSE_QUOTES = "«\"„“", "»\"“”"
_TOWN_ROLES = frozenset({"city", "capital"})


_ZONE_REACH = 80  # characters before the quote a zone's words may take


def _quoted_town(text: str, start: int, end: int, role: str | None) -> bool:
    """Whether the town name at text[start:end] stands alone within quotes — and is not the
    name of a special economic zone, which its town hosts («ОЭЗ «Липецк»»: `zone_names_ru.json`)."""
    return (role in _TOWN_ROLES and start > 0 and text[start - 1] in _OPEN_QUOTES
            and end < len(text) and text[end] in _CLOSE_QUOTES
            and _zone_before_town().search(text[max(0, start - 1 - _ZONE_REACH):start - 1].lower())
            is None)


@cache
def _zone_before_town() -> re.Pattern[str]:
    data = data_json("zone_names_ru.json")
    return compile_pattern(data["zone_before_town"])


def russian_regions_in(text: str, start: int, end: int,
                       folded: str | None = None) -> list[RegionMention]:
    """The Russian regions named in text[start:end], in order, with offsets into `text`.

    Only short windows that start at a word opening a Russian region name are scanned; a
    region whose capital stands for the country («Москва и Минск договорились») is left out.
    `folded` is `analysis.lang.fold_case(text)` when the caller has it (a caller that reads
    several stretches of one article): its slice stands for the stretch's lower case.
    """
    chunk = text[start:end]
    pre = _prefilter()
    words = pre.first_words
    if words is None:
        windows = [(0, len(chunk))]
    else:
        # Scan only short windows starting at words that can begin a Russian region name.
        # (The folded slice and the slice's lower case differ only in «İ» and in Greek
        # sigma's final form, which no region word holds.)
        lowered = (folded[start:end] if folded is not None and _LONGER_LOWER not in chunk
                   else chunk.lower())
        low = fold_yo(lowered)
        long_words, short_before_capital = pre.long_words, pre.short_before_capital
        # the long opening words that are runs of the stretch, and whether a hyphenated one
        # is a word of it, found in one pass (else the runs and words cut out)
        found = pre.runs.runs(low)
        present = words.intersection(_LOWER_PART.findall(low)) if found is None else None
        if (found is not None and not found[0] and not found[1]) or (
                present is not None and present <= pre.short_words and (
                    "-" not in low or long_words.isdisjoint(_LOWER_WORD.findall(low)))):
            if not (short_before_capital and short_before_capital.search(chunk)):
                return []  # the common case, decided in C
        windows = []
        # (the words that open a name, found in C: `opener_spans`, `run_spans`)
        for a, e in (opener_spans(low, present, words) if found is None
                     else run_spans(low, found[0], pre.short_words, words)):
            if e - a <= 2 and not _CAPITAL_NEXT.match(chunk, e):
                continue  # «в Кирове», «г. Королев»: a short word opens a name only
                # before a capital (the common «в», «г» would open a window everywhere)
            b = min(len(chunk), a + _REGION_WINDOW)
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((a, b))
    found = [RegionMention(start=start + a + e.start, normal=e.normal) for a, b in windows
             for e in find_regions(chunk[a:b])
             if e.type == "region" and e.normal in _RUSSIAN
             and not _quoted_town(text, start + a + e.start, start + a + e.end, e.role)
             and not names_institution(text, start + a + e.end, e.role)
             and not names_time_zone(text, start + a + e.start, start + a + e.end, e.role)]
    if any(f.normal == "Москва" for f in found) and _CAPITALS_AS_COUNTRIES.search(chunk):
        # «Москва и Минск договорились…»: the capitals stand for the two countries.
        found = [f for f in found if f.normal != "Москва"]
    return found
