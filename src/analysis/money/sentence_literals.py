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

A list may also serve as a gate of its own (`keys_of`): the not-cues' further literals
(`metric_masks._lead_gates`: «процент»/«ставк» of «(?:процент|ставк)… по … (кредит…)») are
searched in the pass too, and a not-cue's pattern is searched only where each of its gates has a
key among `scope_keys(scope)` (a superset of the keys of the literals standing there: where no
key of a gate was found, none of its literals stands, and no match can be there).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from analysis.money.scope import AmountScope

__all__ = ["SentenceList", "scope_keys", "shared_literals"]


class SentenceList:
    """A list of literals (made on first use by `make`; each kept once, in order) tested in an
    amount's sentence of the folded text, by the scope's one pass."""

    __slots__ = ("_by_key", "_empty", "_key_of", "_keys", "_make", "_ready")

    def __init__(self, make: Callable[[], Iterable[str]]) -> None:
        self._make = make
        self._ready = False
        self._keys: frozenset[int] = frozenset()
        self._by_key: dict[int, tuple[tuple[int, str], ...]] = {}
        self._key_of: dict[str, int] = {}
        self._empty = False

    def literals(self) -> tuple[str, ...]:
        """The literals, each once, in order."""
        return tuple(dict.fromkeys(self._make()))

    def _load(self) -> None:
        """Each literal's key in the pass, and the literals (with their places in the list)
        of each key (the empty literal stands in every text: kept apart)."""
        from analysis.money.reader_gates import gates

        key_of = gates().key_of
        by_key: dict[int, list[tuple[int, str]]] = {}
        for i, lit in enumerate(self.literals()):
            if lit:
                by_key.setdefault(key_of[lit], []).append((i, lit))
            else:
                self._empty = True
        self._by_key = {key: tuple(v) for key, v in by_key.items()}
        self._keys = frozenset(by_key)
        self._key_of = key_of
        self._ready = True

    def keys_of(self, literals: Iterable[str]) -> frozenset[int]:
        """The pass's keys of `literals` (literals of this list, none empty): one of the
        literals may stand in a scope's sentence only where one of these keys is among
        `scope_keys(scope)` (a projection may stand where its literal does not)."""
        if not self._ready:
            self._load()
        return frozenset(self._key_of[lit] for lit in literals)

    def present(self, scope: AmountScope) -> list[str]:
        """``[lit for lit in literals if lit in scope.folded[scope.start:scope.end]]``."""
        if not self._ready:
            self._load()
        hit = self._keys.intersection(scope_keys(scope))  # (in C: most keys are absent)
        if not hit:
            return [""] if self._empty else []
        folded, start, end = scope.folded, scope.start, scope.end
        found = [(i, lit) for key in hit for i, lit in self._by_key[key]
                 if folded.find(lit, start, end) >= 0]  # (the projection may stand alone)
        if self._empty:
            found.append((self.literals().index(""), ""))
        return [lit for _, lit in sorted(found)]

    def any_in(self, scope: AmountScope) -> bool:
        """``any(lit in scope.folded[scope.start:scope.end] for lit in literals)``."""
        if not self._ready:
            self._load()
        if self._empty:
            return True
        keys = scope_keys(scope)
        if self._keys.isdisjoint(keys):  # (in C: most sentences)
            return False
        folded, start, end = scope.folded, scope.start, scope.end
        for key in self._keys.intersection(keys):
            for _, lit in self._by_key[key]:
                if folded.find(lit, start, end) >= 0:
                    return True
        return False


def scope_keys(scope: AmountScope) -> set[int]:
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
