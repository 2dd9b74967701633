"""The time a figure with none of its own takes from the sentences before it.

Three readers, tried by `analysis.money.facts` when an amount's sentence states no year and
no period:

- `earlier_time`: the nearest earlier sentence of the paragraph that states a time, else the
  headline and lead (an agency dateline «Калининград, 14 марта 2019 г.» is when the news was
  written, not the figures' year, so a lead sentence with no figure of its own and only a
  full date is passed over);
- `question_time`: in an interview, the last question that states a time («— Как завод
  закрыл прошлый год?», «— Какие планы на 2027 год?») sets it for the answers after it;
- `same_period_figure`: «за тот же период», «за аналогичный период» refer to the period of
  the last figure that has one; `same_period_time`: or of the sentence just before, when it
  names a period after that figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from analysis.lang.calendar import calendar
from analysis.lazypattern import lazy_compile
from analysis.money.amounts import Amount
from analysis.money.focus import AGAINST_BEFORE, looked_back_from
from analysis.money.lists import same_list
from analysis.money.period import MONTH_NAMES, MONTH_NAMES_IN_ORDER, MONTH_RE, period_of
from analysis.money.region import ArticleText, SentenceSpan
from analysis.money.scope import AmountScope
from analysis.money.whole_spans import whole_month, whole_quarter, whole_year, whole_year_between
from analysis.money.year import (
    AS_IN,
    COMPARED_PHRASE,
    COMPARISON_STEMS,
    PERCENT_BASE,
    counts_back,
    year_reading,
)
from analysis.money.year_mentions import YEAR_DIGITS

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from analysis.money.fact_record import Fact

__all__ = [
    "CarriedTime",
    "earlier_time",
    "end_of",
    "grew_from",
    "has_time_words",
    "item_time",
    "line_time",
    "quarter_in_focus",
    "question_time",
    "same_period_figure",
    "same_period_time",
    "then_time",
    "unnamed_span_time",
    "whole_month",
    "whole_quarter",
    "whole_year",
    "whole_year_between",
]

_MONTHS = MONTH_NAMES_IN_ORDER
# words that hold «год» at their start and name no time («Вологодская», «выгода»; not inside
# «полугодие», where «угод» is no word)
_NOT_TIME_WORDS = lazy_compile(r"(?<![а-яё])(?:" + "|".join(
    w for w in calendar().not_time_words if "квартал" not in w) + ")")
# the calendar's not-time words that name a place with «квартал» («жилого квартала»): tried only
# where «квартал» is, so the scan of every text with «год» stays as short as it was
_NOT_QUARTER_WORDS = lazy_compile(r"(?<![а-яё])(?:" + "|".join(
    w for w in calendar().not_time_words if "квартал" in w) + ")")
# Any time expression of a sentence's own: then nothing is inherited.
_TIME_STEMS = ("год", "месяц", "квартал", "полугод", "полгода")
# (the stems `has_time_words` tests in turn: one holding an earlier stem, «полугод», «полгода»
# hold «год», stands only where that one does, and `any` stops at that one first: its own
# test never decides)
_TIME_TESTS = tuple(s for i, s in enumerate(_TIME_STEMS) if not any(t in s for t in _TIME_STEMS[:i]))
# (the comparison stems gate the comparison phrase's search; a base opening with a group,
# «(?:больше|меньше…),?\s+чем», leaves an empty stem, which every text holds: such a list
# gates nothing, and its tests are not made)
_COMPARISON_GATE = None if "" in COMPARISON_STEMS else COMPARISON_STEMS
# «14 марта 2019 г.»: a date (of a meeting, of the news), not a figure's year
_FULL_DATE = lazy_compile(r"(?i)\d{1,2}[ \u00a0]+" + MONTH_RE + r"[ \u00a0]+(?:19|20)\d\d")
# the end of a dateline's date, «… 2024 г. », «… 2024 года — », before the sentence it opens
_DATELINE_REST = lazy_compile(r"[ \u00a0]*(?:г\.|года)?[ \u00a0]*[.—–-]?[ \u00a0]*(?=[А-ЯЁA-Z«])")
_DATELINE_REACH = 40  # characters a dateline's place may take before its date
# «за тот же период», «за аналогичный период»: the period of the figure in focus
# («в марте делегация посетила Минск» is an event's month, not a period of figures)
_MONTH_PERIOD = lazy_compile(
    r"(?<![\w-])(?:за[ \u00a0]+" + MONTH_RE + "|" + MONTH_RE + r"[ \u00a0]*[—–-][ \u00a0]*"
    + MONTH_RE + ")")
# («в 2021-м за тот же срок было 356 млн»: «срок» is the period too)
_SAME_PERIOD = lazy_compile(
    r"(?i)(?<![\w-])(?:за|в|на)[ \u00a0]+(?:тот[ \u00a0]+же|этот(?:[ \u00a0]+же)?|данный|указанный"
    r"|аналогичн\w+"
    r"|соответствующ\w+)[ \u00a0]+(?:период\w*|срок\w*)"
    # «за тот же квартал», «за те же месяцы», «в то же полугодие» (round 15); «в том же месяце»
    # (a tranche after a credit's month: round 67)
    r"|(?<![\w-])(?:за|в)[ \u00a0]+(?:тот|те|то|том)[ \u00a0]+же[ \u00a0]+"
    r"(?:квартал\w*|месяц\w*|полугоди\w*)")
# «Государственный долг региона на ту же дату – 26,8 млрд»: the date of the figure before (a
# level on a date has no period, so its year is what is carried; plain news usage, as «за тот
# же период»)
_SAME_DATE = lazy_compile(
    r"(?i)(?<![\w-])на[ \u00a0]+(?:т(?:у|от)[ \u00a0]+же|эт(?:у|от)(?:[ \u00a0]+же)?)[ \u00a0]+"
    r"(?:дат\w*|день|число)(?!\w)")
# the spans of months that make one quarter («январь–март»; «за три месяца» from January, round 54)
_QUARTER_SPANS = frozenset(f"{_MONTHS[q]}–{_MONTHS[q + 2]}" for q in (0, 3, 6, 9)) | {"3 месяцев"}
# «на 9% выше прошлогоднего», «против прошлогодних 4,1 млрд», «к прошлогоднему уровню»
_LAST_YEARS_LEVEL = lazy_compile(
    r"(?<![\w-])(?:выше|ниже|больше|меньше|против|к|чем|относительно)[ \u00a0]+"
    r"(?:уровн\w*[ \u00a0]+)?прошлогодн\w*")
# «за последние пять лет», «в течение десяти лет», «за 5 лет»: a span of years
_YEARS_SPAN = lazy_compile(r"(?<![\w-])(?:за|в[ \u00a0]+течение)[ \u00a0]+(?:последние[ \u00a0]+)?"
                         r"(?:[\w-]+[ \u00a0]+)?лет(?![\w-])")
_QUESTION_LOOKBACK = 8  # paragraphs an answer may stand after its question


class CarriedTime(NamedTuple):
    """A year (and period) taken from an earlier sentence, and where it came from."""

    year: int | None
    period: str | None
    source: str | None  # as `YearReading.source`
    sentence: SentenceSpan
    inherited_source: str | None = None  # a figure's `year_source`, taken as it is


def end_of(text: str, sentence: tuple[int, int]) -> AmountScope:
    """A sentence seen from its end, with no amount of its own: what a sentence that goes
    on about it inherits (its last cue, its period, its year)."""
    start, end = sentence
    here = Amount(start=end, end=end, surface="", value=0.0, currency="", qualifier="exact")
    return AmountScope(text=text, start=start, end=end, amount=here, others=[])


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


_CHANGE_FROM = lazy_compile(r"(?i)(?<!\w)(?:с|со)[ \u00a0]+\Z")
_CHANGE_TO = lazy_compile(r"(?i)[ \u00a0]+до[ \u00a0]+")
_SINCE_YEAR_START = lazy_compile(r"(?i)(?<!\w)с[ \u00a0]+начала[ \u00a0]+"
                                 r"(?:(?:этого|текущего|нынешнего)[ \u00a0]+)?года")


def grew_from(text: str, s_start: int, amount: Amount, others: list[Amount]) -> bool:
    """Is the amount the level a change started from («в 2022 году вырос с 390 млн до 520
    млн»: the 390 are of the year before)? Not over a span inside the year («с начала года
    выросла с 28 до 33 тыс.»: both levels of the year in progress; session 22, round 44)."""
    return _CHANGE_FROM.search(text, max(s_start, amount.start - 4), amount.start) is not None and any(
        _CHANGE_TO.fullmatch(text, amount.end, o.start) for o in others) and (
        _SINCE_YEAR_START.search(text, s_start, amount.start) is None)


def has_time_words(low: str) -> bool:
    """Does this lower-cased text have any time expression of its own? A comparison base
    («или 104% к уровню января–сентября 2025 года») and a rate («по среднегодовому курсу»)
    are not the text's own time."""
    if "среднегодов" in low:
        low = low.replace("среднегодов", "")
    if "год" in low:  # «Вологодская область», «выгода»: «год» inside a word names no time
        low = _NOT_TIME_WORDS.sub(" ", low)
    if "квартал" in low:  # nor does a city block («жилого квартала»)
        low = _NOT_QUARTER_WORDS.sub(" ", low)
    if "прошлогодн" in low:  # «что на 9% выше прошлогоднего»: a comparison base
        low = _LAST_YEARS_LEVEL.sub(" ", low)
    if " к " in low:  # «прибавив 9,8% к 2022 году»: a change against a base year
        low = PERCENT_BASE.sub(" ", low)
    if "как " in low:  # «Сальдо, как и в последние три года, отрицательное»: compared with
        low = AS_IN.sub(" ", low)
    if "лет" in low and _YEARS_SPAN.search(low):
        return True  # «за последние пять лет»: a span of years of its own, not one year
    if not (any(w in low for w in _TIME_TESTS) or YEAR_DIGITS.search(low)):
        return False
    gate = _COMPARISON_GATE
    if (gate is not None and not any(s in low for s in gate)) or COMPARED_PHRASE.search(low) is None:
        return True
    low = COMPARED_PHRASE.sub(" ", low)
    return any(w in low for w in _TIME_TESTS) or bool(YEAR_DIGITS.search(low))


