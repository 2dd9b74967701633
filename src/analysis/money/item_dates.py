"""The date a part of a page was written on, told by a date alone on its line.

A page that gathers pieces written on different days dates each piece by a line of its own: a
feed's items (each item's date before its lead), an e-mail thread (each message's «Дата: 12
октября 2016 г., 10:41», a quoted reply's «> Дата: …»), a forum or talk page's posts. A reader
takes «прошлого года», «текущего года», «в будущем году» of a piece from that piece's date,
not from one date of the whole page (round 61: an RSS dump of a ministry's news from February
to December 2017, with no page date).

`ItemDates.at` gives the date of the latest such line before a position. It is asked only
when the page has no date of its own (none stated, or one inferred from the text): a stated
publication date dates the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

from analysis.lang import calendar
from analysis.lazypattern import lazy_compile

__all__ = ["ItemDates", "date_lines", "is_date_line"]

_CAL = calendar()
_RU_MONTHS = "|".join(sorted({f for m in _CAL.months for f in m.forms if len(f) > 2}, key=len, reverse=True))
_EN_MONTHS = "|".join(m.en for m in _CAL.months)
_LABELS = "|".join(_CAL.date_line_labels)
_DAY_NAME = r"(?:[A-Z][a-z]{2}|[А-ЯЁа-яё]{2,3})\.?,?\s*"
# A line that is a date and nothing else: an optional quote mark and label, the date (RFC 822
# as feeds write it, ISO 8601, «15.02.2017», «12 октября 2016 г.»), an optional time and zone.
_DATE_LINE = lazy_compile(
    r"^[ \t>]*(?:(?:" + _LABELS + r")\s*:\s*)?(?:" + _DAY_NAME + r")?"
    r"(?:(?P<d1>\d{1,2})\s+(?P<en>" + _EN_MONTHS + r")[a-z]*\.?\s+(?P<y1>\d{4})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4})(?:\s*г\.?)?"
    r"|(?P<d4>\d{1,2})\s+(?P<ru>" + _RU_MONTHS + r")\s+(?P<y4>\d{4})(?:\s*г(?:\.|ода)?)?)"
    r"(?:[T,\s]+(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC|MSK|МСК)?[ \t]*$",
    re.I | re.M)


class ItemDates:
    """The dates told by date lines of a text, in order of position."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.dates: list[date] = []
        for m in date_lines(text):
            if (day := _date_of(m)) is not None:
                self.starts.append(m.start())
                self.dates.append(day)

    @classmethod
    def of_undated(cls, article: object, text: str) -> ItemDates:
        """The date lines of an article with no stated date (none, or one inferred from its
        text); none for one whose date its metadata or markup states."""
        stated = getattr(article, "published", None) is not None and not getattr(
            article, "published_inferred", False)
        return cls("" if stated else text)

    def __bool__(self) -> bool:
        return bool(self.dates)

    def at(self, pos: int) -> date | None:
        """The date of the latest date line before `pos`, None when none stands before it."""
        i = bisect_right(self.starts, pos) - 1
        return self.dates[i] if i >= 0 else None


def date_lines(text: str) -> Iterator[re.Match[str]]:
    """`_DATE_LINE.finditer(text)`, tried only at the starts of lines. (The pattern opens with
    «^»: sre's search tried it at every character of the text, ~220 k instructions an
    article; a text has a few dozen lines.) A match may run over line breaks (its «\\s*»), so
    the next try is at the first line start at or after its end, where the search would go
    on; «^» at a position `match` is given checks the character before it, as in a search."""
    match, pos, end = _DATE_LINE.match, 0, 0
    while pos >= 0:
        if pos >= end and (m := match(text, pos)) is not None:
            end = m.end()
            yield m
        nxt = text.find("\n", pos)
        pos = nxt + 1 if nxt >= 0 else -1


def is_date_line(line: str) -> bool:
    """Is `line` (one line, no break) a date and nothing else («27.01.2026», «12 октября
    2016 г.»): a dateline under a title, no lead of its own?"""
    return "\n" not in line.strip() and _DATE_LINE.match(line.strip()) is not None


def _date_of(m: re.Match[str]) -> date | None:
    if m["y1"]:
        year, month, day = int(m["y1"]), _CAL.months.index(
            next(x for x in _CAL.months if x.en.lower() == m["en"].lower())) + 1, int(m["d1"])
    elif m["y2"]:
        year, month, day = int(m["y2"]), int(m["m2"]), int(m["d2"])
    elif m["y3"]:
        year, month, day = int(m["y3"]), int(m["m3"]), int(m["d3"])
    else:
        year, month, day = int(m["y4"]), _CAL.month_number(m["ru"]) or 0, int(m["d4"])
    try:
        return date(year, month, day)
    except ValueError:  # «31.02.2017», a version number: no date
        return None
