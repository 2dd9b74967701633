"""The copy of an article that the amount scanner reads: Latin look-alike letters inside
Cyrillic words made Cyrillic («дoлларов» with a Latin o, typed or OCR'd) and editorial square
brackets made spaces («[почти] $1,8 [млрд]»), offset for offset, so every amount found in the
copy is at the same place in the text."""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile
from analysis.money.latin import holds_any

__all__ = ["scan_copy"]

_LOOKALIKE_LATIN = "aceopxyACEHKMOPTXB"
_LOOKALIKES = str.maketrans(_LOOKALIKE_LATIN, "асеорхуАСЕНКМОРТХВ")
_LOOKALIKE_SET = frozenset(_LOOKALIKE_LATIN)  # a `_MIXED_SCRIPT` match starts at one
# (the rare Latin letter first, so sre skips ahead quickly over Cyrillic text)
_MIXED_SCRIPT = lazy_compile(f"[{_LOOKALIKE_LATIN}]" + r"(?:(?<=[А-Яа-яЁё].)|(?=[А-Яа-яЁё]))")
_MIXED_WORD = lazy_compile(r"[^\W\d_]{2,}")
_CYRILLIC = lazy_compile(r"[А-Яа-яЁё]")
_LATIN = lazy_compile(r"[A-Za-z]")
_NO_BRACKETS = str.maketrans("[]", "  ")


def scan_copy(text: str) -> str:
    """`text` with look-alike Latin letters of mixed-script words made Cyrillic and editorial
    square brackets made spaces, offset for offset."""
    scan = text
    if holds_any(scan, _LOOKALIKE_SET) and _MIXED_SCRIPT.search(scan):
        scan = _MIXED_WORD.sub(_cyrillic_word, scan)
    if "[" in scan:
        scan = scan.translate(_NO_BRACKETS)
    return scan


def _cyrillic_word(m: re.Match[str]) -> str:
    word = m.group()
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return word.translate(_LOOKALIKES)
    return word
