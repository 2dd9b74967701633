"""The localization project register: what is being built where, by whom, how far along.

How a row comes about (rules as data: ``data/project_cues.csv``, ``data/project_words.csv``)
------------------------------------------------------------------------------------------
1. **Mentions.** Every sentence (cut at paragraph breaks too) is scanned on lemmas for *kind
   cues* («сборка», «комплектующие», «сервисный центр», «совместная разработка»,
   «совместное предприятие», «торгово-производственная компания»…) and *status cues*
   (signed → agreed; intends / will / discusses → planned; builds / creates / «идёт
   работа» → in_progress; operates / produces / opened → operating); the status cue
   nearest the kind cue wins, «будет открыт» is planned. A sentence gives one mention per
   kind: a joint venture absorbs a joint development, joint kinds absorb assembly and
   component cues, components absorb «производство комплектующих», «хаб»/«дилер» count only
   when nothing more specific is there. A bare «производство»/«выпуск» counts only where
   localisation is spoken of or something is set up with a Russian side. Trade («поставки
   комплектующих», «в структуре импорта»), counts («более 20 сборочных производств»), closed
   or denied projects («свернут», «опровергло») are not projects. A hyphenated compound
   matches by its head («дилерско-сервисный центр»); «разработка» counts as joint only where
   a Belarusian and a Russian side are named. A sentence that lists projects clause by clause
   («…, а в Курской области …») is read clause by clause.
2. **Who.** Enterprises (type ``enterprise``) of the sentence, except the site of another
   thing («на базе Центра технической поддержки «БелАЗ»»); else those of the neighbouring
   sentences of the paragraph; «Стороны договорились» takes the previous sentence's. For a
   joint kind whose only named side follows «с/совместно с», the other side is the nearest
   earlier enterprise of the other country. A daughter company («Гомсельмаш-Юг») brings its
   parent; «Инвестором проекта выступает …» adds a party to the project; a sentence opening
   with a pronoun («Его создали завод и компания «…»») adds its firms to the last project.
   Partners the gazetteer cannot list: institutes and universities by rule («… университет
   … (ТУСУР)» → ТУСУР, else the nominative name), and, when `entities` is an entities frame
   with the NER's organisations, those organisations — except authorities, agencies, funds,
   banks, media, forums, places and sites (``nonpartner``/``site_before`` in
   data/project_words.csv); names lose legal forms and quotes («ООО «Агродорснаб»» →
   Агродорснаб). Two Belarusian makers each with its own product («сборку автобусов МАЗ и
   погрузчиков «Амкодор»», «кабин для тракторов МТЗ и самосвалов МАЗ») or listed after «с»
   with a Russian public side are one project each; projects of different Belarusian makers
   never merge through a shared Russian partner. «предприятие, созданное <firm> и <party>»
   is a joint venture. The site of a Belarusian firm («на площадке ОАО «Могилевтрансмаш»»)
   places a project in Belarus. Service of delivered machines («обслуживание машин будет
   выполнять …» in delivery news, no facility) and the assembly of a prototype within a
   development are no projects of their own.
3. **Where.** A Russian region named in the sentence (name, adjective, capital or town); if
   only a Belarusian place is named (a Belarusian adjective only before a site: «на
   гродненской площадке»), the project is in Belarus (no region); a news-agency dateline
   («Минск, 30 июня (БЕЛТА) –») is no place; else the
   article's dominant Russian region (most mentions; «Москва» counts only after a locative
   preposition, as it often stands for the government); else the home region of the
   Russian partner (КАМАЗ → Республика Татарстан).
4. **Keep or drop.** Without an enterprise a mention is kept only when it is located (a
   region, «в регионе», «здесь», «в Грамотеино»), continues the last project («Она…»,
   «Предприятие…») or is tied to a named programme nearby, so «Беларусь и Россия будут
   вместе производить…» is not a project. A row whose text gives it no stage at all
   (status unknown) is dropped: «узлы отправляли на ремонт в Кузбасс» is no project.
5. **Merge.** Within an article, mentions of the same region and kind with shared firms are
   one project, and a mention without firms joins the article's project of that kind and
   place unless their products differ («электробусы» are not «перронные автобусы»).
   Across articles: same region and kind and the same firms, or shared firms with a
   compatible product (KAMAZ's autocomponents are not Belshina's tyres for KAMAZ). A
   sentence without a kind cue continues a project when it names its firm, or gives a date
   and points back at it. Rows made only of bare production cues join their article's
   specific project. A headline that opened a project without firms takes the firms of
   the lead; within an article, a dealer centre and a service centre of the same firms are
   one service centre, a joint development and a joint venture of the same firms one
   venture, and a title restating the lead under another kind joins it. Merged status is
   the furthest along: operating > in_progress >
   planned > agreed (an agreement followed by a plan with a date is a plan).
6. **Money and time.** An investment figure (from `analysis.facts`) joins the project of its
   sentence or of the previous sentence of its paragraph. Timelines are normalised to
   ``YYYY``, ``YYYY-H1|H2``, ``YYYY-Q1..Q4``, ``YYYY-MM`` or ``YYYY-spring|summer|autumn|
   winter`` (a season stays a season: autumn is not a quarter), relative years resolved
   from the publication date; a date next to «подписано»/«открыт» is an event, not a
   timeline; a merged project keeps the timeline that ends last.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.entities import (
    Entity,
    _norm,
    enterprise_info,
    enterprise_parent,
    find_enterprises,
    find_entities,
    find_regions,
    is_russian_region,
    nominative_name,
)
from analysis.morph import analyzer, nominative_phrase

if TYPE_CHECKING:
    from analysis.corpus import Article

PROJECT_COLUMNS = [
    "project_id", "region", "enterprises", "product", "kind", "status", "timeline",
    "investment_value", "investment_currency", "first_seen", "last_seen", "article_ids",
    "evidence",
]
KINDS = ("assembly", "component_production", "service_center", "joint_development",
         "joint_venture", "other")
STATUS_RANK = {"unknown": 0, "agreed": 1, "planned": 2, "in_progress": 3, "operating": 4}

_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
# «в регионе», «здесь», or «в <Place>» with a place the gazetteer does not know («в Грамотеино»)
_LOCATIVE_ANAPHORA = re.compile(
    r"(?i:\b(?:в|на)\s+(?:регионе|области|крае|республике|округе|городе|территории\s+области)\b"
    r"|\bздесь\b)|\b[Вв]\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?\b"
)
_LOCATIVE_PREP = re.compile(r"(?:^|[\s«(])(?:в|во|на)\s+$", re.IGNORECASE)
_ON_BASE = re.compile(r"(?i)\bна\s+базе\s+(?:[^«»,.;]{0,60}«[^»]{1,40}»|(?:\S+\s+){0,3}\S+)")
_PARTNER_BEFORE = re.compile(r"(?i)\b(?:с|со)\s+(?:[^\s,.;]+\s+){0,3}[«\"]?\s*$")
_INVEST_WORDS = re.compile(
    r"(?i)инвестиц|вложени|стоимость\s+проекта|обойд[её]тся|проект\w*\s+оценива|стоимост")
# «Москва сделала выбор», «предложили Москве»: the capital often stands for the government.
_METONYMIC = frozenset({"Москва"})
# Where a sentence lists projects clause by clause: «…, а в Курской области…», «…; в …»
_CLAUSE_CUT = re.compile(r"(?:,\s+(?:а|а также|и)\s+(?=(?:в|во|на)\s)|;\s+)")
# A news-agency dateline opening a paragraph: «Минск, 30 июня (БЕЛТА) –», «МОСКВА, 5 марта.
# /ТАСС/.». It says where the reporter filed from, not where a project is.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[А-ЯЁ][А-ЯЁа-яё-]+(?:[ \t]+[А-ЯЁ][А-ЯЁа-яё-]+)?,[ \t]+\d{1,2}[ \t]+[а-яё]+"
    r"(?:[ \t]+\d{4})?[ \t.,]*(?:\([^()\n]{2,30}\)|/[^/\n]{2,30}/)[ \t.,]*[-–—]?")


# --------------------------------------------------------------------------- rule tables


@dataclass(frozen=True)
class _Cue:
    field: str  # kind | status
    value: str
    words: tuple[str, ...]  # lemmas or word forms; "*" = any word with `grammemes`
    max_gap: int
    grammemes: frozenset[str]
    strong: bool
    both_sides: bool = False  # counts only where a Belarusian and a Russian side are named


# «на площадке ОАО «…»» before a firm: its site
_SITE_BEFORE = re.compile(r"(?i)\bна\s+(?:площадк|мощност|территори)\w*\s+$")
# «автобусов МАЗ и погрузчиков «Амкодор»»: between two makers, «и» and the second product
_MAKER_AND = re.compile(r"»?\s*(?:,|и)\s+((?:[а-яё-]+\s+){1,3})«?$")
_MAKERS_LISTED = re.compile(r"»?\s*(?:,|и)\s+(?:[А-ЯЁ]{2,5}\s+)?«?")
_SPLIT_KINDS = ("assembly", "component_production", "service_center")

# What an assembly/component cue becomes next to «совместно с …».
_JOINT = _Cue("kind", "joint_development", ("совместно",), 0, frozenset(), True)


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("analysis").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@cache
def _cues() -> tuple[_Cue, ...]:
    return tuple(
        _Cue(r["field"], r["value"], tuple(_norm(r["cue"]).split()), int(r["max_gap"] or 0),
             frozenset((r["grammemes"] or "").split()), r["strength"] != "weak",
             r["strength"] == "both_sides")
        for r in _data("project_cues.csv"))


@cache
def _cue_index() -> tuple[dict[str, list[_Cue]], list[_Cue]]:
    """Cues by their first word, and the wildcard cues («*» + grammemes)."""
    index: dict[str, list[_Cue]] = {}
    for cue in _cues():
        if cue.words[0] != "*":
            index.setdefault(cue.words[0], []).append(cue)
    return index, [c for c in _cues() if c.words[0] == "*"]


@cache
def _words(name: str) -> frozenset[str]:
    """A word list of ``data/project_words.csv`` (see its `why` column)."""
    return frozenset(next(r["words"] for r in _data("project_words.csv")
                          if r["set"] == name).split())


@lru_cache(maxsize=200_000)
def _analyse(word: str) -> tuple[str, frozenset[str], str | None]:
    """(lemma, grammemes, POS) of a lower-case word; cached because news repeats words."""
    p = analyzer().parse(word)[0]
    return _norm(p.normal_form), frozenset(p.tag.grammemes), p.tag.POS


@dataclass
class _Tok:
    start: int
    end: int
    word: str  # lower case, ё → е
    lemma: str
    tags: frozenset[str]
    pos: str | None


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text, start, end):
        w = _norm(m.group())
        out.append(_Tok(m.start(), m.end(), w, *_analyse(w)))
    return out


def _cue_hits(toks: list[_Tok]) -> list[tuple[_Cue, int, int]]:
    """(cue, first token index, last token index) for every cue occurrence."""
    index, wildcards = _cue_index()
    hits = []
    for i, t in enumerate(toks):
        hits += [(cue, i, i) for cue in wildcards if cue.grammemes <= t.tags]
        cands = index.get(t.word, []) + (index.get(t.lemma, []) if t.lemma != t.word else [])
        if not cands and "-" in t.word:
            # «дилерско-сервисный центр», «торгово-логистический центр»: the last part is
            # the head of the compound («сервисный центр», «логистический центр»)
            tail = t.word.rsplit("-", 1)[1]
            tail_lemma = _analyse(tail)[0]
            cands = index.get(tail, []) + (index.get(tail_lemma, []) if tail_lemma != tail else [])
        for cue in cands:
            if not cue.grammemes <= t.tags:
                continue
            j = i
            for w in cue.words[1:]:
                j = next((k for k in range(j + 1, min(len(toks), j + 2 + cue.max_gap))
                          if w in (toks[k].word, toks[k].lemma)), -1)
                if j < 0:
                    break
            if j >= 0:
                hits.append((cue, i, j))
    return hits


# --------------------------------------------------------------------------- timelines

_MONTHS = {m: i for i, m in enumerate(
    "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split(), 1)}
_SEASONS = {"весн": "spring", "лет": "summer", "осен": "autumn", "зим": "winter"}
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "winter": 14}
_YEAR = (r"(?:(\d{4})\s*(?:года|году|год|г\.?)|(это[мг]о?|текуще[мг]о?|нынешне[мг]о?|следующе[мг]о?"
         r"|будуще[мг]о?|прошло[мг]о?)\s+год[ау])")
_TIMELINE_PATTERNS = [
    ("half", re.compile(r"(?i)(перв|втор)\w*\s+(?:половин|полугоди)\w*\s+" + _YEAR)),
    ("quarter", re.compile(
        r"(?i)(I{1,3}V?|IV|[1-4]|перв|втор|трет|четверт)\w*[\s-]*(?:м\s+)?квартал\w*\s+" + _YEAR)),
    ("season", re.compile(r"(?i)(весн|лет|осен|зим)\w*\s+" + _YEAR)),
    ("month", re.compile(r"(?i)(январ|феврал|март|апрел|мая|май|июн|июл|август|сентябр|октябр|"
                         r"ноябр|декабр)\w*\s+" + _YEAR)),
    ("month_bare", re.compile(r"(?i)\b(?:в|до|к|на)\s+(январ|феврал|март|апрел|мае|май|июн|июл|"
                              r"август|сентябр|октябр|ноябр|декабр)\w*\b(?!\s+\d)")),
    ("season_bare", re.compile(r"(?i)\b(?:на|к|до|этой|этим|нынешней|следующей)\s+"
                               r"(весн|осен|зим)(?:ой|у|е|ы|а)\b")),
    ("year", re.compile(r"(?i)\b(?:в|до|к|на)\s+(?:(?:кон[еа]?ц[аеу]?|начал[аео]|середин[еуы])\s+)?"
                        + _YEAR)),
]
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "перв": 1, "втор": 2, "трет": 3, "четверт": 4}


def _resolve_year(digits: str | None, relative: str | None, published: date | None) -> int | None:
    if digits:
        return int(digits)
    if relative and published:
        rel = relative.lower()
        return published.year + (1 if rel.startswith(("следующ", "будущ")) else
                                 -1 if rel.startswith("прошл") else 0)
    return None


def normalize_timeline(sentence: str, published: date | None) -> str | None:
    """«вторая половина 2025 года» → 2025-H2; «осень этого года» (published 2025) → 2025-autumn."""
    for kind, pat in _TIMELINE_PATTERNS:
        m = pat.search(sentence)
        if not m:
            continue
        if kind == "month_bare":  # «подпишут в мае»: the coming May, from the date
            if published is None:
                continue
            head = m.group(1).lower()
            month = next(v for k, v in _MONTHS.items() if head.startswith(k))
            return f"{published.year + (month < published.month)}-{month:02d}"
        if kind == "season_bare":  # «запланировано на осень»: the coming one, from the date
            if published is None:
                continue
            return f"{published.year}-{_SEASONS[m.group(1).lower()]}"
        if kind == "year":
            year = _resolve_year(m.group(1), m.group(2), published)
            if year is not None:
                return str(year)
            continue
        year = _resolve_year(m.group(2), m.group(3), published)
        if year is None:
            continue
        head = m.group(1).lower()
        if kind == "half":
            return f"{year}-H{1 if head.startswith('перв') else 2}"
        if kind == "quarter":
            q = _QUARTERS.get(head) or (int(head) if head.isdigit() else None)
            return f"{year}-Q{q}" if q else str(year)
        if kind == "season":
            return f"{year}-{_SEASONS[head]}"
        month = next((v for k, v in _MONTHS.items() if head.startswith(k)), None)
        return f"{year}-{month:02d}" if month else str(year)
    return None


def _timeline_end(tl: str) -> tuple[int, int]:
    """Sortable end of a normalised timeline (year, month-ish), for keeping the latest."""
    year, _, part = tl.partition("-")
    if not part:
        return int(year), 12
    if part[0] in "HQ":
        return int(year), int(part[1]) * (6 if part[0] == "H" else 3)
    return int(year), int(part) if part.isdigit() else _SEASON_END.get(part, 12)


def _later(a: str | None, b: str | None) -> str | None:
    return a if not b or (a and _timeline_end(a) >= _timeline_end(b)) else b


# --------------------------------------------------------------------------- mentions


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    toks: list[_Tok]


@dataclass
class _Mention:
    sent: _Sentence
    kind: str | None  # None: no kind cue, can only continue a project
    status: str
    enterprises: set[str]
    region: str | None
    product: str = ""
    product_key: set[str] = field(default_factory=set)
    timeline: str | None = None
    reference: bool = False  # points back at the project last talked about
    generic: bool = False  # a bare production cue («открыть производство», «выпуск»)
    anchored: bool = True  # names a firm, a place or a programme (not only «предприятия…»)


def _sentences(article: Article) -> list[_Sentence]:
    """Sentences cut at paragraph breaks too (titles have no final full stop)."""
    text = article.text
    para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    out = []
    for s in article.sentences:
        pos = s.start
        for piece in re.split(r"(\n)", text[s.start:s.end]):
            if piece.strip() and piece != "\n":
                a = pos + len(piece) - len(piece.lstrip())
                b = pos + len(piece.rstrip())
                para = sum(1 for p in para_starts if p <= a) - 1
                out.append(_Sentence(a, b, para, _tokens(text, a, b)))
            pos += len(piece)
    return out


def _inside(e: Entity, start: int, end: int) -> bool:
    return start <= e.start and e.end <= end


def _compatible(a: set[str], b: set[str]) -> bool:
    """No product on one side, or a shared product word («погрузчик» ~ «электропогрузчик»)."""
    return not a or not b or any(_similar(x, y) for x in a for y in b)


def _similar(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return (len(short) >= 5 and short in long_) or (len(short) >= 6 and long_[:6] == short[:6])


class _ArticleReader:
    """Project mentions of one article, sentence by sentence."""

    def __init__(self, article: Article, ents: list[Entity]) -> None:
        self.article = article
        self.text = article.text
        self.ents = ents
        self.sents = _sentences(article)
        self.info = enterprise_info()
        self.regions = {e.normal for e in ents if e.type == "region"}
        self.dominant = self._dominant_region()
        datelines = [m.span() for m in _DATELINE.finditer(self.text)]
        self.ents = [e for e in ents if not (e.type in ("region", "country") and any(
            a <= e.start < b for a, b in datelines))]

    def _dominant_region(self) -> str | None:
        counts: Counter[str] = Counter()
        located: set[str] = set()
        for e in self.ents:
            if e.type == "region" and is_russian_region(e.normal):
                counts[e.normal] += 1
                before = self.text[max(0, e.start - 5):e.start]
                if e.normal not in _METONYMIC or _LOCATIVE_PREP.search(before):
                    located.add(e.normal)
        return next((r for r, _ in counts.most_common() if r in located), None)

    def _in(self, idx: int, type_: str | None = None) -> list[Entity]:
        s = self.sents[idx]
        return [e for e in self.ents if _inside(e, s.start, s.end) and type_ in (None, e.type)]

    def _country(self, firm: Entity, here: list[Entity]) -> str | None:
        """A listed firm's country; a partner the list lacks takes the place in its name
        («Казанский … университет» is Russian, «Белорусский … университет» Belarusian)."""
        if firm.normal in self.info:
            return self.info[firm.normal].get("country")
        inside = [e for e in here if e.type in ("region", "country")
                  and firm.start <= e.start < firm.end]
        if not inside:
            return None
        e = inside[0]
        if e.type == "country":
            return {"Беларусь": "BY", "Россия": "RU"}.get(e.normal)
        return "RU" if is_russian_region(e.normal) else "BY"

    # -- kinds and statuses ---------------------------------------------------

    def _kinds(self, idx: int, hits: list, on_base) -> list[tuple[_Cue, int, int]]:
        toks = self.sents[idx].toks
        # «производитель шин ОАО «Белшина»» describes the firm, «на базе центра» names a site
        kinds = [h for h in hits if h[0].field == "kind" and not on_base(toks[h[1]].start)
                 and not (h[1] and toks[h[1] - 1].lemma in _words("maker"))]
        if any(c.both_sides for c, _, _ in kinds):
            # «МЗКТ и «Ростех» работают над созданием шасси»: development by both countries
            here = self._in(idx)
            sides = {self._country(e, here) for e in here if e.type == "enterprise"} | {
                {"Беларусь": "BY", "Россия": "RU"}.get(e.normal) for e in here
                if e.type == "country" and e.role == "adjective"}
            if not {"BY", "RU"} <= sides:
                kinds = [h for h in kinds if not h[0].both_sides]
        if any(c.strong for c, _, _ in kinds):
            kinds = [h for h in kinds if h[0].strong]
        elif kinds:
            # A bare «производство»/«выпуск»: localisation, or a set-up with a Russian side.
            here = self._in(idx)
            russian_side = any(
                e.normal == "Россия" or (e.type == "region" and is_russian_region(e.normal))
                or self.info.get(e.normal, {}).get("country") == "RU" for e in here)
            localised = any(t.lemma.startswith("локализ") for t in toks)
            set_up = russian_side and any(
                t.lemma in _words("set_up") or "futr" in t.tags for t in toks)
            kinds = kinds if localised or set_up else []
        # «предприятие, созданное ОАО «Бобруйскагромаш» и правительством республики»: founded
        # (a participle) by a named firm and another party is a joint venture
        founded = _words("founded")
        firm_starts = [e.start for e in self._in(idx, "enterprise")]
        def founders(j: int) -> bool:  # «созданное <firm> и <another party>» up to a comma
            end = self.text.find(",", toks[j].end, self.sents[idx].end)
            clause = self.text[toks[j].end:end if end >= 0 else self.sents[idx].end]
            firm = [p - toks[j].end for p in firm_starts if toks[j].end <= p < toks[j].end + len(clause)]
            return bool(firm) and " и " in clause[firm[0]:]

        kinds = [h for h in kinds if h[0].value != "joint_venture" or h[0].words[-1] not in founded
                 or ("PRTF" in toks[h[2]].tags and founders(h[2]))]
        present = {c.value for c, _, _ in kinds}
        production = _words("production")

        def drop(kind: str, only_production: bool = False) -> None:
            nonlocal kinds
            kinds = [h for h in kinds if not (h[0].value == kind and (
                not only_production or production & set(h[0].words)))]

        named = [self.info.get(e.normal, {}).get("country") for e in self._in(idx, "enterprise")]
        localisation = "BY" in named and any(c != "BY" for c in named)
        if present & {"assembly", "component_production"} and not present & {
                "joint_development", "joint_venture"} and not localisation and any(
                t.word in _words("jointly") for t in toks):
            # «наладить выпуск … совместно с белорусскими партнёрами» is joint production;
            # «Уралспецмаш» совместно с «Амкодором» собирает погрузчики: a Russian firm
            # assembling a named Belarusian maker's machines is localisation (the kind stays)
            kinds = [(_JOINT, i, j) if c.value in ("assembly", "component_production")
                     else (c, i, j) for c, i, j in kinds]
            present = {c.value for c, _, _ in kinds}
        if "component_production" in present:  # «производства комплектующих»
            drop("assembly", only_production=True)
            # «склад запчастей», «центр по ремонту комплектующих»: the parts depend on the head
            heads = [j for c, _, j in kinds if c.value not in ("component_production", "assembly")]
            kinds = [h for h in kinds if h[0].value != "component_production"
                     or not any(0 < h[1] - j <= 2 for j in heads)]
            # «ремонтировать двигатели и узлы»: parts that are serviced are not made here
            serviced = _words("serviced")
            kinds = [h for h in kinds if h[0].value != "component_production" or not any(
                t.lemma.startswith(tuple(serviced))
                for t in toks[max(0, h[1] - 4):h[1]] + toks[h[1] + 1:h[1] + 4])]
            present = {c.value for c, _, _ in kinds}
        jv_at = {i for c, i, _ in kinds if c.value == "joint_venture"}
        # «совместное предприятие … для выпуска» is the venture, not a joint production too
        kinds = [h for h in kinds if not (h[0].value == "joint_development" and h[1] in jv_at)]
        present = {c.value for c, _, _ in kinds}
        if present - {"joint_venture", "other"} and any(
                c.value == "joint_venture" and j + 1 < len(toks)
                and "«" in self.text[toks[j].end:toks[j + 1].start] for c, _, j in kinds):
            drop("joint_venture")  # «предприятие «БелАЗ-Сервис» ведёт строительство центра»
            present = {c.value for c, _, _ in kinds}
        if "joint_venture" in present:  # «СП по выпуску погрузчиков» is one joint venture
            drop("joint_development")
            # «СП по сборке и обслуживанию техники»: what the venture does, not another project
            jv = [j for c, _, j in kinds if c.value == "joint_venture"]
            kinds = [h for h in kinds if h[0].value == "joint_venture" or not any(
                0 < h[1] - j <= 6 and any(t.word == "по" for t in toks[j + 1:h[1]]) for j in jv)]
            present = {c.value for c, _, _ in kinds}
        if present & {"joint_development", "joint_venture"}:
            drop("assembly")
            drop("component_production")
        if present - {"other"}:
            drop("other")
        # «более 20 сборочных производств», «десятки сервисных центров»: a count of projects
        aggregate = _words("aggregate")
        kinds = [h for h in kinds if "plur" not in toks[h[1]].tags or not any(
            t.lemma in aggregate or (t.word.isdigit() and int(t.word) >= 3)
            for t in toks[max(0, h[1] - 3):h[1]])]
        # «участие в поставках комплектующих», «закупка автобусов»: trade, not production
        trade = _words("trade")
        kinds = [h for h in kinds if not any(t.lemma in trade for t in toks[max(0, h[1] - 2):h[1]])]
        # «Опытный образец соберут в Туле»: the prototype is a stage of a development
        prototype = _words("prototype")
        kinds = [h for h in kinds if h[0].value not in ("assembly", "component_production")
                 or not any(t.lemma in prototype for t in toks[max(0, h[1] - 4):h[2] + 4])]
        # «Техническое обслуживание машин будет выполнять местное предприятие» after a
        # delivery: after-sales service of the machines delivered, not a facility
        if kinds and all(c.value in ("service_center", "other") for c, _, _ in kinds):
            near = toks + (self.sents[idx - 1].toks if idx > 0 else [])
            facility = any(t.lemma in _words("facility") for t in toks) or any(
                t.lemma in _words("set_up") for t in toks)
            if not facility and any(t.lemma in _words("delivery") for t in near):
                return []
        return kinds

    @staticmethod
    def _status(statuses: list, toks: list[_Tok], i: int) -> str:
        """The status cue nearest the kind cue at `i` (the verb usually comes first: on a
        tie the left one), not inside a «который …» clause that describes the object."""
        def clause(k: int) -> bool:
            return k > i and any(t.lemma == "который" for t in toks[i:k])

        statuses = [h for h in statuses if not clause(h[1])] or statuses
        if not statuses:
            return "unknown"
        c, k, _ = min(statuses, key=lambda h: (abs(h[1] - i) + (h[1] > i) * 0.5,
                                               -len(h[0].words)))
        if c.value in ("agreed", "operating") and any(
                (t.lemma == "быть" and ("futr" in t.tags or t.pos == "INFN"))
                or t.lemma in _words("modal") for t in toks[max(0, k - 3):k]):
            return "planned"  # «будет открыт», «будет подписано», «могут быть собраны»
        return c.value

    # -- who and where -------------------------------------------------------

    def _firms(self, idx: int, firms: list[Entity], reference: bool) -> set[str]:
        names = {e.normal for e in firms}
        if not names and not reference:  # «Она стала хабом…» continues, it borrows no firm
            for j in (idx - 1, idx + 1):
                if 0 <= j < len(self.sents) and self.sents[j].paragraph == self.sents[idx].paragraph:
                    names |= {e.normal for e in self._in(j, "enterprise")}
        toks = self.sents[idx].toks
        if not names and idx > 0 and any(t.lemma in _words("parties") for t in toks[:3]):
            names = {e.normal for e in self._in(idx - 1, "enterprise")}  # «Стороны…»
        if not names and any(t.lemma in _words("parties") for t in toks):
            # «Мы предложили белорусским партнёрам…»: the firm named shortly before
            for j in range(idx - 1, max(-1, idx - 4), -1):
                names = {e.normal for e in self._in(j, "enterprise")}
                if names:
                    break
        return names

    def _other_side(self, idx: int, firms: list[Entity]) -> set[str]:
        """«совместным с белорусским «МотоВелоЗавод»»: the subject is an earlier enterprise."""
        countries = {self.info.get(e.normal, {}).get("country") for e in firms}
        lo = self.sents[max(0, idx - 3)].start
        earlier = [e for e in self.ents if e.type == "enterprise"
                   and lo <= e.start < self.sents[idx].start
                   and self.info.get(e.normal, {}).get("country") not in countries]
        return {earlier[-1].normal} if earlier else set()

    def _region(self, ru: list[Entity], by: list[Entity], anchor: int,
                firms: set[str]) -> str | None:
        if ru:
            return min(ru, key=lambda e: abs(e.start - anchor)).normal
        if by:
            return None  # located in Belarus
        homes = [self.info[f]["home_region"] for f in sorted(firms)
                 if self.info.get(f, {}).get("country") == "RU" and self.info[f]["home_region"]]
        # The partner's home region only when the article is about it (КАМАЗ in Tatarstan
        # news); a Russian firm alone does not place a joint project in its home region.
        return next((h for h in homes if h in self.regions), self.dominant)

    def _split_makers(self, m: _Mention, firms: list[Entity]) -> list[_Mention]:
        """«сборку автобусов МАЗ и погрузчиков «Амкодор»», «кабин для тракторов МТЗ и самосвалов
        МАЗ»: each Belarusian maker with its own product is a project of its own (with the
        Russian partners of the sentence)."""
        if m.kind not in _SPLIT_KINDS:
            return [m]
        makers: list[Entity] = []  # the first mention of each Belarusian maker, in order
        for e in sorted(firms, key=lambda e: e.start):
            if e.normal in m.enterprises and all(e.normal != x.normal for x in makers) \
                    and self.info.get(e.normal, {}).get("country") == "BY":
                makers.append(e)
        if len(makers) < 2:
            return [m]
        products = []
        # «подписало с ОАО «МТЗ» и ОАО «Лидсельмаш» соглашения о сборке»: a Russian side
        # agreeing with each of the makers listed after «с» (no Russian firm between them)
        partners = _PARTNER_BEFORE.search(self.text[max(0, makers[0].start - 40):makers[0].start])
        listed = partners and all(_MAKERS_LISTED.fullmatch(self.text[a.end:b.start])
                                  for a, b in pairwise(makers))
        for a, b in pairwise(makers):
            between = _MAKER_AND.match(self.text[a.end:b.start])
            if not between and not listed:
                return [m]
            products.append(between.group(1).strip() if between else "")
        rest = m.enterprises - {e.normal for e in makers}
        out = []
        for n, e in enumerate(makers):
            copy = replace(m, enterprises=rest | {e.normal})
            if n and products[n - 1]:
                words = [t for t in _tokens(self.text, e.start - len(products[n - 1]) - 2, e.start)
                         if t.pos in ("NOUN", "ADJF")]
                copy.product = products[n - 1]
                copy.product_key = {t.lemma for t in words if t.lemma not in _words("generic")}
            out.append(copy)
        return out

    # -- the sentence ----------------------------------------------------------

    def mentions(self, idx: int, adjacent: bool = False) -> list[_Mention]:
        """Project mentions of sentence `idx`; `adjacent`: the previous sentence of the
        paragraph mentioned a project, so a bare date here continues it."""
        sent, text = self.sents[idx], self.text
        toks = sent.toks
        if not toks:
            return []
        base = [m.span() for m in _ON_BASE.finditer(text, sent.start, sent.end)]

        def on_base(pos: int) -> bool:  # «на базе Центра … «БелАЗ»» names a site
            return any(a <= pos < b for a, b in base)

        if any(t.lemma in _words("denial") or t.word in _words("denial_forms")
               for t in toks) or any(
                t.word in ("не", "нет") and any(toks[k].lemma in _words("negatable")
                                                for k in range(n + 1, min(len(toks), n + 3)))
                for n, t in enumerate(toks)):
            return []  # «не будут создавать СП», «опровергло информацию о создании»
        names = [(e.start, e.end) for e in self._in(idx) if e.type != "region"]
        # a cue word inside a name («программа «Автоэлектроника»») is not a cue
        hits = [h for h in _cue_hits(toks)
                if not any(a <= toks[h[1]].start < b for a, b in names)]
        # «поставят комплектующих»: the trade verb is not the project's status
        statuses = [h for h in hits if h[0].field == "status"
                    and toks[h[1]].lemma not in _words("trade")]
        if any(c.strong for c, _, _ in statuses):
            statuses = [h for h in statuses if h[0].strong]
        if not statuses and any(t.lemma in _words("trade") for t in toks):
            return []  # «сушильные машины … используют», «импортировали автокомпоненты»
        sent_ents = self._in(idx)
        # «В Саратовской области налажен выпуск …, а в Курской области начнётся сборка …»:
        # clauses that each name their own place or firm are separate projects, read apart
        cuts = [sent.start] + [m.start() for m in _CLAUSE_CUT.finditer(text, sent.start, sent.end)]
        cuts.append(sent.end)
        clauses = list(pairwise(cuts))
        if len(clauses) > 1 and all(any(e.type in ("enterprise", "region") and a <= e.start < b
                                         for e in sent_ents) for a, b in clauses):
            kinds = [h for a, b in clauses for h in self._kinds(
                idx, [h for h in hits if a <= toks[h[1]].start < b], on_base)]
        else:
            kinds = self._kinds(idx, hits, on_base)
        firms = [e for e in sent_ents if e.type == "enterprise" and not on_base(e.start)]
        # «Она…», «Предприятие…», «здесь собрано…» continue the project last talked about;
        # «также», «кроме того» announce another one.
        reference = not firms and not any(t.word in _words("another") for t in toks) and (
            any(t.lemma in _words("reference_start") for t in toks[:3])
            or any(t.word in _words("here") for t in toks))
        enterprises = self._firms(idx, firms, reference)
        # «Гомсельмаш-Юг» is Gomselmash's company: the parent is a party too
        enterprises |= {enterprise_parent(f) for f in enterprises if enterprise_parent(f)}
        partner_only = bool(firms) and all(
            _PARTNER_BEFORE.search(text[max(sent.start, e.start - 40):e.start]) for e in firms)
        # Named places first; an adjective («татарстанские партнёры») only when none is named,
        # and a Belarusian one never locates (it describes a firm: «минский «Мотовелозавод»»).
        places = [e for e in sent_ents if e.type == "region"]
        site = _words("site")
        named = [e for e in places if e.role != "adjective" or any(  # «на гродненской площадке»
            t.start >= e.end and t.lemma in site for t in toks if e.end <= t.start <= e.end + 1)]
        ru = [e for e in (named or places) if is_russian_region(e.normal)]
        by = [e for e in named if not is_russian_region(e.normal)]
        # «На площадке ОАО «Могилевтрансмаш» начнётся сборка … по лицензии челябинской
        # компании»: the site of a Belarusian firm is in Belarus; a firm's adjective is no place
        on_site = [e for e in firms if self.info.get(e.normal, {}).get("country") == "BY"
                   and _SITE_BEFORE.search(text[max(sent.start, e.start - 30):e.start])]
        if on_site and not any(is_russian_region(e.normal) for e in named):
            ru, by = [], on_site
        countries = [(e.start, e.end) for e in sent_ents if e.type == "country"]
        located = bool(ru or by or any(  # «в России» is no place for a project
            not any(a < m.end() and m.start() < b for a, b in countries)
            for m in _LOCATIVE_ANAPHORA.finditer(text, sent.start, sent.end)))
        near = range(max(0, idx - 1), min(len(self.sents), idx + 2))
        programmes = [e.normal for j in near for e in self._in(j, "programme")]
        timeline = normalize_timeline(text[sent.start:sent.end], self.article.published)

        out: list[_Mention] = []
        seen: set[tuple[str, int]] = set()
        for cue, i, j in sorted(kinds, key=lambda h: h[1]):
            c = next(n for n, (a, b) in enumerate(clauses) if a <= toks[i].start < b)
            own = [e for e in sent_ents if e.type in ("enterprise", "region")
                   and clauses[c][0] <= e.start < clauses[c][1]] if len(clauses) > 1 else []
            if not own:
                c = -1  # the clause says nothing of its own: the sentence's project
            if (cue.value, c) in seen or (cue.value, -1) in seen or (
                    c < 0 and any(k == cue.value for k, _ in seen)):
                continue  # one mention per kind (per clause of its own)
            seen.add((cue.value, c))
            firms_here = set(enterprises)
            c_ru, c_by = ru, by
            if own:
                c_firms = {e.normal for e in own if e.type == "enterprise"}
                if c_firms:
                    firms_here = c_firms | {enterprise_parent(f) for f in c_firms
                                            if enterprise_parent(f)}
                c_ru = [e for e in ru if e in own] or ru
                c_by = [e for e in by if e in own] if any(e in own for e in ru + by) else by
                if any(e in own for e in ru):
                    c_by = []
            if cue.value.startswith("joint") and partner_only:
                firms_here |= self._other_side(idx, firms)
            if not (firms_here or located or programmes or reference):
                continue
            product, key = _product(text, toks, i, j, sent_ents,
                                    {h[1] for h in kinds if h[0].value != cue.value})
            if programmes and not firms_here:  # the programme names the project
                key |= {_norm(p) for p in programmes}
                product += f" (программа «{programmes[0]}»)"
            in_clause = [h for h in statuses if c >= 0
                         and clauses[c][0] <= toks[h[1]].start < clauses[c][1]]
            status = self._status(in_clause or statuses, toks, i)
            out.append(_Mention(
                sent, cue.value, status, firms_here,
                self._region(c_ru, c_by, toks[i].start, firms_here), product, key,
                _future(timeline, status), reference,
                cue.value == "assembly" and bool(_words("production") & set(cue.words)),
                bool(firms_here or located or programmes)))
        out = [x for m in out for x in self._split_makers(m, firms)]
        own = {e.normal for e in firms}
        refers = adjacent or reference or any(t.lemma in _words("reference_anywhere") for t in toks)
        if not out and own and not statuses and any(t.lemma in _words("project_roles") for t in toks) \
                and any(t.lemma in _words("reference_anywhere") for t in toks):
            # «Инвестором проекта выступает компания «Транспортные системы»»: a party joins
            out.append(_Mention(sent, None, "unknown", own, self._region(ru, by, sent.start, own),
                                reference=True))
        pronoun = toks[0].word in _words("pronoun_start")
        if not out and (statuses or (pronoun and adjacent)) and (
                own or (timeline and refers) or (reference and adjacent)):
            # No kind cue: may still continue a project («Соглашение … «БЕЛАЗ» … подписано»,
            # «Ввод … второй очереди предприятия запланирован на вторую половину 2025 года»).
            status = self._status(statuses, toks, 0)
            out.append(_Mention(sent, None, status, own, self._region(ru, by, sent.start, own),
                                timeline=_future(timeline, status),
                                reference=not own or pronoun
                                or (partner_only and toks[0].lemma in _words(
                                    "reference_start"))))  # «Проект реализуется совместно с …»
        return out


def _future(timeline: str | None, status: str) -> str | None:
    """A date next to «подписано»/«открыт» is when that happened, not the project's timeline."""
    return None if status in ("agreed", "operating") else timeline


