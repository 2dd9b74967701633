"""The token gazetteer: every inflected form of every listed name, matched by a token scan.

Names come from CSV files in ``analysis/data`` (`data_rows`); every form of every name is
generated once with pymorphy3 into a lookup table (`Gazetteer`), so matching is a plain token
scan with no morphology at run time. Multi-word names inflect up to their head noun
(«Кемеровской области», «Республики Татарстан»); abbreviations inflect by suffix («БелАЗа»,
«МАЗом»); places keep their grammatical number («Орёл» does not match the surname «Орлов»).

A name written ``=ГАЗ`` in the data must keep its capitals (not «газ»); ``«Атлант`` must stand in
quotes (a common word otherwise).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from analysis.lang import analyzer
from analysis.lang.case import fold_yo
from analysis.lazypattern import lazy_compile

_OPENING_QUOTES = "«\"“„'"
# the prepositions a town listed in its locative form opens with («в Лиде», «во Владимире»)
_LOCATIVE_WORDS = frozenset({"в", "во", "на"})
ENTITY_TYPES = ("region", "country", "enterprise", "organization", "person", "programme")

# Words: letters/digits, with inner hyphens kept («Санкт-Петербург», «МТЗ-Татарстан»).
# (a class first, not a repeat: sre then scans for its first letter in C instead of
# trying a match at every character)
_WORD = lazy_compile(r"[0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё]*(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
# Grammatical cases a multi-word name is generated in (loc2 comes with single words' lexemes).
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Abbreviations inflect by suffix in news («БелАЗа», «МАЗом», «КАМАЗы»).
_ABBR_SUFFIXES = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_ABBREVIATION = lazy_compile(r"[A-Za-zА-ЯЁа-яё]*[А-ЯЁ][A-Za-zА-ЯЁа-яё]*[бвгджзклмнпрстфхцчшщ]",
                           flags=re.IGNORECASE)


@dataclass(frozen=True)
class Entity:
    """A named thing in a text (clean-text offsets) and the name it normalises to."""

    start: int  # clean-text offsets
    end: int
    surface: str
    type: str  # one of ENTITY_TYPES
    normal: str
    role: str | None = None
    # found by natasha's tagger, not by a gazetteer or a rule: the register reads no such
    # organisation (session 19: on every gold round it added no project and cost precision)
    found_by_ner: bool = False


@dataclass(frozen=True)
class GazetteerEntry:
    """What a gazetteer key resolves to, plus how strictly its case must match."""

    normal: str
    type: str
    role: str | None
    capitalised: bool  # at least one matched word must start with a capital letter
    exact: str | None = None  # abbreviations like «ГАЗ»: the surface must start with this
    quoted: bool = False  # common words as names («Горизонт», «Атлант»): only inside quotes
    unquoted: bool = False  # never right after an opening quote («Заволжье» is a park, a firm)


class GazetteerName(NamedTuple):
    """One form of a name: its normalised words and the entry it stands for."""

    words: tuple[str, ...]
    entry: GazetteerEntry


def norm_word(word: str) -> str:
    """A word as the gazetteer keys it: lower case, ё written as е."""
    return fold_yo(word.lower())


# --------------------------------------------------------------------------- morphology
def dictionary_parse(word: str, pos: str | None = None) -> Any:
    """The parse of `word` as a nominative dictionary form (names are given in nominative);
    with `pos`, only parses of that part of speech; the first parse when none fits."""
    parses = analyzer().parse(word)
    for want_lemma in (True, False):
        for p in parses:
            if pos and p.tag.POS != pos:
                continue
            if "nomn" in p.tag and (not want_lemma or norm_word(p.normal_form) == norm_word(word)):
                return p
    return parses[0]


def _word_forms(word: str, pos: str | None = None, same_number: bool = False) -> set[str]:
    """All inflected forms of one word (adjectives: full forms only; `same_number`: a noun
    only in its own number — the town «Орёл» has no «Орлов», «Чебоксары» no singular)."""
    forms = {norm_word(word)}
    p = dictionary_parse(word, pos)
    number = p.tag.number if same_number and p.tag.POS == "NOUN" else None
    for f in p.lexeme:
        if pos == "ADJF" and f.tag.POS != "ADJF":
            continue
        if number and f.tag.number and f.tag.number != number:
            continue
        forms.add(norm_word(f.word))
    if _ABBREVIATION.fullmatch(word) and sum(c.isupper() for c in word) >= 2:
        forms.update(norm_word(word) + s for s in _ABBR_SUFFIXES)
    return forms


def _hyphen_forms(name: str) -> set[tuple[str, ...]]:
    """«Ленинск-Кузнецкий» → «Ленинске-Кузнецком»: a town whose two parts (a noun, then an
    adjective) both inflect, in the same case."""
    parts = name.split("-")
    if len(parts) != 2:
        return set()
    noun, adj = dictionary_parse(parts[0]), dictionary_parse(parts[1])
    if noun.tag.POS != "NOUN" or adj.tag.POS != "ADJF":
        return set()
    out = set()
    for case in _CASES:
        a, b = noun.inflect({case}), adj.inflect({case, "sing", noun.tag.gender or "masc"})
        if a and b:
            out.add((norm_word(f"{a.word}-{b.word}"),))
    return out


def phrase_forms(phrase: str, same_number: bool = False) -> set[tuple[str, ...]]:
    """Case forms of a name: words up to the first noun agree with it, the rest stay fixed.

    «Кемеровская область» → «Кемеровской области»; «Республика Татарстан» →
    «Республики Татарстан» (the apposition does not inflect); «Минский завод колёсных
    тягачей» → «Минского завода колёсных тягачей».
    """
    words = _WORD.findall(phrase)
    if len(words) == 1:
        forms = {(f,) for f in _word_forms(words[0], same_number=same_number)}
        return forms | _hyphen_forms(words[0]) if same_number and "-" in words[0] else forms
    parses = [dictionary_parse(w) for w in words]
    # The head is the first declinable noun («Гродно Азот» inflects «Азот»).
    head = next((i for i, p in enumerate(parses) if p.tag.POS == "NOUN" and "Fixd" not in p.tag),
                len(words) - 1)
    out: set[tuple[str, ...]] = {tuple(norm_word(w) for w in words)}
    for case in _CASES:
        key = []
        for i, (w, p) in enumerate(zip(words, parses, strict=True)):
            inflected = p.inflect({case}) if i <= head else None
            key.append(norm_word(inflected.word) if inflected else norm_word(w))
        out.add(tuple(key))
    return out


# --------------------------------------------------------------------------- data rows
def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file in ``analysis/data`` (lines opening with ``#`` are comments: a
    generated file says where it came from)."""
    text = resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def split_cell(cell: str | None) -> list[str]:
    """The ``;``-separated values of a data cell."""
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


