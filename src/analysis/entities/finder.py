"""Who and where: regions, countries, enterprises, organisations, people and programmes.

Two layers:

* a fast **gazetteer** path (`find_regions`, and enterprises/programmes inside
  `find_entities`): names come from CSV files in ``analysis/data``; every inflected
  form of every name is generated once with pymorphy3 into a lookup table, so
  matching is a plain token scan with no morphology at run time;
* an optional **NER** path (natasha) for people and for organisations that are not
  in the gazetteer.

Region mentions carry a `role` that says how the region was named, because the
project register weighs them differently:

* ``None`` – the region's own name or an informal name («Кузбасс», «Смоленщина»);
* ``"adjective"`` – «кузбасские предприятия», «белорусский»;
* ``"capital"`` – the regional capital («Смоленск», «Казань») stands for its region.
  The city is not the oblast, but for "where is the project" the answer is the
  region, so it is normalised to the region and flagged. Capitals that collide with
  common first names or surnames (Владимир, Киров) are left out of the data;
* ``"city"`` – another industrial town («Набережные Челны», «Жодино»;
  ``data/regions_cities.csv``), same reasoning; towns whose names are also surnames,
  common words or exist in both countries (Королёв, Находка, Дзержинск) are left out.

Data files (``analysis/data``):

* ``regions.csv`` – normal, type (region/country), country (RU/BY), names, adjectives,
  capitals (``;``-separated). The 89 federal subjects in their official nominative
  (Кемеровская область without «— Кузбасс», as in the reference register), the six
  Belarusian oblasts and Minsk, the two countries («Республика Беларусь» is a country);
* ``regions_cities.csv`` – other towns → their region;
* ``enterprises.csv`` – normal (one short name), type (enterprise / organization /
  programme), country, home_region, parent (МТЗ-Татарстан → МТЗ), aliases. An alias
  written ``=ГАЗ`` must keep its capitals (not «газ»), ``«Атлант`` must stand in quotes
  (a common word otherwise). Companies the list lacks are still found when a legal form
  or a company word precedes a quoted name («ОАО «Брестсельмаш»», «ГУП «Мосгортранс»»),
  as a known name with a capitalised suffix («Гомсельмаш-Юг»: a daughter company whose
  parent `enterprise_parent` gives), and by the NER.

Place names keep their grammatical number («Орёл» does not match the surname «Орлов»);
towns whose bare name is also a first name may be listed in a locative form («во
Владимире»).

Offsets of `Entity` are into the clean text; `entities_frame` maps them to the
original file through `Article.original_span`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.lang.morph import analyzer

if TYPE_CHECKING:
    from analysis.ingest import Article

ENTITY_COLUMNS = ["article_id", "file", "start", "end", "surface", "type", "normal", "role"]
ENTITY_TYPES = ("region", "country", "enterprise", "organization", "person", "programme")

# Words: letters/digits, with inner hyphens kept («Санкт-Петербург», «МТЗ-Татарстан»).
_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
# Legal forms written before a company name: «ОАО «БелАЗ»» is one mention.
_LEGAL_BEFORE = re.compile(
    r"(?:\b(?:ОАО|ЗАО|СЗАО|ПАО|НАО|АО|ООО|ОДО|УП|РУП|ГУП|МУП|ФГУП|СООО|ИООО|ЧУП|ПТ)[ \u00a0]*)«?[ \u00a0]*$")
# Grammatical cases a multi-word name is generated in (loc2 comes with single words' lexemes).
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Abbreviations inflect by suffix in news («БелАЗа», «МАЗом», «КАМАЗы»).
_ABBR_SUFFIXES = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")


@dataclass(frozen=True)
class Entity:
    start: int  # clean-text offsets
    end: int
    surface: str
    type: str  # one of ENTITY_TYPES
    normal: str
    role: str | None = None


@dataclass(frozen=True)
class _Entry:
    """What a gazetteer key resolves to, plus how strictly its case must match."""

    normal: str
    type: str
    role: str | None
    capitalised: bool  # at least one matched word must start with a capital letter
    exact: str | None = None  # abbreviations like «ГАЗ»: the surface must start with this
    quoted: bool = False  # common words as names («Горизонт», «Атлант»): only inside quotes


def norm_word(word: str) -> str:
    return word.lower().replace("ё", "е")


# --------------------------------------------------------------------------- morphology


def _best_parse(word: str, pos: str | None = None) -> Any:
    """The parse of `word` as a nominative dictionary form (names are given in nominative)."""
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
    p = _best_parse(word, pos)
    number = p.tag.number if same_number and p.tag.POS == "NOUN" else None
    for f in p.lexeme:
        if pos == "ADJF" and f.tag.POS != "ADJF":
            continue
        if number and f.tag.number and f.tag.number != number:
            continue
        forms.add(norm_word(f.word))
    if re.fullmatch(r"[A-Za-zА-ЯЁа-яё]*[А-ЯЁ][A-Za-zА-ЯЁа-яё]*[бвгджзклмнпрстфхцчшщ]", word,
                    flags=re.IGNORECASE) and sum(c.isupper() for c in word) >= 2:
        forms.update(norm_word(word) + s for s in _ABBR_SUFFIXES)
    return forms


def _phrase_forms(phrase: str, same_number: bool = False) -> set[tuple[str, ...]]:
    """Case forms of a name: words up to the first noun agree with it, the rest stay fixed.

    «Кемеровская область» → «Кемеровской области»; «Республика Татарстан» →
    «Республики Татарстан» (the apposition does not inflect); «Минский завод колёсных
    тягачей» → «Минского завода колёсных тягачей».
    """
    words = _WORD.findall(phrase)
    if len(words) == 1:
        return {(f,) for f in _word_forms(words[0], same_number=same_number)}
    parses = [_best_parse(w) for w in words]
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


# --------------------------------------------------------------------------- gazetteers


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


@cache
def _region_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows("regions.csv"))


@cache
def _enterprise_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows("enterprises.csv"))


RUSSIAN_REGIONS: tuple[str, ...] = tuple(
    r["normal"] for r in _region_rows() if r["type"] == "region" and r["country"] == "RU"
)
_RUSSIAN = frozenset(RUSSIAN_REGIONS)


def is_russian_region(normal: str | None) -> bool:
    return normal in _RUSSIAN


def _name_variants(name: str) -> list[str]:
    """An official name plus its forms without «— Кузбасс» / «(Якутия)» tails."""
    variants = [name, re.sub(r"\s*\(.*?\)", "", name), re.split(r"\s+[—–-]\s+", name)[0]]
    return list(dict.fromkeys(v.strip() for v in variants if v.strip()))


class _Gazetteer:
    """Token-sequence lookup: first word → [(all words, entry)], longest first."""

    def __init__(self) -> None:
        self._table: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}

    def add_name(self, name: str, entry: _Entry) -> None:
        if name.startswith("«"):  # data marks names that are also common words
            name = name[1:]
            entry = replace(entry, quoted=True)
        if name.startswith("="):  # exact-case abbreviation («ГАЗ» but not «газ»)
            name = name[1:]
            entry = replace(entry, exact=name)
            keys = {(norm_word(name) + s,) for s in _ABBR_SUFFIXES}
        else:  # places keep their number: «Орлов» is a surname, not the town «Орёл»
            keys = _phrase_forms(name, same_number=entry.type in ("region", "country"))
        for key in keys:
            self._table.setdefault(key[0], []).append((key, entry))

    def add_adjective(self, lemma: str, entry: _Entry) -> None:
        for form in _word_forms(lemma, "ADJF"):
            self._table.setdefault(form, []).append(((form,), entry))

    def freeze(self) -> None:
        for cands in self._table.values():
            cands.sort(key=lambda c: -len(c[0]))

    def scan(self, text: str) -> list[Entity]:
        toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        norms = [norm_word(t[2]) for t in toks]
        found: list[Entity] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(text, toks, norms, i)
            if hit:
                n, entry = hit
                found.append(self._entity(text, toks[i][0], toks[i + n - 1][1], entry))
                i += n
                continue
            if "-" in toks[i][2]:  # «российско-белорусский», «БЕЛАЗ-ХОЛДИНГ»: try the parts
                found.extend(self._scan_parts(text, toks[i]))
            i += 1
        return found

    def _match_at(self, text: str, toks: list, norms: list[str], i: int) -> tuple[int, _Entry] | None:
        for key, entry in self._table.get(norms[i], ()):
            n = len(key)
            if tuple(norms[i:i + n]) != key:
                continue
            # Words of one name are separated by spaces only (no punctuation, no line break:
            # a mention must stay inside one paragraph to cite the original exactly).
            if any(text[toks[j][1]:toks[j + 1][0]].strip(" \t\u00a0")
                   for j in range(i, i + n - 1)):
                continue
            if entry.quoted and (toks[i][0] == 0 or text[toks[i][0] - 1] not in "«\"“„'"):
                continue
            if self._case_ok([t[2] for t in toks[i:i + n]], entry):
                return n, entry
        return None

    def _scan_parts(self, text: str, tok: tuple[int, int, str]) -> list[Entity]:
        out, pos = [], tok[0]
        for part in tok[2].split("-"):
            for key, entry in self._table.get(norm_word(part), ()):
                if len(key) == 1 and self._case_ok([part], entry):
                    out.append(self._entity(text, pos, pos + len(part), entry))
                    break
            pos += len(part) + 1
        return out

    @staticmethod
    def _case_ok(words: list[str], entry: _Entry) -> bool:
        if entry.exact:
            head = words[0][: len(entry.exact)]
            return head == entry.exact or head == entry.exact.upper()
        if entry.capitalised:
            return any(w[:1].isupper() for w in words)
        return True

    @staticmethod
    def _entity(text: str, start: int, end: int, entry: _Entry) -> Entity:
        return Entity(start, end, text[start:end], entry.type, entry.normal, entry.role)


@cache
def _regions_gazetteer() -> _Gazetteer:
    g = _Gazetteer()
    for r in _region_rows():
        name_entry = _Entry(r["normal"], r["type"], None, capitalised=True)
        for name in _name_variants(r["normal"]) + _split(r["names"]):
            g.add_name(name, name_entry)
        for adj in _split(r["adjectives"]):
            g.add_adjective(adj, _Entry(r["normal"], r["type"], "adjective", capitalised=False))
        for city in _split(r["capitals"]):
            g.add_name(city, _Entry(r["normal"], r["type"], "capital", capitalised=True))
    for r in _rows("regions_cities.csv"):  # other industrial towns locate a project too
        g.add_name(r["city"], _Entry(r["normal"], "region", "city", capitalised=True))
    g.freeze()
    return g


@cache
def _enterprises_gazetteer() -> _Gazetteer:
    g = _Gazetteer()
    for r in _enterprise_rows():
        entry = _Entry(r["normal"], r["type"], None, capitalised=True)
        for name in _split(r["aliases"]) or [r["normal"]]:
            g.add_name(name, entry)
    g.freeze()
    return g


@cache
def enterprise_info() -> dict[str, dict[str, str]]:
    """normal name → its gazetteer row (country, home_region, parent), for the register."""
    return {r["normal"]: r for r in _enterprise_rows()}


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
    russian = set(RUSSIAN_REGIONS)
    return frozenset(
        key.replace("ё", "е")
        for key, cands in _regions_gazetteer()._table.items()
        if any(e.type == "region" and e.normal in russian for _, e in cands)
    )


def find_regions(text: str) -> list[Entity]:
    """Regions of Russia and Belarus and the two countries, normalised (gazetteer only)."""
    return _merge_adjacent(_regions_gazetteer().scan(text), text)


def normalize_region(name: str) -> str | None:
    """Any form of a Russian region's name → its official nominative; None otherwise."""
    for e in find_regions(name.strip()):
        if e.type == "region" and is_russian_region(e.normal):
            return e.normal
    return None