def _product(text: str, toks: list[_Tok], i: int, j: int, ents: list[Entity],
             other_cues: set[int]) -> tuple[str, set[str]]:
    """The cue's noun phrase up to punctuation, a verb, another cue, a partner («с …») or a
    named firm (≤ 10 words), and its content lemmas (what is made or serviced)."""
    stop = min(len(toks), j + 10)
    end = toks[j].end
    firm_starts = {e.start for e in ents if e.type != "region"}
    for k in range(j + 1, stop):
        if k > j + 1 and toks[k].start in firm_starts:
            break  # «собирать БЕЛАЗы» keeps the make; «… техники МАЗ» stops before it
        if (re.search(r"[,.;:!?()—–«]", text[toks[k - 1].end:toks[k].start])
                or k in other_cues or toks[k].word in ("с", "со")
                or toks[k].pos in ("VERB", "INFN", "PRTS")):
            break
        end = toks[k].end
    named = [(e.start, e.end) for e in ents if e.type != "region" or e.role != "adjective"]
    generic = _words("generic")
    key = {t.lemma for t in toks[i:stop] if t.end <= end and t.pos in ("NOUN", "ADJF")
           and t.lemma not in generic and not any(a <= t.start < b for a, b in named)}
    phrase = re.sub(r"(?:\s+(?:с|со|и|в|на|по|для|«\S*))+$", "", text[toks[i].start:end])
    return phrase.replace("«", "").replace("»", ""), key


