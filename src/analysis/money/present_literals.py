"""Which literals of a list stand in a text, found in one Aho–Corasick pass over the text's
UTF-16 bytes (`ahocorasick_rs`, in Rust) instead of one ``in`` test a literal.

Each ``in`` test reads the text again from its start: the ~50 literals of the not-cues
(`metric_masks`) cost a sentence ~50 reads, sre-free but each a Python call into the string
search, where one pass reads it once. A match at an odd byte straddles two characters and is no
place of its literal; every place of a literal is a match at an even byte (two bytes a
character of the Basic Multilingual Plane), so the literals with a match at an even byte are
exactly those ``literal in text`` finds. A text holding a lone surrogate or a character past
the Basic Multilingual Plane (an emoji: four bytes) is read by the ``in`` tests
(`money/head_stems.py` reads its places the same way).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ahocorasick_rs import BytesAhoCorasick, MatchKind

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["LiteralSet"]


class LiteralSet:
    """A list of literals (each kept once, in order) and their finder."""

    __slots__ = ("_always", "_finder", "_searched", "_tested", "literals")

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals: tuple[str, ...] = tuple(dict.fromkeys(literals))
        # (the empty literal stands in every text: it is added, not searched; a literal
        # holding a lone surrogate has no UTF-16 bytes: it is tested with `in`)
        self._always = {""} if "" in self.literals else set()
        self._searched = tuple(lit for lit in self.literals if lit and _utf16(lit) is not None)
        self._tested = tuple(lit for lit in self.literals if lit and _utf16(lit) is None)
        self._finder = BytesAhoCorasick([_utf16(lit) for lit in self._searched],
                                        matchkind=MatchKind.Standard) if self._searched else None

    def present(self, text: str) -> set[str]:
        """The literals that stand in `text`: ``{lit for lit in literals if lit in text}``."""
        found = set(self._always)
        found.update(lit for lit in self._tested if lit in text)
        if self._finder is None:
            return found
        raw = _utf16(text)
        if raw is None or len(raw) != 2 * len(text):
            # (a lone surrogate: no UTF-16 copy; a character past the BMP: four bytes)
            found.update(lit for lit in self._searched if lit in text)
            return found
        searched = self._searched
        found.update(searched[i] for i, start, _ in
                     self._finder.find_matches_as_indexes(raw, overlapping=True) if not start & 1)
        return found


def _utf16(text: str) -> bytes | None:
    try:
        return text.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate
        return None
