"""The direction the topic carries to an export or import figure whose own clause and
sentence tell none (step 3 of `money.flow`).

In order: the figure it goes on about (its meaning came from that figure's sentence:
«Годом ранее он составлял …», a conversion, a figure compared with «Для сравнения: …», one
said again «… этот показатель превысит 6 млн»), the line its meaning came from when that
line tells trade with one side only (a table headed «Внешняя торговля с Российской
Федерацией»: the other side's trade), the nearest earlier sentence of its paragraph that
tells one, the sentence just before its paragraph, the headline. A whole is carried rather
than its part when the figure's sentence names no side; a share of a whole told before
(«На долю граждан России пришлось …») ends the carry: the figure after it is every market's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.ingest import headline_end, headline_start
from analysis.money.compared import compared_figure
from analysis.money.flow_clause import (
    Reading,
    as_kind,
    carry,
    from_viewpoint,
    other_side,
    sentence_direction,
)
from analysis.money.flow_pointers import last_sentence_before, partner_alone
from analysis.money.flow_sides import named_sides
from analysis.money.flow_wholes import told_as_part
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.restated_figure import restated_figure
from analysis.vocab import FLOW_METRICS, FLOW_OTHER

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["carried_reading"]



def carried_reading(text: str, ctx: ArticleText, facts: list[Fact], readings: dict, i: int
             ) -> tuple[Reading, SentenceSpan | None] | None:
    """The direction the topic carries to figure `i`: the figure it goes on about (its
    meaning came from that figure's sentence: «Годом ранее он составлял …», a conversion), the
    line its meaning came from when that line tells trade with one side only (a table's
    heading «Внешняя торговля с Российской Федерацией»: the other side's trade),
    else the nearest earlier sentence of its paragraph that tells one (a figure's or not), else
    the sentence just before its paragraph, else the headline. A figure further back carries
    nothing: a firm's export with no market named after its exports to Russia is its export
    to every market (tests/gold/README.md, `flow`)."""
    fact = facts[i]
    kind = as_kind(fact.metric)
    # (each earlier sentence's figure the topic goes on from: its last, but its first of this
    # figure's metric, the whole before its parts, when this figure's sentence names neither
    # side — after «Экспорт «Фармтех-Минск» в целом составил $14,1 млн, из них в Россию —
    # $11,9 млн», «довести экспорт до $17 млн» is the whole's, rounds 19, 22, 34; «В 2018 году
    # по России было застраховано 3,1 млрд» is the part's)
    whole_first = not named_sides(text, fact.sentence.start, fact.sentence.end)
    earlier: dict[int, int] = {}
    for j in sorted(j for j in readings if j < i):
        start = facts[j].sentence.start
        if not whole_first or start not in earlier or facts[earlier[start]].metric != fact.metric:
            earlier[start] = j
    if (j := compared_figure(text, facts, i)) is not None and j in readings and (
            readings[j][0].market_told):
        return readings[j][0], None  # «Для сравнения: в 2022 году …»: the figure compared with
    if (j := restated_figure(text, facts, i, set(readings))) is not None:
        # «… этот показатель превысит 6 млн»: the figure told before, its goods' way
        return readings[j][0], SentenceSpan(facts[j].sentence.start, facts[j].sentence.end)
    if (fact.context is not None and fact.amount.implied_currency and (j := i - 1) in readings
            and facts[j].context is not None and facts[j].context.start == fact.context.start
            and facts[j].sentence.start != fact.sentence.start and facts[j].metric == fact.metric
            and readings[j][0].market_told):
        # «…, из них экспорт – 131 млн. Основная часть экспорта идёт в Россию: туда мы
        # отгрузили продукции на 58,4 млн долларов. В позапрошлом – на 49 млн.»: an elliptic
        # figure (its currency borrowed) goes on about the figure just before, whose meaning
        # came from the same sentence as its own
        return readings[j][0], SentenceSpan(facts[j].sentence.start, facts[j].sentence.end)
    if fact.context is not None and (j := earlier.get(fact.context.start)) is not None \
            and facts[j].metric in FLOW_METRICS:
        return readings[j][0] if facts[j].metric == fact.metric else carry(readings[j][0], kind), (
            SentenceSpan(fact.context.start, fact.context.end))
    if fact.context is not None and fact.context.start not in earlier and (
            partner := partner_alone(text, fact.context.start, fact.context.end)) is not None:
        # «ВНЕШНЯЯ ТОРГОВЛЯ С РОССИЙСКОЙ ФЕДЕРАЦИЕЙ (…, млн долларов США)» over «Экспорт –
        # 5 102,7»: a table headed by trade with one side is the other side's (round 53)
        return from_viewpoint(other_side(partner), kind), SentenceSpan(fact.context.start,
                                                                       fact.context.end)
    sents, si = ctx.sentence_index(fact.amount.start)
    spans = [sents[j] for j in range(si - 1, -1, -1)]
    if (before := last_sentence_before(text, ctx, sents[0].start)) is not None:
        spans.append(before)  # the last sentence of the paragraph before
        if fact.context is not None and before.start == fact.context.start and (
                lead_before := last_sentence_before(text, ctx, before.start)) is not None:
            # «Экспорт отдельных товаров (январь–март):» over «тракторы – 96,7 млн долл.;»: a
            # list's lead naming no market tells of what the text before it told
            spans.append(lead_before)
    # (a sentence that tells only whose trade it is, «Холдинг реализовал продукции на …»,
    # names no market a later figure could follow)
    for span in spans:
        if whole_first and span.start in earlier and told_as_part(text, facts[earlier[span.start]]):
            # «На долю граждан России пришлось около 17 млн долларов, или 54% всего объема»:
            # a part of a whole told before; «экспорт медицинских услуг достиг 58,6 млн
            # долларов» after it is the whole's, every market's (round 30)
            return Reading(FLOW_OTHER, None), span
        if span.start in earlier and readings[earlier[span.start]][0].market_told:
            return carry(readings[earlier[span.start]][0], kind), span
        if (got := sentence_direction(text, span)) is not None and got.market_told:
            return carry(got, kind), span
        if (partner := partner_alone(text, span.start, span.end)) is not None:
            # «Товарооборот Могилёвской области с Калужской областью … превысил 118 млн. Наш
            # экспорт за этот период – 83 млн»: the trade told with one side is the other's
            return from_viewpoint(other_side(partner), kind), span
    title_end = headline_end(text)
    if title_end > 0 and sents[0].start > title_end:
        title = SentenceSpan(headline_start(text), title_end)  # under a date line too
        if (got := sentence_direction(text, title)) is not None and got.market_told:
            return carry(got, kind), title
        if (partner := partner_alone(text, title.start, title_end)) is not None:
            # «Обзор внешней торговли Республики Беларусь с Российской Федерацией …» over a
            # figure no nearer line places: the title's trade with one side is the other's
            return from_viewpoint(other_side(partner), kind), title
    return None
