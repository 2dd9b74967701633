"""Where a list of literals stands in a text, found in one Aho–Corasick pass (`ahocorasick_rs`,
in Rust) over the text's UTF-16 code units instead of one ``in`` test (or ``str.find`` loop) a
literal: each such test reads the text again from its start, a Python call each.

The pass reads bytes. Two encodings of a text are offered, both of one width a character of the
Basic Multilingual Plane, so a byte offset gives the character offset at once:

- *exact* (`LiteralPass`): the UTF-16-LE bytes, two a character. A match at an odd byte
  straddles two characters and is no place of its literal; every place of a literal is a match
  at an even byte, so the places at even bytes, halved, are exactly the places ``str.find``
  finds;
- *projected* (`projected=True`): the low byte of each code unit, one a character. A literal
  standing in a text stands, projected, in the text's projection; a projection may also stand
  where no literal does (a digit read as «а»–«й»): a superset, for gates whose «maybe» only
  asks the reader again, or that confirm with an ``in`` test. Literals of one projection share
  one key of the automaton (`groups`).

A text holding a lone surrogate (the reader keeps undecodable bytes so) or a character past the
BMP (an emoji: four UTF-16 bytes) has no such copy: `units` gives None, and each caller reads it
by its own ``in`` tests or ``find`` loops (the answer the pass stands for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ahocorasick_rs import BytesAhoCorasick, Implementation, MatchKind

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["LiteralPass", "low_bytes", "units"]


def units(text: str) -> bytes | None:
    """The UTF-16-LE bytes of `text`, two a character; None when a character takes no plain
    code unit (a lone surrogate, or one past the BMP)."""
    try:
        raw = text.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate: no UTF-16 copy
        return None
    return raw if len(raw) == 2 * len(text) else None  # (past the BMP: four bytes)


def low_bytes(text: str) -> bytes:
    """The low byte of each UTF-16 code unit of `text` (one byte a character of the BMP; a lone
    surrogate kept as its unit)."""
    return text.encode("utf-16-le", "surrogatepass")[::2]


class LiteralPass:
    """An automaton over `literals` (each kept once, in order; none empty and none holding a lone
    surrogate in the exact pass: the callers keep those apart), exact or projected (`dfa`: a
    DFA, dearer to build, cheaper to run over long texts)."""

    __slots__ = ("_finder", "groups", "literals", "projected")

    def __init__(self, literals: Iterable[str], *, projected: bool = False, dfa: bool = False) -> None:
        self.literals: tuple[str, ...] = tuple(dict.fromkeys(literals))
        self.projected = projected
        keys: dict[bytes, list[int]] = {}
        for i, literal in enumerate(self.literals):
            key = low_bytes(literal) if projected else literal.encode("utf-16-le")
            keys.setdefault(key, []).append(i)
        # the literals each key of the automaton stands for (one each in the exact pass: one
        # UTF-16 copy a literal)
        self.groups: tuple[tuple[int, ...], ...] = tuple(tuple(v) for v in keys.values())
        options = {"implementation": Implementation.DFA} if dfa else {}
        self._finder = BytesAhoCorasick(list(keys), matchkind=MatchKind.Standard,
                                        **options) if keys else None

    def places(self, raw: bytes) -> list[tuple[int, int, int]]:
        """(key, start, end) of every place of every key in the exact copy `raw` (`units`),
        in characters; each key's places in text order."""
        if self._finder is None:
            return []
        # (a match at an odd byte straddles two characters: no place of the literal)
        return [(i, start >> 1, end >> 1) for i, start, end in
                self._finder.find_matches_as_indexes(raw, overlapping=True) if not start & 1]

    def keys_in(self, raw: bytes) -> set[int]:
        """The keys standing in `raw`: the exact copy (`units`), or the projection of one in a
        projected pass (`units(...)[::2]`, `low_bytes`)."""
        if self._finder is None:
            return set()
        found = self._finder.find_matches_as_indexes(raw, overlapping=True)
        if self.projected:
            return {m[0] for m in found}
        return {i for i, start, _ in found if not start & 1}
