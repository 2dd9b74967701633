"""Where the words that may open a Russian region's name stand in a lower-cased stretch, found
in C: the few such words the stretch holds are looked up by their own patterns, instead of
every word of the stretch read in Python.

A *word* is a match of ``[а-яa-z][а-яa-z]*(?:-[а-яa-z]+)*`` scanned from the stretch's start
(`regions._LOWER_WORD`): a run of letters, with hyphenated parts joined («санкт-петербург»). A
word equal to `w` is then an occurrence of `w` with no letter right before it (nor a hyphen
after a letter: that would join it to the word before) and no letter right after it (nor a
hyphen before a letter: the word would go on), which `_exact_word(w)` matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

__all__ = ["opener_spans"]

_BEFORE = r"(?<![а-яa-z])(?<![а-яa-z]-)"  # a word starts here (see the module's docstring)
_AFTER = r"(?![а-яa-z])(?!-[а-яa-z])"  # … and ends here
# a hyphenated word, whole («санкт-петербург», «российско-белорусский»)
_HYPHENATED = lazy_compile(_BEFORE + r"[а-яa-z]+(?:-[а-яa-z]+)+")


@lru_cache(maxsize=20_000)  # a corpus meets a few hundred opening words; each compiled once
def _exact_word(word: str) -> re.Pattern[str]:
    """`word` as a whole word. (Its first letter opens the pattern and the word-start tests
    look back from behind it: sre then finds the letter in C instead of trying the
    look-behinds at every position.)"""
    return compile_pattern(re.escape(word[0]) + r"(?<![а-яa-z].)(?<![а-яa-z]-.)"
                      + re.escape(word[1:]) + _AFTER)


def opener_spans(low: str, parts: Iterable[str], words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans, in order, of the words of `low` that are in `words` or, hyphenated, have a
    part in `words` (`parts`: `low`'s runs of letters, as ``[а-яa-z]+`` finds them) — the
    same as reading every word of `low` in turn."""
    spans = [m.span() for w in words.intersection(parts) for m in _exact_word(w).finditer(low)]
    if "-" in low:
        spans += [m.span() for m in hyphenated_words(low)
                  if (w := m.group()) in words or any(p in words for p in w.split("-"))]
    spans.sort()
    return spans


def hyphenated_words(low: str) -> list[re.Match[str]]:
    """The hyphenated words of `low`, in order: the matches of `_HYPHENATED.finditer(low)`,
    found from the hyphens (`str.find`, in C) instead of trying the pattern's look-behinds at
    every character. A hyphen with a letter on each side stands inside a hyphenated word,
    and each such word holds one; the word opens where the run of letters before its first
    such hyphen opens, and `_HYPHENATED` matches there as far as it can go."""
    out: list[re.Match[str]] = []
    end = 0  # where the last word found ends
    at = low.find("-", 1)
    while at >= 0:
        if at >= end and low[at - 1] in _LETTERS and low[at + 1:at + 2] in _LETTERS:
            start = at - 1
            while start > 0 and low[start - 1] in _LETTERS:
                start -= 1
            word = _HYPHENATED.match(low, start)
            if word is not None:  # (always: the run, this hyphen and the letter after it)
                out.append(word)
                end = word.end()
        at = low.find("-", at + 1)
    return out


# the letters of a word (`_BEFORE`'s class), one by one
_LETTERS = frozenset(map(chr, [*range(ord("а"), ord("я") + 1), *range(ord("a"), ord("z") + 1)]))
