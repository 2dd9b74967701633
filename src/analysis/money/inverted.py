"""«Контракт может быть миллионов на триста»: the scale put before the number with «на» is
spoken Russian for an approximate figure (about 300 million), and «миллионов на триста —
триста пятьдесят» for a range. The number may be spelled out or written in digits; the
currency follows it or is left to the figures around (a thousand-scale needs its own).

The plural scale right before the number, with no «на» («миллиардов 10 было бы, не больше»),
is the same approximate figure.

Not when a number stands before the scale («5 миллионов на двести квартир» spends five
million on something) or when a counted noun follows («тысяч на сто человек»)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from analysis.lang import fold_case, parse
from analysis.lazypattern import lazy_compile
from analysis.money.around import WORD_AFTER, counts_something
from analysis.money.grammar import CURRENCY, SPELLED_INT, currency_code, parse_number, scale_value
from analysis.money.values import spelled_value

if TYPE_CHECKING:
    import re
    from collections.abc import Mapping, Sequence

__all__ = ["Inverted", "inverted_figures"]

_SP = "[ \u00a0]"
_NUMBER = rf"(?:(?<![\w-]){SPELLED_INT}|\d{{1,3}}(?:[.,]\d+)?(?![\d.,]))"
# (found first in the lower-cased text with str.find: most texts hold few scale words)
_STEMS = ("миллион", "миллиард", "тысяч")
_ON_AFTER = lazy_compile(r"[а-я]{0,2}[ \u00a0]+на[ \u00a0]")
_INVERTED = lazy_compile(
    r"(?i)(?<![\w-])(?P<scale>миллион(?:а|ов)|миллиард(?:а|ов)|тысяч[иу]?)"
    rf"{_SP}+на{_SP}+(?P<low>{_NUMBER})"
    rf"(?:{_SP}*[-–—]{_SP}*(?P<high>{_NUMBER}))?"
    rf"(?:{_SP}*(?P<cur>{CURRENCY}))?")
# «Без них миллиардов 10 было бы»: the plural scale right before the number, no «на», is
# spoken Russian for an approximate figure too (not a number with a group after it: «10 000»)
# (the singular «миллиарда три рублей» only with two to four, as Russian agrees it; «тысяч
# девяносто рублей» only with its currency: session 44)
_INVERTED_BARE = lazy_compile(
    r"(?i)(?<![\w-])(?P<scale>миллион(?:ов|а)|миллиард(?:ов|а)|тысяч)"
    rf"{_SP}+(?P<low>{_NUMBER})(?!{_SP}*\d)(?P<high>)"
    rf"(?:{_SP}*(?P<cur>{CURRENCY}))?")
_BARE_AFTER = lazy_compile(r"(?:ов|а)[ \u00a0]+(?:\d|[а-яё])")
_BARE_THOUSANDS_AFTER = lazy_compile(r"[ \u00a0]+[а-яё]")
# A number or a numeral right before the scale: then the scale is the number's own
_NUMBER_BEFORE = lazy_compile(rf"(?i)(?:\d|{SPELLED_INT}){_SP}*\Z")


class Inverted(NamedTuple):
    """One such figure: its span, values and currency (None: left to the figures around)."""

    start: int
    end: int
    low: float
    high: float | None
    currency: str | None


def _noun_after(text: str, end: int) -> bool:
    """Is the word right after a bare inverted figure a noun (what its number counts)?"""
    m = WORD_AFTER.match(text, end)
    return m is not None and parse(m.group(1).lower()).tag.POS == "NOUN"


def _value(raw: str) -> float | None:
    return parse_number(raw) if raw[0].isdigit() else spelled_value(raw)


def _finds(lowered: str, stem: str) -> list[int]:
    """Where `stem` stands in `lowered` followed by «на» («миллионов на»)."""
    out, p = [], lowered.find(stem)
    while p >= 0:
        if _opens_figure(lowered, stem, p):
            out.append(p)
        p = lowered.find(stem, p + len(stem))
    return out


def _opens_figure(lowered: str, stem: str, p: int) -> bool:
    """Can the scale word at `p` open an inverted figure: «на» after it, or (a plural of
    millions or billions) a number or a word right after it («миллиардов 10»)?"""
    after = _BARE_THOUSANDS_AFTER if stem == "тысяч" else _BARE_AFTER
    return _ON_AFTER.match(lowered, p + len(stem)) is not None or (
        after.match(lowered, p + len(stem)) is not None)


def _finds_at(lowered: str, stem: str, places: Sequence[int]) -> list[int]:
    """`_finds(lowered, stem)` read off `places`, every place of a prefix of `stem` in
    `lowered` (none left out), instead of a pass over the text of its own."""
    return [p for p in places if lowered.startswith(stem, p) and _opens_figure(lowered, stem, p)]


def inverted_figures(text: str, head_places: Mapping[str, Sequence[int]] | None = None
                     ) -> list[Inverted]:
    """The figures of `text` with the scale before the number («миллионов на триста»).

    `head_places` (the amount scan's own finds, `amounts.SCALE_HEADS`): for a stem of the
    scale words, every place in the folded text of a shorter stem that opens it; each scale
    word is then looked for only there (its places are among them: the same figures)."""
    out: list[Inverted] = []
    lowered = fold_case(text)
    places = []
    for stem in _STEMS:
        head = next((h for h in head_places or () if stem.startswith(h)), None)
        places += (_finds(lowered, stem) if head is None
                   else _finds_at(lowered, stem, head_places[head]))  # type: ignore[index]
    for q in sorted(places):
        m = _INVERTED.match(text, q)
        bare = m is None
        if m is None and (m := _INVERTED_BARE.match(text, q)) is not None and not m.group(
                "cur") and _noun_after(text, m.end()):
            continue  # «из миллиардов 10 лет назад»: the number counts the noun after it
        if m is None or _NUMBER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        scale = scale_value(m.group("scale"))
        low = _value(m.group("low"))
        high = _value(m.group("high")) if m.group("high") else None
        currency = currency_code(m.group("cur"))
        if low is None or (high is not None and high <= low):
            continue
        if bare and not _agrees(m, low):
            continue
        if currency is None and (scale < 1e6 or counts_something(text, m.end())):
            continue
        out.append(Inverted(m.start(), m.end(), low * scale,
                            high * scale if high is not None else None, currency))
    return out


def _agrees(m: re.Match[str], low: float) -> bool:
    """Does a bare inverted figure's scale agree with its number as spoken Russian does: the
    plural before any («миллиардов 10»), the singular genitive before two to four only
    («миллиарда три»), and «тысяч» only with the currency right after («тысяч девяносто
    рублей»; not «тысяч сто человек»)?"""
    word = m.group("scale").lower()
    if word.startswith("тысяч"):
        return m.group("cur") is not None
    return word.endswith("ов") or 2 <= low <= 4
