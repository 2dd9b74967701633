"""Which literals of a list stand in a text, found in one Aho–Corasick pass over the text's
UTF-16 bytes (`lang.literal_pass`, exact) instead of one ``in`` test a literal.

Each ``in`` test reads the text again from its start: the ~50 literals of the not-cues
(`metric_masks`) cost a sentence ~50 reads, sre-free but each a Python call into the string
search, where one pass reads it once. The literals with a place in the pass are exactly those
``literal in text`` finds. A text holding a lone surrogate or a character past the Basic
Multilingual Plane (an emoji: four bytes) is read by the ``in`` tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lang.literal_pass import LiteralPass, units

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
        self._searched = tuple(lit for lit in self.literals if lit and _encodes(lit))
        self._tested = tuple(lit for lit in self.literals if lit and not _encodes(lit))
        self._finder = LiteralPass(self._searched) if self._searched else None

    def present(self, text: str) -> set[str]:
        """The literals that stand in `text`: ``{lit for lit in literals if lit in text}``."""
        found = set(self._always)
        found.update(lit for lit in self._tested if lit in text)
        if self._finder is None:
            return found
        raw = units(text)
        if raw is None:
            # (a lone surrogate: no UTF-16 copy; a character past the BMP: four bytes)
            found.update(lit for lit in self._searched if lit in text)
            return found
        searched = self._searched  # (one key a literal: the exact pass)
        found.update(searched[i] for i in self._finder.keys_in(raw))
        return found


def _encodes(literal: str) -> bool:
    """Has `literal` UTF-16 bytes (no lone surrogate)? (A literal past the BMP is searched: its
    four bytes stand at an even byte of a text's copy wherever it stands.)"""
    try:
        literal.encode("utf-16-le")
    except UnicodeEncodeError:
        return False
    return True
