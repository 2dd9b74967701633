"""Where the tokens of a stretch start, for the amount scanner's back-off window.

A token starts at a word character or a currency symbol that follows no word character,
dot, comma or currency symbol (`TOKEN_START`, the reference pattern: «1,5» is one token, «(5»
and «—5» start one at the digit). `token_starts` finds the same starts by scanning for the
character *before* a start: sre tests its class at every character either way, but enters
the matcher only at the few separators instead of at every letter (where the reference's
look-behind then fails).
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile

__all__ = ["TOKEN_START", "token_starts"]

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
    out: list[int] = []
    if start < end:
        # (the first position has no separator inside the stretch: tested as the look-behind
        # does; \w is a letter or digit, str.isalnum, or the underscore)
        ch = text[start]
        if (ch.isalnum() or ch in _OPENING) and not (
                start and ((prev := text[start - 1]).isalnum() or prev in _JOINING)):
            out.append(start)
    out.extend(m.start() + 1 for m in _AFTER_SEPARATOR.finditer(text, start, end))
    return out
