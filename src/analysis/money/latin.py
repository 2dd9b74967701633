"""Which ASCII letters an article holds, cut once in C: most Russian news has none, and then
the scans that can only match at a Latin letter (look-alike letters inside Cyrillic words,
currency codes such as «USD» or «Br») need not read the text at all.

A regex that opens with a class of Latin letters still tests every character of the
article through sre's class test (about 50 instructions a character under callgrind); the
ASCII encoder with errors ignored and a byte ``translate`` drop the rest of the text at a
few instructions a character. On the seeds and the studied gold texts 8% of the articles
hold any Latin letter.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["ascii_letters", "holds_any"]

_NOT_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())


@lru_cache(maxsize=4)
def ascii_letters(text: str) -> frozenset[str]:
    """The ASCII letters that occur in `text`.

    Cached for the last few texts: the amount scanner asks it of the same article twice in a
    row (the key is the text itself, whose hash the case fold has already computed)."""
    return frozenset(text.encode("ascii", "ignore").translate(None, _NOT_LETTER).decode("ascii"))


def holds_any(text: str, letters: frozenset[str]) -> bool:
    """Does `text` hold any of `letters`? The ASCII ones are looked up in `ascii_letters`,
    any other («α», a Greek look-alike) with a plain ``in``, so the answer stays exact
    whatever letters a scan is made to start with."""
    if not ascii_letters(text).isdisjoint(letters):
        return True
    return any(c in text for c in _not_ascii(letters))


@lru_cache(maxsize=16)
def _not_ascii(letters: frozenset[str]) -> tuple[str, ...]:
    """The letters of a guard that `ascii_letters` cannot hold (worked out once a guard)."""
    return tuple(c for c in letters if not c.isascii())
