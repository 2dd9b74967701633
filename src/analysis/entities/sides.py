"""Does a stretch of text name the Belarusian side? Belarus, its oblasts, Minsk and its
towns (the regions gazetteer), a Belarusian enterprise (the enterprises gazetteer), or the
Union State (`data/belarus_side_ru.json`).

A briefing's headline figures must be about Russia–Belarus cooperation: an article on a
special economic zone names a Belarusian resident's 2.4 bn rubles and, two paragraphs on,
the zone's «свыше 400 млрд рублей» declared by all its residents. Only the first is about
the partnership; this is the test that tells them apart.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from analysis.entities.enterprises import enterprise_info, find_enterprises
from analysis.entities.gazetteer import region_rows
from analysis.entities.regions import find_regions, russian_regions_in
from analysis.lang import analyzer
from analysis.patternstore import compile_pattern

__all__ = ["belarusian_compound", "belarusian_firms", "names_belarusian_place", "names_belarusian_side",
           "names_belarusian_town_adjective", "names_pair_trading_abroad", "names_russia_alone",
           "names_russia_whole", "names_states_money", "names_union_state_money"]


@cache
def _belarusian_regions() -> frozenset[str]:
    return frozenset(r["normal"] for r in region_rows() if r["country"] == "BY")


@cache
def _belarusian_places() -> frozenset[str]:
    return frozenset(r["normal"] for r in region_rows()
                     if r["country"] == "BY" and r["type"] != "country")


@cache
def _russian_places() -> frozenset[str]:
    """Russia's regions and towns (not the country: «российского производства» sets no
    article in Russia)."""
    return frozenset(r["normal"] for r in region_rows()
                     if r["country"] == "RU" and r["type"] != "country")


@cache
def _belarusian_enterprises() -> frozenset[str]:
    return frozenset(name for name, row in enterprise_info().items() if row.get("country") == "BY")


@cache
def _vocabulary() -> dict[str, list[str]]:
    text = resources.files("analysis").joinpath("data", "belarus_side_ru.json").read_text("utf-8")
    return json.loads(text)


# lists read with another: Russia alone as a whole is one way a sentence makes the whole
# country a trade's side
_READ_WITH = {"russia_whole": ("russia_alone",)}


@cache
def _pattern(key: str) -> re.Pattern[str]:
    """One of the vocabulary's word lists as one case-insensitive pattern."""
    words = [w for k in (*_READ_WITH.get(key, ()), key) for w in _vocabulary()[k]]
    return compile_pattern("|".join(f"(?:{w})" for w in words), re.IGNORECASE)


def _phrases() -> re.Pattern[str]:
    return _pattern("phrases")


@cache
def _town_plants() -> re.Pattern[str]:
    """«Бобруйский завод тракторных деталей», «Лидского пищевого комбината»: a plant named by
    a Belarusian town's adjective (the stem, an adjective's ending, up to two words, a plant
    noun)."""
    words = _vocabulary()
    stems = "|".join(words["town_adjective_stems"])
    nouns = "|".join(words["plant_nouns"])
    return compile_pattern(rf"(?<![\w-])(?:{stems})(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)"
                           rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})", re.IGNORECASE)


@cache
def _town_adjective() -> re.Pattern[str]:
    """«Бобруйский», «Лидская», «Жодинские»: a Belarusian town's adjective, any ending."""
    stems = "|".join(_vocabulary()["town_adjective_stems"])
    return compile_pattern(rf"(?<![\w-])(?:{stems})(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)(?![\w-])",
                           re.IGNORECASE)


def names_belarusian_town_adjective(text: str) -> bool:
    """Whether `text` holds the adjective of a Belarusian town the regions gazetteer knows only
    as a town («Бобруйский курьер», «Лидская газета»: an outlet named after it)."""
    return bool(text) and _town_adjective().search(text) is not None


def names_belarusian_side(text: str) -> bool:
    """Whether `text` names Belarus, a Belarusian region, town or enterprise, a plant by its
    Belarusian town («Бобруйского завода»), or the Union State («белорусский», «Гомсельмаш»,
    «в Жодино», «Союзного государства»)."""
    if not text:
        return False
    if _phrases().search(text) or _town_plants().search(text):
        return True
    by_regions = _belarusian_regions()
    if any(e.normal in by_regions for e in find_regions(text)):
        return True
    by_makers = _belarusian_enterprises()
    return any(e.normal in by_makers or (e.type == "enterprise" and belarusian_compound(e.normal))
               for e in find_enterprises(text))