def _product_label(phrase: str) -> str:
    """The register's `product`: the thing made or serviced, in the nominative. A phrase that
    is only a make («собирать БЕЛАЗы») names that make's machinery («техника БелАЗ»)."""
    label = nominative_phrase(phrase.strip())
    makes = find_enterprises(label)
    if len(makes) == 1 and (makes[0].start, makes[0].end) == (0, len(label)):
        return f"техника {makes[0].normal}"
    return label


# --------------------------------------------------------------------------- projects


@dataclass(eq=False)
class _Project:
    region: str | None
    kind: str
    enterprises: set[str] = field(default_factory=set)
    product: str = ""
    product_key: set[str] = field(default_factory=set)
    status: str = "unknown"
    timeline: str | None = None
    investment: tuple[float, str] | None = None
    evidence: list[tuple[Any, int, int]] = field(default_factory=list)  # (article, start, end)
    generic: bool = True  # every mention was a bare «производство» cue
    title_only: bool = False  # opened by a title and named nowhere else

    def add(self, m: _Mention, article: Article) -> None:
        if m.kind is not None:  # a sentence that only continues the project says no more
            self.generic = self.generic and m.generic
        self.enterprises |= m.enterprises
        if not self.product or (m.product_key and not self.product_key):
            self.product = m.product or self.product
        self.product_key |= m.product_key
        self._progress(m.status, m.timeline)
        ev = (article, m.sent.start, m.sent.end)
        if ev not in self.evidence:
            self.evidence.append(ev)

    def absorb(self, p: _Project) -> None:
        self.enterprises |= p.enterprises
        self.product_key |= p.product_key
        self.product = self.product or p.product
        self.generic = self.generic and p.generic
        self._progress(p.status, p.timeline)
        self.investment = self.investment or p.investment
        self.evidence += [e for e in p.evidence if e not in self.evidence]

    def _progress(self, status: str, timeline: str | None) -> None:
        if STATUS_RANK[status] > STATUS_RANK[self.status]:
            self.status = status
        self.timeline = _later(timeline, self.timeline)

    def articles(self) -> set[str]:
        return {a.article_id for a, _, _ in self.evidence}


