"""Project mentions: what one sentence says of a project (steps 1-4 of `analysis.projects`).

`_ArticleReader.mentions(idx)` reads sentence `idx` of an article: its kind and status cues
(`analysis.cues`), who takes part, where it is, its product and timeline
(`analysis.timelines`), and whether it is kept at all. Merging the mentions into projects is
`analysis.projects`' business.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.entities import (
    Entity,
    enterprise_info,
    enterprise_parent,
    find_enterprises,
    is_russian_region,
    norm_word,
)
from analysis.lang import nominative_phrase
from analysis.projects.cues import _JOINT, _Cue, _cue_hits, _Tok, _tokens, _words
from analysis.projects.timelines import _future, normalize_timeline

if TYPE_CHECKING:
    from analysis.ingest import Article


# «в регионе», «здесь», or «в <Place>» with a place the gazetteer does not know («в Грамотеино»)
_LOCATIVE_ANAPHORA = re.compile(
    r"(?i:\b(?:в|на)\s+(?:регионе|области|крае|республике|округе|городе|территории\s+области)\b"
    r"|\bздесь\b)|\b[Вв]\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?\b"
)
_LOCATIVE_PREP = re.compile(r"(?:^|[\s«(])(?:в|во|на)\s+$", re.IGNORECASE)
_ON_BASE = re.compile(r"(?i)\bна\s+базе\s+(?:[^«»,.;]{0,60}«[^»]{1,40}»|(?:\S+\s+){0,3}\S+)")
_PARTNER_BEFORE = re.compile(r"(?i)\b(?:с|со)\s+(?:[^\s,.;]+\s+){0,3}[«\"]?\s*$")
# «Москва сделала выбор», «предложили Москве»: the capital often stands for the government.
_METONYMIC = frozenset({"Москва"})
# Where a sentence lists projects clause by clause: «…, а в Курской области…», «…; в …»
_CLAUSE_CUT = re.compile(r"(?:,\s+(?:а|а также|и)\s+(?=(?:в|во|на)\s)|;\s+)")
# A news-agency dateline opening a paragraph: «Минск, 30 июня (БЕЛТА) –», «МОСКВА, 5 марта.
# /ТАСС/.». It says where the reporter filed from, not where a project is.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[А-ЯЁ][А-ЯЁа-яё-]+(?:[ \t]+[А-ЯЁ][А-ЯЁа-яё-]+)?,[ \t]+\d{1,2}[ \t]+[а-яё]+"
    r"(?:[ \t]+\d{4})?[ \t.,]*(?:\([^()\n]{2,30}\)|/[^/\n]{2,30}/)[ \t.,]*[-–—]?")

# «на площадке ОАО «…»» before a firm: its site
_SITE_BEFORE = re.compile(r"(?i)\bна\s+(?:площадк|мощност|территори)\w*\s+$")
# «автобусов МАЗ и погрузчиков «Амкодор»»: between two makers, «и» and the second product
_MAKER_AND = re.compile(r"»?\s*(?:,|и)\s+((?:[а-яё-]+\s+){1,3})«?$")
_MAKERS_LISTED = re.compile(r"»?\s*(?:,|и)\s+(?:[А-ЯЁ]{2,5}\s+)?«?")
_SPLIT_KINDS = ("assembly", "component_production", "service_center")


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
                key |= {norm_word(p) for p in programmes}
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
