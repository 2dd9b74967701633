"""The copy of an article that the amount scanner reads: Latin look-alike letters inside
Cyrillic words made Cyrillic («дoлларов» with a Latin o, typed or OCR'd), editorial square
brackets made spaces («[почти] $1,8 [млрд]»), a money word hyphenated across a line's end
made whole («980 млн ру-\nблей», «2,4 мил-\nлиарда»: a paper's column or a PDF's lines), a word
broken by invisible marks made whole (a web page's soft hyphens, «мил\u00adлиарда», and zero-width
spaces and joiners: found46) and clock
times made spaces («03:40 — Рекорд: $38,5 млрд», a podcast's time codes, a live blog's «11:15 —
105 млрд ₽»: the minutes are no figure, nor the low end of a range; session 45, walk69money),
offset for offset, so every amount found in the copy is at the same place in the text."""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile
from analysis.money.head_stems import HEAD_STEMS
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
# a word broken by a hyphen at a line's end, its rest in lower case on the next line
_HYPHENATED = lazy_compile(r"(?<![\w-])([^\W\d_]+)-\n([а-яё]+)")
# the words whose halves are joined: money heads (`head_stems`) and the rubles' countries
_MONEY_WORD_STARTS = (*HEAD_STEMS, "росс", "белорус")
# the invisible marks a web page puts inside or after words: a soft hyphen (where a line may
# break), a zero-width space, a word joiner, a byte-order mark
_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE_SET = frozenset(_INVISIBLE)
# (looked for with one `in` a mark in `scan_copy`: a plain search of the text in C, cheaper than a
# class searched by sre)
# a word with invisible marks inside it, or a mark right after a word
_INVISIBLE_WORD = lazy_compile(rf"[^\W\d_]*(?:[{_INVISIBLE}][^\W\d_]*)+")
# a clock's minutes (and seconds) after its colon: the literal colon first, so sre skips ahead
# to the few colons of a text; the hours before it are checked in `_blank_clocks`
_CLOCK_TAIL = lazy_compile(r":[0-5]\d(?::[0-5]\d)?(?![\d:]|[.,]\d)")


def scan_copy(text: str) -> str:
    """`text` with look-alike Latin letters of mixed-script words made Cyrillic and editorial
    square brackets made spaces, offset for offset."""
    scan = text
    if holds_any(scan, _LOOKALIKE_SET) and _MIXED_SCRIPT.search(scan):
        scan = _MIXED_WORD.sub(_cyrillic_word, scan)
    if "[" in scan:
        scan = scan.translate(_NO_BRACKETS)
    if "\u00ad" in scan or "\u200b" in scan or "\u2060" in scan or "\ufeff" in scan:
        scan = _INVISIBLE_WORD.sub(_visible_word, scan)
    if "-\n" in scan:
        scan = _HYPHENATED.sub(_joined_word, scan)
    if ":" in scan:
        scan = _blank_clocks(scan)
    return scan


def _joined_word(m: re.Match[str]) -> str:
    """«ру-\nблей» as «  рублей» (the two characters of the break as spaces before the word,
    so the word ends where its rest ends) when the whole word is a money word."""
    word = m.group(1) + m.group(2)
    if word.lower().startswith(_MONEY_WORD_STARTS):
        return "  " + word
    return m.group()


def _visible_word(m: re.Match[str]) -> str:
    """«мил\u00adлиарда» as « миллиарда» (each mark a space before the word, so the word ends
    where it ends in the text); a mark between two words a space."""
    word = m.group()
    letters = "".join(ch for ch in word if ch not in _INVISIBLE_SET)
    return " " * (len(word) - len(letters)) + letters


def _blank_clocks(scan: str) -> str:
    """`scan` with each clock time («9:05», «03:40», «1:04:10») made spaces: one or two
    digits, standing alone before the colon, then minutes (and seconds) of two digits."""
    spans = []
    for m in _CLOCK_TAIL.finditer(scan):
        start = m.start()
        hours = start
        while hours > start - 2 and hours and scan[hours - 1].isdigit():
            hours -= 1
        if hours == start or (hours and (scan[hours - 1].isalnum() or scan[hours - 1] in ".,:")):
            continue
        spans.append((hours, m.end()))
    if not spans:
        return scan
    parts, last = [], 0
    for start, end in spans:
        parts += [scan[last:start], " " * (end - start)]
        last = end
    parts.append(scan[last:])
    return "".join(parts)


def _cyrillic_word(m: re.Match[str]) -> str:
    word = m.group()
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return word.translate(_LOOKALIKES)
    return word
