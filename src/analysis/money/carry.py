"""The time a figure with none of its own takes from the sentences before it.

Read by `analysis.money.facts` and `analysis.money.borrowed_time` when an amount's sentence
states no year and no period:

- `earlier_time`: the nearest earlier sentence of the paragraph that states a time, else the
  headline and lead (an agency dateline «Калининград, 14 марта 2019 г.» is when the news was
  written, not the figures' year, so a lead sentence with no figure of its own and only a
  full date is passed over);
- `quarter_in_focus`, `unnamed_span_time`: «за месяц», «за квартал», «всего за год» take the
  month, quarter or year in focus.

The other carriers have a module each (session 44): `question_time` (an interview's question),
`same_period` («за тот же период», «на ту же дату»), `then_time` («Тогда же …»), `list_time`
(a list's lead or the item before); `carried_time` holds what they hand back, `time_words`
whether a text states a time of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.carried_time import CarriedTime, end_of, stated_time
from analysis.money.focus import looked_back_from
from analysis.money.period import MONTH_NAMES, MONTH_NAMES_IN_ORDER, MONTH_RE, period_of
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.than_base import THAN_PHRASE
from analysis.money.time_words import has_time_words
from analysis.money.whole_spans import whole_month, whole_quarter, whole_year
from analysis.money.year import counts_back

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from analysis.money.fact_record import Fact

__all__ = ["earlier_time", "quarter_in_focus", "unnamed_span_time"]

_MONTHS = MONTH_NAMES_IN_ORDER
# «14 марта 2019 г.»: a date (of a meeting, of the news), not a figure's year
_FULL_DATE = lazy_compile(r"(?i)\d{1,2}[ \u00a0]+" + MONTH_RE + r"[ \u00a0]+(?:19|20)\d\d")
# the end of a dateline's date, «… 2024 г. », «… 2024 года — », before the sentence it opens
_DATELINE_REST = lazy_compile(r"[ \u00a0]*(?:г\.|года)?[ \u00a0]*[.—–-]?[ \u00a0]*(?=[А-ЯЁA-Z«])")
_DATELINE_REACH = 40  # characters a dateline's place may take before its date
# months as a period, «за март», «январь — сентябрь»
# («в марте делегация посетила Минск» is an event's month, not a period of figures)
_MONTH_PERIOD = lazy_compile(
    r"(?<![\w-])(?:за[ \u00a0]+" + MONTH_RE + "|" + MONTH_RE + r"[ \u00a0]*[—–-][ \u00a0]*"
    + MONTH_RE + ")")
# the spans of months that make one quarter («январь–март»; «за три месяца» from January, round 54)
_QUARTER_SPANS = frozenset(f"{_MONTHS[q]}–{_MONTHS[q + 2]}" for q in (0, 3, 6, 9)) | {"3 месяцев"}


def unnamed_span_time(low: str, ctx: ArticleText, sents: list[SentenceSpan], si: int,
                      published: date | None, facts: Sequence[Fact],
                      date_source: str) -> CarriedTime | None:
    """The time of a month, quarter or whole year that a sentence (lower-cased `low`) speaks
    of without naming it («Экспорт за месяц составил 71,9 млн», «Выручка за квартал — 9,6
    млрд», «Всего за год — 1 497,6»): the one in focus, a month only when the time in focus is
    a month. A whole year keeps no period, and one counted from a guessed publication date
    (a «прошлый год» against an inferred date) is no year."""
    if whole_month(low) or whole_quarter(low):
        month = "месяц" in low
        when = (earlier_time if month else quarter_in_focus)(ctx, sents, si, published, facts)
        return when if when is not None and (not month or when.period in MONTH_NAMES) else None
    if whole_year(low):
        when = earlier_time(ctx, sents, si, published, facts)
        if when is not None and (date_source != "inferred"
                                 or (when.inherited_source or when.source) == "stated"):
            return when._replace(period=None)
    return None


def quarter_in_focus(ctx: ArticleText, sents: list[SentenceSpan], si: int,
                     published: date | None, facts: Sequence[Fact]) -> CarriedTime | None:
    """The quarter in focus: that of the nearest earlier sentence or the lead when it names a
    quarter («по итогам I квартала 2024 года», «за январь–март»), else of the last earlier
    reported figure of a quarter («за январь–март — $186 млн» before «минус 1,3 млрд за
    квартал»)."""
    when = earlier_time(ctx, sents, si, published, facts)
    if when is not None and _is_quarter(when.period):
        return when
    for f in reversed(facts):
        if f.year_source == "relative" and counts_back(f.sentence.text.lower()):
            continue  # «Годом ранее за тот же квартал — 498 млн»: dated back from the focus
        if f.year is not None and not f.forecast and _is_quarter(f.period):
            return CarriedTime(year=f.year, period=f.period, source=None,
                               sentence=SentenceSpan(f.sentence.start, f.sentence.end),
                               inherited_source=f.year_source)
    return None


def _is_quarter(period: str | None) -> bool:
    return period is not None and (period.endswith("квартал") or period in _QUARTER_SPANS)


def _time_hint(low: str) -> bool:
    """A year, a year word or months as a period («в январе — сентябре увеличил отгрузки»):
    an earlier sentence that may give its time to a figure with none. The base of a «больше,
    чем за январь–июнь 2024 года» is no time of the sentence's own (session 45)."""
    if "чем" in low:
        low = THAN_PHRASE.sub(" ", low)
    return has_time_words(low) or bool(_MONTH_PERIOD.search(low))


