"""A case-insensitive pattern found in the folded copy of a text, read in the text itself.

Under IGNORECASE sre has no first letter to scan for and enters every alternative of a branch
at every position; the same pattern without IGNORECASE, its letters all lower case, read in
`analysis.lang.fold_case`'s copy of the text (same offsets), finds the same matches 1.5–3×
faster (`analysis.money.folded`: every character but `FOLD_DIFFERS` is read alike by the two,
checked on every code point by `tests/test_speed_folded_reader.py`). `FoldedReader` looks for
a match in the folded copy, then reads it with the case-insensitive pattern itself at the
place found: the caller gets the very match object it got before (groups as written in the
text), and the folded copy only says where the matches are. Where the stretch (and the
characters its look-behinds see before it) holds a character of `FOLD_DIFFERS`, or the
pattern is not of that shape, the case-insensitive pattern reads the text as before.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from analysis.lazypattern import lazy_compile
from analysis.money.folded import FOLD_DIFFERS, case_sensitive

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["FoldedReader"]

# the letters a pattern read in the folded copy may name (each checked on every code point)
_PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_ESCAPE_OR_NAME = lazy_compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")
# a character of `FOLD_DIFFERS` (one scan in C; the two compared in the speed test)
_FOLD_DIFFERS_CHAR = lazy_compile("[" + "".join(sorted(FOLD_DIFFERS)) + "]")


class FoldedReader:
    """`pattern` (a case-insensitive one) read where it may in the folded copy: `search`
    and `finditer` give `pattern`'s own matches in `text`."""

    __slots__ = ("_behind", "_folded", "_ready", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._folded: re.Pattern[str] | None = None
        self._behind = 0  # characters before a stretch its look-behinds may read
        self._ready = False

    def _prepare(self) -> re.Pattern[str] | None:
        if not self._ready:
            source = self.pattern.pattern
            letters = {ch for ch in _ESCAPE_OR_NAME.sub("", source) if ch.isalpha()}
            if letters <= _PLAIN_LETTERS:
                self._folded = case_sensitive(self.pattern)
                self._behind = _lookbehind_width(sre_parse.parse(source))
            self._ready = True
        return self._folded

    def _readable(self, text: str, folded: str, pos: int, endpos: int) -> bool:
        """May the folded copy stand for the text in [pos, endpos) (and what is seen before)?"""
        return (self._prepare() is not None and len(folded) == len(text)
                and _FOLD_DIFFERS_CHAR.search(text, max(0, pos - self._behind), endpos) is None)

    def search(self, text: str, folded: str, pos: int, endpos: int) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`; `folded` is `fold_case(text)`."""
        if not self._readable(text, folded, pos, endpos):
            return self.pattern.search(text, pos, endpos)
        found = self._folded.search(folded, pos, endpos)  # type: ignore[union-attr]
        if found is None:
            return None
        return self._read_at(text, found, endpos)

    def finditer(self, text: str, folded: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text, pos, endpos)`; `folded` is `fold_case(text)`."""
        if not self._readable(text, folded, pos, endpos):
            yield from self.pattern.finditer(text, pos, endpos)
            return
        for found in self._folded.finditer(folded, pos, endpos):  # type: ignore[union-attr]
            yield self._read_at(text, found, endpos)

    def _read_at(self, text: str, found: re.Match[str], endpos: int) -> re.Match[str]:
        match = self.pattern.match(text, found.start(), endpos)
        if match is None or match.span() != found.span():  # (never, by the check above)
            raise AssertionError(f"folded reading differs: {self.pattern.pattern[:60]!r}")
        return match


def _lookbehind_width(parsed: Any) -> int:
    """The widest look-behind of a parsed pattern (characters it reads before a position)."""
    widest = 0
    for op, av in parsed:
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            direction, body = av
            if direction < 0:
                widest = max(widest, body.getwidth()[1])
            widest = max(widest, _lookbehind_width(body))
        elif op is sre_constants.SUBPATTERN:
            widest = max(widest, _lookbehind_width(av[3]))
        elif op is sre_constants.BRANCH:
            widest = max([widest, *(_lookbehind_width(alt) for alt in av[1])])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
                    sre_constants.POSSESSIVE_REPEAT):
            widest = max(widest, _lookbehind_width(av[2]))
        elif op is sre_constants.ATOMIC_GROUP:
            widest = max(widest, _lookbehind_width(av))
    return widest
