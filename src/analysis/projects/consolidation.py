"""Rows merged once every article is read (the end of step 5 of the register): rows that
ended up describing one project become one — the same firms across articles, a bare
production row and its article's specific project, a headline row and its body's, parts made
for the article's assembly or venture, a partner's row and its maker's, one facility named
two ways.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from analysis.entities import find_regions, is_russian_region
from analysis.projects.cues import cue_hits, tokens, words
from analysis.projects.design_steps import design_joins_its_making
from analysis.projects.headline_lead import headline_rows_join
from analysis.projects.maker_partner import belarusian_firm, maker_meets_partner, project_texts
from analysis.projects.merging import ALIKE, compatible, other_towns, same_across
from analysis.projects.named_again import firmless_rows_join
from analysis.projects.products import product_label
from analysis.projects.project_index import ProjectIndex
from analysis.projects.sentence_twins import merge_sentence_twins
from analysis.projects.service_venture import service_venture_joins
from analysis.projects.unnamed_rows import unnamed_rows_join, unplaced_rows_join

if TYPE_CHECKING:
    from analysis.projects.merging import Project

# Kinds of project that make something: the parts they make on site are theirs.
_MAKES_THINGS = ("assembly", "joint_venture", "joint_development")
# Kinds of project a firm-less assembly in their very town is the work of.
_HOLDS_ASSEMBLY = ("component_production", "joint_venture")
# Within one article, the weaker name of a facility or venture joins the stronger one.
_SAME_FACILITY = (("other", "service_center"), ("joint_development", "joint_venture"))
# The shortest noun a compound may end with and still be its head («насос», «вал»: not «ор»)
_SHORTEST_HEAD = 3


def _capital_or(location: str) -> str:
    """`location` when it is its region's capital, else "-" (no town): a maker told with no
    town may be in the capital, whose adjective is the region's too («на брянской площадке» —
    «в Брянске изготавливают кабины»), not in another town («в Тутаеве»)."""
    places = find_regions(location) if location else []
    return location if places and places[0].role == "capital" else "-"


def _head(product: str) -> str | None:
    """The lemma of the first noun of a product phrase («модули пневматической подвески» →
    «модуль»): what the project makes."""
    return next((t.lemma for t in tokens(product, 0, len(product)) if t.pos == "NOUN"), None)


def _kind_of_any(head: str | None, key: set[str]) -> bool:
    """Is the noun `head` one of the lemmas of `key`, or a compound of one of them or one of
    them a compound of it («гидронасос» ~ «насос», «электропогрузчик» ~ «погрузчик»: the
    compound's head is the plain noun)?"""
    return head is not None and any(head.endswith(k) or k.endswith(head) for k in key
                                    if min(len(k), len(head)) >= _SHORTEST_HEAD)


def _venture_does_it(headline: Project, body: Project) -> bool:
    """«В крае закрыли сборку лифтов» — «Совместное предприятие по сборке лифтов … закрыто»:
    a headline's assembly is the work of the body's joint venture (or joint development)
    when both name the same goods; a venture making other goods is another project."""
    return headline.kind == "assembly" and body.kind.startswith("joint") \
        and bool(headline.product_key) and bool(body.product_key) \
        and compatible(headline.product_key, body.product_key)


def _joint_work_named(p: Project) -> bool:
    """Does an evidence sentence of `p` name its work by a kind cue other than «совместный
    проект» (``joint_project``: the work shared, not what it is) — «совместная разработка»,
    «СП», «совместный проект по корпусированию микросхем» (parts made)?"""
    vague = words("joint_project")
    for e in p.evidence:
        toks = tokens(e.article.text, e.start, e.end)
        if any(h.cue.field == "kind" and not (h.cue.value == "joint_development"
                                              and not vague.isdisjoint(h.cue.words))
               for h in cue_hits(toks)):
            return True
    return False


def _adjective_placed(p: Project) -> bool:
    """Does `p`'s evidence name its Russian places only by adjectives («Новосибирский «Аэросиб»
    и Оршанский авиаремонтный завод разрабатывают автожир»: a firm's home, not where the work
    is; a body placing the project in Belarus tells where it is, session 34)?"""
    found = [r for e in p.evidence for r in find_regions(e.article.text[e.start:e.end])
             if is_russian_region(r.normal)]
    return bool(found) and all(r.role == "adjective" for r in found)


def consolidate(projects: list[Project], label: Callable[[str], str] = product_label) -> list[Project]:
    """Merge rows that ended up describing one project.

    * same region and kind, same firms: a headline without firms opens a row that its body
      later names («В Челябинской области запустили производство…» … «по технологиям
      БМЗ»), when an earlier article already holds that project;
    * a row made only of bare production cues joins the specific project of its article
      («Амкодор откроет производство» is the component plant of the body; «Серийный выпуск
      … в 2026 году» is the jointly developed engine's) when firms and product agree.
    """
    kept = ProjectIndex()  # absorbing changes neither kind nor region: no refiling
    for p in projects:
        into = kept.first(p.kind, p.region, lambda q, p=p: same_across(q, p)
                          and not ((q.also_line or p.also_line) and q.articles() & p.articles()))
        if into is None:
            kept.append(p)
        else:
            into.absorb(p)
    out = kept.all
    for p in [p for p in out if p.generic]:
        into = next((q for q in out if q is not p and not q.generic and q.region == p.region
                     and p.enterprises <= q.enterprises
                     and compatible(p.product_key, q.product_key)
                     and p.articles() & q.articles()), None)
        if into is None and p.enterprises:
            # «…начат выпуск комплектующих» — «…начало выпуск топливных баков»: a bare
            # production row of the same firms joins the article's only specific project
            cands = [q for q in out if q is not p and not q.generic and q.region == p.region
                     and q.enterprises & p.enterprises and p.articles() & q.articles()
                     and not p.also_line]
            into = cands[0] if len(cands) == 1 else None
        if into is not None:
            into.absorb(p)
            out.remove(p)
    for p in [p for p in out if p.title_only]:
        # ««Белшина» и «Кордиант» создают новую шину» — the lead says what it is: a joint
        # development; a headline row of the same firms and place is that project
        into = [q for q in out if q is not p and not q.title_only
                and (q.region == p.region or not p.placed or (
                    q.region is None and q.placed and _adjective_placed(p)))
                and p.enterprises and p.enterprises <= q.enterprises
                and p.articles() == q.articles()]
        if len(into) > 1:  # «СП … строит цех»: of several rows of its firms, the venture
            into = [q for q in into if q.kind == p.kind]
        if len(into) == 1 and (into[0].kind != p.kind or into[0].region != p.region):
            into[0].absorb(p)
            out.remove(p)
            continue
        # «Белорусские лифты мы теперь собираем сами»: a headline without firms restates the
        # article's one project of its kind (or the like kind) and place
        same = [q for q in out if q is not p and not q.title_only and not p.enterprises
                and p.region in (q.region, None) and p.articles() == q.articles()
                and (q.kind == p.kind or {q.kind, p.kind} in ALIKE
                     or _venture_does_it(p, q))]
        if len(same) == 1:
            same[0].absorb(p)
            out.remove(p)
    makers_of: dict[str, list[Project]] = {}  # article → its making projects, in order
    for q in out:
        if q.kind in _MAKES_THINGS:
            for a in q.articles():
                makers_of.setdefault(a, []).append(q)
    for p in [p for p in out if p.kind == "component_production"]:
        # «передают нам документацию на узлы, которые мы будем варить сами», «планируется
        # организовать сварку и окраску кузовов»: parts made by no firm beyond those of the
        # article's assembly or venture in its place are a step of what that project makes
        # (its localisation), not a parts project of their own; a parts plant with a firm of
        # its own stays apart (looked up by article: linear on large corpora)
        arts = p.articles()
        into = next((q for q in makers_of.get(min(arts), ())
                     if (q.region == p.region or not p.placed)
                     and not other_towns(q.location or _capital_or(p.location), p.location)
                     and p.enterprises <= q.enterprises and arts <= q.articles()), None) \
            if arts else None
        if into is not None:
            into.absorb(p)
            out.remove(p)
    for p in [p for p in out if p.kind == "assembly" and p.enterprises]:
        # «… собирает модули пневматической подвески для автобусов МАЗ» — «рамы, кронштейны и
        # сборку модулей делает у себя»: assembling the very parts the article's parts
        # project makes, by its firms and in its place, is that project's work (the goods
        # one a kind of the other: «гидронасосы» are «насосы»; a row whose goods only point
        # back, «Первые насосы тульской сборки», by its label's noun: newuser39)
        goods = p.product_key or {h for h in [_head(p.product)] if h}
        into = [q for q in out if goods and q.kind == "component_production"
                and q.region == p.region and not other_towns(q.location, p.location)
                and p.enterprises <= q.enterprises and _kind_of_any(_head(q.product), goods)
                and p.articles() <= q.articles()]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
    design_joins_its_making(out)
    maker_meets_partner(out, compatible)
    for p in [p for p in out if p.enterprises and not any(
            belarusian_firm(f, project_texts(p)) for f in p.enterprises)]:
        # «заложен сборочный корпус … Инвестором выступает ООО «Днепр-Техника»» beside
        # «сборка погрузчиков «Амкодор»» in one place: a partner's row with no maker and the
        # article's one row of that kind and place with a maker only are one project (a
        # maker the list lacks named by a Belarusian place too: «ОЗКТ», session 34)
        into = [q for q in out if q is not p and q.kind == p.kind and q.region == p.region
                and q.enterprises and all(belarusian_firm(f, project_texts(q))
                                          for f in q.enterprises)
                and p.articles() == q.articles()]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
    for p in [p for p in out if p.kind == "assembly" and p.enterprises]:
        # «СП … строит в Гомеле цех … сборку выполнят в Гомеле», «совместный проект … сборка
        # в корпус — в Зеленограде»: what a joint project's firms assemble where it is, told
        # in its article, is that project's work (one firm more makes it another project);
        # a row placed by the article's main region alone fits the project placed elsewhere;
        # the joint project may be told in other articles too («СП «Брянсксельмаш»» of
        # several reports, «здесь собирают комбайны» of one of them)
        into = [q for q in out if q.kind.startswith("joint") and (q.region == p.region
                                                                  or not p.placed)
                and not other_towns(q.location, p.location)
                and p.enterprises <= q.enterprises and p.articles() <= q.articles()]
        if len(into) == 1:
            if into[0].kind == "joint_development" and not _joint_work_named(into[0]):
                # «рассказал, как идёт совместный проект с «Амкодором»» and, elsewhere in the
                # interview, «у нас делают … полную сборку»: «совместный проект» says the work
                # is shared, the assembly says what it is (newuser42 F6)
                into[0].kind = "assembly"
            into[0].absorb(p)
            out.remove(p)
    for p in [p for p in out if p.kind == "assembly" and not p.enterprises and p.location]:
        # «В Ельце заработал участок по производству гидроцилиндров … Штоки, гильзы пока
        # делают в Гомеле, сборку и испытания — в Ельце»: a firm-less assembly in the very
        # town of the article's one parts plant assembles that plant's product; so is one in
        # the town of its one joint venture («… создали совместное предприятие «…» … в
        # арендованном корпусе в Тольятти идёт монтаж сборочных автоматов»: session 33)
        into = [q for q in out if q.kind in _HOLDS_ASSEMBLY and q.enterprises
                and q.region == p.region and q.location == p.location
                and p.articles() == q.articles()]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
    for weak, strong in _SAME_FACILITY:
        # one facility or venture named two ways in one article: «дилерский центр … с сервисной
        # зоной» is a service centre; «совместное производство» of the venture is the venture
        for p in [p for p in out if p.kind == weak]:
            into = next((q for q in out if q.kind == strong and q.region == p.region
                         and p.enterprises <= q.enterprises and p.articles() <= q.articles()),
                        None)
            if into is not None:
                into.absorb(p)
                out.remove(p)
    merge_sentence_twins(out)  # one thing told under two kind cues of one sentence
    service_venture_joins(out)  # «СП по обслуживанию тракторов»: the article's service centre
    unnamed_rows_join(out, label)  # «В Новомосковске сборку ведёт …»: the row told before
    unplaced_rows_join(out)  # a row placed by nothing, of a placed row's firms
    firmless_rows_join(out)  # «…с запуском сборки тракторов в Димитровграде»: told before
    headline_rows_join(out)  # a reprint's firmless headline row: the story's row told again
    for p in out:  # evidence in publication order
        p.evidence.sort(key=lambda e: (e.article.published or date.max, e.article.article_id,
                                       e.start))
    return out