@cache
def region_rows() -> tuple[dict[str, str], ...]:
    """``regions.csv``: normal, type (region/country), country, names, adjectives, capitals."""
    return tuple(data_rows("regions.csv"))


@cache
def enterprise_rows() -> tuple[dict[str, str], ...]:
    """``enterprises.csv``: normal, type, country, home_region, parent, aliases."""
    return tuple(data_rows("enterprises.csv"))


def name_variants(name: str) -> list[str]:
    """An official name plus its forms without «— Кузбасс» / «(Якутия)» tails."""
    variants = [name, re.sub(r"\s*\(.*?\)", "", name), re.split(r"\s+[—–-]\s+", name)[0]]
    return list(dict.fromkeys(v.strip() for v in variants if v.strip()))


# What the gazetteers are built from: their data files, the code that builds them and the
# morphology that inflects their names (`cached_gazetteer` keys the disk cache on them).
GAZETTEER_SOURCES = ("data/regions.csv", "data/regions_cities.csv", "data/regions_towns.csv",
                     "data/enterprises.csv",
                     "entities/gazetteer.py", "entities/regions.py", "entities/enterprises.py",
                     "entities/towns.py", "entities/townlist.py", "lang/morph.py")
GAZETTEER_LIBRARIES = ("pymorphy3", "pymorphy3-dicts-ru")