# Kinds that one facility can be called by: a dealer centre with a service zone is a service
# centre, «совместное производство» of a joint venture is the venture.
_ALIKE = ({"other", "service_center"}, {"joint_development", "joint_venture"})
_SPECIFIC = ("joint_venture", "service_center")


def _more_specific(a: str, b: str) -> str:
    return next((k for k in _SPECIFIC if k in (a, b)), b)


def _other_makers(a: set[str], b: set[str]) -> bool:
    """Different Belarusian makers on the two sides («кабины для тракторов МТЗ» and «для
    самосвалов МАЗ» of one Russian firm): different projects although a partner is shared."""
    info = enterprise_info()
    ma = {f for f in a if info.get(f, {}).get("country") == "BY"}
    mb = {f for f in b if info.get(f, {}).get("country") == "BY"}
    return bool(ma and mb and not ma & mb)


def _same_across(a: _Project | _Mention, b: _Project | _Mention) -> bool:
    """Across articles: the same firms, or shared firms making a compatible product;
    without firms on either side, mostly the same product words («электробусы»)."""
    if not a.enterprises and not b.enterprises:
        ka, kb = a.product_key, b.product_key
        return bool(ka and kb) and len(ka & kb) >= 0.5 * min(len(ka), len(kb))
    return bool(a.enterprises & b.enterprises) and not _other_makers(
        a.enterprises, b.enterprises) and (
        a.enterprises == b.enterprises or _compatible(a.product_key, b.product_key))


