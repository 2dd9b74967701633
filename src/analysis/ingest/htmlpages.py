"""HTML pages: trafilatura finds the main text; each paragraph is mapped back into the source.

Every extracted paragraph is searched, whitespace-collapsed and html-unescaped, in a "view"
of the source (text outside tags, entities decoded) and mapped back piecewise.  Characters
that the source spells differently (``&laquo;``, a run of newlines shown as one space, a
list bullet trafilatura invented) get `Segment.exact=False` and stand for the whole original
piece (``orig_length``); everything else keeps ``original[s:e] == text[start:end]``.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import NamedTuple

from analysis.ingest.encodings import Unreadable
from analysis.ingest.pagebody import missing_body
from analysis.ingest.segments import Para, Segment, merge
from analysis.ingest.titlesite import site_in_title
from analysis.lazypattern import lazy_compile

__all__ = ["HtmlPage", "HtmlView", "PageMeta", "html_paragraphs"]

_HTML_TOKEN = lazy_compile(
    r"<!--.*?(?:-->|$)|<(script|style|noscript|template|svg)\b.*?(?:</\1\s*>|$)|<[^>]*>?"
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?|[^<&]+|&",
    re.S | re.I,
)
_WS = lazy_compile(r"\s+")


@dataclass(frozen=True)
class PageMeta:
    """What trafilatura read from the page's markup (None when it found nothing)."""

    title: str | None = None
    date: str | None = None  # as the page states it; `pubdates.parse_date` reads it
    url: str | None = None
    sitename: str | None = None
    # a list of news items (`newslist`): the paragraph each item starts at, each an article
    # of its own; the page's title, date and address are then no item's
    items: tuple[int, ...] = ()


class HtmlPage(NamedTuple):
    """The main text of a page as paragraphs mapped into the source, and its metadata."""

    paras: list[Para]
    meta: PageMeta


class _Run(NamedTuple):
    """A piece of the view that copies (or stands for) a piece of the source."""

    view_start: int
    src_start: int
    length: int  # in the view
    exact: bool  # False: the source spells it differently (an entity, a whitespace run)
    src_length: int


class _Mapped(NamedTuple):
    para: Para
    cursor: int  # view offset where the search for the next paragraph starts


class HtmlView:
    """The text of an HTML source (tags dropped, entities decoded, whitespace collapsed)
    with runs mapping view offsets back to source offsets."""

    def __init__(self, source: str) -> None:
        parts: list[str] = []
        self.v_starts: list[int] = []
        self.runs: list[_Run] = []
        self.body_start = 0
        vlen = 0
        last_space = True

        def add(text: str, src: int, exact: bool, src_len: int | None = None) -> None:
            nonlocal vlen
            self.v_starts.append(vlen)
            self.runs.append(_Run(vlen, src, len(text), exact, len(text) if src_len is None else src_len))
            parts.append(text)
            vlen += len(text)

        def add_ws(src: int, src_len: int) -> None:
            nonlocal last_space
            if not last_space:  # a run across tags collapses into the first space
                add(" ", src, src_len == 1 and source[src] == " ", src_len)
                last_space = True

        for m in _HTML_TOKEN.finditer(source):
            tok = m.group()
            start = m.start()
            if tok[0] == "<":
                if tok[:5].lower() == "<body":
                    self.body_start = vlen
                continue
            if tok[0] == "&" and len(tok) > 1:
                dec = html.unescape(tok)
                if dec != tok:
                    if dec.isspace():
                        add_ws(start, len(tok))
                    else:
                        add(dec, start, False, len(tok))
                        last_space = False
                    continue
            pos = 0
            for w in _WS.finditer(tok):
                if w.start() > pos:
                    add(tok[pos:w.start()], start + pos, True)
                    last_space = False
                add_ws(start + w.start(), w.end() - w.start())
                pos = w.end()
            if pos < len(tok):
                add(tok[pos:], start + pos, True)
                last_space = False
        self.text = "".join(parts)

    def segments(self, clean_start: int, vstart: int, length: int) -> list[Segment]:
        """Segments for view[vstart:vstart+length] placed at clean_start."""
        out = []
        i = max(bisect_right(self.v_starts, vstart) - 1, 0)
        vend = vstart + length
        while i < len(self.runs) and self.runs[i].view_start < vend:
            rv, rs, rl, exact, src_len = self.runs[i]
            lo, hi = max(vstart, rv), min(vend, rv + rl)
            if lo < hi:
                if exact:
                    out.append(Segment(clean_start + lo - vstart, rs + lo - rv, hi - lo))
                else:
                    out.append(Segment(clean_start + lo - vstart, rs, hi - lo, False, src_len))
            i += 1
        return out


def _map_paragraph(view: HtmlView, text: str, cursor: int) -> _Mapped:
    """Locate one extracted paragraph in the view; piecewise (word by word) if needed."""
    vt = view.text
    pos = vt.find(text, cursor)
    if pos < 0:
        pos = vt.find(text)
    if pos < 0 and text.startswith("- ") and (alt := vt.find(text[2:], cursor)) >= 0:
        text, pos = text[2:], alt  # trafilatura's list bullet is not in the source
    if pos >= 0:
        return _Mapped(Para(text, merge(view.segments(0, pos, len(text)))), pos + len(text))
    # Piecewise: each word is searched a bounded distance ahead (keeps this linear);
    # words not found, and the gaps between words, point best-effort at the cursor.
    segs: list[Segment] = []
    done = 0
    window = 2000 + 4 * len(text)
    for w in re.finditer(r"\S+", text):
        found = vt.find(w.group(), cursor, cursor + window)
        if found < 0:
            continue
        gap = w.start() - done
        if gap:
            exact_gap = done > 0 and vt[found - gap:found] == text[done:w.start()]
            if exact_gap:
                segs.extend(view.segments(done, found - gap, gap))
            else:
                segs.append(Segment(done, view.segments(0, found, 1)[0].orig_start, gap, False, 0))
        segs.extend(view.segments(w.start(), found, len(w.group())))
        done = w.end()
        cursor = found + len(w.group())
    if done < len(text):
        src = segs[-1].orig_end if segs else (view.runs[-1].src_start if view.runs else 0)
        segs.append(Segment(done, src, len(text) - done, False, 0))
    return _Mapped(Para(text, merge(segs)), cursor)


def html_paragraphs(original: str) -> HtmlPage:
    """The main text of an HTML page as paragraphs mapped into `original`, and its metadata.

    Raises Unreadable when trafilatura finds no main text, or only navigation or a
    ``<noscript>`` notice (`pagebody.missing_body`).
    """
    import trafilatura  # heavy import, only when the folder has HTML

    doc = trafilatura.bare_extraction(
        original, with_metadata=True, include_comments=False, include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise Unreadable("HTML page has no article text (trafilatura found no main content)")
    view = HtmlView(original)
    cursor = view.body_start
    paras = []
    for line in body.split("\n"):
        line = _WS.sub(" ", line).strip()
        if line:
            p, cursor = _map_paragraph(view, line, cursor)
            paras.append(p)
    if (why := missing_body(original, paras)) is not None:
        raise Unreadable(why)
    meta = PageMeta(**{k: getattr(doc, k, None) for k in ("title", "date", "url", "sitename")})
    if not meta.sitename:  # (many regional sites name themselves only in <title>)
        meta = replace(meta, sitename=site_in_title(original, meta.title))
    return HtmlPage(paras, meta)