def cached_gazetteer(name: str, build: Callable[[], Any]) -> Any:
    """`build()` (a gazetteer or a table of forms) built once, then loaded from the start-up
    cache (`analysis.entities.startup`) until a data file, the code or pymorphy3 changes."""
    from analysis.entities.startup import source_key, startup_store

    key = source_key(GAZETTEER_SOURCES, GAZETTEER_LIBRARIES)
    return startup_store().load_or_build(name, key, build)


# --------------------------------------------------------------------------- the gazetteer
class ScanWords(NamedTuple):
    """The words of a text as a gazetteer scans them: matches, as written, normalised."""

    toks: list[re.Match[str]]
    words: list[str]
    norms: list[str]


@lru_cache(maxsize=1)
def _scan_words(text: str) -> ScanWords:
    """The words of `text`, cut once for the gazetteers that scan the same text in a row
    (regions, then enterprises); only the last text is kept."""
    toks = list(_WORD.finditer(text))
    words = [t.group() for t in toks]
    # (`norm_word` of each word, made in one pass: a word holds only Latin and Cyrillic
    # letters, digits and hyphens, whose lower case is a letter each, whatever stands around)
    norms = norm_word(" ".join(words)).split(" ") if words else []
    return ScanWords(toks=toks, words=words, norms=norms)


def _index_by_next(names: list[GazetteerName]) -> dict[str | None, list[GazetteerName]]:
    """The names of one first word by their second word (see `Gazetteer._names_by_next`)."""
    seconds = dict.fromkeys(n.words[1] for n in names if len(n.words) > 1)
    index: dict[str | None, list[GazetteerName]] = {
        second: [n for n in names if len(n.words) == 1 or n.words[1] == second]
        for second in seconds}
    index[None] = [n for n in names if len(n.words) == 1]
    return index