def _merge_into(projects: list[_Project], m: _Mention, article_projects: list[_Project],
                last: _Project | None, last_recent: bool) -> _Project | None:
    """The project this mention continues, or None for a new one."""
    if m.kind is None:  # no kind cue: only continues something already named
        if m.enterprises:
            p = next((p for p in reversed(article_projects) if p.enterprises & m.enterprises
                      and m.region in (p.region, None)), None)
            if p is not None:
                return p
        return last if m.reference else None
    if m.reference and not m.enterprises and last and (last.kind == m.kind or last_recent):
        return last  # «Сегодня она стала хабом…», «В этом году здесь собрано…»
    here = [p for p in reversed(article_projects) if p.kind == m.kind and p.region == m.region]
    for p in here:  # within an article, shared firms are enough
        if m.enterprises & p.enterprises and not _other_makers(m.enterprises, p.enterprises):
            return p
    for p in here:  # «В Самарской области соберут автобусы» … «АвтоВАЗ и МАЗ … о сборке»
        if not (p.enterprises and m.enterprises) and _compatible(p.product_key, m.product_key):
            return p
    return next((p for p in projects if p.kind == m.kind and p.region == m.region
                 and _same_across(p, m)), None)


def _consolidate(projects: list[_Project]) -> list[_Project]:
    """Merge rows that ended up describing one project.

    * same region and kind, same firms: a headline without firms opens a row that its body
      later names («В Челябинской области запустили производство…» … «по технологиям
      БМЗ»), when an earlier article already holds that project;
    * a row made only of bare production cues joins the specific project of its article
      («Амкодор откроет производство» is the component plant of the body; «Серийный выпуск
      … в 2026 году» is the jointly developed engine's) when firms and product agree.
    """
    out: list[_Project] = []
    for p in projects:
        into = next((q for q in out if q.kind == p.kind and q.region == p.region
                     and _same_across(q, p)), None)
        if into is None:
            out.append(p)
        else:
            into.absorb(p)
    for p in [p for p in out if p.generic]:
        into = next((q for q in out if q is not p and not q.generic and q.region == p.region
                     and p.enterprises <= q.enterprises
                     and _compatible(p.product_key, q.product_key)
                     and p.articles() & q.articles()), None)
        if into is None and p.enterprises:
            # «…начат выпуск комплектующих» — «…начало выпуск топливных баков»: a bare
            # production row of the same firms joins the article's only specific project
            cands = [q for q in out if q is not p and not q.generic and q.region == p.region
                     and q.enterprises & p.enterprises and p.articles() & q.articles()]
            into = cands[0] if len(cands) == 1 else None
        if into is not None:
            into.absorb(p)
            out.remove(p)
    for p in [p for p in out if p.title_only]:
        # ««Белшина» и «Кордиант» создают новую шину» — the lead says what it is: a joint
        # development; a headline row of the same firms and place is that project
        into = [q for q in out if q is not p and not q.title_only and q.region == p.region
                and p.enterprises and p.enterprises <= q.enterprises
                and p.articles() == q.articles()]
        if len(into) == 1 and into[0].kind != p.kind:
            into[0].absorb(p)
            out.remove(p)
    for weak, strong in (("other", "service_center"), ("joint_development", "joint_venture")):
        # one facility or venture named two ways in one article: «дилерский центр … с сервисной
        # зоной» is a service centre; «совместное производство» of the venture is the venture
        for p in [p for p in out if p.kind == weak]:
            into = next((q for q in out if q.kind == strong and q.region == p.region
                         and p.enterprises <= q.enterprises and p.articles() <= q.articles()),
                        None)
            if into is not None:
                into.absorb(p)
                out.remove(p)
    for p in out:  # evidence in publication order
        p.evidence.sort(key=lambda e: (e[0].published or date.max, e[0].article_id, e[1]))
    return out


