"""Which way the goods of an export or import figure go (`Fact.flow`): «BY→RU» (from
Belarus into Russia or a Russian region), «RU→BY», «other» (a third country, the world, or
the pair's joint trade abroad), or None (between the two, not told).

`metric` says «экспорт» or «импорт» as written, from one side's point of view; the flow says
whose goods go where. It is read as a person reads it, the nearest evidence first:

1. the figure's own clause, then the stretch since the figure before it in its sentence («экспорт
   Беларуси в Россию», «поставки из России — …», «импорт российских товаров», «ввезено из
   Беларуси», «мы отгрузили российским заказчикам»): the sides it names and what each is to
   the goods (`money.flow_sides`), with the clause's trade word (sending or receiving) or
   else the figure's metric (`money.flow_clause`); an item of a list under a heading of the
   other side's trade («Структура импорта … в РФ: Беларусь – 48») is where its goods come
   from or go; a figure naming no market before one of its kind told the pair's market in
   its sentence is the whole, every market's; a country's import told by where it goes alone
   («в Россию ввезено … на $210 млн») is read as in step 3;
2. whose trade the sentence tells: the flows of its other figures («экспорт Беларуси в Россию —
   27,4 млрд, импорт — 24,7 млрд»: Belarus's import), the side that acts in it, the speaker or
   source it cites («импорт» in a Belarusian ministry's statement is Belarus's);
3. the topic carried from before (an earlier sentence's whole rather than its part when the
   figure's sentence names no side): the figure it goes on about (its meaning came from that
   figure's sentence: «Годом ранее он составлял …», a conversion), an earlier sentence of its
   paragraph, the sentence before it or the headline — when they name the market (the sentence
   it came from recorded as the fact's `context` when it has none; `money.flow_carried`);
4. a Russian region's figure the article tells nothing more of is the region's own trade with
   Belarus; failing all, the figure is every market's (`other`: a firm's or a sector's export
   naming no market, the gold's convention), but a part of the two countries' turnover whose
   direction is not told stays None.

What is carried is whose trade it is (a *viewpoint*: the side that exports or imports) or
«other»: after «Экспорт Беларуси в Россию составил …», a bare «Импорт — …» is Belarus's
import, from Russia. Turnover figures have no flow.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.entities import is_russian_region, names_pair_trading_abroad
from analysis.lazypattern import lazy_compile
from analysis.money.fact_record import FactSentence
from analysis.money.flow_carried import carried_reading
from analysis.money.flow_clause import (
    Reading,
    as_kind,
    carry,
    flow_between,
    flow_of_clause,
    from_viewpoint,
    names_partner,
    other_side,
    sentence_direction,
)
from analysis.money.flow_pointers import pointed_place
from analysis.money.flow_sides import named_sides, sides_in, unplaced_sides
from analysis.money.flow_wholes import between_the_two, opens_total, whole_before_its_part
from analysis.money.flow_words import flow_words
from analysis.money.focus import PART_OF_BEFORE
from analysis.money.market_items import list_follows, list_heading, market_item
from analysis.money.outlets import belarusian_outlet
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.respectively import respective_pairs
from analysis.money.scope import ELABORATES, POINTS_BACK
from analysis.money.share_follows import share_follows
from analysis.money.side_roles import OWNER, PARTNER, SUBJECT
from analysis.money.speaker_voice import republic_side, voiced_side
from analysis.money.whole_trade import told_whole, whole_alone
from analysis.money.world_whole import main_buyer_abroad, world_whole_before
from analysis.vocab import FLOW_METRICS, FLOW_OTHER, FLOWS

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["FLOWS", "flow_of_clause", "with_flow"]

# where a clause begins: a comma, a semicolon, a colon, a bracket (a dash right before the
# figure is the elliptic «импорт — 5,2 млрд», no break)
_CLAUSE_BREAK = lazy_compile(r"[,;:()|\t]")
# where an attribution's words end: «по данным Белстата, …», «отметил, что …» (what follows is
# what is said, not who says it)
_ATTRIBUTION_END = lazy_compile(r"[,;:()«»\"]")

def _own_clause(text: str, fact: Fact, before: int, after: int) -> tuple[int, int]:
    """The figure's clause: from the last clause break before it (since the figure before
    it, `before`) to the next one after it (up to the figure after it, `after`)."""
    start, a_end = fact.amount.start, fact.amount.end
    breaks = list(_CLAUSE_BREAK.finditer(text, before, start))
    lo = breaks[-1].end() if breaks else before
    nxt = _CLAUSE_BREAK.search(text, a_end, after)
    if nxt is not None and (POINTS_BACK.match(text, nxt.start()) or ELABORATES.match(text, nxt.start())):
        # «…, и весь этот объём ушёл в Россию», «…, преимущественно из Малайзии»
        nxt = _CLAUSE_BREAK.search(text, nxt.end(), after)
    return lo, nxt.start() if nxt else after


def _speaker_side(text: str, span: SentenceSpan) -> str | None:
    """The side of the speaker or source a sentence cites («сообщил министр экономики
    Беларуси», «по данным Белстата»), when it names one side only. The attribution ends at
    the first clause break after its word: in «Председатель Витебского облисполкома отметил,
    что товарооборот с Псковской областью …» or «по данным той же презентации, …, то есть рост
    поставок в Россию …» the side after the break is what is said, not who says it (rounds
    10, 13)."""
    words = flow_words()
    sides = set()
    for m in words.speaker.finditer(text, span.start, span.end):
        hi = min(span.end, m.end() + words.speaker_reach)
        if (stop := _ATTRIBUTION_END.search(text, m.end(), hi)) is not None:
            hi = stop.start()
        sides |= {side for _, _, side in named_sides(text, m.end(), hi)}
    return next(iter(sides)) if len(sides) == 1 else None


def with_flow(text: str, facts: list[Fact], source: str | None = None,
              ctx: ArticleText | None = None) -> list[Fact]:
    """The facts, each export or import figure with the direction of its goods (`Fact.flow`);
    `source`: the outlet (a Belarusian one's «республика» is Belarus); `ctx`: the article's
    sentences and regions when the caller holds them (`describe`'s: read once, not again)."""
    trade = [i for i, f in enumerate(facts) if f.metric in FLOW_METRICS]
    if not trade:
        return facts
    readings: dict[int, tuple[Reading, SentenceSpan | None]] = {}
    owned: dict[int, Reading] = {}  # told whose import only («в Россию ввезено … на»)
    # («Годом ранее соотношение было 29,6 и 23,5 млрд соответственно»: each the direction of
    # the figure before it stands for, read in step 2)
    respective = respective_pairs(text, facts)
    # 1. each figure's own clause, then the stretch since the figure before it
    for i in trade:
        fact = facts[i]
        s = fact.sentence
        if i in respective:
            continue
        if names_pair_trading_abroad(s.text):
            readings[i] = (Reading(FLOW_OTHER, None), None)
            continue
        if (item := market_item(text, fact.amount.start, fact.metric == "export")) is not None:
            # «Основные рынки: Россия – 16,3; Китай – 2,1»: the item's place is its market
            readings[i] = (Reading(item, None if item == FLOW_OTHER else item[0:2]), None)
            continue
        neighbours = [f.amount for f in facts if f.sentence.start == s.start and f is not fact]
        before = max((a.end for a in neighbours if a.end <= fact.amount.start), default=s.start)
        after = min((a.start for a in neighbours if a.start >= fact.amount.end), default=s.end)
        part = PART_OF_BEFORE.search(text, fact.amount.end, after)
        if part is not None:
            after = part.start()  # «…, из них в Россию — …»: the parts are told after it
        lo, hi = _own_clause(text, fact, before, after)
        # (the own clause, then back to the figure before it; what follows its clause is
        # the next figure's: «он составил 27,4 млрд, импорт из Беларуси — 18,2 млрд»)
        got = flow_of_clause(text, lo, hi, fact.amount.start, fact.metric, own=True)
        if got is None and (j := _compared_to(text, facts, readings, i, before)) is not None:
            # «составил 27,4 млн долл. против 21,9 млн в 2007 г.»: the figure a figure is set
            # against right before it goes the same way, its reading as it is (round 70)
            got = readings[j][0]
        if got is None:
            got = flow_of_clause(text, before, hi, fact.amount.start, fact.metric)
            item_of = [readings[j][0] for j in readings
                       if facts[j].sentence.start == s.start and not readings[j][0].owner_only]
            if (got is None or got.owner_only) and item_of and not whole_alone(text, fact, before):
                # «Крупнейшие рынки — Москва (21,2 млн), Санкт-Петербург (9,8 млн)»: the
                # items of a list go where its first item goes
                got = carry(item_of[-1], as_kind(fact.metric))
        kind = as_kind(fact.metric)
        if got is not None and got.owner_only and (
                heading := list_heading(text, fact.amount.start)) is not None:
            got = _item_under_heading(text, heading, got, kind)
        if part is not None and (got is None or got.viewpoint is not None) and not names_partner(
                text, before, after, kind) and names_partner(text, part.end(), s.end, kind):
            # «Экспорт завода составил 41,7 млн долларов, из них в Российскую Федерацию — 33,2
            # млн»: the whole goes to every market, its part to the pair's other side
            got = Reading(FLOW_OTHER, None)
        if (((got is None or not got.market_told) and (
                list_follows(text, fact.amount.end) or share_follows(text, fact.amount.end)
                or main_buyer_abroad(text, fact.amount.end)
                or whole_alone(text, fact, before))) or told_whole(text, fact)):
            # the total a list of its markets breaks down, or a market's share is taken of
            # (after it, or before it: «на столицу приходится пятая часть всего экспорта …»);
            # «а весь экспорт «Гранита» — $126 млн»: every market's
            got = Reading(FLOW_OTHER, None)
        if got is not None and got.importer_only and not (
                fact.region and is_russian_region(fact.region)):
            owned[i] = got  # whose import, but not from whom: the market is read in step 2
        elif got is not None:
            readings[i] = (got, None)
    for i in [i for i in readings if not readings[i][0].market_told]:
        if whole_before_its_part(text, facts, readings, i):
            readings[i] = (Reading(FLOW_OTHER, None), None)
    # 2. whose trade the sentence tells; 3. the topic carried from before
    ctx = ArticleText(text) if ctx is None else ctx
    for i in trade:
        if i in readings:
            continue
        fact = facts[i]
        if i in owned:
            readings[i] = _market_of_owned(text, ctx, facts, readings, i, owned[i])
            continue
        if (j := respective.get(i)) is not None and j in readings:
            got = carry(readings[j][0], as_kind(fact.metric)), None
        elif opens_total(text, fact):
            # «Всего экспорт … из края за этот период достиг $48,7 млн» after its export to
            # Belarus: the total, every market's (round 38)
            got = Reading(FLOW_OTHER, None), None
        elif (pointed := pointed_place(text, ctx, fact)) is not None:
            # «Рынок Калужской области для нас вырос в разы. В прошлом году мы продали туда
            # лифтов на …»: «туда» in the figure's clause is the side named before, the goods
            # go into it («оттуда»: out of it), whoever speaks
            side, into = pointed
            exporter = other_side(side) if into else side
            got = Reading(flow_between(exporter, other_side(exporter)),
                          exporter if fact.metric == "export" else other_side(exporter)), None
        else:
            got = _sentence_reading(text, ctx, facts, readings, i, source)
            if got is None and (whole := world_whole_before(text, ctx, facts, i)) is not None:
                got = Reading(FLOW_OTHER, None), whole  # a part of foreign trade as a whole
            got = got or carried_reading(text, ctx, facts, readings, i)
        if got is None and fact.region and is_russian_region(fact.region) and not (
                source and belarusian_outlet(source) and not any(
                    r.normal == fact.region for r in ctx.regions(fact.sentence.start,
                                                                  fact.sentence.end))):
            # a Russian region's figure the article tells nothing more of is the region's
            # own trade with Belarus («Экспорт достиг 402 млн долларов, импорт — 678 млн»);
            # not a region a Belarusian outlet's lead named for a figure its sentence does
            # not place («контракты с Москвой» over a Mogilev plant's «экспорт — 62 млн
            # долларов», «Огурцы для Москвы» over a ministry's «190 миллионов долларов
            # экспорта»: the Belarusian side's, rounds 22, 30)
            got = from_viewpoint("RU", as_kind(fact.metric)), None
            if "BY" in unplaced_sides(text, fact.sentence.start, fact.sentence.end):
                # …but a Belarusian maker or seller its sentence names («Оборудование на 320
                # млн рублей поставит белорусское ОАО «Льномаш»», «Оборот белорусского
                # торгового дома в Новосибирске»): Belarusian goods come into the region
                # (rounds 24, 27)
                got = Reading(flow_between("BY", "RU"), "BY" if fact.metric == "export" else "RU"), None
        if got is None and not between_the_two(text, facts, i):
            # nothing tells a market: a firm's, a sector's or an oblast's export to every
            # market (tests/gold/README.md, `flow`); a part of the two countries' turnover
            # whose direction is not told stays None
            got = Reading(FLOW_OTHER, None), None
        if got is not None:
            readings[i] = got
    out = list(facts)
    for i, (reading, source) in readings.items():
        fact = facts[i]
        context = fact.context
        if context is None and source is not None and source.start != fact.sentence.start:
            context = FactSentence(source.start, source.end, text[source.start:source.end])
        out[i] = replace(fact, flow=reading.flow, context=context)
    return out


# «против» right after the figure before, with a comma and a qualifier word
_AGAINST = lazy_compile(r"(?i)[ \u00a0]*,?[ \u00a0]*против[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")


def _compared_to(text: str, facts: list[Fact], readings: dict, i: int, before: int) -> int | None:
    """The trade figure of the same metric right before figure `i`, read already, that `i` is
    set against with «против», if any."""
    fact = facts[i]
    j = next((j for j in readings if facts[j].amount.end == before
              and facts[j].metric == fact.metric), None)
    if j is None or _AGAINST.match(text, before, fact.amount.start) is None:
        return None
    return j


def _market_of_owned(text: str, ctx: ArticleText, facts: list[Fact], readings: dict, i: int,
                     owned: Reading) -> tuple[Reading, SentenceSpan | None]:
    """The direction of an import figure whose clause tells where the goods go but not where
    from, a country's import («В 2018 году в Россию ввезено линолеума на $210 млн», «Ввоз
    алюминиевых профилей в Россию … достиг $150,1 млн», «импорт тренажеров … в Россию»): the
    trade between the two when its sentence's other figures or the topic carried from before
    tell a market of the pair; else the import from every market (tests/gold/README.md, `flow`:
    a figure naming no market follows the previous sentence's market when that sentence is
    about trade between the two, else `other`; rounds 32, 33). A Russian region's import is
    not read here: in a region's report it is its trade with Belarus."""
    fact = facts[i]
    s = fact.sentence
    if any(facts[j].sentence.start == s.start and readings[j][0].market_told
           and readings[j][0].flow != FLOW_OTHER for j in readings if j != i):
        return owned, None
    carried = carried_reading(text, ctx, facts, readings, i)
    if carried is not None:
        return (owned if carried[0].flow != FLOW_OTHER else carried[0]), carried[1]
    return Reading(FLOW_OTHER, None), None


def _item_under_heading(text: str, heading: tuple[int, int], item: Reading, kind: str) -> Reading:
    """An item of a list that names a side alone («Беларусь – 48»), under a heading that tells
    whose trade the list is («Структура импорта линолеума в РФ, млн долл.:», «ИМПОРТ
    АЛЮМИНИЕВЫХ ПРОФИЛЕЙ В РФ»): when the heading's side is the other one, the item's side is
    the other end of the flow, where the goods come from or go (rounds 32, 33)."""
    told = sentence_direction(text, SentenceSpan(*heading))
    if told is None or told.viewpoint is None or told.viewpoint == item.viewpoint:
        return item
    return from_viewpoint(told.viewpoint, kind)


def _sentence_reading(text: str, ctx: ArticleText, facts: list[Fact], readings: dict, i: int,
                      source: str | None = None) -> tuple[Reading, SentenceSpan | None] | None:
    """Whose trade figure `i`'s sentence tells: its other figures' viewpoint, the side acting
    in it, its speaker or source, the side of the person introduced before who speaks it in
    the first person («наш экспорт», «— отметил он»: `money.speaker_voice`)."""
    fact = facts[i]
    s = fact.sentence
    kind = as_kind(fact.metric)
    if whole_before_its_part(text, facts, readings, i):
        return Reading(FLOW_OTHER, None), None
    views = {readings[j][0].viewpoint for j in readings
             if facts[j].sentence.start == s.start and j != i}
    if FLOW_OTHER in {readings[j][0].flow for j in readings
                      if facts[j].sentence.start == s.start and j != i} and None in views:
        return Reading(FLOW_OTHER, None), None
    views.discard(None)
    if len(views) == 1:
        return from_viewpoint(views.pop(), kind), None
    mentions = sides_in(text, s.start, s.end)
    owners = {m.side for m in mentions if m.role in (OWNER, SUBJECT)}
    if len(owners) == 1:
        return from_viewpoint(owners.pop(), kind), None
    partners = {m.side for m in mentions if m.role == PARTNER}
    if not owners and len(partners) == 1:
        # «товарооборот с Псковской областью составил 118,6 млн долларов, экспорт — 84,2 млн»:
        # the trade is with the side after «с», so the figure is the other side's (rounds 10, …)
        return from_viewpoint(other_side(partners.pop()), kind), None
    span = SentenceSpan(s.start, s.end)
    if (speaker := _speaker_side(text, span)) is not None:
        return from_viewpoint(speaker, kind), None
    if (voiced := voiced_side(text, ctx, span, fact.amount.start)
            or republic_side(text, span, fact.amount.start, source, fact.region)) is not None:
        return from_viewpoint(voiced, kind), None
    return None
