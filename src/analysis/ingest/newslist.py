"""Pages that list several news items: each item an article of its own.

An RSS feed exported to HTML, a news list page or a digest saved from a site holds items one
after another, each with its own headline, date and lead, often divided by `<hr>`:

    <div class="item"><h3 class="title">…</h3><div class="pubDate">Tue, 01 Jul 2025 …</div>
    <div class="description"><p>…</p></div></div><hr><div class="item">…</div>

Trafilatura reads such a page as one article: the first headline becomes its title, the page's
date its date, and the other items' headlines and dates are dropped, so their figures are cited
under the first item's headline and dated by it (newuser42 F2). Here a page is a list when two
or more items of the same opening (tag and class), none inside another, each hold a title and
a date, and together hold most of the page's text (`data/news_lists.json`). Its paragraphs are
each item's text blocks in order (headline, date line, lead; an element that only holds the
item's address is left out), mapped into the source as a feed's fields are, and the paragraph
each item starts at is kept (`PageMeta.items`): the loader makes each item an article
(`file`, `file#2` …) whose headline is its first line and whose date is its date line, as
separate pages would be. A page of one article with a few related teasers is no list: the
article's text lies outside the items.

A feed saved as fetched (RSS, Atom: `feeds`) stays one article read item by item (the gold
reads it so); a `.txt` digest is cut at «* * *» when a headline follows (`glued`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.ingest.feeds import field_paragraphs
from analysis.ingest.segments import Para
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

__all__ = ["NewsList", "news_list"]

_MIN_ITEMS = 2
_MIN_SHARE = 0.7  # of the page's text the items must hold
_TAG_NAME = lazy_compile(r"<([A-Za-z][\w:-]*)")
_CLASS = lazy_compile(r"""\bclass\s*=\s*["']([^"']*)["']""", re.I)
_HIDDEN = lazy_compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_MARKUP = lazy_compile(r"<[^>]*>|&[#\w]+;|\s+")
_ADDRESS = lazy_compile(r"\s*(?:https?://|www\.)\S+\s*")
_SITE_NAME = lazy_compile(r"""<meta\b[^>]*\bproperty\s*=\s*["']og:site_name["'][^>]*"""
                          r"""\bcontent\s*=\s*["']([^"']+)""", re.I)


class NewsList(NamedTuple):
    """A list page's paragraphs, the index of the paragraph each item starts at, and the
    site's name the page states (None: none)."""

    paras: list[Para]
    items: tuple[int, ...]
    sitename: str | None


class _Words(NamedTuple):
    item: re.Pattern[str]
    title: re.Pattern[str]
    date: re.Pattern[str]
    link: re.Pattern[str]
    leaf: re.Pattern[str]


@cache
def _words() -> _Words:
    data = data_json("news_lists.json")
    blocks = "|".join(data["blocks"])
    # a block element with no block element inside: one paragraph of an item
    leaf = (rf"<(?P<tag>{blocks})\b(?P<attrs>[^>]*)>"
            rf"(?P<inner>(?:[^<]|<(?!/?(?:{blocks})\b))*?)</(?P=tag)\s*>")
    return _Words(*(compile_pattern("|".join(f"(?:{p})" for p in data[k]), re.I)
                    for k in ("item_blocks", "title", "date", "link")),
                  leaf=compile_pattern(leaf, re.I | re.S))


def news_list(original: str) -> NewsList | None:
    """The page's items as paragraphs when it is a list of news items, else None."""
    words = _words()
    openings = list(words.item.finditer(original))
    if len(openings) < _MIN_ITEMS:
        return None
    signature = Counter(_signature(m.group()) for m in openings).most_common(1)[0][0]
    spans: list[tuple[int, int]] = []
    for m in openings:
        if _signature(m.group()) != signature:
            continue
        if spans and m.start() < spans[-1][1]:
            return None  # an item inside another: no flat list
        end = _closing(original, m, signature[0])
        if end is None:
            return None
        spans.append((m.start(), end))
    if len(spans) < _MIN_ITEMS or not all(
            words.title.search(original, a, b) and words.date.search(original, a, b) for a, b in spans):
        return None
    body = _letters(original)
    if not body or sum(_letters(original[a:b]) for a, b in spans) < _MIN_SHARE * body:
        return None  # an article with teasers beside it: its own text lies outside them
    paras: list[Para] = []
    starts: list[int] = []
    for a, b in spans:
        first = len(paras)
        for leaf in words.leaf.finditer(original, a, b):
            if words.link.search(leaf.group("attrs")) or _ADDRESS.fullmatch(leaf.group("inner")):
                continue  # the item's address: no text of it
            paras.extend(field_paragraphs(leaf.group("inner"), leaf.start("inner")))
        if len(paras) > first:
            starts.append(first)
    if len(starts) < _MIN_ITEMS:
        return None
    site = _SITE_NAME.search(original)
    return NewsList(paras, tuple(starts), site.group(1).strip() if site else None)


def _signature(opening: str) -> tuple[str, str]:
    """An item's opening as its tag name and class («div», «item»)."""
    tag = _TAG_NAME.match(opening)
    cls = _CLASS.search(opening)
    return (tag.group(1).lower() if tag else "", cls.group(1).strip().lower() if cls else "")


def _closing(original: str, opening: re.Match[str], tag: str) -> int | None:
    """Where the element `opening` opens ends (after its closing tag), nested ones of the
    same tag counted; None when it is never closed."""
    depth = 1
    for m in compile_pattern(rf"<(/?){re.escape(tag)}\b[^>]*>", re.I).finditer(original[opening.end():]):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return opening.end() + m.end()
    return None


def _letters(html: str) -> int:
    """How many characters of text the markup shows (tags, entities and blanks left out)."""
    return len(_MARKUP.sub("", _HIDDEN.sub("", html)))
