"""Town names as a briefing prints them: «в Новом Уренгое» → «Новый Уренгой».

The region gazetteer normalises a town to its region (the register's «where»); the town
itself is the project's location, printed in the nominative. Names come from the same data
files (``regions.csv`` capitals, ``regions_cities.csv``, the generated ``regions_towns.csv``);
a town listed only in a locative form («в Лиде», because «Лида» is also a first name) gets its
nominative from morphology.
A town's adjective («кстовское предприятие», «тихорецким», «екатеринбургская компания») names
the town too (`town_of_adjective`): it is made by the usual suffixes and kept only where the
dictionary knows the adjective.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.entities.gazetteer import (
    cached_gazetteer,
    data_rows,
    norm_word,
    phrase_forms,
    region_rows,
    split_cell,
)
from analysis.entities.townlist import generated_town_forms
from analysis.lang import analyzer
from analysis.lazypattern import lazy_compile

_PREPOSITION = lazy_compile(r"^(?:в|во|на)\s+", re.IGNORECASE)
# (a class first, not a repeat: sre then scans for its first letter in C instead of
# trying a match at every character)
_WORD = lazy_compile(r"[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё]*(?:-[A-Za-zА-Яа-яЁё]+)*")


# a masculine town's locative the dictionary does not know («в Щучине»: it guesses a feminine
# «Щучина»): these endings lose their «е»
_MASCULINE_LOCATIVE = ("ине", "ове", "еве", "ёве")


def _nominative(name: str) -> str:
    """«в Лиде» → «Лида», «в Щучине» → «Щучин»: the listed locative form back in the
    nominative."""
    bare = _PREPOSITION.sub("", name)
    if bare == name:
        return name
    words = [_nominative_word(w) for w in bare.split()]
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _nominative_word(word: str) -> str:
    """One word of a listed locative in the nominative: the dictionary's first reading, or,
    where it knows no place of that form, a masculine town's (`_MASCULINE_LOCATIVE`); a
    name in «-о» («в Дятлово», «в Жодино») is written so in every case: it is the nominative."""
    if word.lower().endswith("о"):
        return word
    parses = analyzer().parse(word)
    if word.lower().endswith(_MASCULINE_LOCATIVE) and not any("Geox" in p.tag for p in parses):
        return word.lower()[:-1]
    return parses[0].normal_form


@cache
def _town_forms() -> dict[str, str]:
    """Every case form of every listed town (words normalised, space-joined) → its name
    (built once, then loaded from the start-up cache)."""
    return cached_gazetteer("town_forms", build_town_forms)


def build_town_forms() -> dict[str, str]:
    """The town forms built from the data files (what the cache keeps)."""
    names = [c for r in region_rows() for c in split_cell(r["capitals"])]
    names += [r["city"] for r in data_rows("regions_cities.csv")]
    forms: dict[str, str] = {}
    generated: list[tuple[str, str]] = []
    for r in data_rows("regions_towns.csv"):  # after the hand list's: it wins
        town = r["town"]
        if _PREPOSITION.match(town):  # a surname's town listed by its locative: «в Фурманове»
            names.append(town)
            continue
        keys = ([" ".join(k) for k in phrase_forms(town, same_number=True)]
                if " " in town or "-" in town else generated_town_forms(town))
        generated.extend((key, town) for key in keys)
    for name in names:
        canonical = _nominative(name)
        for key in phrase_forms(canonical, same_number=True):
            forms.setdefault(" ".join(key), canonical)
        forms.setdefault(" ".join(norm_word(w) for w in _WORD.findall(_PREPOSITION.sub("", name))),
                         canonical)
    for key, town in generated:
        forms.setdefault(key, town)
    return forms


# How a town's adjective is made from its name: (ending of the name, what replaces it).
# «Тихорецк» → «тихорецкий», «Елец» → «елецкий», «Кстово» → «кстовский», «Казань» →
# «казанский», «Самара» → «самарский», «Екатеринбург» → «екатеринбургский».
ADJECTIVE_SUFFIXES = (("ск", "ский"), ("цк", "цкий"), ("ец", "ецкий"), ("о", "ский"),
                       ("ь", "ский"), ("а", "ский"), ("", "ский"))
# Read back from an adjective, «барнаульский» is «Барнаул» too (a soft sign after the name's
# «л»), and «елабужский» «Елабуга» (the name's «г» softened before the suffix); not a way to
# make an adjective (`districts` makes them from the list above).
_READ_SUFFIXES = (*ADJECTIVE_SUFFIXES[:4], ("", "ьский"), ("га", "жский"), *ADJECTIVE_SUFFIXES[4:])


@lru_cache(maxsize=32768)  # every adjective of a large corpus, looked up once
def town_of_adjective(word: str) -> str | None:
    """«кстовское» → «Кстово»: the listed town whose adjective `word` is (any case, as the
    dictionary knows it); None when it is none. Of two («кировский»: Кировск, Киров) the
    first made by the usual suffixes (`towns_of_adjective` gives both)."""
    towns = towns_of_adjective(word)
    return towns[0] if towns else None


@lru_cache(maxsize=32768)
def towns_of_adjective(word: str) -> tuple[str, ...]:
    """Every listed town whose adjective `word` is, in the order of the suffixes that make it
    («кировская» → Кировск, Киров): a reader that knows the places of its text chooses."""
    lemma = next((p.normal_form for p in analyzer().parse(norm_word(word))
                  if p.tag.POS == "ADJF"
                  and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"), None)
    if lemma is None:
        return ()
    forms = _town_forms()
    out: list[str] = []
    for ending, suffix in _READ_SUFFIXES:
        if lemma.endswith(suffix):
            town = forms.get(lemma[:len(lemma) - len(suffix)] + ending)
            if town is not None and " " not in town and town not in _generated_towns() \
                    and town not in out:
                out.append(town)
    if not out and (town := _compound_adjectives().get(lemma)):
        out.append(town)
    return tuple(out)


_ADJECTIVE_ENDINGS = ("ые", "ие", "ый", "ий", "ая", "яя", "ой", "ое")  # «Великие», «Старый»
_LINKS = ("о", "е")  # «велик-о-лукский», «нижн-е-тагильский»


@cache
def _compound_adjectives() -> dict[str, str]:
    """The adjectives of the hand-listed towns named by an adjective and a noun («Великие
    Луки» → «великолукский», «Старый Оскол» → «старооскольский», «Нижний Тагил» →
    «нижнетагильский»): the first word's stem, a linking vowel, and the noun made an
    adjective as a one-word town's name is (`ADJECTIVE_SUFFIXES`, the noun in the singular:
    «Луки» → «лука»). Irregular ones («набережночелнинский») are not made."""
    names = [c for r in region_rows() for c in split_cell(r["capitals"])]
    names += [r["city"] for r in data_rows("regions_cities.csv")]
    out: dict[str, str] = {}
    for name in names:
        parts = _nominative(name).split()
        if len(parts) != 2 or not parts[0].lower().endswith(_ADJECTIVE_ENDINGS):
            continue
        first = parts[0].lower()[:-2]
        noun = analyzer().parse(parts[1].lower())[0].inflect({"sing", "nomn"})
        noun_word = noun.word if noun is not None else parts[1].lower()
        for base in {parts[1].lower(), noun_word}:
            for ending, suffix in _READ_SUFFIXES:
                if base.endswith(ending):
                    second = base[:len(base) - len(ending)] + suffix
                    for link in _LINKS:  # (every reading: the wrong ones are no words)
                        out.setdefault(first + link + second, " ".join(parts))
    return out


@cache
def _generated_towns() -> frozenset[str]:
    """The towns of the generated list: their adjectives are not read as towns, because
    many are the adjectives of rivers, seas and lakes as well («балтийский», «амурский»,
    «байкальский», «волжский», «ленский»)."""
    return frozenset(r["town"] for r in data_rows("regions_towns.csv"))


def town_name(surface: str) -> str | None:
    """The nominative name of the listed town written as `surface`; None if not a town."""
    key = " ".join(norm_word(w) for w in _WORD.findall(_PREPOSITION.sub("", surface)))
    return _town_forms().get(key)


# «в Тимашевске», «в Ногинске»: a capitalised word after «в»/«во» that morphology knows as
# a place name (Geox) is a town the lists lack
_IN_PLACE = lazy_compile(r"(?<![\w-])[Вв]о?\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")


def unlisted_town(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> str | None:
    """The first town in text[start:end] named after «в» that the lists lack (its
    nominative), skipping the spans in `taken` (entities already found)."""
    for m in _IN_PLACE.finditer(text, start, end):
        a, b = m.span(1)
        if any(s < b and a < e for s, e in taken):
            continue
        geo = [p for p in analyzer().parse(m.group(1)) if "Geox" in p.tag]
        if geo:
            name = geo[0].normal_form
            return "-".join(w[:1].upper() + w[1:] for w in name.split("-"))
    return None
