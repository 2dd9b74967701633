"""The date an article's head states: a date line above or below its headline («24.06.2026»,
«28 ноября 2025 г., 10:35»: `datelines`), a masthead («Вестник региона, 12.04.2022») or an
agency dateline with its year («ОМСК, 14 апреля 2026 г. —»). It is the text's own word on when
it was published: stronger than a date in the file name (`filedates`), which in turn beats
the dates and years the body mentions (`pubdates.infer_date`).
"""

from __future__ import annotations

from datetime import date

from analysis.ingest.datelines import DATE_LINE, date_of_line
from analysis.ingest.pubdates import DateGuess, full_dates_in
from analysis.lang.newslayout import dateline_end, is_masthead

__all__ = ["HEAD_LINES", "head_date"]

HEAD_LINES = 3  # a head's date stands in its first lines: date line, headline, dateline


def head_date(text: str, today: date) -> DateGuess:
    """The whole date (day, month, year) the head of `text` states, not later than `today`;
    an empty guess when its head states none (a dateline with no year states none)."""
    for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]:
        if (m := DATE_LINE.match(line)) is not None:
            found = [(when, m.group().strip())] if (when := date_of_line(m)) is not None else []
        elif is_masthead(line):
            found = full_dates_in(line)
        else:
            found = full_dates_in(line[:dateline_end(line, 0, len(line))])
        for when, words in found:
            if when <= today:
                return DateGuess(when, "day", f"«{words}»")
    return DateGuess(None, None, None)
