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
from dataclasses import dataclass
from functools import lru_cache

from ahocorasick_rs import BytesAhoCorasick, Implementation, MatchKind

from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

__all__ = ["OpenerRuns", "OpenerWords", "opener_spans", "run_spans"]

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


@dataclass(frozen=True)
class OpenerWords:
    """What a text must contain to name a Russian region (built once from the gazetteer:
    `regions._prefilter`)."""

    first_words: frozenset[str] | None  # words that open a name; None: no prefilter
    long_words: frozenset[str]  # those longer than two letters
    short_words: frozenset[str]  # the others («в», «во»)
    # Short first words («в Кирове», «г. Королев») are common prepositions and
    # abbreviations: they only count when a capitalised word follows.
    short_before_capital: re.Pattern[str] | None
    runs: OpenerRuns  # the long words' finder


class OpenerRuns:
    """The opening words of three letters or more that are plain runs of letters (a hyphen or
    another character in a word: it can be no run), found in a stretch in one Aho–Corasick pass
    (a DFA, in Rust) instead of every run of the stretch cut out by a pattern and looked up
    (session 44: the cut-out runs and their look-up ~40 k instructions a sentence).

    The pass reads the low byte of each UTF-16 code unit of the stretch (one byte a character:
    the Cyrillic letters are U+0430–U+044F): every place of a word stands, projected, in the
    projection, and a match there is a place of the word when the stretch holds the word
    there (a digit projects to «а»–«й»: the match is read against the stretch). A place is a
    *run* (what ``[а-яa-z]+`` finds scanning from the stretch's start: a run is never cut)
    when no letter stands right before or after it; a *word* (`_exact_word`) when, besides,
    no hyphen joins it to a letter on either side."""

    __slots__ = ("_finder", "_plain", "words")

    def __init__(self, words: Iterable[str]) -> None:
        words = sorted(words)
        plain = [w for w in words if len(w) > 2 and _RUN.fullmatch(w)]
        # the hyphenated words («санкт-петербурге»), searched in the same pass: whether one
        # stands as a whole word (`_LOWER_WORD`'s match: no letter, nor a hyphen and a letter,
        # on either side)
        self.words: tuple[str, ...] = (*plain, *(w for w in words if _JOINED.fullmatch(w)))
        self._plain = len(plain)
        self._finder = BytesAhoCorasick(
            [w.encode("utf-16-le")[::2] for w in self.words], matchkind=MatchKind.Standard,
            implementation=Implementation.DFA) if self.words else None

    def runs(self, low: str) -> tuple[list[tuple[str, int, int]], bool] | None:
        """(word, start, end) of each place of a plain word where it stands as a run of
        `low`, in the finder's order, and whether a hyphenated word stands in it as a whole
        word; None when `low` has no copy of two bytes a character (a lone surrogate, a
        character past the plane): the caller cuts the runs out then."""
        try:
            raw = low.encode("utf-16-le")
        except UnicodeEncodeError:
            return None
        if len(raw) != 2 * len(low):
            return None
        if self._finder is None:
            return [], False
        words, plain, size, letters = self.words, self._plain, len(low), _LETTERS
        runs, joined = [], False
        for i, a, e in self._finder.find_matches_as_indexes(raw[::2], overlapping=True):
            if not low.startswith(w := words[i], a) or (a and low[a - 1] in letters) or (
                    e < size and low[e] in letters):
                continue
            if i < plain:
                runs.append((w, a, e))
            elif not (a >= 2 and low[a - 1] == "-" and low[a - 2] in letters) and not (
                    low[e:e + 1] == "-" and low[e + 1:e + 2] in letters):
                joined = True
        return runs, joined


def run_spans(low: str, runs: list[tuple[str, int, int]], short: Iterable[str],
              words: frozenset[str]) -> list[tuple[int, int]]:
    """`opener_spans(low, parts, words)` from the runs `OpenerRuns.runs` found (`short`: the
    opening words it does not search, two letters or fewer): the runs that are whole words,
    the short words' own places, the hyphenated words."""
    letters = _LETTERS
    # (a run that a hyphen joins to a letter before or after it is part of a longer word)
    spans = [(a, e) for _, a, e in runs
             if not (a >= 2 and low[a - 1] == "-" and low[a - 2] in letters)
             and not (low[e:e + 1] == "-" and low[e + 1:e + 2] in letters)]
    spans += [m.span() for w in short if w in low for m in _exact_word(w).finditer(low)]
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


_RUN = lazy_compile(r"[а-яa-z]+")
_JOINED = lazy_compile(r"[а-яa-z]+(?:-[а-яa-z]+)+")
# the letters of a word (`_BEFORE`'s class), one by one
_LETTERS = frozenset(map(chr, [*range(ord("а"), ord("я") + 1), *range(ord("a"), ord("z") + 1)]))
