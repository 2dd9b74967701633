"""Where the money cores stand in a text: the money *heads* (a scale word, a currency word,
symbol or code, found in one pass: `money.head_stems`), and the core pattern
(`money.grammar.CORE`) tried at the few token starts just before each head. That keeps the
scan fast on long articles full of dates and counts. `money.amounts` makes amounts of the
cores (split from it for size, session 46)."""

from __future__ import annotations

import re

from analysis.lang import fold_case
from analysis.lazypattern import lazy_compile
from analysis.money.grammar import CORE, NUMERALS
from analysis.money.head_stems import HEAD_STEMS as _HEAD_STEMS
from analysis.money.head_stems import SCALE_HEADS, first_glued, stem_places
from analysis.money.latin import holds_any
from analysis.money.scale_shares import words_before_scale
from analysis.money.tokens import WRAP_ENDS, opening_pattern, token_starts_kept, wrapped_line

__all__ = ["core_matches"]

_LATIN_HEAD_FIRST = frozenset("mbMB")
_HEAD_AT = lazy_compile(r"тыс|млн|млрд|трлн|милл|трилл|руб|р\.|долл|дол\.|евро|юан|тенге|фунт"
                      r"|коп|цент(?:ов|а)|ярд|лям|[$€₽£¥₸]|(?:mn|bn|mln|bln|million|billion)(?![a-z])")
# «1500р»: searched where an ASCII digit stands before «р» (`GLUED_STEMS`, in the stems' pass)
_GLUED_RUBLE = lazy_compile(r"\dр(?![\w.])")
# No look-behind in front: sre then scans for the first letters quickly.
_CODES = ("USD", "EUR", "RUB", "RUR", "BYN", "BYR", "CNY", "RMB", "KZT", "GBP", "Br")
_CODE_HEAD = lazy_compile("(?:" + "|".join(_CODES) + r")(?![a-z])")
_CODE_FIRST = frozenset(c[0] for c in _CODES)  # a `_CODE_HEAD` match starts at one
_BACKOFF_CHARS = 70
_BACKOFF_TOKENS = 7  # «около двухсот пятидесяти пяти миллионов»
# A plain number (no scale, no currency) only matters as the low end of a range.
_RANGE_NEXT = lazy_compile(r"[ \u00a0]*(?:[-–—]|до\b|по\b)", re.IGNORECASE)
# First three letters of every word that can open a core (numerals, «пол…», scale words).
_OPENERS = frozenset(w[:3] for w in [*NUMERALS, "пол", "миллион", "миллиард", "триллион",
                                      "тысяча", *words_before_scale()])
_SYMBOLS = "$€₽£¥₸"
# the token starts a core can open at, and fewer others (the test below keeps only those)
_OPENING_STARTS = opening_pattern(_OPENERS)


def _heads(text: str, lowered: str, places: dict[str, list[int]] | None = None) -> list[int]:
    """Where the money heads stand, in order; `places` (when given) gets every place of each
    of `SCALE_HEADS` (found here anyway, for `inverted_figures`)."""
    heads: list[int] = []
    kept: list[list[int]] | None = None
    if places is not None:  # (made in the stems' order, as the find loops made them)
        made = {stem: places.setdefault(stem, []) for stem in _HEAD_STEMS if stem in SCALE_HEADS}
        kept = [made[stem] for stem in SCALE_HEADS]
    latin, glued = holds_any(text, _LATIN_HEAD_FIRST), False
    scales, glued_from, head_at = len(SCALE_HEADS), first_glued(latin), _HEAD_AT.match
    for i, p, _ in stem_places(lowered, latin):
        if i >= glued_from:  # an ASCII digit right before «р»
            glued = True
            continue
        if kept is not None and i < scales:
            kept[i].append(p)
        if head_at(lowered, p):
            heads.append(p)
    if glued:
        heads.extend(m.start() + 1 for m in _GLUED_RUBLE.finditer(lowered))
    if holds_any(text, _CODE_FIRST):  # (most articles hold no Latin letter)
        heads.extend(p for m in _CODE_HEAD.finditer(text)
                     if not ((p := m.start()) and text[p - 1].isascii()
                             and text[p - 1].isalpha()))
    heads.sort()
    return heads


def core_matches(text: str, places: dict[str, list[int]] | None = None
                  ) -> list[re.Match[str]]:
    """Core matches in text order, never overlapping (`places`: as `_heads` fills it)."""
    out: list[re.Match[str]] = []
    last_end = 0
    lowered = fold_case(text)  # (describe folds the same text next: cached)
    for p in _heads(text, lowered, places):
        if p < last_end:
            continue  # inside the previous amount
        # (the line break is only looked for as far back as the window reaches: the same
        # start, without reading back over the whole paragraph)
        line = text.rfind("\n", max(0, p - _BACKOFF_CHARS), p)
        if line > 0 and text[line - 1] in WRAP_ENDS:  # «4,2⏎млрд рублей»
            line = wrapped_line(text, line, p, _BACKOFF_CHARS)
        lo = max(last_end, p - _BACKOFF_CHARS, line + 1)
        # Cheap test before the full core pattern (inline: it runs for every token before
        # every head): digit, symbol, code or a numeral's first letters (the openers are
        # Cyrillic, so the lower-cased text's slice decides as the slice's lower case would).
        starts = [c for c in token_starts_kept(text, lowered, lo, p, _OPENING_STARTS)
                  if (ch := text[c]).isdigit() or ch in _SYMBOLS
                  or (ch.isascii() and ch.isupper())
                  or lowered[c:c + 3] in _OPENERS][-_BACKOFF_TOKENS:]
        starts.append(p)
        for c in starts:
            if c < last_end:
                continue
            m = CORE.match(text, c)
            if m is None:
                continue
            num, pre, scale, cur = m.group("num", "pre", "scale", "cur")
            plain = num is not None and not (pre or scale or cur)
            if plain:
                if _RANGE_NEXT.match(text, m.end()):
                    # the low end of «2–3 млрд», «от 2 до 3 млрд», «от двух до трёх
                    # миллиардов», «два-три миллиарда»
                    out.append(m)
                    last_end = m.end()
                continue  # a spelled numeral or a bare number before the head
            if m.end() > p:
                out.append(m)
                last_end = m.end()
                break
    return out
