"""The outlet a page's <title> names beside the headline: «Заголовок — Гомельская правда».

trafilatura takes the headline from the page and drops the <title>'s site part, but reads the
outlet only from `og:site_name` and the like; many regional sites set none, and their <title>
is the one place the page names itself. When the raw <title> is the headline plus a separator
and a short name (after it or, less often, before it), that name is the page's outlet.
"""

from __future__ import annotations

import html
import re

from analysis.lazypattern import lazy_compile

__all__ = ["site_in_title"]

_TITLE = lazy_compile(r"<title[^>]*>(.*?)</title\s*>", re.S | re.I)
_WS = lazy_compile(r"\s+")
# the separators sites put between a headline and their name (a dash, a spaced hyphen, a bar,
# a double colon, a bullet)
_SEPARATOR = lazy_compile(r"\s*(?:[—–|·•]|::)\s*|\s+-\s+")
_TRAILING = lazy_compile(r"(?:\s*(?:[—–|·•]|::)\s*|\s+-\s+)$")
MAX_NAME = 60  # characters: a name, not a second headline
_SEPARATOR_INSIDE = lazy_compile(r"\s(?:[—–|·•]|::)\s")


def _plain(text: str) -> str:
    return _WS.sub(" ", html.unescape(text)).strip()


def site_in_title(page: str, headline: str | None) -> str | None:
    """The outlet's name in the page's <title> beside `headline`, or None."""
    if not headline:
        return None
    found = _TITLE.search(page, 0, 65536)  # (the head; a <title> in an inline svg comes later)
    if found is None:
        return None
    title, head = _plain(found.group(1)), _plain(headline)
    if not head or title == head:
        return None
    rest = None
    if title.startswith(head):
        sep = _SEPARATOR.match(title, len(head))
        rest = title[sep.end():] if sep else None
    elif title.endswith(head):
        before = title[: len(title) - len(head)]
        sep = _TRAILING.search(before)
        rest = before[: sep.start()] if sep else None
    if (not rest or len(rest) > MAX_NAME or _SEPARATOR_INSIDE.search(rest)
            or not any(c.isalpha() for c in rest)):
        return None
    return rest
