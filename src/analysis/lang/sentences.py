"""Sentences with exact offsets: the one splitter every stage cites from.

A sentence ends at .!?… (plus closing quotes) before a capital or an opening quote, or at a
line break. Faster than razdel and good enough to cite: spans never cross a paragraph, so
`Article.original_span` maps them exactly. Not an end: a dot after a short piece
(«Только в 2021 г. Беларусь…») or inside a short quoted name («Иннопром. Беларусь»).
"""

from __future__ import annotations

import re

_SENT_END = re.compile(r"[.!?…]+[\"»”)]*[ \u00a0]+(?=[«\"„“(]?[А-ЯЁA-Z])(?!США|US\b)|\n")
_YEAR_ABBR_END = re.compile(r"\d\s*гг?\.\Z")
_NAME_SPAN = 30  # a quoted name is short; a quotation of whole sentences is not


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, whitespace stripped, in order."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        newline = m.group() == "\n"
        end = m.start() if newline else m.end()
        piece = text[start:end].strip()  # once per candidate end (this runs per paragraph)
        if not newline:
            if len(piece) < 15 or (len(piece) < 40 and _YEAR_ABBR_END.search(piece)):
                continue  # «Только в 2021 г. Беларусь…»: an abbreviation, not a sentence end
            if _in_quoted_name(text, start, m.start(), m.end()):
                continue  # «Иннопром. Беларусь»: a dot inside a quoted name
        if piece:
            spans.append(_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _in_quoted_name(text: str, start: int, dot: int, after: int) -> bool:
    """Is the dot at `dot` inside a short quoted name («Иннопром. Беларусь»)?"""
    opened = text.rfind("«", max(start, dot - _NAME_SPAN), dot)
    if opened < 0 or "»" in text[opened:dot]:
        return False
    closed = text.find("»", after, after + _NAME_SPAN)
    return closed >= 0 and "«" not in text[after:closed] and not any(
        ch in text[after:closed] for ch in ".!?\n")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
