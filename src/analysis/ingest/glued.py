"""Glued files: one file holding several articles one after another.

A file is cut where an end-of-article promo ends (the ``end`` rules of
`analysis.ingest.chrome.CHROME_RULES`, searched inside paragraphs too), where a long
site tagline starts, or at a separator line (the ``split`` rules: «=====», «———», «* * *»);
each piece becomes an article ``stem``, ``stem#2`` … A cut is made only when both sides
hold enough text (`MIN_SPLIT_CHARS`). An asterism («* * *», «***») also marks a section
break inside one long article, so it cuts only when a headline follows it.
"""

from __future__ import annotations

from analysis.ingest.chrome import CHROME_RULES, KNOWN_TAGLINES
from analysis.ingest.segments import Para
from analysis.lazypattern import lazy_compile

__all__ = ["MIN_SPLIT_CHARS", "split_articles", "splitting_taglines"]

# Both sides of a split must hold this much text: a glued remainder shorter than this is
# the tail of the previous article (a promo in mid-article must not cut a paragraph off),
# and a headline followed by a repeated line is not an article of its own.
MIN_SPLIT_CHARS = 200
# Detected taglines of at least this many words may cut a file (known ones always may).
_SPLIT_TAGLINE_WORDS = 4

# The "end" rules as one search, without their named groups (one alternation may not
# repeat a group name).
_END_SEARCH = lazy_compile(
    "|".join(f"(?:{rx})" for _, action, _, rx in CHROME_RULES if action == "end").replace(
        "(?P<source>", "(?:"))
_SEPARATOR = lazy_compile("|".join(f"(?:{rx})" for _, action, _, rx in CHROME_RULES if action == "split"))
_ASTERISM = lazy_compile(r"(?:[*•·]\s*){3,}")
# A headline: no final period, not longer than this (as `chrome.title_of` reads one).
_HEADLINE_CHARS = 300


def splitting_taglines(tagline_set: frozenset[str]) -> list[str]:
    """The taglines that may cut a file in two.

    Only long taglines: a detected one-word rubric («Экономика») also occurs inside articles.
    """
    return [t for t in tagline_set if t in KNOWN_TAGLINES or len(t.split()) >= _SPLIT_TAGLINE_WORDS]


def split_articles(paras: list[Para], split_taglines: list[str]) -> list[list[Para]]:
    """Cut a file's paragraphs where one article ends and the next begins."""
    articles: list[list[Para]] = [[]]
    seen_text = 0  # characters of text in the current article so far
    for idx, para in enumerate(paras):
        if _SEPARATOR.fullmatch(para.text.strip()):
            # The line itself is dropped; a new article starts after it when both sides
            # hold enough text (and, after an asterism, a headline follows).
            if (seen_text >= MIN_SPLIT_CHARS
                    and _remaining_chars(paras, idx, len(para.text)) >= MIN_SPLIT_CHARS
                    and (not _ASTERISM.fullmatch(para.text.strip()) or _headline_follows(paras, idx))):
                articles.append([])
                seen_text = 0
            continue
        cuts: set[int] = set()
        for m in _END_SEARCH.finditer(para.text):
            cuts.add(m.end())
        for tag in split_taglines:  # str.find: a few C-speed scans, no regex alternation
            at = para.text.find(tag)
            while at >= 0:
                cuts.add(at)
                at = para.text.find(tag, at + 1)
        prev = 0
        for cut in sorted(cuts):
            # A cut only makes a new article when enough text precedes it in this article
            # and follows it in the file (see MIN_SPLIT_CHARS).
            piece = para.slice(prev, cut).stripped()
            if piece.text:
                articles[-1].append(piece)
                seen_text += len(piece.text)
            if seen_text >= MIN_SPLIT_CHARS and _remaining_chars(paras, idx, cut) >= MIN_SPLIT_CHARS:
                articles.append([])
                seen_text = 0
            prev = cut
        rest = para.slice(prev, len(para.text)).stripped()
        if rest.text:
            articles[-1].append(rest)
            seen_text += len(rest.text)
    return [a for a in articles if a]


def _remaining_chars(paras: list[Para], idx: int, cut: int) -> int:
    """Characters of text after `cut` in paragraph `idx` and the paragraphs after it."""
    # Stops as soon as the threshold is reached, and indexes rather than slices the list,
    # so that a file with many cut points stays linear.
    total = len(paras[idx].text.strip()) - cut
    j = idx + 1
    while total < MIN_SPLIT_CHARS and j < len(paras):
        total += len(paras[j].text)
        j += 1
    return total


def _headline_follows(paras: list[Para], idx: int) -> bool:
    """Whether the paragraph after `idx` reads as a headline (no final period, short)."""
    if idx + 1 >= len(paras):
        return False
    nxt = paras[idx + 1].text.strip()
    return len(nxt) <= _HEADLINE_CHARS and not nxt.endswith((".", "…"))