_PROGRAMME = re.compile(r"\b[Пп]рограмм\w*[^«».\n]{0,80}«([^»\n]{2,40})»")
# A company the gazetteer does not know, named in quotes after a legal form or a company word:
# «ОАО «Брестский электромеханический завод»», «предприятие «Технопарк»».
_QUOTED_COMPANY = re.compile(
    r"(?:\b(?:ОАО|ЗАО|СЗАО|ПАО|НАО|АО|ООО|ОДО|СООО|ИООО|УП|РУП|ГУП|МУП|ФГУП|ЧУП)|"
    r"(?i:\b(?:холдинг|завод|компани|"
    r"предприяти|концерн|корпораци|производител|фирм)\w*))[ \u00a0]+«([^«»\n]{2,40})»")


# «Гомсельмаш-Юг», «МАЗ-Купава»: a known enterprise's name, a hyphen and a capitalised part
# the list does not know is that enterprise's own company (its parent is a party too).
_DAUGHTER_TAIL = re.compile(r"-([A-ZА-ЯЁ][0-9A-Za-zА-Яа-яЁё]*)")


def _daughter(text: str, e: Entity) -> Entity:
    if e.type != "enterprise" or (e.start and text[e.start - 1].isalnum()):
        return e
    m = _DAUGHTER_TAIL.match(text, e.end)
    if not m or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "-")):
        return e
    tail = m.group(1)
    abbr = re.fullmatch(r"([0-9A-ZА-ЯЁ]{2,})[a-zа-яё]{0,3}", tail)  # «МАЗа-МАНа»
    if abbr:
        tail = abbr.group(1)
    elif not tail.isascii():
        p = analyzer().parse(tail)[0]
        tail = p.normal_form[:1].upper() + p.normal_form[1:]
    return Entity(e.start, m.end(), text[e.start:m.end()], "enterprise", f"{e.normal}-{tail}", None)