# how far before a firm's name its introducing adjective is looked for
_INTRO_REACH = 40


def belarusian_compound(name: str) -> bool:
    """Is `name` a one-word company name made of «Бел» and a Russian noun the dictionary knows
    («Белвидеосистемы», «Белшина»), the Belarusian naming habit (`compound_prefix` of
    `data/belarus_side_ru.json`; «Белгород…» is not)? A listed enterprise answers by its
    country instead."""
    words = _vocabulary()
    prefix, rest = str(words["compound_prefix"]), name[len(str(words["compound_prefix"])):]
    if not name.startswith(prefix) or not rest.isalpha() or len(rest) < int(words["compound_min_letters"]) \
            or name in enterprise_info() or any(rest.lower().startswith(w) for w in words["compound_not"]):
        return False
    low = rest.lower()
    return analyzer().word_is_known(low) and any(p.tag.POS == "NOUN" for p in analyzer().parse(low))


def belarusian_firms(text: str) -> frozenset[str]:
    """The firms `text` presents as Belarusian (their normal names): a Belarusian enterprise
    of the gazetteer, a «Бел-» compound name (`belarusian_compound`), or a firm introduced by a
    side's or a Belarusian town's adjective («белорусского РУПП «Гранит»», «минское ООО
    «Аэросистемы»»: `firm_introduced`). An article names such a firm again without the
    adjective («подписала с «Гранитом» соглашение»): it is still the Belarusian side."""
    if not text:
        return frozenset()
    found = set()
    for e in find_enterprises(text):
        if e.type != "enterprise":
            continue
        if e.normal in _belarusian_enterprises() or belarusian_compound(e.normal) or \
                _pattern("firm_introduced").search(text[max(0, e.start - _INTRO_REACH):e.start]):
            found.add(e.normal)
    return frozenset(found)


def names_belarusian_place(text: str) -> bool:
    """Whether `text` is set in Belarus: it names a Belarusian place of the regions gazetteer
    (an oblast, a district, a town: «СПК … Гродненского района») and no Russian region — a
    lead that does sets its article in Belarus («Хозяйства Мглинского района Брянской
    области купили тракторы Минского тракторного завода» is set in Russia)."""
    if not text:
        return False
    found = {e.normal for e in find_regions(text)}
    return bool(found & _belarusian_places()) and not found & _russian_places()


def names_pair_trading_abroad(sentence: str) -> bool:
    """Whether the sentence makes Russia and Belarus together the one side of an import or
    export («Беларусь и Россия импортировали автокомпоненты … свыше $19 млрд»): the figure is
    what the pair bought or sold abroad, not trade between them. A sentence that calls the
    trade mutual («друг другу», «взаимные») is about their trade with each other."""
    if not sentence or not _pattern("pair_abroad").search(sentence):
        return False
    return not _pattern("pair_mutual").search(sentence)


def names_union_state_money(text: str) -> bool:
    """Whether `text` tells the Union State's own money (its programmes, its budget:
    `union_state_money` of `data/belarus_side_ru.json`)."""
    return bool(text) and _pattern("union_state_money").search(text) is not None


def names_states_money(text: str) -> bool:
    """Whether `text` tells money the two states give each other as states (an
    intergovernmental credit: `states_money` of `data/belarus_side_ru.json`) and names no
    Russian region nor a reference to one."""
    if not text or not _pattern("states_money").search(text):
        return False
    return not _pattern("region_reference").search(text) and not russian_regions_in(text, 0, len(text))


def names_russia_alone(text: str) -> bool:
    """Whether `text` names Russia alone as a whole («в целом по России», «по всей стране»:
    `russia_alone` of `data/belarus_side_ru.json`) and no Russian region nor a reference to one."""
    if not text or not _pattern("russia_alone").search(text):
        return False
    return not _pattern("region_reference").search(text) and not russian_regions_in(text, 0, len(text))


def names_russia_whole(sentence: str) -> bool:
    """Whether a trade figure's sentence makes the whole of Russia, or the two countries, its
    side («товарооборот всей России с Беларусью», «товарооборот России и Беларуси», «двух
    стран»: `russia_whole` of `data/belarus_side_ru.json`) and names no Russian region nor
    refers to one («региона», «области»): the figure is the two countries' trade, whatever
    region an earlier sentence or the title gave the article."""
    if not sentence or not _pattern("russia_whole").search(sentence):
        return False
    return not _pattern("region_reference").search(sentence) \
        and not russian_regions_in(sentence, 0, len(sentence))
