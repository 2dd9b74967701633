"""Literals that readers of an amount test in its whole sentence, found in the scope's one pass.

Several readers open on a plain ``in`` test of a few literals in the amount's sentence of the
folded text before a search: the aside and attribution phrases (`aside_reach`: 21 literals), the
not-cues' words (`metric_masks`: ~50). An ``in`` test reads the sentence from its start each time
(~740 instructions a literal on a 130-character Cyrillic sentence). The scope's sentence is read
once already, by the Aho–Corasick pass of the readers' gates (`reader_gates.open_readers`, over
the low bytes of its UTF-16 code units); the literals of these lists are searched in that same
pass (`shared_literals`), and a list's test is then a look-up of its literals' keys among those
found there, each confirmed by a `str.find` in the sentence (the projection may stand where the
literal does not): the literals present are exactly those the ``in`` tests find.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from analysis.money.scope import AmountScope

__all__ = ["SentenceList", "shared_literals"]


class SentenceList:
    """A list of literals (made on first use by `make`; each kept once, in order) tested in an
    amount's sentence of the folded text, by the scope's one pass."""

    __slots__ = ("_make", "_pairs")

    def __init__(self, make: Callable[[], Iterable[str]]) -> None:
        self._make = make
        self._pairs: tuple[tuple[str, int], ...] | None = None

    def literals(self) -> tuple[str, ...]:
        """The literals, each once, in order."""
        return tuple(dict.fromkeys(self._make()))

    def _keyed(self) -> tuple[tuple[str, int], ...]:
        """Each literal with its key in the pass (-1: the empty literal, in every text)."""
        if self._pairs is None:
            from analysis.money.reader_gates import gates

            key_of = gates().key_of
            self._pairs = tuple((lit, key_of[lit] if lit else -1) for lit in self.literals())
        return self._pairs

    def present(self, scope: AmountScope) -> list[str]:
        """``[lit for lit in literals if lit in scope.folded[scope.start:scope.end]]``."""
        keys = _keys(scope)
        folded, start, end = scope.folded, scope.start, scope.end
        return [lit for lit, key in self._keyed() if (key < 0 or key in keys)
                and folded.find(lit, start, end) >= 0]

    def any_in(self, scope: AmountScope) -> bool:
        """``any(lit in scope.folded[scope.start:scope.end] for lit in literals)``."""
        keys = _keys(scope)
        folded, start, end = scope.folded, scope.start, scope.end
        for lit, key in self._keyed():  # (a plain loop: it stops at the first found)
            if (key < 0 or key in keys) and folded.find(lit, start, end) >= 0:
                return True
        return False


def _keys(scope: AmountScope) -> set[int]:
    """The keys that may stand in the scope's sentence (the pass made once a scope)."""
    keys = scope.literal_keys
    if keys is None:
        from analysis.money.reader_gates import open_readers

        open_readers(scope)
        keys = scope.literal_keys
        assert keys is not None
    return keys


@cache
def shared_literals() -> tuple[str, ...]:
    """Every literal of the lists searched in the readers' pass (imported when the gates are
    first built: those modules import this one)."""
    from analysis.money.aside_reach import SHARED as aside_lists
    from analysis.money.metric_masks import SHARED as masks_lists

    return tuple(dict.fromkeys(lit for words in (*aside_lists, *masks_lists)
                               for lit in words.literals() if lit))