# --------------------------------------------------------------------------- money


def _investments(articles: Sequence[Article], facts: Any) -> dict[str, list[tuple[int, float, str]]]:
    """article_id → [(clean-text position, value, currency)] of investment figures.

    `facts`: the `amounts_frame` DataFrame (original offsets) or a list of its records, or
    {article_id: [Fact]} from `facts.describe` (clean offsets); None asks `facts.describe`.
    """
    if facts is None:
        try:
            from analysis.facts import describe
        except ImportError:  # the money module is optional for the register
            return {}
        facts = {a.article_id: describe(a) for a in articles}
    out: dict[str, list[tuple[int, float, str]]] = {}
    if isinstance(facts, dict):
        for aid, items in facts.items():
            for f in items:
                if f.metric == "investment" or _INVEST_WORDS.search(f.sentence.text):
                    out.setdefault(aid, []).append(
                        (f.amount.start, float(f.amount.value), f.amount.currency))
        return out
    frame = facts if isinstance(facts, pd.DataFrame) else pd.DataFrame(list(facts))
    by_id = {a.article_id: a for a in articles}
    for row in frame.to_dict("records"):
        a = by_id.get(row.get("article_id"))
        if a is None or pd.isna(row.get("value")):
            continue
        if row.get("metric") != "investment" and not _INVEST_WORDS.search(
                str(row.get("sentence") or "")):
            continue
        pos = a.clean_offset(int(row["start"]))
        if pos is not None:
            out.setdefault(a.article_id, []).append((pos, float(row["value"]), row["currency"]))
    return out


