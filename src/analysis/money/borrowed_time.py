"""The time a figure that states none, and continues no figure just before it, takes from
further off (`borrowed_time`, read by `analysis.money.facts.describe`): a list's lead line,
the nearest earlier sentence of its paragraph for a yearly series or a table's cell, the
article's focus, a question an answer follows («— А на этот год какая задача?»), the figures
before a result or a results report, the article's trade figures for a balance, the time of
an event told before («собрали весной 2021-го. Вложили 350 млн»).
"""

from __future__ import annotations

from datetime import date

from analysis.lazypattern import lazy_compile
from analysis.money.carry import earlier_time
from analysis.money.context import (
    collects_payments,
    context_words,
    counts_deals,
    names_one_off_support,
    ranks_shares,
    states_result,
)
from analysis.money.event_time import event_time, year_told_before
from analysis.money.fact_record import Fact
from analysis.money.focus import focus_before
from analysis.money.focus_time import article_focus, balance_time, figures_before, results_time
from analysis.money.forecast import is_forecast
from analysis.money.list_time import item_time
from analysis.money.period_totals import counts_imposed_fines
from analysis.money.price_told import names_limit, names_price
from analysis.money.publication_source import year_source_of
from analysis.money.purchase import is_farm_spending
from analysis.money.question_time import question_time
from analysis.money.reader_gates import (
    COLLECTS_PAYMENTS,
    COUNTS_DEALS,
    ONE_OFF_SUPPORT,
    RANKS_SHARES,
    STATES_RESULT,
    open_readers,
)
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.report_year import report_time
from analysis.money.scope import AmountScope
from analysis.money.tabular import TableCell
from analysis.money.unit_price import is_unit_price
from analysis.vocab import TRADE_METRICS

# Yearly series: with no time of their own they take that of the sentence before or the lead
# (trade; budgets and programme money). Investments and credits are one-off sums.
_SERIES_METRICS = frozenset((*TRADE_METRICS, "financing"))
_FIXED_CAPITAL = lazy_compile(r"основн\w*[ \u00a0]+капитал")


