"""News feeds (RSS 2.0, Atom) saved as a file: each item's text fields as paragraphs.

A crawl keeps a ministry's or a paper's feed as it was fetched: an XML document whose items
each carry a headline, a date and a lead. Trafilatura looks for one page's main text and finds
none in it (an RSS ``<title>`` or ``<description>`` is no ``<p>``), so the feed's news would be
lost. Here every text field of the feed (`FEED_FIELDS`: the channel's and each item's title,
its date and its lead) becomes a paragraph, in order, mapped back into the source like a page's
text (`htmlpages.HtmlView`: a lead's markup, escaped or in CDATA, is dropped and its entities
decoded). An item's date stays a paragraph of its own, right before its lead, so a relative
year («в будущем году») can be read against the item it belongs to.
"""

from __future__ import annotations

import re

from analysis.ingest.htmlpages import HtmlView
from analysis.ingest.segments import Para, Segment, merge
from analysis.lazypattern import lazy_compile

__all__ = ["FEED_FIELDS", "feed_paragraphs", "field_paragraphs", "looks_like_feed"]

# A document that opens (after a BOM, blanks, comments and the XML declaration) as a feed.
_FEED_OPENING = lazy_compile(
    rb"^(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->|<\?xml[^>]*>|<\?xml-stylesheet[^>]*>)*<(?:rss|feed|rdf:RDF)\b",
    re.I | re.S)
# The elements whose text is the feed's news (RSS 2.0 and Atom names); links, ids, categories
# and the feed's own settings are no text.
FEED_FIELDS = ("title", "description", "pubDate", "summary", "content", "content:encoded",
               "published", "updated", "dc:date")
_FIELD = lazy_compile(
    r"<(?P<tag>" + "|".join(re.escape(f) for f in FEED_FIELDS) + r")\b[^>]*>(?P<inner>.*?)</(?P=tag)\s*>",
    re.S | re.I)
_CDATA = lazy_compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_ESCAPED_TAG = lazy_compile(r"<[A-Za-z/!][^>]*>")


def looks_like_feed(head: bytes) -> bool:
    """Does a file's start open as an RSS or Atom feed?"""
    return bool(_FEED_OPENING.match(head))


def feed_paragraphs(original: str) -> list[Para]:
    """Each text field of the feed, in order, as a paragraph mapped into `original`."""
    paras: list[Para] = []
    for m in _FIELD.finditer(original):
        start, inner = m.start("inner"), m.group("inner")
        if (c := _CDATA.fullmatch(inner.strip())) is not None:
            start, inner = start + inner.index(c.group(0)) + 9, c.group(1)
        paras.extend(field_paragraphs(inner, start))
    return paras


def field_paragraphs(inner: str, start: int) -> list[Para]:
    """The text of one field (its markup dropped, entities decoded) cut at line breaks."""
    view = HtmlView(inner)
    text = view.text
    if "<" in text:  # a lead's markup escaped as entities («&lt;p&gt;»): drop it too
        text = _ESCAPED_TAG.sub(lambda t: " " * len(t.group()), text)
    out = []
    for line in re.finditer(r"\S(?:[^\n]*\S)?", re.sub(r" {2,}", "\n", text)):
        segs = [Segment(s.clean_start, s.orig_start + start, s.length, s.exact, s.orig_length)
                for s in view.segments(0, line.start(), line.end() - line.start())]
        out.append(Para(line.group(), merge(segs)))
    return out
