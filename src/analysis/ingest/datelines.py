"""A date alone on its line: the date line of a page or of a part of it.

An article saved by hand often opens with its day on a line of its own («24.06.2026», «16 мая
2024», «2026-08-05», «28 ноября 2025 г.»), above its headline: a date line, not the headline
(`chrome.title_of`) and not a tagline. A page that gathers pieces written on different days
(a feed, an e-mail thread: «Дата: 12 октября 2016 г., 10:41») dates each piece by such a line
(`money.item_dates`). One definition serves both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from analysis.lang import calendar
from analysis.lazypattern import lazy_compile

__all__ = ["DATE_LINE", "date_lines", "date_of_line", "is_date_line", "past_date_lines"]

_CAL = calendar()
_RU_MONTHS = "|".join(sorted({f for m in _CAL.months for f in m.forms if len(f) > 2}, key=len, reverse=True))
_EN_MONTHS = "|".join(m.en for m in _CAL.months)
_LABELS = "|".join(_CAL.date_line_labels)
_DAY_NAME = r"(?:[A-Z][a-z]{2}|[А-ЯЁа-яё]{2,3})\.?,?\s*"
# A line that is a date and nothing else: an optional quote mark and label, the date (RFC 822
# as feeds write it, ISO 8601, «15.02.2017», «12 октября 2016 г.»), an optional time and zone.
DATE_LINE = lazy_compile(
    r"^[ \t>]*(?:(?:" + _LABELS + r")\s*:\s*)?(?:" + _DAY_NAME + r")?"
    r"(?:(?P<d1>\d{1,2})\s+(?P<en>" + _EN_MONTHS + r")[a-z]*\.?\s+(?P<y1>\d{4})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4})(?:\s*г\.?)?"
    r"|(?P<d4>\d{1,2})\s+(?P<ru>" + _RU_MONTHS + r")\s+(?P<y4>\d{4})(?:\s*г(?:\.|ода)?)?)"
    r"(?:[T,\s]+(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC|MSK|МСК)?[ \t]*$",
    re.I | re.M)


def date_lines(text: str) -> Iterator[re.Match[str]]:
    """`DATE_LINE.finditer(text)`, tried only at the starts of lines. (The pattern opens with
    «^»: sre's search tried it at every character of the text, ~220 k instructions an
    article; a text has a few dozen lines.) A match may run over line breaks (its «\\s*»), so
    the next try is at the first line start at or after its end, where the search would go
    on; «^» at a position `match` is given checks the character before it, as in a search."""
    match, pos, end = DATE_LINE.match, 0, 0
    while pos >= 0:
        if pos >= end and _may_open_date(text, pos) and (m := match(text, pos)) is not None:
            end = m.end()
            yield m
        nxt = text.find("\n", pos)
        pos = nxt + 1 if nxt >= 0 else -1


# the letters read case by case as `str.lower` reads them (the basic Latin and Cyrillic ones:
# ignoring case, sre may read another letter as one of a label's, «ſ» as «s»)
_BASIC = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                   "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_LABEL_HEADS = frozenset(label[:4].lower() for label in _CAL.date_line_labels)
_DAY_THEN_DIGIT = lazy_compile(r"\.?,?\s*\d")  # what follows a day's name in a date line


def _may_open_date(text: str, pos: int) -> bool:
    """Can `DATE_LINE` match at the line start `pos`? A look at the line's first letters
    before the pattern's own try (~8 k instructions a line: its labels and day names read
    ignoring case; this look ~1–2 k). Before the date, whose first character is a digit,
    the pattern reads at most a label (then «:») and a day's name of two or three letters
    (then «.», «,», spaces, the digit), each a whole run of letters, and its letter classes
    read letters only. So a line opening with a word of one letter («В 2024 году …») opens
    no date line, one of two or three letters only with a digit after it, and one of four
    or more only when its first four are a label's (compared in lower case only when they
    are basic letters). Anything else first (a space, a quote mark, a digit) is left to
    the pattern."""
    head = text[pos:pos + 4]
    if head.isalpha():
        return not _BASIC.issuperset(head) or head.lower() in _LABEL_HEADS
    if not head[:1].isalpha():
        return True
    size = 1 if not head[1:2].isalpha() else 2 if not head[2:3].isalpha() else 3
    return size > 1 and _DAY_THEN_DIGIT.match(text, pos + size) is not None


def date_of_line(m: re.Match[str]) -> date | None:
    """The day a match of `DATE_LINE` states, None for an impossible one."""
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


def is_date_line(line: str) -> bool:
    """Is `line` (one line) a date and nothing else, perhaps with a label and a time of day?"""
    return "\n" not in line and DATE_LINE.match(line) is not None


@lru_cache(maxsize=16)  # every headline reader asks it of the same text, some per amount
def past_date_lines(text: str) -> int:
    """Where the text goes on after the date lines that open it (and the blank lines among
    them): the offset of its first other line; 0 when it opens with no date line, or when
    nothing but date lines follows (then the date is all the text has for a headline). The
    first line is looked at by `_may_open_date` first: most texts open with a word."""
    pos, dated = 0, False
    while pos < len(text) and (dated or _may_open_date(text, pos)):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            if not (_may_open_date(text, pos) and DATE_LINE.match(text, pos, end)):
                return pos if dated else 0
            dated = True
        elif not dated:
            return 0
        if nl < 0:
            break
        pos = nl + 1
    return 0