# --------------------------------------------------------------------------- the register


# «Ижевский государственный технический университет имени М. Т. Калашникова (ИжГТУ)»,
# «Тульский государственный университет»: a research or teaching partner the gazetteer
# cannot list (found without the NER too).
_INSTITUTION = re.compile(
    r"(?<![0-9A-Za-zА-Яа-яЁё-])((?:[А-ЯЁ][а-яё-]+(?:ий|ый|ой)\s+)(?:[а-яё-]+\s+){0,4}?"
    r"(?:университет|институт|академи|колледж)[а-яё]*)"
    r"(?:\s+(?:имени|им\.)(?:[^()\n.;,«»]|(?<=[\s.][А-ЯЁ])\.){0,70}"
    r"|(?:(?:\s+[а-яё-]+){1,6}(?=\s*\()))?(?:\s*\(([А-ЯЁA-Z][0-9А-ЯЁA-Zа-яё-]{1,11})\))?")
# «… (ТУСУР)»: an abbreviation in brackets after an organisation's name is its short name
_ABBREVIATION_AFTER = re.compile(
    r"(?:[^()\n.;,«»]|(?<=[\s.][А-ЯЁ])\.){0,70}?\(([А-ЯЁA-Z][0-9А-ЯЁA-Zа-яё-]{1,11})\)")


# Parts of speech a name does not start with (a participle or verb opening a sentence)
_NOT_A_NAME = frozenset({"PRTF", "PRTS", "VERB", "INFN", "GRND", "ADVB", "PREP", "CONJ", "PRCL"})


def _abbreviation(word: str) -> bool:
    return sum(ch.isupper() for ch in word) >= 2


def _institutions(text: str, ents: list[Entity]) -> list[Entity]:
    out = []
    for m in _INSTITUTION.finditer(text):
        if any(e.type in ("enterprise", "organization") and e.start < m.end() and m.start() < e.end
               for e in ents):
            continue
        name = m.group(2) if m.group(2) and _abbreviation(m.group(2)) else nominative_name(m.group(1))
        out.append(Entity(m.start(), m.end(), m.group(), "organization", name, None))
    return out


def _organizations_by_article(frame: Any) -> dict[str, list[dict]]:
    """The organisation rows of an `entities_frame` (the NER's; original offsets) by article."""
    if not isinstance(frame, pd.DataFrame) or not {"type", "article_id"} <= set(frame.columns):
        return {}
    out: dict[str, list[dict]] = {}
    for r in frame[frame["type"] == "organization"].to_dict("records"):
        out.setdefault(r["article_id"], []).append(r)
    return out


def _frame_organizations(article: Article, rows: list[dict]) -> list[Entity]:
    """Organisation rows of an `entities_frame` in clean offsets."""
    out = []
    for r in rows:
        s, t = article.clean_offset(int(r["start"])), article.clean_offset(int(r["end"]) - 1)
        if s is None or t is None or t < s:
            continue
        out.append(Entity(s, t + 1, article.text[s:t + 1], "organization", str(r["normal"]), None))
    return out


def _partner_name(text: str, e: Entity) -> str | None:
    """The short name of an organisation as a project partner, or None when it is none
    (an authority, agency, bank, medium…; ``nonpartner`` in data/project_words.csv)."""
    words = [w for w in _WORD.findall(e.surface + " " + e.normal)]
    legal = _words("legal_form")
    while len(words) > 1 and _norm(words[0]) in legal:
        words = words[1:]
    nonpartner = _words("nonpartner")
    if any(_norm(w) in nonpartner or _analyse(_norm(w))[0] in nonpartner for w in words):
        return None
    first = _analyse(_norm(words[0]))
    if first[2] in _NOT_A_NAME or (len(words) == 1 and "Geox" in first[1]):
        return None  # «Созданное в прошлом году СП…», «Управляющая компания холдинга…»
    if find_regions(e.normal) and len(words) <= 2:
        return None  # «Липецк», «СПб»: a place
    opening = e.start + (e.surface.find("«") if "«" in e.surface else 0)
    before = _tokens(text, max(0, e.start - 50), opening)[-3:]
    if any(t.lemma in _words("site_before") for t in before):
        return None  # «в ОЭЗ «Липецк»», «индустриальном парке «Ворсино»»: a site
    m = _ABBREVIATION_AFTER.match(text, e.end) if "(" not in e.surface else None
    inner = re.search(r"\(([^()]{2,12})\)", e.surface)
    if inner and _abbreviation(inner.group(1)):
        return inner.group(1)
    if m and _abbreviation(m.group(1)):
        return m.group(1)
    quoted = re.search(r"«([^«»\n]{2,40})", e.surface)
    if quoted:
        name = quoted.group(1).strip()
    else:
        tokens = e.normal.split()
        legal = _words("legal_form")
        while tokens and _norm(tokens[0]) in legal:
            tokens = tokens[1:]
        if len(tokens) <= 2 and tokens and _analyse(_norm(tokens[-1]))[0] in _words("generic_head"):
            return None  # «Калужский завод» describes a firm
        name = " ".join(tokens)
    name = name.strip(" «»\"")
    places = find_regions(name)
    if len(name) < 2 or (places and places[0].start == 0 and places[0].end == len(name)):
        return None  # «Липецк»: a place
    return name[:1].upper() + name[1:]


