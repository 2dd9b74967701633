"""What each money amount measures, when and where.

`describe(article)` turns the amounts of an article into `Fact`s:

- **metric** — the nearest metric word around the amount in its sentence (`money.metric`),
  with the readings that override it (`money.own_metric`);
- **year** and **period** — the nearest year expression and partial period of the sentence;
  a figure with none that continues nothing takes them from further off (`money.borrowed_time`);
- **continuation** — a sentence with no time (or no cue) of its own that goes on about the
  previous one («Годом ранее он был …», «Экспорт — $1,1 млрд.», «при этом», «за этот период»,
  a borrowed currency, the next amount of the same sentence) takes the previous figure's year,
  period (and metric); coordinated amounts («кредит на €40 млн и $25 млн») share a cue;
- **topic** — a sentence with no cue of its own and nothing just before it to continue
  inherits the metric of the nearest sentence of its paragraph that sets one, else the
  headline's, with lower confidence;
- **region** — own sentence, national words, then the previous sentence or the lead;
- **forecast** — a plan, target or expectation governs the amount (`analysis.money.forecast`);
- **Belarusian rubles** — a bare «рублей» in a Belarusian body's article is BYN;
- **conversions** — a figure converted into another currency means what its figure means.

The readings of the facts together (conversions, flows, goods, wholes and their parts, …)
follow in `money.read_together`.

Each fact records how its year was read (`year_source`) and the sentence an inherited
metric, region or year came from (`context`), so a briefing can cite both.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.against_base import against_base_start, base_period
from analysis.money.amounts import Amount, find_amounts
from analysis.money.asked import asked_metric
from analysis.money.borrowed_time import borrowed_time
from analysis.money.buyers_ranked import export_ranked
from analysis.money.carried_time import end_of
from analysis.money.carry import unnamed_span_time
from analysis.money.cell_heading import column_metric
from analysis.money.confidence import confidence_of
from analysis.money.continuation import (
    continues,
    follows_figure,
    goes_on,
)
from analysis.money.continued_time import continued_time
from analysis.money.cost_verb import names_own_cost
from analysis.money.deal_day import month_is_deal_day, session_month
from analysis.money.estimate import estimated_figure
from analysis.money.fact_record import (
    YEAR_SOURCES,
    Fact,
    FactSentence,
    as_previous,
    context_sentence,
    origin_of,
    span_of,
)
from analysis.money.focus import (
    echo_of,
    echo_period,
    whole_of_part,
)
from analysis.money.focus_time import counted_back_from, own_reach, planned_year
from analysis.money.forecast import (
    SPAN,
    is_forecast,
    is_future,
    plans_over,
    years_spanned,
)
from analysis.money.gapped import gapped_after, gapped_metric
from analysis.money.grew_to import grew_from, reached_after
from analysis.money.interest import bears_interest
from analysis.money.invested import is_estimated_investment
from analysis.money.item_dates import ItemDates
from analysis.money.metric import NO_CUE, sentence_cue
from analysis.money.own_metric import own_metric
from analysis.money.parts import is_part_of_previous, is_whole_of_part, splits_turnover, whole_told_before
from analysis.money.period import MONTH_NAMES, period_of
from analysis.money.plan_past import carried_past_plan
from analysis.money.price_lists import LineLeads
from analysis.money.publication_source import publication_source, reading_date, year_source_of
from analysis.money.read_together import read_together
from analysis.money.recalled import EARLIER, recalled_news
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.relative_time import relative_time
from analysis.money.rubles import belarusian_rubles
from analysis.money.same_period import same_period_time
from analysis.money.scope import AmountScope
from analysis.money.shipped_after import ships_on, supplied_before
from analysis.money.tabular import read_tables
from analysis.money.then_time import then_time
from analysis.money.time_words import has_time_words
from analysis.money.titled_programme import titled_programme_plan
from analysis.money.topic import SentenceCues, points_past_figureless, sentence_topic
from analysis.money.unit_price import is_elliptic_price
from analysis.money.whole_spans import whole_year_between
from analysis.money.year import PUBLICATION, counts_back, focus_year_between, year_reading
from analysis.vocab import METRICS, MONEY_METRICS, TRADE_METRICS

if TYPE_CHECKING:
    from analysis.ingest import Article

__all__ = ["METRICS", "YEAR_SOURCES", "Fact", "FactSentence", "describe"]


_INHERITED_SCORE = 8  # counts as a weak cue for the confidence
_TOPIC_SCORE = 9  # the article's topic: weaker still
_COORDINATED = lazy_compile(r"[ \u00a0]*(?:и|или)[ \u00a0]+")


# --------------------------------------------------------------------------- facts
def describe(article: Article, amounts: list[Amount] | None = None) -> list[Fact]:
    """A `Fact` for each amount of the article (found with `find_amounts` if not given). The
    learned check on the metric (`money.metric_model`) is not applied: it did not carry the
    metric to unseen rounds (docs/quality.md), so the rules' metric stands."""
    text = article.text
    if amounts is None:
        amounts = find_amounts(text)
    # (the bare numbers of tables flattened into text join them, their currency decided)
    # (the article's sentences and regions, read once: the ruble reader asks them too)
    ctx = ArticleText(text, source=getattr(article, "source", None)) if amounts else None
    tables = read_tables(article, belarusian_rubles(article, amounts, ctx) if amounts else amounts)
    amounts = tables.amounts
    if not amounts:
        return []
    if ctx is None:
        ctx = ArticleText(text, source=getattr(article, "source", None))
    cues = SentenceCues(text)
    date_source = publication_source(article)
    page_published, item_dates = reading_date(article), ItemDates.of_undated(article, text)
    leads = LineLeads(text)
    piped = "|" in text  # (a «|» table's cells: looked for only in an article that has one)
    facts: list[Fact] = []
    bases: list[int | None] = []  # the year each fact's «годом ранее» counts back from
    for amount in amounts:
        published = item_dates.at(amount.start) or page_published  # a feed item's, a message's
        sents, si = ctx.sentence_index(amount.start)
        s_start, s_end = sents[si]
        others = [o for o in amounts if o.end > s_start and o.start < s_end]
        scope = AmountScope(text=text, start=s_start, end=s_end, amount=amount, others=others,
                            folded_text=ctx.folded)
        cue, metric, score = own_metric(scope, lambda lo=s_start, hi=s_end: (
            bool(ctx.regions(lo, hi) or ctx.named)))
        cell = tables.cell(amount)
        # a list's lead line (a price list's, when a lead announces prices: read once a line)
        item_lead, priced = leads.of(s_start) if cell is None else (None, False)
        if priced:
            metric, score = "other", 0  # «ТАРИФЫ (без НДС):» over «декларация на импорт – …»
            # (and its time: «Сколько стоит …, январь 2026 г.:»; session 30)
        if cell is not None and cell.metric is not None:
            metric, score = cell.metric, 0  # its row's or column's label, or the table's lead
        elif cell is None and piped and (column := column_metric(text, amount)) is not None:
            metric, score = column, 0  # «| Регион | Экспорт в РБ | Импорт из РБ |» over its cells
        # (a table's row is an item of the table, not a continuation of the row above)
        prev = (facts[-1] if cell is None else tables.before_table(facts, cell)) if facts else None
        same_sentence = prev is not None and prev.sentence.start == s_start
        if same_sentence and prev.metric == "other" and is_elliptic_price(
                text, s_start, prev.amount.end, amount.start, cue.head):
            metric, score = "other", 0  # «…, импортного европейского — 310 рублей»: a price
        if (against := against_base_start(text, prev.amount.end, amount.start) if same_sentence
                else None) is not None:
            metric, score = prev.metric, _INHERITED_SCORE  # «по $119 … против $100»: the same
        prev_sentence = prev is not None and follows_figure(text, span_of(prev), s_start, sents, si)
        context: SentenceSpan | None = None  # where an inherited meaning came from
        on: bool | None = None  # does the sentence go on about the previous one (read once)
        # (a bare figure said again, «Окончательно — 660», is the same fact whatever cue
        # stands near it; a range is never an echo, nor a table's cell: an item of its table)
        # (a figure that goes on from an earlier one of its own sentence says no headline
        # figure again: «…достиг 392 млн долларов, а к 2020 году может превысить 500 млн»
        # under a headline's «полмиллиарда долларов» of deals; round 59)
        # (nor a figure with a cue of its own whose rubles were implied: «Белэксимгарант … в
        # I квартале застраховало контракты … на 1,2 трлн рублей» under its headline; round 67)
        echo = echo_of(facts, amount, s_start, text if same_sentence or score != NO_CUE else "") if (
            amount.qualifier != "range" and cell is None
            and (score == NO_CUE or amount.implied_currency)) else None
        # («Реалистичнее ожидать около 57 млрд долларов.»: an estimate of the figure just told)
        estimated = estimated_figure(text, s_start, s_end, amount, prev) if (
            score == NO_CUE and cell is None) else None
        if estimated is not None:
            metric, score, context = estimated.metric, _INHERITED_SCORE, origin_of(estimated)
        elif echo is not None and score == NO_CUE:
            # «по уточнённым данным получилось 1 млрд 180 млн»: the figure said again
            metric, score, context = echo.metric, _INHERITED_SCORE, origin_of(echo)
        elif score == NO_CUE and cell is None and (asked := asked_metric(text, s_start)):
            metric, score = asked, _TOPIC_SCORE  # «— Сколько получают? — 820 рублей»
        elif score == NO_CUE and not names_own_cost(scope):  # («… обойдётся пациенту в»)
            on = goes_on(text, s_start, amount, si)
            if prev is not None and (same_sentence or (prev_sentence and on)
                                     or continues(text, amount, span_of(prev), s_start, sents, si)):
                # «Экспорт составил $5 млрд. А в 2023 году — около 4 миллиардов.», «Годом
                # ранее он был …»: a sentence with no cue of its own continues the previous
                # figure's metric (the whole's, when that figure was a part of it told last)
                focus = prev if same_sentence else whole_of_part(text, facts, prev)
                metric, score = focus.metric, _INHERITED_SCORE
                context = origin_of(focus)
            elif on and not points_past_figureless(text, sents, si):
                # «… внешнеторгового оборота. За шесть месяцев он составил …»
                before = sentence_cue(end_of(text, sents[si - 1]))
                if before.score != NO_CUE:
                    metric, score = before.metric, _INHERITED_SCORE
                    context = sents[si - 1]
            if score == NO_CUE and (topic := sentence_topic(cues, sents, si, as_previous(
                    prev and whole_of_part(text, facts, prev)))) is not None:
                metric, score, context = topic.metric, _TOPIC_SCORE, topic.source
            if metric not in TRADE_METRICS and not same_sentence and (
                    sold := export_ranked(text, s_start, s_end, facts)) is not None:
                # «крупнейшим покупателем могилёвской продукции остаётся Смоленская область —
                # 96 млн»: the buyers rank the export told before (round 54)
                metric, score, context = sold.metric, _INHERITED_SCORE, origin_of(sold)
        if cell is None and si > 0 and whole_told_before(scope, cue,
                                                          partial(cues.last, sents[si - 1])):
            # «… кредит … выбран почти полностью. Из 105 млрд рублей, предусмотренных …»
            metric, score, context = cues.last(sents[si - 1]).metric, _INHERITED_SCORE, sents[si - 1]
        if (prev is not None and cell is None and score != NO_CUE and prev.metric != "other"
                and prev.metric != metric and not splits_turnover(prev.metric, metric)
                and is_part_of_previous(scope, cue)):
            # «из них на поставку вагонов приходится 5,4 млрд», «Ещё 300 млн придётся на
            # поставки»: a part of the whole, or one more of its kind
            metric, score = prev.metric, _INHERITED_SCORE
            context = context or origin_of(prev)
        if cell is None and ships_on(scope, metric, cue.head, prev):
            # «…поставили в Беларусь семян на 1,35 млрд. В первом квартале отгрузки составили
            # 610 млн»: shipments told after an export are that export
            metric, score, context = prev.metric, _INHERITED_SCORE, context or origin_of(prev)
        elif cell is None and supplied_before(scope, metric, cue.head, facts):
            metric = "export"  # «по договору поставки … отгружено пока на 11,2 млн»
        if (prev is not None and same_sentence
                and _COORDINATED.fullmatch(text, prev.amount.end, amount.start)):
            metric, score = prev.metric, min(score, _INHERITED_SCORE)
            # «кредит на €40 млн и $25 млн»: coordinated amounts share their cue
        elif prev is not None and same_sentence and gapped_after(text, prev.amount.end,
                                                                 amount.start):
            metric = gapped_metric(text, prev.amount.end, amount.start, prev.metric)
            score = min(score, _INHERITED_SCORE)
            # «отгрузил в край техники на $58,6 млн, а всего в Россию — на $392 млн»
        if cell is None and metric != "credit" and bears_interest(scope):
            metric, score = "credit", min(score, _INHERITED_SCORE)  # «450 млн … под 3% годовых»
        # («На торгах 23 апреля заключены сделки на …»: the deals of a day, of its month)
        period = period_of(scope) or session_month(text, s_start, s_end, scope, metric)
        # «в минувшем месяце», «на прошлой неделе»: counted back from the publication
        back = relative_time(own_reach(scope), published) if period is None and (
            "прош" in scope.lowered or "минувш" in scope.lowered) else None
        period = back.period if back is not None else period
        period = base_period(scope, against, period) if against is not None else period
        if deal_day := month_is_deal_day(text, s_start, s_end, scope, metric, period):
            period = None  # «Контракт … подписан в феврале»: the deal's day, a one-off sum
        elif period is not None and same_sentence and whole_year_between(text, prev.amount.end,
                                                                         amount.start):
            period = None  # «в январе–феврале — 41 млн, а на весь год рассчитывает на …»
        # «Годом ранее …», «того же года» count from the figure in focus: the one just
        # reported, else the last earlier reported (not forecast) figure with a year,
        # else the publication
        base_year = prev.year if prev is not None and (same_sentence or prev_sentence) else (
            next((f.year for f in reversed(facts) if f.year is not None and not f.forecast),
                 None))
        if base_year is None and prev is not None and (same_sentence or prev_sentence):
            # a figure in focus with no year of its own («Чистый долг снизился до 1,15 млрд с
            # 1,4 млрд годом ранее» in a report for 2013): the paragraph's last one with a
            # year (round 68; not one of a paragraph before: a price's «годом ранее» is the
            # writing's)
            para = text.rfind("\n", 0, amount.start)
            base_year = next((f.year for f in reversed(facts) if f.year is not None
                              and not f.forecast and f.amount.start > para), None)
        if same_sentence and focus_year_between(text, s_start, prev.amount.start):
            # «Годом ранее соотношение было 29,6 и 23,5 млрд»: the phrase before both figures
            # counts each from the same figure in focus, not the second from the first
            base_year = bases[-1]
        bases.append(base_year)
        reading = year_reading(scope, published=published, period=period, base_year=base_year,
                               present=metric not in MONEY_METRICS, deal=metric == "agreements")
        year, year_source = reading.year, year_source_of(reading.source, date_source)
        if back is not None and reading.source not in ("stated", "relative"):
            year, year_source = back.year, "relative"
        if (whole := is_whole_of_part(scope)) and reading.source == "publication" and period is None:
            year = year_source = None  # «до конца года получит 12 млрд из … 105 млрд»: the part's
        if reading.source not in ("stated", "relative") and (then := then_time(text, sents, si, published)):
            year, year_source = then.year, year_source_of(then.source, date_source)  # «Тогда …»
            context = context or then.sentence
        if cell is not None and (cell.year is not None or cell.period is not None):
            # a table cell: the time of its column header, row label or lead
            year, period, year_source = cell.year, cell.period, cell.year_source
            context = context or (SentenceSpan(*cell.context) if cell.context else None)
            if year is None and (own := year_reading(scope, published=published, period=period)).year:
                # «(янв.–авг., млн долл.)» over its rows: a period of the year of writing, as in
                # a sentence
                year, year_source = own.year, year_source_of(own.source, date_source)
        elif cell is not None and (top := tables.first_of_table(facts, cell)) is not None:
            # the table says no time: its rows share the time its first row was read in
            year, period, year_source = top.year, top.period, top.year_source
            context = context or origin_of(top)
        if (reading.source not in ("stated", "relative") and period is not None and same_sentence
                and prev.year is not None and (prev.year_source in ("stated", "relative")
                                               or prev.context is not None)
                and prev.period is not None and not counts_back(scope.lowered)):
            # «В четвертом квартале этот показатель составил $312 млн, тогда как в первом –
            # $178 млн»: a period of the year the sentence's first figure is of, not the
            # publication's
            year, year_source = prev.year, prev.year_source
        if estimated is not None and reading.source not in ("stated", "relative"):
            year, period, year_source = estimated.year, estimated.period, estimated.year_source
        if echo is not None and reading.source not in ("stated", "relative"):
            year, year_source = echo.year, echo.year_source
            period = period or echo_period(text, amount, echo, s_start)
        if period is None and (same := same_period_time(
                text, sents, si, facts, published, prev.amount.end if same_sentence else -1)):
            # «за тот же период — порядка 26 млрд»: the period of the figure in focus or of the
            # sentence just before (and its year, unless the sentence counts one: «аналогичный
            # период прошлого года»)
            period, context = same.period, same.sentence
            if reading.source not in ("stated", "relative"):
                year, year_source = same.year, same.inherited_source or year_source_of(
                    same.source, date_source)
        elif period is None and reading.source == "relative" and (
                back := counted_back_from(scope, prev if same_sentence or prev_sentence else None)):
            period, context = back.period, context or origin_of(back)  # «Годом ранее было 188 млн»
        if year is None and period is None and same_sentence and prev.year is not None and (
                whole_year_between(text, prev.amount.end, amount.start)):
            year, year_source = prev.year, prev.year_source  # «за полугодие …, а за год — …»
        planned = is_forecast(scope)
        own_year = year
        if year is None and period is None and not deal_day and not has_time_words(
                own_reach(scope)) and not whole:
            year, period, year_source, context = continued_time(
                scope, metric, cue.head, prev=prev, same_sentence=same_sentence,
                prev_sentence=prev_sentence, on=on, sents=sents, si=si, ctx=ctx, facts=facts,
                published=published, date_source=date_source, year=year, period=period,
                year_source=year_source, context=context)
            year, period, year_source, context = borrowed_time(
                scope, metric, cell=cell, item_lead=item_lead, prev=prev, sents=sents, si=si,
                ctx=ctx, facts=facts, published=published, date_source=date_source, year=year,
                period=period, year_source=year_source, context=context)
        elif year is None and period is None and (when := unnamed_span_time(
                scope.lowered, ctx, sents, si, published, facts, date_source)) is not None:
            # «Экспорт за месяц составил 71,9 млн», «Всего за год — 1 497,6»: the one in focus
            when = planned_year(scope.lowered, when, facts)  # («План на год – $1,6 млрд»)
            year, period = when.year, when.period
            year_source = when.inherited_source or year_source_of(when.source, date_source)
            context = context or when.sentence
        if own_year is None and carried_past_plan(planned, metric, year, published):
            # «По итогам 2024 года … 25,4 млрд. Поручено нарастить поставки до 8 млрд» (in
            # January 2025): a plan is not of a year that is over, but of the year of writing
            year = published.year  # type: ignore[union-attr]
            year_source = year_source_of(PUBLICATION, date_source)
        if year is not None and period not in MONTH_NAMES and grew_from(text, s_start, amount, others):
            # «в 2022 году вырос с 390 млн до 520 млн»: the level it grew from (not a change told
            # in one month, «в мае стоимость билета выросла с 10 000 до 15 000»: that year's)
            year -= 1
        elif same_sentence and reached_after(text, prev, amount, year):
            year += 1  # «вырос с 18,1 млрд до 25,1 млрд»: the level reached, a year later
        region = ctx.region(scope, sents, si, metric)
        confidence = confidence_of(amount, metric=metric, score=score,
                                 region_penalty=region.penalty)
        context = context or region.source
        # a programme's money «на 2026–2029 годы» has no one year, nor the publication's
        spanned = years_spanned(scope, article.published, horizon=metric != "credit")
        multi_year = plans_over(scope, article.published, spanned) or (
            titled_programme_plan(scope, metric, article.published))  # a passport's title span
        facts.append(Fact(amount=amount, metric=metric, year=year, period=period,
                          region=region.region, regions=region.together,
                          sentence=FactSentence(start=s_start, end=s_end,
                                                text=text[s_start:s_end]),
                          confidence=confidence,
                          forecast=planned or (cell is not None and cell.forecast) or (
                              estimated is not None and estimated.forecast) or (
                              item_lead is not None and is_forecast(end_of(text, item_lead))) or (
                              metric == "investment" and is_estimated_investment(scope))
                          or (metric != "agreements" and (
                              (date_source != "inferred" and is_future(year, article.published))
                              or multi_year)),
                          year_source=year_source if year is not None else (
                              EARLIER if recalled_news(text, s_start, amount.start)
                              else SPAN if multi_year or spanned is not None else None),
                          context=context_sentence(text, context, s_start)))
    return read_together(article, facts, tables, ctx)
