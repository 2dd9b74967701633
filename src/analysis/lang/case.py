"""Lower case with offsets kept: the money stages match their word lists in a lower-cased
copy of the article whose offsets are the article's own."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["fold_case", "fold_yo"]


@lru_cache(maxsize=4)
def fold_case(text: str) -> str:
    """`text` in lower case, offset for offset.

    Cached for the last few texts: the amount scanner and the fact reader both fold the same
    article, one right after the other (the key is the text itself, so an equal text gives
    the same answer; nothing else is kept)."""
    folded = text.lower()
    if len(folded) != len(text):  # a rare letter whose lower case is longer («İ»)
        folded = "".join(ch.lower()[:1] or ch for ch in text)
    return folded


def fold_yo(text: str) -> str:
    """`text` with «ё» written as «е», offset for offset: Russian news writes either, so
    word lists are kept and looked up in the «е» spelling."""
    return text.replace("ё", "е")