def enterprise_parent(normal: str) -> str | None:
    """The parent of an enterprise: from the list, or the known head of «Гомсельмаш-Юг»."""
    info = enterprise_info()
    if normal in info:
        return info[normal].get("parent") or None
    head = normal.split("-", 1)[0]
    return head if "-" in normal and head in info else None


def find_enterprises(text: str) -> list[Entity]:
    """Enterprises, listed organisations and programmes (gazetteer + «программа «X»»)."""
    ents = []
    for e in _enterprises_gazetteer().scan(text):
        e = _daughter(text, e)
        m = _LEGAL_BEFORE.search(text, max(0, e.start - 12), e.start)
        if m and e.type == "enterprise":  # take «ОАО «» into the mention
            quoted = "«" in m.group()
            end = e.end + (1 if quoted and text[e.end:e.end + 1] == "»" else 0)
            e = replace(e, start=m.start(), end=end, surface=text[m.start():end])
        ents.append(e)
    taken = {(e.start, e.end) for e in ents}
    for pattern, type_ in ((_PROGRAMME, "programme"), (_QUOTED_COMPANY, "enterprise")):
        for m in pattern.finditer(text):
            s, t = m.span(1)
            if not any(a < t and s < b for a, b in taken):
                ents.append(Entity(s, t, m.group(1), type_, m.group(1), None))
                taken.add((s, t))
    return sorted(ents, key=lambda e: e.start)