def _with_partners(text: str, ents: list[Entity]) -> list[Entity]:
    """Organisations the gazetteer does not list (the NER's, institutions) become enterprise
    partners under their short name, unless they are authorities, agencies, banks, media."""
    info = enterprise_info()
    firms = [e for e in ents if e.type == "enterprise"]
    out = [e for e in ents if e.type != "organization" or e.normal in info]
    for e in ents:
        if e.type != "organization" or e.normal in info:
            continue
        if any(f.start < e.end and e.start < f.end for f in firms):
            continue  # «ОАО «Минский тракторный завод»»: the gazetteer has it
        name = _partner_name(text, e)
        if name is None:
            continue  # as on the fast path: no NER name hides a cue («СП по сборке»)
        known = next((k for k, v in info.items() if _norm(k) == _norm(name)), None)
        partner = Entity(e.start, e.end, e.surface, "enterprise", known or name, None)
        firms.append(partner)
        out.append(partner)
    # one mention per span: an institution the NER also found is kept once
    seen: set[tuple[int, int]] = set()
    uniq = []
    for e in sorted(out, key=lambda e: (e.start, e.end)):
        if e.type == "enterprise" and any(e.start < b and a < e.end for a, b in seen):
            continue
        if e.type == "enterprise":
            seen.add((e.start, e.end))
        uniq.append(e)
    return uniq


def _entities_for(article: Article, entities: Any,
                  organizations: dict[str, list[dict]] | None = None) -> list[Entity]:
    """Gazetteer entities (and the NER's organisations when `entities` holds them; the fast
    path never runs the NER), with partner organisations as enterprises."""
    if isinstance(entities, dict) and article.article_id in entities:
        ents = list(entities[article.article_id])
    else:
        # A DataFrame of entities cites original offsets; the gazetteer path is fast, so the
        # register recomputes the clean-offset entities it needs and maps back only the
        # NER's organisations (`organizations`: `_organizations_by_article` of the frame).
        ents = find_entities(article, ner=False)
        if organizations is None:
            organizations = _organizations_by_article(entities)
        ents += _frame_organizations(article, organizations.get(article.article_id, []))
    # a rule-found institution (its full name and abbreviation) replaces the NER's cut span
    found = _institutions(article.text, [e for e in ents if e.type == "enterprise"])
    ents = [e for e in ents if not (e.type == "organization" and e.normal not in enterprise_info()
                                    and any(i.start < e.end and e.start < i.end for i in found))]
    return _with_partners(article.text, ents + found)


def build_register(articles: Iterable[Article], entities: Any = None,
                   facts: Any = None) -> pd.DataFrame:
    """One row per localization / joint project, with PROJECT_COLUMNS.

    `entities`: optional {article_id: [Entity]} (clean offsets), or an `entities_frame`: the
    gazetteer path is recomputed and the frame's organisations (the NER's, when it was built
    with ``ner=True``) are candidate partners; without it only the gazetteer and the
    institution rule name partners (the NER never runs here). `facts`: optional money facts (the
    `amounts_frame` DataFrame, or {article_id: [Fact]}); by default `facts.describe`.
    Articles are read in publication order so first_seen/last_seen follow the news.
    """
    articles = list(articles)
    money = _investments(articles, facts)
    organizations = _organizations_by_article(entities)
    projects: list[_Project] = []
    for a in sorted(articles, key=lambda a: (a.published or date.max, a.article_id)):
        reader = _ArticleReader(a, _entities_for(a, entities, organizations))
        sents = reader.sents
        here: list[_Project] = []  # this article's projects
        headline: list[_Project] = []  # opened by the title
        last: _Project | None = None  # the project last talked about
        last_sent = -10
        split_from_last: list[_Project] = []  # the projects of the last sentence
        for idx, sent in enumerate(sents):
            adjacent = last_sent == idx - 1 and sents[idx - 1].paragraph == sent.paragraph
            for m in reader.mentions(idx, adjacent):
                p = _merge_into(projects, m, here, last, idx - last_sent <= 1)
                if p is None and m.enterprises and idx <= 2:
                    # «В Тосно открылся дилерский центр…» — «…центр холдинга «Амкодор»»: the
                    # lead names the firm of the project the headline opened without one
                    p = next((q for q in here if q in headline and not q.enterprises
                              and m.region in (q.region, None)
                              and (m.kind in (None, q.kind) or {m.kind, q.kind} in _ALIKE)), None)
                    if p is not None and m.kind is not None and m.kind != p.kind:
                        p.kind = _more_specific(p.kind, m.kind)
                if p is None:
                    if m.kind is None:
                        continue
                    if m.reference and not m.anchored and last is None:
                        continue  # «Белорусские предприятия готовы…»: nothing to point back at
                    if m.reference and last and not m.enterprises:
                        # «Теперь центр планирует заняться и сборкой»: the centre's firms
                        m.enterprises = set(last.enterprises)
                        p = _merge_into(projects, m, here, None, False)
                if p is None:
                    p = _Project(m.region, m.kind)
                    projects.append(p)
                    if idx == 0:
                        headline.append(p)
                        p.title_only = True
                elif idx > 0:
                    p.title_only = False
                p.add(m, a)
                if p not in here:
                    here.append(p)
                if m.kind is None and m.reference and p is last:
                    # «Первые машины должны сойти с конвейера в 2026 году» after «сборке
                    # тракторов МТЗ и комбайнов «Лидсельмаш»»: it continues both projects
                    for q in split_from_last:
                        if q is not p and q.kind == p.kind and q.region == p.region:
                            q._progress(m.status, m.timeline)
                if p.enterprises or last is None:
                    if last_sent != idx:
                        split_from_last = []
                    split_from_last.append(p)
                    last, last_sent = p, idx
            for pos, value, currency in money.get(a.article_id, []):
                # «Инвестиции в проект составят…» a paragraph later still names the project
                names_it = idx - last_sent <= 3 and any(
                    t.lemma == "проект" and "sing" in t.tags for t in sent.toks)
                if last is not None and sent.start <= pos < sent.end and (
                        last_sent == idx or names_it or (
                            last_sent >= 0 and sents[last_sent].paragraph == sent.paragraph)):
                    last.investment = last.investment or (value, currency)
                    last.add(_Mention(sent, last.kind, "unknown", set(), last.region,
                                      generic=True), a)
                    last_sent = idx  # the figure keeps the project in focus
    # A project needs a stage the text gives it (signed, planned, built, working): a row
    # with none is a passing mention («на ремонт в Кузбасс», «в структуре импорта… шины»).
    return _frame([p for p in _consolidate(projects) if p.status != "unknown"])


def _frame(projects: list[_Project]) -> pd.DataFrame:
    rows, ids = [], Counter()
    for p in projects:
        # «МТЗ-Татарстан» is MTZ's company: the parent is a party too.
        firms = p.enterprises | {enterprise_parent(f) for f in p.enterprises
                                 if enterprise_parent(f)}
        arts = list(dict.fromkeys(a for a, _, _ in p.evidence))
        dates = [a.published for a in arts if a.published]
        evidence = []
        for a, s, e in p.evidence:
            os_, oe = a.original_span(s, e)
            evidence.append({"article_id": a.article_id, "file": a.file, "start": os_,
                             "end": oe, "text": a.original[os_:oe]})
        # Stable across runs and corpus growth: what the project is, not where it was seen.
        ident = json.dumps([p.region, p.kind, sorted(firms), sorted(p.product_key)],
                           ensure_ascii=False)
        pid = "P" + hashlib.sha1(ident.encode()).hexdigest()[:8]
        ids[pid] += 1
        rows.append({
            "project_id": pid if ids[pid] == 1 else f"{pid}-{ids[pid]}",
            "region": p.region, "enterprises": ";".join(sorted(firms)),
            "product": _product_label(p.product), "kind": p.kind, "status": p.status,
            "timeline": p.timeline,
            "investment_value": p.investment[0] if p.investment else None,
            "investment_currency": p.investment[1] if p.investment else None,
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None,
            "article_ids": ";".join(a.article_id for a in arts),
            "evidence": json.dumps(evidence, ensure_ascii=False),
        })
    return pd.DataFrame(rows, columns=PROJECT_COLUMNS)