def _time_hint(low: str) -> bool:
    """A year, a year word or months as a period («в январе — сентябре увеличил отгрузки»):
    an earlier sentence that may give its time to a figure with none."""
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
        got = _stated_time(text, span, published)
        if got is not None:
            return got
    return None


def question_time(ctx: ArticleText, sents: list[SentenceSpan], published: date | None,
                  series: bool) -> CarriedTime | None:
    """In an interview, the time of the question the answer in `sents` follows. For a
    trade figure (`series`), questions with no time of their own are passed over: «—
    Какие регионы самые крупные?» still speaks of the year the question before asked
    about; any other figure takes only the time of its own question («— Как область
    поддерживает бизнес?» opens a new subject)."""
    text = ctx.text
    pos = sents[0].start - 1
    if text.find("?", 0, max(pos, 0)) < 0:
        return None  # no question before: not an interview (most articles)
    for _ in range(_QUESTION_LOOKBACK):
        if pos <= 0:
            return None
        paragraph, _ = ctx.sentence_index(pos - 1)
        pos = paragraph[0].start - 1
        for k in range(len(paragraph) - 1, -1, -1):
            span = paragraph[k]
            if not text[span.start:span.end].rstrip().endswith("?"):
                continue
            # («— В прошлом году завод получил крупный кредит. На что пошли деньги?»: the
            # question's own preamble, the interviewer's turn, states the time it asks about)
            for said in (span, *reversed(paragraph[:k])):
                if has_time_words(text[said.start:said.end].lower()):
                    got = _stated_time(text, said, published)
                    if got is not None:
                        return got
            if not series:
                return None
    return None