class Gazetteer:
    """Token-sequence lookup: first word → the names it opens, longest first."""

    def __init__(self) -> None:
        self._table: dict[str, list[GazetteerName]] = {}
        # first word -> next word -> the names that can match there (built on first scan)
        self._by_next: dict[str, dict[str | None, list[GazetteerName]]] | None = None

    def add_name(self, name: str, entry: GazetteerEntry) -> None:
        """Every case form of `name` (``«`` and ``=`` marks as in the data files)."""
        if name.startswith("«"):  # data marks names that are also common words
            name = name[1:]
            entry = replace(entry, quoted=True)
        if name.startswith("="):  # exact-case abbreviation («ГАЗ» but not «газ»)
            name = name[1:]
            entry = replace(entry, exact=name)
            keys = {(norm_word(name) + s,) for s in _ABBR_SUFFIXES}
        else:  # places keep their number: «Орлов» is a surname, not the town «Орёл»
            keys = phrase_forms(name, same_number=entry.type in ("region", "country"))
        for key in keys:
            self._table.setdefault(key[0], []).append(GazetteerName(words=key, entry=entry))
        self._by_next = None

    def add_adjective(self, lemma: str, entry: GazetteerEntry) -> None:
        """Every full form of an adjective («кузбасские», «белорусского»)."""
        for form in _word_forms(lemma, "ADJF"):
            self._table.setdefault(form, []).append(GazetteerName(words=(form,), entry=entry))
        self._by_next = None

    def add_form(self, form: str, entry: GazetteerEntry) -> None:
        """One written form as it is, not inflected («брянско», the first part of
        «брянско-белорусский»)."""
        key = norm_word(form)
        self._table.setdefault(key, []).append(GazetteerName(words=(key,), entry=entry))
        self._by_next = None

    def freeze(self) -> None:
        """Sort the names of each first word longest first (call after the last add), and
        index them by their next word (kept with the gazetteer when it is cached)."""
        for names in self._table.values():
            names.sort(key=lambda c: -len(c.words))
        self._by_next = None
        self._names_by_next()

    def _names_by_next(self) -> dict[str, dict[str | None, list[GazetteerName]]]:
        """For each first word, the names worth trying given the next word: those whose
        second word it is, and the one-word names, in table order (key None: the one-word
        names alone). A name whose second word differs can never match, and a first word
        like «республика» or «в» opens dozens of names."""
        if self._by_next is None:
            self._by_next = {first: _index_by_next(names) for first, names in self._table.items()}
        return self._by_next

    def first_words(self, keep: Callable[[GazetteerEntry], bool]) -> frozenset[str]:
        """First words (ё as е) of the names whose entry `keep` accepts."""
        return frozenset(fold_yo(word) for word, names in self._table.items()
                         if any(keep(n.entry) for n in names))

    def scan(self, text: str) -> list[Entity]:
        """Every listed name in `text`, longest match first, left to right."""
        toks, words, norms = _scan_words(text)
        found: list[Entity] = []
        table = self._table
        # most words open no name and hold no hyphen: the others picked out in one pass
        # (a dict look-up each), then tried left to right past the names already found
        after = 0  # where the last name found ends (in words)
        for i in [i for i, w in enumerate(norms) if w in table or "-" in w]:
            if i < after:
                continue  # inside a name found
            hit = self._match_at(text, toks, words, norms, i) if norms[i] in table else None
            if hit:
                n = len(hit.words)
                found.append(self._entity(text, toks[i].start(), toks[i + n - 1].end(), hit.entry))
                after = i + n
                continue
            if "-" in norms[i]:  # «российско-белорусский», «БЕЛАЗ-ХОЛДИНГ»: try the parts
                found.extend(self._scan_parts(text, toks[i]))
        return found

    def _match_at(self, text: str, toks: list[re.Match[str]], words: list[str],
                  norms: list[str], i: int) -> GazetteerName | None:
        """The longest name that matches at token `i` (`words` and `norms`: the tokens as
        written and normalised), if any."""
        options = (self._by_next or self._names_by_next()).get(norms[i])
        if options is None:
            return None
        names = options.get(norms[i + 1]) if i + 1 < len(norms) else None
        for name in options[None] if names is None else names:
            key, entry = name
            n = len(key)
            # (a name's first two words are known to stand: its first word is the table's key,
            # its second the index's, whose one-word names are the only ones under None)
            if n > 2 and tuple(norms[i:i + n]) != key:
                continue
            # Words of one name are separated by spaces only (no punctuation, no line break:
            # a mention must stay inside one paragraph to cite the original exactly).
            if n > 1 and any(text[toks[j].end():toks[j + 1].start()].strip(" \t\u00a0")
                             for j in range(i, i + n - 1)):
                continue
            if entry.quoted and ((start := toks[i].start()) == 0
                                 or text[start - 1] not in _OPENING_QUOTES):
                continue
            if entry.unquoted and (start := toks[i].start()) > 0 \
                    and text[start - 1] in _OPENING_QUOTES:
                continue
            if self._case_ok(words[i:i + n], entry):
                return name
        return None

    def _scan_parts(self, text: str, tok: re.Match[str]) -> list[Entity]:
        out, pos = [], tok.start()
        for part in tok.group().split("-"):
            for key, entry in self._table.get(norm_word(part), ()):
                if len(key) == 1 and self._case_ok([part], entry):
                    out.append(self._entity(text, pos, pos + len(part), entry))
                    break
            pos += len(part) + 1
        return out

    @staticmethod
    def _case_ok(words: list[str], entry: GazetteerEntry) -> bool:
        if entry.exact:
            head = words[0][: len(entry.exact)]
            return head == entry.exact or head == entry.exact.upper()
        if entry.capitalised:
            # («в Лиде», «в Бору»: a town listed in its locative form keeps its capital on the
            # name, not on the preposition opening a sentence: «В бору растут сосны»)
            if len(words) == 1:  # (most names: one word, no generator for it)
                return words[0][:1].isupper()
            named = words[1:] if words[0].lower() in _LOCATIVE_WORDS else words
            return any(w[:1].isupper() for w in named)
        return True

    @staticmethod
    def _entity(text: str, start: int, end: int, entry: GazetteerEntry) -> Entity:
        return Entity(start=start, end=end, surface=text[start:end], type=entry.type,
                      normal=entry.normal, role=entry.role)
