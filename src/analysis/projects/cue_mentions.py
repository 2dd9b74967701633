"""The mentions a sentence's kind cues give (the middle of
`analysis.projects.reader.ArticleReader.mentions_as`), and the records its steps pass on:
`Opening` (the first look: cues, another site, quiet), `CueReading` (its statuses and the
kind context), `Parties` (clauses, kinds, firms, a reference back), `Places` (its sites) and
`Dates` (its programmes, halt and timeline). One mention per kind cue (per clause that names
its own place or firm), with the clause's firms and places, its product, status and timeline,
one per listed region.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from analysis.entities import find_regions, is_russian_region, norm_word, with_parents
from analysis.projects.agreements import signed_before
from analysis.projects.clauses import others_partners, own_side
from analysis.projects.cues import words
from analysis.projects.enumeration import listed_regions, member_firms
from analysis.projects.labels import names_a_product, vague_goods_only
from analysis.projects.location import location_of
from analysis.projects.mention import Mention
from analysis.projects.output_time import counted_in_year, output_year
from analysis.projects.places import place_in_phrase
from analysis.projects.product_search import product_in_sentences
from analysis.projects.products import product_label, product_phrase
from analysis.projects.sections import maker_goods
from analysis.projects.stance import never_started_told, status_near, told_resumed, works_on_site
from analysis.projects.town_plant import town_plant

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.entities import Entity
    from analysis.projects.cues import CueHit, Token
    from analysis.projects.kind_context import KindContext
    from analysis.projects.mention import ReadSentence
    from analysis.projects.reader import ArticleReader

__all__ = ["CueReading", "Dates", "Opening", "Parties", "Places", "kind_mentions"]


@dataclass(frozen=True, slots=True)
class Opening:
    """The first look at a sentence that may tell a project."""

    sent: ReadSentence
    toks: list[Token]
    hits: list[CueHit]  # all its cue hits
    adds: bool  # it announces another site («ещё один», «также»)
    quiet: list[bool]  # for each `adjacent` flag: no cue, pronoun, role or added site


@dataclass(frozen=True, slots=True)
class CueReading:
    """Its cues once names, trade and wishes are set aside."""

    announced: bool  # «о котором объявляли»
    hits: list[CueHit]  # its cue hits outside names
    statuses: list[CueHit]  # the status cues that tell the project's stage
    supplied: Any  # the stage a kit supply tells («поставляет машинокомплекты для сборки»)
    card: bool  # a card (several lines)
    ents: list[Entity]  # its entities
    ctx: KindContext


@dataclass(frozen=True, slots=True)
class Parties:
    """Its clauses, kinds and parties."""

    clauses: list[tuple[int, int]]
    kinds: list[CueHit]  # its kind cues kept
    firms: list[Entity]  # the firms it names as parties
    reference: bool  # it refers back to the project last told
    enterprises: set[str]
    own_site: bool  # its subject's own place names another site
    here_is_own: bool  # «здесь» after a place is that place
    partner_only: bool  # its firms are all named as partners («совместно с …»)


@dataclass(frozen=True, slots=True)
class Places:
    """Its sites (`SiteReader.sites`), with the kinds and firms a list before lends."""

    ru: list[Entity]
    by: list[Entity]
    located: Any
    told_place: Any
    site_after: Any
    kinds: list[CueHit]
    enterprises: set[str]
    # the product phrase and key of the project a move sentence lends its kind from
    # («… погрузчиков в Великих Луках. Проект … перенесён в Тверскую область»: moved_project)
    lent_product: tuple[str, set[str]] | None = None


@dataclass(frozen=True, slots=True)
class Dates:
    """Its programmes, halt and timeline (read on demand)."""

    programmes: list[str]
    halted: str
    timeline_of: Callable[[], str | None]
    timeline_for: Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class _ClauseParties:
    """The firms and places of one kind cue's clause."""

    firms: set[str]
    ru: list[Entity]
    by: list[Entity]


