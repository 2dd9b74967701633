"""Case-insensitive patterns read in the folded copy of a text, as case-sensitive ones.

Under IGNORECASE sre enters every alternative of a branch to compare its first letter; a
case-sensitive branch skips a wrong literal alternative at once. So a pattern whose letters
are all lower case (`case_sensitive` checks) can be read in `analysis.lang.fold_case`'s copy
of the text (same offsets) without IGNORECASE, with the same matches, except where a
stretch holds one of the characters the two read differently (`FOLD_DIFFERS`, found by
trying every character; `tests/test_speed_money_scans.py` tries them again): «ſ» and «ı»
match «s» and «i» under IGNORECASE but fold to themselves, as do the old Cyrillic
«ᲀ»…«ᲆ» for «в», «д», «о», «с», «т», «ъ»; «İ» folds to one letter of its two. There the
case-insensitive pattern reads the text itself.
"""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

__all__ = ["CASEFOLD_DIFFERS", "FOLD_DIFFERS", "case_sensitive", "casefolds_as_lower",
           "folds_alike"]

FOLD_DIFFERS = frozenset("\u0130\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86")
# one of them, found by sre's class scan in C (a set's `isdisjoint` over a stretch makes,
# hashes and frees a one-letter string for each Cyrillic character it reads)
_FOLD_DIFFERS_AT = lazy_compile("[" + "".join(sorted(FOLD_DIFFERS)) + "]")


# The characters whose `str.casefold` holds a basic Cyrillic lower-case letter («а»…«я»,
# «ё») that their `fold_case` image does not: the old Cyrillic «ᲀ»…«ᲆ» (casefolded to «в»,
# «д», «о», «с», «т», «т», «ъ»). Every other character's two images are equal or hold no such
# letter (`tests/test_speed46_text_scans.py` tries every code point).
CASEFOLD_DIFFERS = "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86"
_CYRILLIC_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def casefolds_as_lower(text: str, words: tuple[str, ...]) -> bool:
    """Does each of `words` stand in ``text.casefold()`` exactly where it stands in
    ``fold_case(text)``? True when every word is written in basic Cyrillic lower-case letters
    and `text` holds none of `CASEFOLD_DIFFERS`: every other character is read alike by the
    two or turns into no letter of a word in either, so the runs of those letters, and the
    words in them, are the same. (Single-character ``in`` tests: ``memchr`` over a Cyrillic
    text, none of whose code units shares their low byte.)"""
    if not all(_CYRILLIC_LOWER.issuperset(w) for w in words):
        return False
    return not any(map(text.__contains__, CASEFOLD_DIFFERS))


def folds_alike(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] hold none of `FOLD_DIFFERS` (so a `case_sensitive` pattern reads its
    folded copy as the case-insensitive one reads it)?"""
    return _FOLD_DIFFERS_AT.search(text, lo, hi) is None


def case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` (one that opens with ``(?i)`` and whose letters are all lower case) without
    IGNORECASE, to be read in the folded text; None when the pattern is not of that shape."""
    source = pattern.pattern
    if not source.startswith("(?i)"):
        return None
    # (escapes such as \Z, \s and the «P» of a named group are no letters to match)
    letters = re.sub(r"\\[A-Za-z]|\(\?P", "", source)
    if letters != letters.lower() or "(?-i" in source:
        return None
    return compile_pattern(source[len("(?i)"):])
