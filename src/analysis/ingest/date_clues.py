"""What each date mention of a text says of its publication date (`DateClues`), before the
rules of `ingest.pubdates.infer_date` weigh it: a full date, a year as an anchor, a bound
(«по итогам 2024 года»: written after it; «к 2027 году»: before it), a day without a year, a
programme's span; and, per sentence, whether it plans, recalls or reports a finished year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from analysis.ingest.plan_years import sets_a_start
from analysis.lang import calendar
from analysis.lazypattern import lazy_compile

__all__ = ["CLUE_READERS", "FUTURE_WORDS", "MONTH_NUMBERS", "DateClue", "DateClues", "DateMention",
           "DayClue", "YearClue"]

MONTH_NUMBERS: dict[str, int] = {form: m.number for m in calendar().months for form in m.forms}
_TODAY = lazy_compile(r"сегодня,?\s*$", re.I)
_PAST_VERB = lazy_compile(r"\b\w{2,}(?:ли|ло|ла|лся|лась|лось|лись)\b", re.I)
_RECALL = lazy_compile(r"(?<!\w)(?:" + "|".join(calendar().recall_words) + r")(?!\w)", re.I)
_CLAUSE_END = lazy_compile(r"[,;:.!?\n]")
_AMOUNT = lazy_compile(r"\d\s*(?:млрд|млн|трлн|тыс|%|процент)|\$\s?\d", re.I)
# A verbless statistic of a year: «Товарооборот области с Беларусью в 2024 г. — 310 млн
# долл.», «Экспорт в 2023 году – 1,2 млрд долларов». A dash stands for «составил» (the copula
# of a result in a note or a table line: a plan says «план», «прогноз» or «на N год»); the
# text after the year's words runs to the dash and the figure with no verb of its own (the
# figure is read here, not in the sentence: a rough sentence ends at «г.»).
_IN_YEAR = lazy_compile(r"(?<![\w-])в[ \u00a0]+$", re.I)
# … and its subject is a measured flow or result, not a schedule's step («в 2026 году — 5 млрд,
# в 2027 году — 7 млрд» of a programme)
_RESULT_NOUN = lazy_compile(r"(?<![\w-])(?:товарооборот|товарообмен|оборот|экспорт|импорт|поставк"
                            r"|выручк|прибыл|объ[её]м)\w*[^.!?\n]{0,80}$", re.I)
_RESULT_REACH = 120  # characters before the year the subject may stand
_DASH_FIGURE = lazy_compile(r"[^\d.!?\n—–]{0,40}?[ \u00a0][—–][ \u00a0]*"
                            r"(?:(?:около|более|свыше|почти|порядка|примерно)[ \u00a0]+)?"
                            r"\d[\d,.\u00a0 ]*(?:млрд|млн|трлн|тыс)", re.I)
FUTURE_WORDS = lazy_compile(r"планир|запланир|будет|будут|намерен|наме[чт]|предстоит|ожида|прогноз"
                            r"|наладят|начнут|рассчитыва|станет|проведут|откроют|планах"
                            r"|половин\w* \d{4}|\bк концу\b"
                            # «может установить новый рекорд»: a possibility is a forecast
                            r"|\bмо(?:жет|гут)\s+(?:\w+\s+)?\w+(?:ть|ться|ти)\b", re.I)


class YearClue(NamedTuple):
    """A year read from the text, with the words that say so (compared year first)."""

    year: int
    evidence: str


class DateClue(NamedTuple):
    """A full date read from the text (compared date first)."""

    when: date
    evidence: str


class DayClue(NamedTuple):
    """A day and month without a year («16 июля»), placed by its position in the text."""

    pos: int  # -1 for «Сегодня, D месяца»: it beats every other mention
    day: int | None  # None for a range «с 21 по 23 июня» (month precision)
    month: int
    evidence: str


class DateMention(NamedTuple):
    """One date pattern matched in the text, with what its sentence says about tense."""

    groups: list[str]
    evidence: str
    start: int
    future: bool
    sentence: str
    text: str


@dataclass
class DateClues:
    """Everything the date mentions of one text say, before the rules of `infer_date` weigh it."""

    strong: list[YearClue] = field(default_factory=list)
    weak: list[YearClue] = field(default_factory=list)
    copyright: list[YearClue] = field(default_factory=list)  # «© 2019»: sites keep it for years
    # the publication is in this year or later; loose: a «since» or a recalled year, so
    # perhaps years later (every one is kept: one later than today must not hide the others)
    lows: list[tuple[YearClue, bool]] = field(default_factory=list)
    hi: YearClue | None = None  # … or earlier
    full: list[DateClue] = field(default_factory=list)
    daymonth: list[DayClue] = field(default_factory=list)
    # «в 2025 году банки выдали кредитов на 1,9 млрд»: a past statistic of a year, which says the
    # year is over unless the text forecasts that year's result (`settle`)
    year_statistics: list[YearClue] = field(default_factory=list)
    # years whose result the text forecasts («по итогам 2025 года составит», «в 2025 году может
    # установить рекорд»): not over when written, so a statistic of them is the year so far
    forecast_years: set[int] = field(default_factory=set)

    span_ends: list[int] = field(default_factory=list)  # the last years of programmes' spans

    @property
    def lo(self) -> YearClue | None:
        return self._highest_low[0] if self.lows else None

    @property
    def lo_loose(self) -> bool:
        return bool(self.lows) and self._highest_low[1]

    @property
    def _highest_low(self) -> tuple[YearClue, bool]:
        """The latest lower bound; of equal ones a strict one (it says more), then the first."""
        best = self.lows[0]
        for low in self.lows[1:]:
            if (low[0].year, not low[1]) > (best[0].year, not best[1]):
                best = low
        return best

    def bound_lo(self, year: int, ev: str, loose: bool = False) -> None:
        self.lows.append((YearClue(year, ev), loose))

    def bound_since(self, year: int, ev: str) -> None:
        """A year something began in («с 2023 года собрано») or that the text recalls
        («Напомним, в 2024 году …»): written in it or later, perhaps years later."""
        self.bound_lo(year, ev, loose=True)

    def bound_hi(self, year: int, ev: str) -> None:
        if self.hi is None or year < self.hi.year:
            self.hi = YearClue(year, ev)

    def drop_after(self, today: date) -> None:
        """Forget what can only date the text after `today` (a full date past it; «за 2099
        год», which would put the publication in 2100): no publication is later than today."""
        self.full = [c for c in self.full if c.when <= today]
        self.lows = [low for low in self.lows if low[0].year <= today.year]

    def add_date(self, d: date, m: DateMention) -> None:
        if not m.future:
            self.full.append(DateClue(d, m.evidence))
        self.strong.append(YearClue(d.year, m.evidence))

    # One reader per pattern kind (see CLUE_READERS); a ValueError or KeyError skips the mention.

    def read_full(self, m: DateMention) -> None:
        g = m.groups
        month = calendar().month_number(g[1])  # a genitive or an abbreviation («окт»)
        if month is not None:
            self.add_date(date(int(g[2]), month, int(g[0])), m)

    def read_numeric(self, m: DateMention) -> None:
        g = m.groups
        self.add_date(date(int(g[2]), int(g[1]), int(g[0])), m)

    def read_iso(self, m: DateMention) -> None:
        g = m.groups
        self.add_date(date(int(g[0]), int(g[1]), int(g[2])), m)

    def read_range(self, m: DateMention) -> None:
        self.daymonth.append(DayClue(m.start, None, MONTH_NUMBERS[m.groups[2].lower()], m.evidence))

    def read_daymonth(self, m: DateMention) -> None:
        day, month = int(m.groups[0]), MONTH_NUMBERS[m.groups[1].lower()]
        date(2000, month, day)  # validates the day (leap year allows 29 Feb)
        today = bool(_TODAY.search(m.text, max(0, m.start - 12), m.start))
        self.daymonth.append(DayClue(-1 if today else m.start, day, month, m.evidence))

    def read_monthyear(self, m: DateMention) -> None:
        y = int(m.groups[1])
        self.strong.append(YearClue(y, m.evidence))  # a month's plan is a near one
        (self.bound_hi if m.future else self.bound_lo)(y, m.evidence)

    def read_event(self, m: DateMention) -> None:
        self.strong.append(YearClue(int(m.groups[0]), m.evidence))

    def read_completed(self, m: DateMention) -> None:
        if m.future:  # «рассчитываем выйти на … по итогам 2025 года»: the year is not over
            self.note_forecast(int(m.groups[0]), m)
            return
        self.bound_lo(int(m.groups[0]) + 1, m.evidence)

    def read_compared(self, m: DateMention) -> None:
        self.bound_lo(int(m.groups[0]) + 1, m.evidence)  # a comparison base is in the past

    def read_copyright(self, m: DateMention) -> None:
        self.copyright.append(YearClue(int(m.groups[0]), m.evidence))

    def read_since(self, m: DateMention) -> None:
        y = int(m.groups[0])
        if _plans_from(m):  # «с 2027 года планируется …»: a start planned for N, written before it
            self.bound_hi(y, m.evidence)
        else:
            self.bound_since(y, m.evidence)

    def note_forecast(self, year: int, m: DateMention) -> None:
        """A forecast of a year's result in a sentence that reports nothing done («по его
        прогнозу, по итогам 2025 года составит …»; not «планировалось в 2024 году …»)."""
        if not _PAST_VERB.search(m.sentence):
            self.forecast_years.add(year)

    def settle(self) -> None:
        """A whole-year statistic is reported after the year (publication ≥ N+1), unless the
        text forecasts that year's result: then the year is not over and the statistic is
        the year so far («за январь–октябрь … в 2025 году банки выдали 1,9 млрд …; по итогам
        2025 года товарооборот составит …»)."""
        open_stats = {(y + 1, ev) for y, ev in self.year_statistics if y in self.forecast_years}
        if open_stats:
            self.lows = [low for low in self.lows if (low[0].year, low[0].evidence) not in open_stats]

    def read_span(self, m: DateMention) -> None:
        # a span of years is a programme's, written in it or before it: no year clue, but
        # one still running dates a dateline's day (`dateline_year`)
        self.span_ends.append(int(m.groups[1]))

    def read_bound(self, m: DateMention) -> None:
        self.bound_hi(int(m.groups[0]), m.evidence)

    def read_year(self, m: DateMention) -> None:
        y = int(m.groups[0])
        if m.future:
            if not sets_a_start(m.text, m.start):  # «в 2022 г. планирует увеличить выпуск до …»
                self.strong.append(YearClue(y, m.evidence))
                self.note_forecast(y, m)
            self.bound_hi(y, m.evidence)  # «начнут выпуск в 2026 году»: a target, not the date
        elif (_PAST_VERB.search(m.sentence) and _AMOUNT.search(m.sentence)) or _dash_result(m):
            self.year_statistics.append(YearClue(y, m.evidence))  # see `settle`
            self.bound_lo(y + 1, m.evidence)  # a whole-year statistic is reported after the year
        elif _RECALL.search(m.sentence):
            self.bound_since(y, m.evidence)
        else:
            self.weak.append(YearClue(y, m.evidence))


CLUE_READERS: dict[str, Callable[[DateClues, DateMention], None]] = {
    "full": DateClues.read_full, "numeric": DateClues.read_numeric, "iso": DateClues.read_iso,
    "range": DateClues.read_range, "daymonth": DateClues.read_daymonth,
    "monthyear": DateClues.read_monthyear, "event": DateClues.read_event,
    "completed": DateClues.read_completed, "compared": DateClues.read_compared,
    "copyright": DateClues.read_copyright, "since": DateClues.read_since, "bound": DateClues.read_bound,
    "span": DateClues.read_span, "year": DateClues.read_year,
}


def _dash_result(m: DateMention) -> bool:
    """Is «в N году» the year of a flow or a result told after a dash with no verb («Экспорт в
    2024 г. — 1,2 млрд долларов»)? Such a line reports the year's result, as «составил»
    would; a programme's schedule («в 2026 году — 5 млрд») is none."""
    after = m.start + len(m.evidence)
    return (_IN_YEAR.search(m.text, max(0, m.start - 4), m.start) is not None
            and _RESULT_NOUN.search(m.text, max(0, m.start - _RESULT_REACH), m.start) is not None
            and _DASH_FIGURE.match(m.text, after) is not None
            and not _PAST_VERB.search(m.text, after, after + 40))


def _plans_from(m: DateMention) -> bool:
    """Does the clause of a «с N года» plan («с 2027 года планируется …»)? The clause, not
    the sentence: «с 2023 года здесь собрано 300 машин, на 2025 год запланировано 180» plans
    only in its second clause. A clause with nothing after the year («С 2027 года, как
    ожидается, …») leaves it to the sentence."""
    after = m.start + len(m.evidence)
    end = _CLAUSE_END.search(m.text, after)
    clause = m.text[after:end.start() if end else len(m.text)]
    if len(clause.split()) < 2:
        return m.future
    return bool(FUTURE_WORDS.search(clause))