# --------------------------------------------------------------------------- NER (natasha)


@cache
def _natasha() -> dict[str, Any]:
    # Imported lazily and through the top-level package: natasha pulls in pymorphy2,
    # which only works on Python 3.11 after yargy (imported by natasha) patches it.
    import natasha

    emb = natasha.NewsEmbedding()
    return {
        "module": natasha,
        "segmenter": natasha.Segmenter(),
        "morph": natasha.NewsMorphTagger(emb),
        "ner": natasha.NewsNERTagger(emb),
        "vocab": natasha.MorphVocab(),
    }


# Words a role starts with (stems: «главой», «послом», «премьер-министром»).
_ROLE_HEAD = (
    r"(?:губернатор|вице-губернатор|врио|глав|замглавы|президент|вице-президент|премьер|"
    r"вице-премьер|министр|замминистр|заместител|председател|зампред|директор|гендиректор|"
    r"генеральн\w*|посол|посла|послом|послу|мэр|руководител|полпред|помощник|спикер|депутат|сенатор|начальник|"
    r"лидер)\w*"
)
_ROLE_HEAD_RE = re.compile(_ROLE_HEAD + "$", re.IGNORECASE)
_ROLE_RIGHT = re.compile(r"^\s*,\s*(" + _ROLE_HEAD + r"(?:\s+[^\s.,;:!?«»\"()–—]+){0,6})\s*[,.;)]",
                         re.IGNORECASE)
_PUNCT = re.compile(r"[.,;:!?«»\"()–—\n]")


def nominative_name(name: str) -> str:
    """«Администрации Президента» → «Администрация Президента»: the words up to the head
    noun go to the nominative, agreeing with it; its dependents stay (natasha's own normal
    form inflects them too: «Совет министры»)."""
    words = name.split()
    parses = [analyzer().parse(w) for w in words]
    head = next((i for i, ps in enumerate(parses) if ps[0].tag.POS == "NOUN"), None)
    if head is None:
        return name
    noun = parses[head][0]
    abbreviation = words[head].isupper() or "Fixd" in noun.tag
    gender = "masc" if abbreviation else noun.tag.gender
    number = noun.tag.number or "sing"
    out = []
    for w, ps in zip(words[:head + 1], parses[:head + 1], strict=True):
        p = ps[0]
        if p.tag.POS == "ADJF":  # the parse that agrees with the head noun
            p = next((q for q in ps if q.tag.POS == "ADJF" and q.tag.number == number
                      and (number == "plur" or q.tag.gender == gender)), p)
        form = None if w.isupper() or "Fixd" in p.tag else p.inflect({"nomn"})
        word = form.word if form else w
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out + words[head + 1:])


