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

Modules
-------
This module holds the entry point, merging (5), money (6) and the rows; the steps before live
in `analysis.cues` (the rule tables, lemmas, cue matching), `analysis.mentions` (1-4: one
sentence's mentions), `analysis.partners` (partners the gazetteer lacks, the NER's
organisations), and `analysis.timelines` (timeline normalisation).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.entities import enterprise_info, enterprise_parent
from analysis.projects.mentions import _ArticleReader, _Mention, _product_label
from analysis.projects.partners import _entities_for, _organizations_by_article, _partner_name
from analysis.projects.timelines import _later, normalize_timeline
from analysis.vocab import KINDS, STATUS_RANK

if TYPE_CHECKING:
    from analysis.ingest import Article

__all__ = ["KINDS", "PROJECT_COLUMNS", "STATUS_RANK", "_partner_name", "build_register",
           "normalize_timeline"]

PROJECT_COLUMNS = [
    "project_id", "region", "enterprises", "product", "kind", "status", "timeline",
    "investment_value", "investment_currency", "first_seen", "last_seen", "article_ids",
    "evidence",
]

_INVEST_WORDS = re.compile(
    r"(?i)инвестиц|вложени|стоимость\s+проекта|обойд[её]тся|проект\w*\s+оценива|стоимост")


def _compatible(a: set[str], b: set[str]) -> bool:
    """No product on one side, or a shared product word («погрузчик» ~ «электропогрузчик»)."""
    return not a or not b or any(_similar(x, y) for x in a for y in b)


def _similar(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return (len(short) >= 5 and short in long_) or (len(short) >= 6 and long_[:6] == short[:6])


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
            from analysis.money import describe
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
