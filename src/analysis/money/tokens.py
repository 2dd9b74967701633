"""Where the tokens of a stretch start, for the amount scanner's back-off window.

A token starts at a word character or a currency symbol that follows no word character,
dot, comma or currency symbol (`TOKEN_START`, the reference pattern: «1,5» is one token, «(5»
and «—5» start one at the digit). `token_starts` finds the same starts by scanning for the
character *before* a start: sre tests its class at every character either way, but enters
the matcher only at the few separators instead of at every letter (where the reference's
look-behind then fails).
"""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile

__all__ = ["TOKEN_START", "WRAP_ENDS", "opening_pattern", "token_starts", "token_starts_kept",
           "wrapped_line"]

_SYMBOLS = "$€₽£¥₸"
# (the class first and the look-behind after it, one character back)
TOKEN_START = lazy_compile(rf"[\w{_SYMBOLS}](?<![\w.,{_SYMBOLS}].)")
# a separator and the token start after it (the start is the match's second character)
_AFTER_SEPARATOR = lazy_compile(rf"[^\w.,{_SYMBOLS}][\w{_SYMBOLS}]")
_JOINING = frozenset("_.," + _SYMBOLS)  # non-alphanumeric characters a token runs over
_OPENING = frozenset("_" + _SYMBOLS)  # non-alphanumeric characters a token can start with


def token_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets in text[start:end] where `TOKEN_START` matches, in order (the character
    before `start` is read, as the look-behind reads it)."""
    out = _first_start(text, start, end)
    out.extend(m.start() + 1 for m in _AFTER_SEPARATOR.finditer(text, start, end))
    return out


def _first_start(text: str, start: int, end: int) -> list[int]:
    r"""`[start]` when a token starts at the stretch's first position, else `[]`: that
    position has no separator inside the stretch, so it is tested as the look-behind does
    (\w is a letter or digit, str.isalnum, or the underscore)."""
    if start < end:
        ch = text[start]
        if (ch.isalnum() or ch in _OPENING) and not (
                start and ((prev := text[start - 1]).isalnum() or prev in _JOINING)):
            return [start]
    return []


def opening_pattern(openers: frozenset[str]) -> re.Pattern[str]:
    """The separator before a token start, kept only where the token, read in the lower-cased
    text, opens with no Cyrillic lower-case letter or with one of `openers` (the first letters
    of the words that can open a figure): a pattern for `token_starts_kept`."""
    rests: dict[str, list[str]] = {}
    for word in openers:
        rests.setdefault(word[0], []).append(word[1:])
    # (the first letter once, then the rests, longest first)
    alt = "|".join(re.escape(first) + "(?:" + "|".join(
        re.escape(r) for r in sorted(set(ends), key=lambda r: (-len(r), r))) + ")"
        for first, ends in sorted(rests.items()))
    return lazy_compile(rf"[^\w.,{_SYMBOLS}](?=[\w{_SYMBOLS}])(?=[^а-яё]|{alt})")


def token_starts_kept(text: str, lowered: str, start: int, end: int,
                      kept: re.Pattern[str]) -> list[int]:
    """The offsets of `token_starts(text, start, end)` whose separator `kept` (an
    `opening_pattern`) keeps, and the stretch's first position when a token starts there,
    in order: a superset of the starts that can open a figure, fewer than all. Read in
    `lowered` (`fold_case(text)`, same offsets): lower case keeps every character's class
    (a word character, «.», «,», a currency symbol: `tests/test_speed_amount_scan.py` tries
    each), so the starts are the text's own. (The scan runs two characters past `end`: the
    look-ahead reads a token's first letters as the whole text holds them.)"""
    out = _first_start(text, start, end)
    out.extend(c for m in kept.finditer(lowered, start, min(len(lowered), end + 2))
               if (c := m.start() + 1) < end)
    return out


# the characters a wrapped amount's line may end with: a figure's digit or a scale's dot
WRAP_ENDS = frozenset("0123456789.")
# a line break after a figure (or a scale's dot), then the head opening its line
_WRAPPED_HEAD = lazy_compile(r"[\d.][ \u00a0]*\n[ \u00a0]*\Z")


def wrapped_line(text: str, line: int, p: int, reach: int) -> int:
    """Where the amount scanner's window of a head at `p` may start reading back, given the
    line break at `line` before it (found no more than `reach` characters back): the break
    before the line before when the head opens its line right after a number that ends that
    line («составил 4,2⏎млрд рублей», `grammar._SPW`; asked only when the character before the
    break is in `WRAP_ENDS`), else `line` itself."""
    if _WRAPPED_HEAD.match(text, line - 1, p):
        return text.rfind("\n", max(0, p - reach), line)
    return line
