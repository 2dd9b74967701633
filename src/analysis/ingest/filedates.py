"""Publication dates written in a file's name: «2026-02-12 Минпром….txt», «omsk_2026-04-14.txt»,
«20260212_vneshtorg.html», «12.02.2026 торговля.txt», «итоги 12 февраля 2026.txt».

An analyst who saves articles by hand often puts the day in the name; it is weaker evidence
than metadata.csv, the page's markup and its URL (the loader reads those first), and than a
full date the article's own head states (a date line, a dateline with its year:
`pubdates.head_date`), but stronger than the years a text mentions: «выпуск намечен на 2026
год» is a plan, the name says when the text was saved from its page. The patterns are data
(`data/file_dates.json`); a name holding two different dates names a period and dates nothing.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import PurePosixPath

from analysis.datafiles import data_json
from analysis.ingest.pubdates import full_dates_in
from analysis.ingest.urldates import UrlDate
from analysis.lazypattern import lazy_compile

__all__ = ["FILE_NAME_EVIDENCE", "date_from_file_name"]

FILE_NAME_EVIDENCE = "file name"  # the evidence of a file-name date starts with these words


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(lazy_compile(rx) for rx in data_json("file_dates.json")["patterns"])


def date_from_file_name(rel: str, today: date | None = None) -> UrlDate | None:
    """The day the name of the file at `rel` (its folders are not read) states, or None: no
    date, two different ones, an impossible one, or one later than today."""
    stem = PurePosixPath(rel).stem
    found: dict[date, str] = {}
    for rx in _patterns():
        for m in rx.finditer(stem):
            try:
                when = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:  # «2025-02-30»: no day
                continue
            found.setdefault(when, m.group())
    # «отчет 12 февраля 2026»: a date in words as the texts write it (underscores for spaces)
    for when, words in full_dates_in(stem.replace("_", " ")):
        found.setdefault(when, words)
    if len(found) != 1:
        return None
    when, words = next(iter(found.items()))
    if when > (today or date.today()):
        return None
    return UrlDate(published=when, precision="day", evidence=f"{FILE_NAME_EVIDENCE} «{words}»")
