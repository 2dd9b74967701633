"""Is there an article on this page? A page of only navigation, or only a script notice, is not one.

trafilatura always finds *some* text: on a section front it returns the menu, on a page
that builds itself with JavaScript the ``<noscript>`` notice. `missing_body` looks at where
the text it returned sits in the page: inside links or navigation blocks (`CHROME_ELEMENTS`),
inside ``<noscript>`` (such text is not even in the visible view of the page), or in running
text. When running text is less than `MIN_BODY_SHARE` of it, the page has no article body.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from analysis.ingest.segments import Para
from analysis.lazypattern import lazy_compile

__all__ = ["CHROME_ELEMENTS", "MIN_BODY_SHARE", "missing_body"]

# Elements whose text is site furniture, not an article (data, not code).
CHROME_ELEMENTS = ("nav", "menu", "aside", "footer", "a")
SCRIPT_NOTICE_ELEMENTS = ("noscript",)
MIN_BODY_SHARE = 0.5

_ELEMENT = lazy_compile(
    r"<(" + "|".join(CHROME_ELEMENTS + SCRIPT_NOTICE_ELEMENTS) + r")\b[^>]*>.*?(?:</\1\s*>|$)",
    re.I | re.S)


class _Spans:
    """Merged, sorted [start, end) ranges of the source, with a fast overlap count."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.spans = merged

    def overlap(self, start: int, end: int) -> int:
        """Characters of [start, end) inside the ranges."""
        total = 0
        i = max(bisect_right(self.starts, start) - 1, 0)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            total += max(0, min(end, e) - max(start, s))
            i += 1
        return total


def missing_body(original: str, paras: list[Para]) -> str | None:
    """Why the page has no article body, or None when it has one. `paras` are the paragraphs
    trafilatura extracted, mapped into `original` (see `htmlpages`)."""
    chrome, notice = [], []
    for m in _ELEMENT.finditer(original):
        (notice if m.group(1).lower() in SCRIPT_NOTICE_ELEMENTS else chrome).append((m.start(), m.end()))
    in_chrome, in_notice = _Spans(chrome), _Spans(notice)
    total = body = hidden = furniture = 0
    for para in paras:
        for seg in para.segs:
            total += seg.length
            if seg.exact or seg.orig_length:
                start, end = seg.orig_start, seg.orig_end
                notice_chars = in_notice.overlap(start, end)
                chrome_chars = in_chrome.overlap(start, end)
                share = seg.length / max(end - start, 1)
                hidden += round(notice_chars * share)
                furniture += round(chrome_chars * share)
                body += max(seg.length - round((notice_chars + chrome_chars) * share), 0)
            else:  # not found in the visible text of the page: script or noscript content
                hidden += seg.length
    if total == 0 or body >= MIN_BODY_SHARE * total:
        return None
    if hidden >= furniture:
        return ("HTML page has no article text: its only text is a <noscript> or script notice "
                "(the page builds itself with JavaScript; save it after it has loaded)")
    return "HTML page has no article text: its text is site navigation (menus and links)"
