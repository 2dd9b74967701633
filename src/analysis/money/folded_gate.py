"""A case-insensitive pattern searched only where the folded copy holds one of its literals.

`literal_gate` proves a gate only for a case-sensitive pattern: a `(?i)` letter matches more
than one character. But a `(?i)` pattern whose letters are all plain lower case reads a
stretch as its case-sensitive twin reads the stretch's folded copy (`money.folded`), wherever
the stretch, and what the look-behinds see before it, holds no character of `FOLD_DIFFERS`
(`FoldedReader` rests on the same reading, checked on every code point). So every match the
pattern finds there is a match of the twin in the folded copy, and holds one of the twin's
literals (`required_literals`, proved by `literal_gate`). `FoldedGate.may_match` says False
only where no such literal stands in the folded stretch and the stretch folds alike: the
search would find nothing. The pattern itself is searched as before everywhere else, so the
caller gets the same match.
"""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING

from analysis.money.folded import case_sensitive, folds_alike
from analysis.money.folded_reader import _ESCAPE_OR_NAME, _PLAIN_LETTERS, _lookbehind_width
from analysis.money.literal_gate import literal_gate, required_literals

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["FoldedGate"]


class FoldedGate:
    """A `(?i)` pattern (made on first use by `make`) and the gate its case-sensitive twin
    proves in the folded copy (None: no gate, the pattern is always searched)."""

    __slots__ = ("_behind", "_gate", "_make", "_pattern", "_ready")

    def __init__(self, make: Callable[[], re.Pattern[str]]) -> None:
        self._make = make
        self._pattern: re.Pattern[str] | None = None
        self._gate: tuple[str, ...] | None = None
        self._behind = 0
        self._ready = False

    def _load(self) -> None:
        pattern = self._make()
        self._pattern = pattern
        letters = {ch for ch in _ESCAPE_OR_NAME.sub("", pattern.pattern) if ch.isalpha()}
        twin = case_sensitive(pattern) if letters <= _PLAIN_LETTERS else None
        if twin is not None and (literals := required_literals(twin)) and not any(
                ch.isspace() for literal in literals for ch in literal):
            self._gate = literal_gate(twin, literals)
            self._behind = _lookbehind_width(sre_parse.parse(pattern.pattern))
        self._ready = True

    @property
    def pattern(self) -> re.Pattern[str]:
        if not self._ready:
            self._load()
        return self._pattern  # type: ignore[return-value]

    @property
    def gate(self) -> tuple[str, ...] | None:
        """The twin's literals (lower case), or None."""
        if not self._ready:
            self._load()
        return self._gate

    def may_match(self, text: str, folded: str, lo: int, hi: int) -> bool:
        """Can the pattern match inside text[lo:hi] (searched with those bounds)? `folded` is
        `analysis.lang.fold_case(text)`, or that of a text `text` blanks stretches of with
        spaces, offset for offset (a metric reading's masked copy: no literal holds a space,
        so the literals that stand in the copy's fold stand in it too). True with no gate, or
        where the stretch does not fold alike."""
        if not self._ready:
            self._load()
        gate = self._gate
        if gate is None or len(folded) != len(text):
            return True
        stretch = folded[lo:hi]
        for literal in gate:
            if literal in stretch:
                return True
        return not folds_alike(text, max(0, lo - self._behind), hi)

    def search(self, text: str, folded: str, lo: int, hi: int) -> re.Match[str] | None:
        """`pattern.search(text, lo, hi)`, not run where `may_match` says no match can be."""
        if not self.may_match(text, folded, lo, hi):
            return None
        return self.pattern.search(text, lo, hi)