def same_period_figure(text: str, start: int, end: int,
                       facts: Sequence[Fact]) -> Fact | None:
    """The last earlier figure with a period when text[start:end] says «за тот же период»
    («за аналогичный период»), the last reported one with a year when it says «на ту же дату»
    («на эту дату»), else None."""
    said = text[start:end]
    if not any(w in said for w in (" же ", "период", "срок", " эт")):
        return None
    if _SAME_DATE.search(text, start, end):  # «на ту же дату»: the figure before's date
        return next((f for f in reversed(facts) if f.year is not None and not f.forecast), None)
    if not _SAME_PERIOD.search(text, start, end):
        return None
    # (a comparison base told with «против» is no figure in focus: «2,9 млрд против 1,7 млрд
    # за тот же период 2023 года. … за этот период он отгрузил …» speaks of 2024, round 40;
    # nor is a figure dated back from it, «Годом ранее этот показатель составлял …», round 51)
    return next((f for f in reversed(facts) if f.period is not None and not AGAINST_BEFORE.search(
        text, max(0, f.amount.start - 24), f.amount.start) and not (
            f.year_source == "relative" and counts_back(
                text[f.sentence.start:f.sentence.end].lower()))), None)


def same_period_time(text: str, sents: Sequence[SentenceSpan], si: int, facts: Sequence[Fact],
                     published: date | None) -> CarriedTime | None:
    """The time «за этот период», «за тот же период» in sentence `si` refers to: the period
    the sentence just before states, when no figure with a period was told since («… в
    январе–июне 2011 года получили 10,2 млн тонн нефти. Экспорт … за этот период составил 412
    млн долларов»: not the month of a credit's tranche told before, round 55), else the
    figure's in focus (`same_period_figure`); None if the sentence says no such words."""
    s_start, s_end = sents[si]
    same = same_period_figure(text, s_start, s_end, facts)
    if same is None:
        return None
    if si > 0 and sents[si - 1].start > same.sentence.start and (
            got := _stated_time(text, sents[si - 1], published)) is not None and got.period:
        return got
    src = same.context or same.sentence
    return CarriedTime(year=same.year, period=same.period, source=None,
                       sentence=SentenceSpan(src.start, src.end), inherited_source=same.year_source)