def kind_mentions(reader: ArticleReader, idx: int, op: Opening, cues: CueReading, parties: Parties,
                  places: Places, dates: Dates) -> list[Mention]:
    """The mentions of sentence `idx`'s kind cues: one per kind (per clause of its own)."""
    sent, toks, clauses, kinds = op.sent, op.toks, parties.clauses, places.kinds
    out: list[Mention] = []
    seen: set[tuple[str, int]] = set()
    # «открыли сервисный центр, а «Сибуглемаш» наладит выпуск»: firms by clause (tree)
    # (a card's fields all tell its one project: `cards`)
    split = reader.syntax.firms(sent.start, sent.end, [toks[h.first].start for h in kinds],
                                parties.firms) if reader.syntax and len(clauses) == 1 \
        and not cues.card else None
    for hit in sorted(kinds, key=lambda h: h.first):
        cue, i = hit.cue, hit.first
        c = next(n for n, (a, b) in enumerate(clauses) if a <= toks[i].start < b)
        own = [e for e in cues.ents if e.type in ("enterprise", "region")
               and clauses[c][0] <= e.start < clauses[c][1]] if len(clauses) > 1 else []
        if not own:  # the clause says nothing of its own: the sentence's project
            c = split.group(toks[i].start) if split else -1
        if (cue.value, c) in seen or (cue.value, -1) in seen or (
                c == -1 and any(k == cue.value for k, _ in seen)):
            continue  # one mention per kind (per clause of its own)
        seen.add((cue.value, c))
        others = split.others(toks[i].start) if split else set()
        here = _clause_parties(reader, idx, op, parties, places, own, others)
        out += _cue_mentions(reader, idx, hit, c, here, op, cues, parties, places, dates)
    return out


def _clause_parties(reader: ArticleReader, idx: int, op: Opening, parties: Parties, places: Places,
                    own: list[Entity], others: set[str]) -> _ClauseParties:
    """The firms and places of a kind cue's clause: its own where it names them (`own`), else
    the sentence's less the firms of the other clauses (`others`)."""
    firms_here = set(places.enterprises) - others
    c_ru, c_by = places.ru, places.by
    if own:
        c_firms = {e.normal for e in own if e.type == "enterprise"}
        if c_firms:
            firms_here = with_parents(c_firms)
        elif partners := others_partners(reader.text, op.sent.start, parties.firms, own):
            # «вместе с дилером ООО «…» открыт центр, а в Аксае — склад»: the firm
            # the sentences around name, not the partner of another clause
            firms_here = (firms_here - partners) or with_parents(
                reader.context.firms(idx, [], parties.reference) - partners)
        c_ru = [e for e in places.ru if e in own] or places.ru
        c_by = [e for e in places.by if e in own] if any(
            e in own for e in places.ru + places.by) else places.by
        if any(e in own for e in places.ru):
            c_by = []
    return _ClauseParties(firms=firms_here, ru=c_ru, by=c_by)


