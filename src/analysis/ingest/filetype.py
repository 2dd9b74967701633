"""What a file is: judged by its extension, then by its content.

The extension says whether the loader reads a file at all (`.txt`, `.html`, `.htm`); the
first bytes say how: a page saved from a browser as ``.txt`` is still HTML (read with
trafilatura, not as text with its markup), and a ``.html`` file with no markup at all is
plain text; a feed (RSS, Atom) is read item by item (`feeds`).
"""

from __future__ import annotations

import re
from typing import Literal

from analysis.ingest.feeds import looks_like_feed
from analysis.lazypattern import lazy_compile

__all__ = ["HTML_SUFFIXES", "SNIFF_BYTES", "TEXT_SUFFIXES", "FileKind", "file_kind"]

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FileKind = Literal["text", "html", "feed"]
SNIFF_BYTES = 8192  # how much of a file's start is looked at

# A document that opens (after a BOM, blanks and comments) as an HTML document does.
_HTML_OPENING = lazy_compile(
    rb"^(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S)
# Tags that only markup has; a text about HTML names one or two, a page has many.
_STRUCTURAL_TAG = lazy_compile(
    rb"</?(?:p|div|span|a|br|body|head|title|meta|article|section|li|ul|h[1-6])\b[^>]*>", re.I)
_MIN_STRUCTURAL_TAGS = 5
_ANY_TAG = lazy_compile(rb"<[A-Za-z!/][^>]*>")


def file_kind(suffix: str, head: bytes) -> FileKind | None:
    """How to read a file with this extension whose content starts with `head`; None when
    the extension is not one the loader reads."""
    suffix = suffix.lower()
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES and looks_like_feed(head):
        return "feed"  # an RSS or Atom feed saved as it was fetched (`feeds`)
    if suffix in TEXT_SUFFIXES:
        return "html" if _looks_like_html(head) else "text"
    if suffix in HTML_SUFFIXES:
        return "html" if _ANY_TAG.search(head) else "text"
    return None


def _looks_like_html(head: bytes) -> bool:
    if _HTML_OPENING.match(head):
        return True
    return len(_STRUCTURAL_TAG.findall(head)) >= _MIN_STRUCTURAL_TAGS
