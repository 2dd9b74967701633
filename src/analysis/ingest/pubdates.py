"""Publication dates: parse a stated date (`parse_date`), or infer one from the text (`infer_date`).

The month names come from the package calendar (`analysis.lang.calendar`, data in
`data/calendar_ru.json`); the regex alternations below are built from it once, at import.
The sentence around a date mention (is it a plan? a statistic of a finished year?) comes from
`analysis.lang.RoughSentences`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from analysis.ingest.dateline_year import dateline_day_in_running_plan, latest_day_not_after
from analysis.ingest.plan_years import sets_a_start
from analysis.ingest.stated_dates import StatedDate, parse_date
from analysis.lang import RoughSentences, calendar
from analysis.lazypattern import lazy_compile

__all__ = ["NOT_BEFORE", "DateClue", "DateGuess", "DayClue", "StatedDate", "YearClue", "infer_date",
           "latest_dateline_day", "parse_date", "year_is_a_lower_bound"]

# The evidence of a year read as «not before N» from a loose lower bound (a «since» or a
# recalled year, see `_Clues.bound_since`): «not before 2023: «с 2023 года»».
NOT_BEFORE = "not before"

_MONTHS: dict[str, int] = {form: m.number for m in calendar().months for form in m.forms}
_GEN = "(" + "|".join(m.genitive for m in calendar().months) + ")"  # «5 января»
_ANY_MONTH = "(" + "|".join(_MONTHS) + ")"
_INITIALS = "".join(sorted({form[0] for form in _MONTHS}))
_Y = r"((?:19|20)\d\d)"
_SINCE = "|".join(calendar().since_words)

# Ordered: earlier patterns claim their characters so later ones don't re-read them.
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, lazy_compile(rx, re.I)) for k, rx in (
    ("full", rf"\b(\d{{1,2}})\s+{_GEN}\s+{_Y}\b(?:\s*(?:года|г\.))?"),
    ("numeric", r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"),
    ("iso", r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
    ("range", rf"\b(?:с\s+)?(\d{{1,2}})\s*(?:по|[-–—])\s*(\d{{1,2}})\s+{_GEN}\b"),
    ("daymonth", rf"\b(\d{{1,2}})\s+{_GEN}\b"),
    # The lookahead on the first letter spares trying 36 month forms at every word.
    ("monthyear", rf"\b(?=[{_INITIALS}{_INITIALS.upper()}]){_ANY_MONTH}\s+{_Y}\s*(?:года|году|год|г\.)?"),
    ("event", rf"\b[А-ЯЁA-Z][\w.]*[-–]\s?{_Y}\b"),
    ("completed", rf"\b(?:по итогам|за|итоги)\s+{_Y}\s*(?:года|год|г\.)"),
    # «к уровню 2021 года», «по сравнению с 2020 годом»: written after that year, not in it
    ("compared", rf"(?:\b(?:к|выше|ниже|против)\s+(?:уровн\w+\s+)?|\bсравнению\s+с\s+|\bотношению\s+к\s+"
                 rf"|\b(?:больше|меньше|выше|ниже),?\s+чем\s+в\s+)"
                 rf"{_Y}\s*(?:года|году|годом|год|г\.)"),
    ("copyright", rf"(?:©|\(c\)|\bcopyright\b)\s*(?:(?:19|20)\d\d\s*[-–—]\s*)?{_Y}\b"),
    # «с 2023 года здесь собрано …»: begun in N and still going on when written
    ("since", rf"(?<![\w-])(?:{_SINCE})\s+{_Y}\s*(?:года|г\.)"),
    ("bound", rf"\b(?:к|до)\s+{_Y}\s*(?:года|году|г\.)"),
    # «дорожная карта на 2025–2027 годы»: a programme's span dates no text (read, then passed over)
    ("span", rf"\b{_Y}\s*[-–—]\s*{_Y}\s*(?:годы|годов|годах|годам|гг\.?)"),
    ("year", rf"\b{_Y}\s*(?:года|году|год|г\.|гг\.)"),
))
_NO_CONTEXT = frozenset({"range", "daymonth", "event", "bound", "compared",
                         "copyright", "span"})  # need no tense
_CHROME_DATE = lazy_compile(rf"\b\d{{1,2}}\s+{_GEN}\s+{_Y}\b", re.I)
_TODAY = lazy_compile(r"сегодня,?\s*$", re.I)
_FUTURE = lazy_compile(r"планир|запланир|будет|будут|намерен|наме[чт]|предстоит|ожида|прогноз|наладят|начнут"
                     r"|рассчитыва|станет|проведут|откроют|планах|половин\w* \d{4}|\bк концу\b"
                     # «может установить новый рекорд»: a possibility is a forecast
                     r"|\bмо(?:жет|гут)\s+(?:\w+\s+)?\w+(?:ть|ться|ти)\b", re.I)
_PAST_VERB = lazy_compile(r"\b\w{2,}(?:ли|ло|ла|лся|лась|лось|лись)\b", re.I)
_RECALL = lazy_compile(r"(?<!\w)(?:" + "|".join(calendar().recall_words) + r")(?!\w)", re.I)
_CLAUSE_END = lazy_compile(r"[,;:.!?\n]")
_AMOUNT = lazy_compile(r"\d\s*(?:млрд|млн|трлн|тыс|%|процент)|\$\s?\d", re.I)


@dataclass
class DateGuess:
    """A publication date with its precision ("day" | "month" | "year") and the evidence."""

    published: date | None
    precision: str | None
    evidence: str | None


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


class _Mention(NamedTuple):
    """One date pattern matched in the text, with what its sentence says about tense."""

    groups: list[str]
    evidence: str
    start: int
    future: bool
    sentence: str
    text: str


@dataclass
class _Clues:
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

    def add_date(self, d: date, m: _Mention) -> None:
        if not m.future:
            self.full.append(DateClue(d, m.evidence))
        self.strong.append(YearClue(d.year, m.evidence))

    # One reader per pattern kind (see _READERS); a ValueError or KeyError skips the mention.

    def read_full(self, m: _Mention) -> None:
        g = m.groups
        self.add_date(date(int(g[2]), _MONTHS[g[1].lower()], int(g[0])), m)

    def read_numeric(self, m: _Mention) -> None:
        g = m.groups
        self.add_date(date(int(g[2]), int(g[1]), int(g[0])), m)

    def read_iso(self, m: _Mention) -> None:
        g = m.groups
        self.add_date(date(int(g[0]), int(g[1]), int(g[2])), m)

    def read_range(self, m: _Mention) -> None:
        self.daymonth.append(DayClue(m.start, None, _MONTHS[m.groups[2].lower()], m.evidence))

    def read_daymonth(self, m: _Mention) -> None:
        day, month = int(m.groups[0]), _MONTHS[m.groups[1].lower()]
        date(2000, month, day)  # validates the day (leap year allows 29 Feb)
        today = bool(_TODAY.search(m.text, max(0, m.start - 12), m.start))
        self.daymonth.append(DayClue(-1 if today else m.start, day, month, m.evidence))

    def read_monthyear(self, m: _Mention) -> None:
        y = int(m.groups[1])
        self.strong.append(YearClue(y, m.evidence))  # a month's plan is a near one
        (self.bound_hi if m.future else self.bound_lo)(y, m.evidence)

    def read_event(self, m: _Mention) -> None:
        self.strong.append(YearClue(int(m.groups[0]), m.evidence))

    def read_completed(self, m: _Mention) -> None:
        if m.future:  # «рассчитываем выйти на … по итогам 2025 года»: the year is not over
            self.note_forecast(int(m.groups[0]), m)
            return
        self.bound_lo(int(m.groups[0]) + 1, m.evidence)

    def read_compared(self, m: _Mention) -> None:
        self.bound_lo(int(m.groups[0]) + 1, m.evidence)  # a comparison base is in the past

    def read_copyright(self, m: _Mention) -> None:
        self.copyright.append(YearClue(int(m.groups[0]), m.evidence))

    def read_since(self, m: _Mention) -> None:
        y = int(m.groups[0])
        if _plans_from(m):  # «с 2027 года планируется …»: a start planned for N, written before it
            self.bound_hi(y, m.evidence)
        else:
            self.bound_since(y, m.evidence)

    def note_forecast(self, year: int, m: _Mention) -> None:
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

    def read_span(self, m: _Mention) -> None:
        # a span of years is a programme's, written in it or before it: no year clue, but
        # one still running dates a dateline's day (`dateline_year`)
        self.span_ends.append(int(m.groups[1]))

    def read_bound(self, m: _Mention) -> None:
        self.bound_hi(int(m.groups[0]), m.evidence)

    def read_year(self, m: _Mention) -> None:
        y = int(m.groups[0])
        if m.future:
            if not sets_a_start(m.text, m.start):  # «в 2022 г. планирует увеличить выпуск до …»
                self.strong.append(YearClue(y, m.evidence))
                self.note_forecast(y, m)
            self.bound_hi(y, m.evidence)  # «начнут выпуск в 2026 году»: a target, not the date
        elif _PAST_VERB.search(m.sentence) and _AMOUNT.search(m.sentence):
            self.year_statistics.append(YearClue(y, m.evidence))  # see `settle`
            self.bound_lo(y + 1, m.evidence)  # a whole-year statistic is reported after the year
        elif _RECALL.search(m.sentence):
            self.bound_since(y, m.evidence)
        else:
            self.weak.append(YearClue(y, m.evidence))


_READERS: dict[str, Callable[[_Clues, _Mention], None]] = {
    "full": _Clues.read_full, "numeric": _Clues.read_numeric, "iso": _Clues.read_iso,
    "range": _Clues.read_range, "daymonth": _Clues.read_daymonth,
    "monthyear": _Clues.read_monthyear, "event": _Clues.read_event,
    "completed": _Clues.read_completed, "compared": _Clues.read_compared,
    "copyright": _Clues.read_copyright, "since": _Clues.read_since, "bound": _Clues.read_bound,
    "span": _Clues.read_span, "year": _Clues.read_year,
}


def _plans_from(m: _Mention) -> bool:
    """Does the clause of a «с N года» plan («с 2027 года планируется …»)? The clause, not
    the sentence: «с 2023 года здесь собрано 300 машин, на 2025 год запланировано 180» plans
    only in its second clause. A clause with nothing after the year («С 2027 года, как
    ожидается, …») leaves it to the sentence."""
    after = m.start + len(m.evidence)
    end = _CLAUSE_END.search(m.text, after)
    clause = m.text[after:end.start() if end else len(m.text)]
    if len(clause.split()) < 2:
        return m.future
    return bool(_FUTURE.search(clause))


def infer_date(text: str, chrome: list[str], today: date | None = None) -> DateGuess:
    """Infer the publication date from the article text.

    Rules (documented because they are judgement calls):
    - a full date in a non-future sentence wins (the latest such date), precision day;
    - otherwise the year comes from the strongest year evidence: month+year and
      event names («Иннопром-2023») are anchors; the latest anchor wins; plain «в N году»
      is a weak anchor; a plan for a year («в 2022 г. планирует увеличить …», «во второй
      половине 2025 года») is an anchor too, but a whole year a start or finish is set for
      («запуск намечен на 2026 год», «начнут выпуск в 2026 году», «с 2027 года планируется»)
      is never the date — such targets are set years ahead — only an upper bound
      (calendar's `start_words`, `year_part_words`);
    - «по итогам/за N года», or a past statistic for year N (past verb + amount), means the
      year is over: publication ≥ N+1; so does a comparison base («к уровню N года», «по
      сравнению с N годом»): it never fixes the date; a copyright year («© 2019») counts
      only when nothing else does; a month+year in the past means ≥ that year;
      «к/до N года» and plans give upper bounds; anchors are clamped into the bounds;
    - the day comes from «Сегодня, D месяца», else the first «D месяца» (day precision),
      or the first «с D по D месяца» range (month precision);
    - dates in removed chrome (news-feed dates) only cap the year from above: the article
      is not newer than the feed printed next to it, but it can be much older;
    - nothing is later than `today` (default: the clock): a full date past it and a
      completed year that is not over yet say nothing; a later year is capped at today's,
      and a day that would fall after today keeps only its year.
    """
    today = today or date.today()
    clues = _read_clues(text)
    clues.drop_after(today)
    if clues.full:
        d, ev = max(clues.full)
        return DateGuess(d, "day", f"«{ev}»")
    lo, hi = clues.lo, clues.hi
    anchors = clues.strong or clues.weak or clues.copyright
    evidence: list[str] = []
    year: int | None = None
    if anchors:
        year, ev = max(anchors)
        evidence.append(f"year {year} from «{ev}»")
    if lo is not None and (year is None or year < lo.year):
        year = lo.year
        evidence.append(f"{NOT_BEFORE} {lo.year}: «{lo.evidence}»" if clues.lo_loose
                        else f"≥{lo.year} from «{lo.evidence}»")
    if hi is not None and year is not None and year > hi.year and (lo is None or hi.year >= lo.year):
        year = hi.year
        evidence.append(f"≤{hi.year} from «{hi.evidence}»")
    if year is None:
        return _dateline_of_running_plan(text, clues, today)
    if year > today.year:  # a plan for a later year: the text was written before it
        year = today.year
        evidence.append(f"≤{today.year}: not later than today")
    cap = _chrome_cap(chrome)
    if cap is not None and year > cap.year and (lo is None or cap.year >= lo.year):
        year = cap.year
        evidence.append(f"≤{cap.year} from site chrome «{cap.evidence}»")
    if clues.daymonth:
        first = min(clues.daymonth, key=lambda c: c.pos)
        try:
            when: date | None = date(year, first.month, first.day or 1)
        except ValueError:  # 29 February in a non-leap year
            when = None
        if when is not None and when <= today:
            if first.day is None:
                return DateGuess(when, "month", "; ".join([f"month from «{first.evidence}»", *evidence]))
            return DateGuess(when, "day", "; ".join([f"«{first.evidence}»", *evidence]))
    return DateGuess(date(year, 1, 1), "year", "; ".join(evidence))


def _dateline_of_running_plan(text: str, clues: _Clues, today: date) -> DateGuess:
    """A text with no year but a dateline and a programme not over by today (`dateline_year`)."""
    days = [c for c in clues.daymonth if c.day is not None]
    first = min(days, key=lambda c: c.pos) if days else None
    when = first and dateline_day_in_running_plan(text, first.pos, first.day or 1, first.month,
                                                  clues.span_ends, today)
    if not when or first is None:
        return DateGuess(None, None, None)
    return DateGuess(when, "day", f"«{first.evidence}», the year not stated: the latest such day; "
                                  f"a programme running to {max(clues.span_ends)}")


def latest_dateline_day(text: str, today: date) -> DateGuess:
    """The first «D месяца» of the text, a dateline with no year («МОГИЛЕВ, 5 августа –»), in
    the latest year it is not after `today` (for a stated date later than today, metadata.py)."""
    clues = _read_clues(text)
    days = [c for c in clues.daymonth if c.day is not None]
    if not days:
        return DateGuess(None, None, None)
    first = min(days, key=lambda c: c.pos)
    when = latest_day_not_after(first.day or 1, first.month, today)
    if when is None:
        return DateGuess(None, None, None)
    return DateGuess(when, "day", f"«{first.evidence}», the year not stated: the latest such day")


def _read_clues(text: str) -> _Clues:
    """Run the date patterns in order over `text`; each character is read by one pattern."""
    sentences = RoughSentences(text)
    claimed = bytearray(len(text))
    clues = _Clues()
    for kind, rx in _DATE_PATTERNS:
        read = _READERS[kind]
        for m in rx.finditer(text):
            if any(claimed[m.start():m.end()]):
                continue
            claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            sent = sentences.around(m.start(), m.end())
            future = kind not in _NO_CONTEXT and bool(_FUTURE.search(sent))
            mention = _Mention(groups=[x for x in m.groups() if x is not None], evidence=m.group().strip(),
                               start=m.start(), future=future, sentence=sent, text=text)
            try:
                read(clues, mention)
            except (ValueError, KeyError):
                continue
    clues.settle()
    return clues


def _chrome_cap(chrome: list[str]) -> YearClue | None:
    """The earliest full date printed in removed chrome: the article is not newer than it."""
    years = [YearClue(int(m.group(2)), m.group()) for t in chrome for m in _CHROME_DATE.finditer(t)]
    return min(years) if years else None


def year_is_a_lower_bound(evidence: str | None) -> int | None:
    """The year of an inferred date that a lower bound decided («≥2022 from «…»», «not
    before 2023: «…»»), None when an anchor, an upper bound or a full date did: the text
    was written in that year or later, so a reader should see «не ранее 2023»."""
    decided: str | None = None
    for part in (evidence or "").split("; "):
        if part.startswith(("year ", "≥", "≤", NOT_BEFORE)):
            decided = part
    if decided is None or not decided.startswith(("≥", NOT_BEFORE)):
        return None
    return int(decided.removeprefix(NOT_BEFORE).lstrip("≥ ")[:4])
