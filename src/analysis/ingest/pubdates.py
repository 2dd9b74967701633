"""Publication dates: parse a stated date (`parse_date`), or infer one from the text (`infer_date`).

The month names come from the package calendar (`analysis.lang.calendar`, data in
`data/calendar_ru.json`); the regex alternations below are built from it once, at import.
The sentence around a date mention (is it a plan? a statistic of a finished year?) comes from
`analysis.lang.RoughSentences`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from analysis.ingest.date_clues import (
    CLUE_READERS,
    FUTURE_WORDS,
    MONTH_NUMBERS,
    DateClue,
    DateClues,
    DateMention,
    DayClue,
    YearClue,
)
from analysis.ingest.dateline_year import dateline_day_in_running_plan, latest_day_not_after
from analysis.ingest.stated_dates import StatedDate, parse_date
from analysis.lang import RoughSentences, calendar
from analysis.lazypattern import lazy_compile

__all__ = ["NOT_BEFORE", "DateClue", "DateGuess", "DayClue", "StatedDate", "YearClue", "full_dates_in",
           "infer_date", "latest_dateline_day", "parse_date", "year_is_a_lower_bound"]

# The evidence of a year read as «not before N» from a loose lower bound (a «since» or a
# recalled year, see `DateClues.bound_since`): «not before 2023: «с 2023 года»».
NOT_BEFORE = "not before"

_GEN = "(" + "|".join(m.genitive for m in calendar().months) + ")"  # «5 января»
# «19 окт 2009», «3 сент. 2021»: an agency dateline abbreviates the month of a full date
_GEN_OR_ABBR = "(" + "|".join([m.genitive for m in calendar().months]
                              + [a for m in calendar().months for a in m.abbreviations]) + r")\.?"
_ANY_MONTH = "(" + "|".join(MONTH_NUMBERS) + ")"
_INITIALS = "".join(sorted({form[0] for form in MONTH_NUMBERS}))
_Y = r"((?:19|20)\d\d)"
_SINCE = "|".join(calendar().since_words)

# Ordered: earlier patterns claim their characters so later ones don't re-read them.
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, lazy_compile(rx, re.I)) for k, rx in (
    ("full", rf"\b(\d{{1,2}})\s+{_GEN_OR_ABBR}\s+{_Y}\b(?:\s*(?:года|г\.))?"),
    ("numeric", r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"),
    ("iso", r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
    ("range", rf"\b(?:с\s+)?(\d{{1,2}})\s*(?:по|[-–—])\s*(\d{{1,2}})\s+{_GEN}\b"),
    ("daymonth", rf"\b(\d{{1,2}})\s+{_GEN}\b"),
    # The lookahead on the first letter spares trying 36 month forms at every word.
    ("monthyear", rf"\b(?=[{_INITIALS}{_INITIALS.upper()}]){_ANY_MONTH}\s+{_Y}\s*(?:года|году|год|г\.)?"),
    ("event", rf"\b[А-ЯЁA-Z][\w.]*[-–]\s?{_Y}\b"),
    ("completed", rf"\b(?:по итогам|за|итоги)\s+{_Y}\s*(?:года|год|г\.)"),
    # «к уровню 2021 года», «по сравнению с 2020 годом», «рост на 9,8% к 2022 году»: written
    # after that year, not in it; a bare «к 2025 году» with no percent or ratio before it is a
    # deadline («к 2025 году стороны намерены довести …»: `bound`, newuser32)
    ("compared", rf"(?:\bк\s+уровн\w+\s+|(?:%|\bпроцент\w*|\bраза?)\s+к\s+"
                 rf"|\b(?:выше|ниже|против)\s+(?:уровн\w+\s+)?|\bсравнению\s+с\s+|\bотношению\s+к\s+"
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
_FULL_DATE_KINDS = ("full", "numeric", "iso")  # the kinds that state a day, a month and a year
_NO_CONTEXT = frozenset({"range", "daymonth", "event", "bound", "compared",
                         "copyright", "span"})  # need no tense
_CHROME_DATE = lazy_compile(rf"\b\d{{1,2}}\s+{_GEN}\s+{_Y}\b", re.I)


@dataclass
class DateGuess:
    """A publication date with its precision ("day" | "month" | "year") and the evidence."""

    published: date | None
    precision: str | None
    evidence: str | None


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
        if not clues.strong and lo is not None and lo.year == year and not clues.lo_loose:
            # a weak anchor («Цель на 2022 год») the lower bound agrees with («по итогам 2021
            # года»): the bound is what dates the text, as it does with no anchor (round 57)
            evidence.append(f"≥{lo.year} from «{lo.evidence}»")
        else:
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


def _dateline_of_running_plan(text: str, clues: DateClues, today: date) -> DateGuess:
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


def _read_clues(text: str) -> DateClues:
    """Run the date patterns in order over `text`; each character is read by one pattern."""
    sentences = RoughSentences(text)
    claimed = bytearray(len(text))
    clues = DateClues()
    for kind, rx in _DATE_PATTERNS:
        read = CLUE_READERS[kind]
        for m in rx.finditer(text):
            if any(claimed[m.start():m.end()]):
                continue
            claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            sent = sentences.around(m.start(), m.end())
            future = kind not in _NO_CONTEXT and bool(FUTURE_WORDS.search(sent))
            mention = DateMention(groups=[x for x in m.groups() if x is not None], evidence=m.group().strip(),
                               start=m.start(), future=future, sentence=sent, text=text)
            try:
                read(clues, mention)
            except (ValueError, KeyError):
                continue
    clues.settle()
    return clues


def full_dates_in(text: str) -> list[tuple[date, str]]:
    """Every whole date `text` writes («12 февраля 2026 г.», «12.02.2026», «2026-02-12»), with
    its words, in the order of the date reader's patterns; impossible days are left out."""
    found: list[tuple[date, str]] = []
    clues = DateClues()
    for kind, rx in _DATE_PATTERNS:
        if kind not in _FULL_DATE_KINDS:
            continue
        for m in rx.finditer(text):
            mention = DateMention(groups=[x for x in m.groups() if x is not None], evidence=m.group().strip(),
                                  start=m.start(), future=False, sentence="", text=text)
            try:
                CLUE_READERS[kind](clues, mention)
            except (ValueError, KeyError):
                continue
            found.append(clues.full.pop())
    return found


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
