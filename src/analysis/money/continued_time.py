"""The time a figure that states none takes from what came just before it (read by
`analysis.money.facts.describe`, before `analysis.money.borrowed_time` looks further off).

- «экспорт — …, импорт — …», «Ещё около 20 млн долларов пойдёт на …», «Из них тракторы —
  почти ярд» opening the paragraph after the figure: the figure in focus before it (the one
  outside a bracket, «290,1 млн (в 2015 г. – 318,6 млн); Курганская область – 48,7 млн»: a
  bracket's figure is a base); a price after trade figures keeps no time of theirs;
- a sentence that goes on about the previous one («Экспорт — $1,1 млрд.», «Взаимная торговля
  за этот период …»): the previous sentence's figure in focus, else its time, else the
  nearest earlier sentence of the paragraph that states one when the previous gives a base
  year only; not a one-off sum (a credit, an investment, a grant, a price) nor money spent
  after a plan.
"""

from __future__ import annotations

from datetime import date

from analysis.lazypattern import lazy_compile
from analysis.money.carried_time import end_of
from analysis.money.carry import earlier_time
from analysis.money.context import names_one_off_support
from analysis.money.continuation import goes_on, subset_of_paragraph_before, subset_of_sentence_before
from analysis.money.fact_record import Fact, origin_of, span_of
from analysis.money.focus import focus_before, inside_bracket
from analysis.money.forecast import is_forecast, past_after_plan
from analysis.money.period import period_of
from analysis.money.price_told import is_price_told
from analysis.money.publication_source import year_source_of
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.scope import AmountScope
from analysis.money.time_words import has_time_words
from analysis.money.year import year_reading

__all__ = ["continued_time"]

# a sentence opening with «Ещё» right before its amount: one more of the figure before
_ONE_MORE = lazy_compile(r"(?i)[ \u00a0]*(?:а|и)?[ \u00a0]*ещ[её][ \u00a0]+(?:(?:около|почти|порядка|"
                       r"примерно|свыше|более|до|на)[ \u00a0]+)?")


def continued_time(scope: AmountScope, metric: str, cue_head: str, *, prev: Fact | None,
                   same_sentence: bool, prev_sentence: bool, on: bool | None,
                   sents: list[SentenceSpan], si: int, ctx: ArticleText, facts: list[Fact],
                   published: date | None, date_source: str, year: int | None,
                   period: str | None, year_source: str | None, context: SentenceSpan | None,
                   ) -> tuple[int | None, str | None, str | None, SentenceSpan | None]:
    """The year, period, year source and context sentence of the figure of `scope` (measuring
    `metric`, `cue_head` its cue word; `prev` the figure before it, `same_sentence` and
    `prev_sentence` whether it stands in this figure's sentence or the one before, `on`
    whether the sentence goes on about the previous one, None when not read yet), taken
    from what came just before; `year`, `period`, `year_source` and `context` as read so
    far, kept where nothing is taken."""
    text, s_start, s_end, amount = scope.text, scope.start, scope.end, scope.amount
    # No time of its own: «экспорт — …, импорт — …», «Экспорт — $1,1 млрд.»,
    # «Взаимная торговля за этот период …» take the time of what came just before;
    # failing that, of the nearest earlier sentence of the paragraph that states
    # one, then of the headline and lead («подвело итоги … за прошлый год»).
    if prev is not None and (same_sentence or (not is_price_told(scope, metric, cue_head) and (
            subset_of_paragraph_before(text, span_of(prev), s_start, si)
            or subset_of_sentence_before(text, span_of(prev), s_start, sents, si)))
            or (_ONE_MORE.fullmatch(text, s_start, amount.start) and (
                prev.metric == metric or metric not in ("credit", "investment")))):
        # («Основная доля приходится на ЖК-модели, оптовая цена которых — 9 тыс.»: a
        # price after trade figures keeps no time of theirs, tests/gold/README.md)
        # («Ещё около 20 млн долларов пойдёт на …»: one more of the figure before)
        # («Из них тракторы — почти ярд» opening the paragraph after the figure)
        # («290,1 млн (в 2015 г. – 318,6 млн); Курганская область – 48,7 млн»: a
        # bracket's figure is a base, the focus stays on the figure outside it)
        focus = prev if same_sentence and not (inside_bracket(prev) and text.rfind(
            "(", s_start, amount.start) < text.rfind(")", s_start, amount.start)) else (
            focus_before(facts, prev))
        year, period, year_source = focus.year, focus.period, focus.year_source
        context = context if same_sentence else context or origin_of(focus)
    # (a credit or an investment is a one-off sum: «Отдельно он напомнил о кредите — из
    # 105 млрд …», «Предприятие вкладывает в обновление производства 4,2 млн» take no
    # time from the figure before; nor does a price: «Средняя стоимость путёвки — …»,
    # nor a grant or a cap per recipient: «— до 15 тыс. рублей на одно предприятие»)
    elif (on if on is not None else goes_on(text, s_start, amount, si)) and metric not in (
            "credit", "investment") and not is_price_told(scope, metric, cue_head) and not (
            metric == "financing" and names_one_off_support(text, s_start, s_end)
    ) and not past_after_plan(
                scope, prev.forecast if prev is not None and prev_sentence else is_forecast(
                    end_of(text, sents[si - 1]))):  # (spent money: no plan's time)
        if prev is not None and prev_sentence:
            # («Год назад за тот же период было 801 млн. Импорт сократился до …»: a
            # figure dated back from the focus leaves the focus where it was)
            focus = focus_before(facts, prev)
            year, period, year_source = focus.year, focus.period, focus.year_source
            context = context or origin_of(focus)
        else:
            before = end_of(text, sents[si - 1])
            period = period_of(before)
            got = year_reading(before, published=published, period=period)
            year, year_source = got.year, year_source_of(got.source, date_source)
            context = context or sents[si - 1]
            if year is not None and not has_time_words(before.lowered) and (  # a base year only
                    when := earlier_time(ctx, sents, si, published, facts)) is not None:
                year, period, context = when.year, when.period, when.sentence
                year_source = when.inherited_source or year_source_of(when.source, date_source)
    return year, period, year_source, context