def earlier_time(ctx: ArticleText, sents: list[SentenceSpan], si: int,
                 published: date | None, facts: Sequence[Fact]) -> CarriedTime | None:
    """The year (and period) of the nearest earlier sentence of the paragraph that states
    one, else of the headline and lead (the first sentence there that states one). A
    sentence with a figure gives that figure's time, not a comparison after it («…, это на
    27% больше, чем годом ранее»)."""
    text = ctx.text
    lead = [s for s in ctx.lead_sentences() if s.start < sents[0].start]
    figures: dict[int, Fact] = {}
    for f in facts:
        figures.setdefault(f.sentence.start, f)
    for span in [*reversed(sents[:si]), *lead]:
        if not _time_hint(text[span.start:span.end].lower()):
            continue
        figure = figures.get(span.start)
        if figure is not None and figure.year_source == "relative" and counts_back(
                text[span.start:span.end].lower()):
            continue  # «Год назад за тот же период было 801 млн»: dated back from the focus
        if figure is not None and figure.year is not None:
            # («Для сравнения: в 2017 году … чуть более 300 млн»: the figure looked back from)
            figure, told = looked_back_from(facts, figure) or figure, figure
            return CarriedTime(year=figure.year, period=figure.period, source=None,
                               sentence=span if figure is told else SentenceSpan(
                                   figure.sentence.start, figure.sentence.end),
                               inherited_source=figure.year_source)
        if figure is None and span in lead and (dated := _FULL_DATE.search(
                text, span.start, span.end)) and period_of(end_of(text, span)) is None:
            # «Калининград, 14 марта 2019 г. — Агентство …»: the news's date (but «ВИТЕБСК,
            # 5 октября 2020 г. — … подвело итоги за январь–август»: the period it reports);
            # the sentence after a dateline's date is read on its own («Брест, 11 марта 2024
            # г. Холдинг сообщает об итогах работы … в 2023 году», round 57)
            rest = _DATELINE_REST.match(text, dated.end(), span.end)
            if rest is None or dated.start() - span.start > _DATELINE_REACH:
                continue
            span = SentenceSpan(rest.end(), span.end)
        got = stated_time(text, span, published)
        if got is not None:
            return got
    return None

