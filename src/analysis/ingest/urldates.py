"""Publication dates written in an article's URL: `/2019/04/…`, `/20230817/…`, `/2021/06/15/…`.

News sites put the date of publication in the path far more reliably than the text states
it; after metadata it is the best evidence (`docs/architecture.md`, the date order). Only
whole path segments count (or a date opening a segment before a slug, «/20150312-lnovolokno»),
so an id («/20216783», «/744512-2025/») is never read as a date,
and a date later than today is no date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple
from urllib.parse import urlsplit

from analysis.lazypattern import lazy_compile

__all__ = ["URL_EVIDENCE", "UrlDate", "date_from_url"]

URL_EVIDENCE = "URL"  # the evidence of a URL date starts with this word
_Y = r"(?P<y>(?:19|20)\d\d)"
_M = r"(?P<m>0[1-9]|1[0-2])"
_D = r"(?P<d>0[1-9]|[12]\d|3[01])"
# Most precise first: (pattern over the path, precision). A pattern's match must be bounded by
# «/» (or the end, or «.html») on both sides.
_URL_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy_compile(rx), precision) for rx, precision in (
        (rf"/{_Y}/{_M}/{_D}(?=/|$|\.s?html?)", "day"),
        (rf"/{_Y}-{_M}-{_D}(?=/|$)", "day"),
        (rf"/{_Y}{_M}{_D}(?=/|$|\.s?html?)", "day"),
        # «/view/20150312-lnovolokno»: the date before a slug of words (not an id's digits)
        (rf"/{_Y}{_M}{_D}(?=-[a-z])", "day"),
        # «/2025-04-02-tovarooborot», «/14-02-2025-tovarooborot»: a dashed date opening a slug,
        # or a day-first one standing as a segment (session 43, year43)
        (rf"/{_Y}-{_M}-{_D}(?=-[a-z])", "day"),
        (rf"/{_D}-{_M}-{_Y}(?=/|$|-[a-z]|\.s?html?)", "day"),
        (rf"/{_Y}/{_M}(?=/|$)", "month"),
        (rf"/{_Y}(?=/)", "year"),
    ))


class UrlDate(NamedTuple):
    """A publication date read from a URL, its precision and the part of the path it came from."""

    published: date
    precision: str  # "day" | "month" | "year"
    evidence: str  # «URL /2019/04/»


def date_from_url(url: str | None, today: date | None = None) -> UrlDate | None:
    """The date a URL's path states, or None (no date, an impossible one, or later than today)."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    today = today or date.today()
    for rx, precision in _URL_PATTERNS:
        for m in rx.finditer(path):
            parts = m.groupdict()
            try:
                when = date(int(parts["y"]), int(parts.get("m") or 1), int(parts.get("d") or 1))
            except ValueError:
                continue
            if when > today:
                continue
            return UrlDate(published=when, precision=precision,
                           evidence=f"{URL_EVIDENCE} {m.group()}")
    return None