def _cue_mentions(reader: ArticleReader, idx: int, hit: CueHit, c: int, here: _ClauseParties,
                  op: Opening, cues: CueReading, parties: Parties, places: Places,
                  dates: Dates) -> list[Mention]:
    """The mentions of kind cue `hit` (of clause `c`, -1 for the sentence's), if it tells one."""
    sent, toks, text, kinds = op.sent, op.toks, reader.text, places.kinds
    cue, i, firms_here, c_ru, c_by = hit.cue, hit.first, here.firms, here.ru, here.by
    if reader.syntax and reader.syntax.delivered(sent.start, sent.end, toks[i].start, sent.lemmas):
        return []  # «поставит тракторы для сборки»: what goods are for, not a project
    tree_place = reader.syntax and reader.syntax.place(sent.start, sent.end, toks[i].start, c_ru)
    # (several places: the one the cue's own phrase names, else the tree's, else the
    # nearest to the cue)
    own_place = place_in_phrase(text, toks, hit.last, c_ru,
                                [toks[h.first].start for h in kinds if h is not hit])
    anchor = own_place.start if own_place else (
        tree_place.place.start if tree_place else toks[i].start)
    if cue.value.startswith("joint") and parties.partner_only:
        firms_here |= reader._other_side(idx, parties.firms)
    elif parties.partner_only and not words("jointly").isdisjoint(sent.words):
        # «совместно с российским партнером ООО «…» в Курске открыт сервисный центр»: a
        # subject left unsaid, the Belarusian maker (the plant the release is about)
        firms_here |= reader._other_side(idx, parties.firms, belarusian=True)
    if not (firms_here or places.located or dates.programmes or parties.reference):
        return []
    product, key = product_phrase(
        text=text, toks=toks, first=i, last=hit.last, ents=cues.ents,
        other_cues={h.first for h in kinds if h.cue.value != cue.value})
    if firms_here and not names_a_product(product_label(product)) and not product_in_sentences(
            [text[sent.start:sent.end]]):
        # «строится сборочный цех» under «Лифты «Могилевлифтмаш»»: the maker's goods
        product = maker_goods(text, reader.sents, reader.entities_in, firms_here) or product
    if dates.programmes and not firms_here:  # the programme names the project
        key |= {norm_word(p) for p in dates.programmes}
        product += f" (программа «{dates.programmes[0]}»)"
    in_clause = [h for h in cues.statuses if c >= 0
                 and parties.clauses[c][0] <= toks[h.first].start < parties.clauses[c][1]]
    if not in_clause and len(cues.statuses) > 1:
        # «…уже работает, а сервисный центр … строится»: the stage of the cue's own side of
        # a contrast, not the nearer verb of the other project's clause
        a, b = own_side(text, sent.start, sent.end, toks[i].start)
        in_clause = [h for h in cues.statuses if a <= toks[h.first].start < b]
    status = "unknown" if cues.announced and never_started_told(
        toks, reader.sents, idx) else cues.supplied or works_on_site(
        cues.statuses, toks, i, status_near(in_clause or cues.statuses, toks, i))
    timeline_for, reference = dates.timeline_for, parties.reference
    agreed_before = not parties.firms and idx > 0 and signed_before(
        reader.sents[idx - 1], {e.normal for e in reader.entities_in(idx - 1, "enterprise")},
        firms_here, status)
    mention = Mention(
        sentence=sent, kind=cue.value, enterprises=firms_here,
        # (the plan's date stays its timeline: `timeline_for` the plan)
        status="agreed" if agreed_before else status,
        region=reader._region(c_ru, c_by, anchor, firms_here), product=product,
        # «…создали СП. В этом году планируем собрать там 900 лифтов»: an amount
        # planned in a year for a project told before is its output, not its start
        product_key=key, timeline=None if (reference and counted_in_year(
            product, timeline_for(status))) or output_year(
            text[sent.start:sent.end], timeline_for(status), toks[i].start - sent.start)
        else timeline_for(status),
        reference=reference,
        # «В Барнауле центр разместят, там…» after «центры в четырёх регионах»
        another=reference and bool(c_ru) and reader.context.sites_announced_before(idx),
        new_site=reference and bool(c_ru) and (parties.own_site or parties.here_is_own),
        generic=cue.value == "assembly" and bool(words("production") & set(cue.words)),
        anchored=bool(firms_here or places.located or dates.programmes),
        halted=dates.halted, resumed=told_resumed(sent), announced=cues.announced,
        borrowed=not parties.firms and reader.context.read_ahead(idx, firms_here),
        adds_site=op.adds, signed_before=agreed_before)
    return _placed(reader, mention, anchor, tree_place, here, op, cues, parties, places)


def _placed(reader: ArticleReader, mention: Mention, anchor: int, tree_place: Any,
            here: _ClauseParties, op: Opening, cues: CueReading, parties: Parties,
            places: Places) -> list[Mention]:
    """`mention` placed: one per region its clause lists, else at its own region."""
    text, c_ru, c_by = reader.text, here.ru, here.by
    # «работают в Саратовской и Воронежской областях»: one project per listed region
    listed = listed_regions(c_ru, anchor, text) or (
        list(dict.fromkeys(e.normal for e in tree_place.listed)) if tree_place else [])
    if len(listed) > 1 and not mention.enterprises and not mention.reference \
            and vague_goods_only(product_label(mention.product)):
        # «белорусские предприятия собирают технику в Курской, Ульяновской и Тульской
        # областях»: a review recalling where a sector works names no firm and no goods; it is
        # no project of its own in each region (those told elsewhere stand on their own text)
        return []
    # «в Брянске (ООО «Брянсксельмаш») и Курске (ООО «КурскАгроМаш»)»: each its plant
    plants = member_firms(listed, c_ru, parties.firms, text) if listed else {}
    others = {f for v in plants.values() for f in v}
    out = [replace(mention, region=r, location=location_of(r, c_ru, c_by, reader.info),
                   placed=True, enterprises=(mention.enterprises - others) | plants[r]
                   if plants else mention.enterprises)
           for r in listed] or [replace(mention, location=location_of(
               mention.region, c_ru, c_by, reader.info) or reader._unlisted_town(
               op.sent, cues.ents, mention.region),
                                placed=bool(c_ru or c_by) and (
                                    places.told_place or not places.site_after
                                    or bool(places.site_after[1])))]
    # «Кабины сваривают в Светлогорске» on ОАО «Светлогорский механический завод»: a firmless
    # project in a town may be the work of the article's plant named after that town (in
    # Belarus, only where the sentence names a Russian side: «для петербургских тракторов»)
    sent = op.sent
    return [replace(m, town_plant=plant) if not m.enterprises and m.placed
            and (m.region is not None or any(is_russian_region(e.normal) for e in find_regions(
                text[sent.start:sent.end])))
            and (plant := town_plant(m.location, reader.article_firms())) else m for m in out]