def borrowed_time(scope: AmountScope, metric: str, *, cell: TableCell | None,
                  item_lead: tuple[int, int] | None, prev: Fact | None, sents: list[SentenceSpan],
                  si: int, ctx: ArticleText, facts: list[Fact], published: date | None,
                  date_source: str, year: int | None, period: str | None,
                  year_source: str | None, context: SentenceSpan | None,
                  ) -> tuple[int | None, str | None, str | None, SentenceSpan | None]:
    """The year, period, year source and context sentence of the figure of `scope` (measuring
    `metric`; `cell` its table cell, `item_lead` its list's lead line, `prev` the figure
    before it, `sents` and `si` its paragraph's sentences and its own), borrowed from further
    off; `year`, `period`, `year_source` and `context` as read so far, kept where nothing is
    borrowed."""
    text, s_start, s_end = scope.text, scope.start, scope.end
    # (a word list none of whose literals stands in the sentence is not searched)
    opened = open_readers(scope)
    # («…, на что пойдут деньги в 2024 году:» over «• 620 млн — субсидии»: a list's
    # items have the time of its lead; not a price per unit an item names besides, «Цена
    # двигателя — не более 265 000 руб. за единицу» in a lot of a purchase «на 2009 год»)
    when = item_time(text, item_lead, published, prev, series=(
        metric in _SERIES_METRICS or (metric == "other" and STATES_RESULT in opened
                                      and states_result(text, s_start, s_end))
    )) if (year is None and item_lead is not None and not is_unit_price(scope, metric)) else None
    # (a grant or a subsidy is a one-off sum, not a budget's yearly series)
    series = metric in _SERIES_METRICS and not (
        metric == "financing" and ONE_OFF_SUPPORT in opened
        and names_one_off_support(text, s_start, s_end))
    # (a table's cell takes the time before it, but not a price table's: «Цены на
    # металлопрокат (руб./т с НДС):» keeps no year unless a header names one)
    if year is None and when is None and (series or (cell is not None and not (
            metric == "other" and names_price(text, text.rfind(
                "\n", 0, max(0, cell.block - 1)) + 1, cell.row[0]))) or (
            metric == "agreements" and COUNTS_DEALS in opened and counts_deals(
                text, s_start, s_end)) or (
            RANKS_SHARES in opened and ranks_shares(text, s_start, s_end)) or (
            metric == "other" and COLLECTS_PAYMENTS in opened and collects_payments(
                text, s_start, s_end)
            and not names_limit(scope) and not _own_sanction(scope)) or (
            metric == "other" and counts_imposed_fines(scope)) or (
            metric == "investment" and _FIXED_CAPITAL.search(scope.lowered))):
        # («инвестиции в основной капитал» are a region's yearly statistic, a series)
        when = earlier_time(ctx, sents, si, published, facts) or (
            article_focus(facts, TRADE_METRICS)  # (a scenario, «может откатиться», keeps none)
            if metric in TRADE_METRICS and not is_forecast(scope) else None)
        if when is not None and (asked := question_time(
                ctx, sents, published, series=metric in TRADE_METRICS)) is not None \
                and asked.sentence.start > when.sentence.start:
            # «— А на этот год какая задача? — Выйти на 1,7 млрд»: the question is
            # nearer than the lead's «в прошлом году»
            when = asked
        if when is not None and when.source == "relative" and date_source == "inferred":
            when = None  # «за прошлый год» counted from a guessed date is no year
    elif year is None and when is None and metric == "other" and STATES_RESULT in opened and (
            states_result(text, s_start, s_end)):
        # a result (revenue, profit, a trade balance) takes the time of the figures
        # just before it («Экспорт — 398,7 млн, импорт — 213,7 млн. Положительное
        # сальдо — 185 млн») or of a results report («МАЗ подвёл итоги 2024 года»); a
        # price («средняя стоимость трактора») or a purchase keeps none
        # (the figure in focus: not a base set against it, «… против 97,2 млн годом ранее»)
        when = figures_before(prev and focus_before(facts, prev), sents) or earlier_time(
            ctx, sents, si, published, facts)
        if when is not None and when.inherited_source is None and not results_time(
                text, when, sents[0].start, date_source) and not year_told_before(
                    scope, text, sents, si, when, date_source):
            when = None
        if when is None and not is_forecast(scope):  # («Сальдо торговли … — 200 млн»)
            when = balance_time(text, s_start, s_end, facts, TRADE_METRICS)
    elif year is None and when is None and metric == "other" and is_farm_spending(scope):
        # («Всего … хозяйства потратили около 190 млн»: farms' purchases, of a time)
        when = earlier_time(ctx, sents, si, published, facts)
    elif year is None and when is None:  # («собрали весной 2021-го. Вложили 350 млн»)
        when = event_time(scope, metric, text, sents, si, published, facts)
    if year is None and when is None:
        # «— Как завод закрыл прошлый год? — Выручка составила …»: an answer
        when = question_time(ctx, sents, published,
                             series=metric in TRADE_METRICS)
        if when is not None and metric == "credit" and not _LOAN_ASKED.search(
                text, when.sentence.start, when.sentence.end):
            # a credit is a one-off sum: it keeps the time of a question about a loan («— В
            # позапрошлом году предприятие взяло заём. На что …?»), not of one about plans
            # («— А планы на текущий год? — … первая часть кредита, 35 млрд, уже освоена»,
            # round 55)
            when = None
    if year is None and when is None and metric != "other" and not is_forecast(scope):
        when = report_time(text, ctx.folded)  # «Годовой отчёт … за 2017 год»: the report's year
    if year is None and when is not None:
        year, period = when.year, when.period if metric != "financing" else None
        year_source = when.inherited_source or year_source_of(when.source, date_source)
        context = context or when.sentence
    return year, period, year_source, context


# a question about a loan: «взяло заём», «кредит», «транш»
_LOAN_ASKED = lazy_compile(r"(?i)(?<![а-яё])(?:кредит|за[её]м|займ|транш|ссуд)")


def _own_sanction(scope: AmountScope) -> bool:
    """Is the amount a penalty or a fine named in its own clause (from the figure or the comma
    before it: «доначислила налог, пени в размере 9,24 млн рублей и штраф 4,6 млн»)? One
    case's sanction takes no time from a sentence of payments before it (round 50)."""
    amount = scope.amount
    lo = max([scope.start, scope.text.rfind(",", scope.start, amount.start) + 1]
             + [o.end for o in scope.others if o.end <= amount.start])
    sanctions = context_words().sanctions
    return sanctions is not None and sanctions.search(scope.text[lo:amount.start].lower()) is not None