def line_time(text: str, line: tuple[int, int], published: date | None) -> CarriedTime | None:
    """The time a line states («Министр рассказал, на что пойдут деньги в 2024 году:»): what
    the items of a list under it take."""
    return _stated_time(text, SentenceSpan(*line), published)


def item_time(text: str, lead: tuple[int, int], published: date | None, prev: Fact | None,
              *, series: bool) -> CarriedTime | None:
    """The time of a list's item that states none: its lead's («РЕГИОНЫ (товарооборот с РБ,
    янв.–июнь)» over «• Москва — 3,62 млрд $»), else, for a series figure or a result
    (`series`), the time the item before it in the same list was read in («• Импорт РБ из
    РФ: 11,5 млрд $» then «• Сальдо: −1,6 млрд $»). A plan before it gives none."""
    got = line_time(text, lead, published)
    if got is not None or not series or prev is None:
        return got
    if prev.year is None or prev.forecast or not same_list(text, lead, prev.sentence.start):
        return None
    return CarriedTime(year=prev.year, period=prev.period, source=None,
                       sentence=SentenceSpan(prev.sentence.start, prev.sentence.end),
                       inherited_source=prev.year_source)


# «Тогда …», «Тогда же …» opening a sentence: the time the sentence before told
_THEN = lazy_compile(r"[ \u00a0]*[Тт]огда(?:[ \u00a0]+же)?(?![\w-])")
# «Для расширения цеха тогда же взяли кредит …»: «тогда же» inside the sentence points back
# as an opening «Тогда» does (a bare «тогда» there may be a condition's «если …, тогда»)
_THEN_SAME = lazy_compile(r"(?<![\w-])[Тт]огда[ \u00a0]+же(?![\w-])")
# «Контракт тогда был на 46 млн рублей»: «тогда» right after the sentence's first word, its
# subject, is the time adverb too (a condition's «тогда» stands after its «если …» clause)
_THEN_SECOND = lazy_compile(r"[ \u00a0]*[«\"]?[А-ЯЁ][а-яё-]*[ \u00a0]+тогда(?![\w-])")


def then_time(text: str, sents: Sequence[SentenceSpan], si: int,
              published: date | None) -> CarriedTime | None:
    """The time of the sentence before when the sentence `si` opens with «Тогда» («В 2019-м
    товарооборот … составил $452 млн. Тогда же в Уфе открылся сервисный центр стоимостью …»,
    «открыли салон в 2016 году. Тогда это был … кредит в 1,2 млн рублей»; rounds 10, 14, 15),
    or holds «тогда же» further on («Для расширения цеха тогда же взяли кредит на …»), or
    «тогда» right after its first word («Контракт тогда был на 46 млн рублей»; round 58)."""
    while si > 0 and (_THEN.match(text, sents[si].start)
                      # (every «тогда же» holds «огда»: most sentences are not scanned)
                      or (text.find("огда", sents[si].start, sents[si].end) >= 0
                          and _THEN_SAME.search(text, sents[si].start, sents[si].end))
                      or _THEN_SECOND.match(text, sents[si].start)):
        got = _stated_time(text, sents[si - 1], published)
        if got is not None:
            return got
        si -= 1  # «Тогда … . Тогда же …»: the time the first «Тогда» took
    return None


def _stated_time(text: str, span: SentenceSpan, published: date | None) -> CarriedTime | None:
    before = end_of(text, span)
    period = period_of(before)
    got = year_reading(before, published=published, period=period)
    if got.year is None:
        return None
    return CarriedTime(year=got.year, period=period, source=got.source, sentence=span)
