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

from bisect import bisect_right
from datetime import date

from analysis.ingest.datelines import DATE_LINE, date_lines, date_of_line

__all__ = ["ItemDates", "date_lines"]

_DATE_LINE = DATE_LINE  # (its former name here)


class ItemDates:
    """The dates told by date lines of a text, in order of position."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.dates: list[date] = []
        for m in date_lines(text):
            if (day := date_of_line(m)) is not None:
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
