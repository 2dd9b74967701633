"""The year of a report the whole document is: «Годовой отчёт АО «Агролизинг-Центр» за 2017 год».

A report for one year, so titled in its headline or in the first sentence of its lead, tells
that year's figures: a figure in it that states no time and borrows none from nearer (a
subsidy, a credit, an investment of the report) is of the report's year, not of the year the
report was published in (newuser37 a08, session 37). A plan (a forecast) and a price keep
their own reading (a price keeps no time, tests/gold/README.md). The words are data
(`data/report_year_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.datafiles import data_json
from analysis.lang.newslayout import dateline_end
from analysis.lang.sentences import stop_before_space
from analysis.lazypattern import lazy_compile
from analysis.money.carried_time import CarriedTime
from analysis.money.region import SentenceSpan
from analysis.patternstore import compile_pattern

__all__ = ["report_time"]

_LEAD_REACH = 400  # characters of the lead's first sentence after the headline
_SENTENCE_END = stop_before_space()
_TOWN_DOT = lazy_compile(r"(?<![а-яё])(?:г|пос|с|д)\.\Z")  # «г. Тверь»: no sentence's end
_LINE_END = lazy_compile(r"\n")


@cache
def _report() -> re.Pattern[str]:
    return compile_pattern(data_json("report_year_ru.json")["report"])


def report_time(text: str, low: str) -> CarriedTime | None:
    """The year of the report the document is, read from its headline or the first sentence
    after it (`low`: `text` folded to lower case, same offsets); None when it is no report."""
    if "отч" not in low[:_LEAD_REACH * 2] and "доклад" not in low[:_LEAD_REACH * 2]:
        return None  # (most articles: no report's word near the top)
    first = _line_end(low, 0)
    spans = [(0, first)]
    # («ИЖЕВСК, 28 апреля 2009 г. МУП … опубликовало годовой отчёт за 2008 год»: the lead's
    # first sentence starts after its dateline; round 67)
    # (past the blank line a headline is set off by)
    lead = len(low) - len(low[first:].lstrip())
    after = dateline_end(text, lead, min(len(text), lead + _LEAD_REACH))
    if after < len(low):
        # (its first sentence; one cut at a town's abbreviation, «(ВВМЗ, г. Тверь), …
        # публикует … отчётность за год, …», goes on to the next stop; round 68)
        end = _line_end(low, after, sentence=True)
        while _TOWN_DOT.search(low, max(after, end - 3), end + 1) and end < len(low) - 1:
            end = _line_end(low, end + 1, sentence=True)
        spans.append((after, end))
    for start, end in spans:
        found = _report().search(low[start:end])
        if found is not None:
            year = int(found.group(1) or found.group(2))  # («за год, закончившийся 31 декабря 2013 года»)
            return CarriedTime(year=year, period=None, source="stated",
                               sentence=SentenceSpan(start, end))
    return None


def _line_end(low: str, start: int, sentence: bool = False) -> int:
    """The end of the line (or, with `sentence`, of the first sentence) from `start`."""
    rx = _SENTENCE_END if sentence else _LINE_END
    found = rx.search(low, start, start + _LEAD_REACH)
    return found.start() if found is not None else min(len(low), start + _LEAD_REACH)