def _nominative_role(role: str) -> str:
    """«премьер-министром Республики Беларусь» → «премьер-министр Республики Беларусь»."""
    first, _, rest = role.partition(" ")
    p = _best_parse(first)
    for cand in analyzer().parse(first):
        if cand.tag.POS == "NOUN":
            p = cand
            break
    lemma = p.inflect({"nomn", "sing"}) if p.tag.POS == "NOUN" else None
    word = lemma.word if lemma else first.lower()
    if first[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{word} {rest}".strip()


def _role_for(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    """The role written next to a name: «губернатор Кемеровской области Сергей Цивилев».

    Left of the name, within the last seven words after any punctuation, the role starts at
    the leftmost role word («Главой Администрации Президента Республики Беларусь» keeps
    «Президента» inside the role).
    """
    left = _PUNCT.split(text[sent_start:start])[-1].split()[-7:]
    for i, word in enumerate(left):
        if _ROLE_HEAD_RE.match(word):
            return _nominative_role(" ".join(left[i:]))
    m = _ROLE_RIGHT.match(text[end:sent_end])
    return _nominative_role(m.group(1)) if m else None


def _ner_entities(text: str, taken: list[tuple[int, int]],
                  places: list[tuple[int, int]] = ()) -> list[Entity]:
    """PER and ORG spans of natasha not already named by the gazetteer (`taken`). A place
    (`places`) inside an organisation's name does not hide it: «Томский государственный
    университет» is an organisation although «Томский» is also a region adjective."""
    nat = _natasha()
    doc = nat["module"].Doc(text)
    doc.segment(nat["segmenter"])
    doc.tag_morph(nat["morph"])
    doc.tag_ner(nat["ner"])
    sents = [(s.start, s.stop) for s in doc.sents]
    people: list[Entity] = []
    out: list[Entity] = []
    for span in doc.spans:
        if span.type not in ("PER", "ORG"):
            continue
        if any(a < span.stop and span.start < b for a, b in taken):
            continue  # the gazetteer already named it (enterprise, programme)
        if span.type != "ORG" and any(a < span.stop and span.start < b for a, b in places):
            continue  # a region or town the tagger took for a person
        if "\n" in span.text:  # a tagger span across paragraphs is page chrome, not a name
            continue
        try:
            span.normalize(nat["vocab"])
        except Exception:  # natasha's normaliser on an odd span: keep the surface
            span.normal = None
        normal = span.normal or span.text
        if span.type == "ORG":
            out.append(Entity(span.start, span.stop, span.text, "organization",
                              nominative_name(span.text), None))
            continue
        s0, s1 = next(((a, b) for a, b in sents if a <= span.start < b), (0, len(text)))
        role = _role_for(text, s0, s1, span.start, span.stop)
        people.append(Entity(span.start, span.stop, span.text, "person", normal, role))
    return out + _merge_people(people)


def _merge_people(people: list[Entity]) -> list[Entity]:
    """Within one article «Цивилев» is «Сергей Цивилев»; roles carry over to later mentions."""
    full: dict[str, str] = {}
    roles: dict[str, str] = {}
    for p in people:
        words = p.normal.split()
        if len(words) >= 2:
            full.setdefault(norm_word(words[-1]), p.normal)
    out = []
    for p in people:
        key = norm_word(p.normal.split()[-1])
        normal = full.get(key, p.normal)
        if p.role:
            roles.setdefault(normal, p.role)
        out.append(replace(p, normal=normal, role=p.role or roles.get(normal)))
    return out


# --------------------------------------------------------------------------- public API


def _text_entities(text: str, ner: bool) -> list[Entity]:
    firms = find_enterprises(text)
    taken = [(e.start, e.end) for e in firms]
    # A region inside an enterprise name («Минский тракторный завод») is not a region mention.
    regions = [r for r in find_regions(text) if not any(a < r.end and r.start < b for a, b in taken)]
    ents = firms + regions
    if ner:
        ents += _ner_entities(text, [(e.start, e.end) for e in firms],
                              [(e.start, e.end) for e in regions])
    return sorted(ents, key=lambda e: (e.start, e.end))


def find_entities(article: Article | str, ner: bool = True) -> list[Entity]:
    """All entities of an article (or a plain text); ``ner=False`` is the gazetteer path."""
    text = article if isinstance(article, str) else article.text
    return _text_entities(text, ner)


def entities_frame(articles: Iterable[Article], ner: bool = True) -> pd.DataFrame:
    """One row per mention with ORIGINAL offsets (the citation contract)."""
    rows = []
    for a in articles:
        for e in find_entities(a, ner=ner):
            s, t = a.original_span(e.start, e.end)
            rows.append({
                "article_id": a.article_id, "file": a.file, "start": s, "end": t,
                "surface": a.original[s:t], "type": e.type, "normal": e.normal, "role": e.role,
            })
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)
