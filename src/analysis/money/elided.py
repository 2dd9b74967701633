"""Bare numbers whose unit is left out in speech: «За весь прошлый год было 241», «вместо
заложенных 180 будет 250 млн», «Окончательно — 660».

A person reads such a number in the unit of the money figure next to it. The rule is kept
narrow, as a bare number is far more often a count, a date or a percentage:

- an *anchor*, a money figure with a scale word («187 млн долларов»), stands in the same
  sentence (before the number, else after it) or in the sentence just before;
- the number has at most three digits before its decimal comma and is not a year;
- a dash, a colon, a verb or adverb («было», «ждали», «заложенных») or a word such as «на»,
  «около» stands before it; punctuation or a verb follows (not a noun of a count, a unit,
  «%», a closing bracket or quote: «МАЗ 203», «(1)», «в 12 часов» are no figures);
- read in the anchor's scale, it lies within a factor of three of the anchor (one unit
  shared by the figures of one statement: «было 1,2» after «1,6 ярда» is 1,2 billion);
- or it is an inner item of an enumeration of bare numbers that the unit closes and
  «соответственно» pairs with as many things named before («в 2019, 2020 и 2021 годах … на
  35,6, 29,5 и 38,5 млрд долларов соответственно»): a bare figure and a comma before it, a comma
  or «и» and another number after it (session 35).

`280–300` after «300 миллионов» is a range in the same way. The found amounts have
`implied_currency` set.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from analysis.lang import parse
from analysis.lazypattern import lazy_compile
from analysis.money.around import UNIT_AFTER
from analysis.money.grammar import SPELLED_INT, parse_number, scale_value
from analysis.money.values import spelled_value
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from analysis.money.amounts import Amount

__all__ = ["SCALE_WORD", "elided_amounts", "fits_anchor", "implied_amount", "scale_word_of"]

_BARE = lazy_compile(
    # (a digit first, the look-behind after it: sre then skips ahead to digits quickly)
    r"(?P<low>\d(?<![\w.,\-–—/№$€₽%]\d)\d{0,2}(?:,\d{1,2})?)"
    r"(?:[ \u00a0]*[–-][ \u00a0]*(?P<high>\d{1,3}(?:,\d{1,2})?))?(?![\w%]|[.,:/\-–]\d|-[А-Яа-яЁё])")
# The same figure spoken in words («Из них экспорт где-то двести шестьдесят», «Год назад
# было три и восемь»): a transcript's whole number, its spoken tenths («три и восемь» after
# «четырёх целых трёх десятых миллиарда») or half, or a range of two; read only near a
# money figure itself spoken in words.
_TENTHS = "пять|шесть|семь|восемь|девять"
_HAS_DIGIT = lazy_compile(r"\d")
_BARE_SPOKEN = lazy_compile(
    rf"(?i)(?<![\w-])(?P<low>{SPELLED_INT}"
    rf"(?:[ \u00a0]+(?:и[ \u00a0]+(?:{_TENTHS})|с[ \u00a0]+половиной)(?!\w))?)"
    rf"(?:[ \u00a0]*[–-][ \u00a0]*(?P<high>{SPELLED_INT}))?(?![\w%])")
# a count's noun earlier in the number's clause («Число открытых счетов выросло до 47»,
# «количество дилеров — 35»): the number counts what it names
# (and a vote: «Голосовали: «за» — 5, «против» — нет» under a protocol's sums, round 70)
_COUNTED_SUBJECT = lazy_compile(r"(?i)(?<![а-яё])(?:числ[оа]|количеств[оа]|численност[ьи]"
                                r"|(?:про)?голосовал[аи]?)(?![а-яё])[^.!?;\n]*\Z")
_CODE_BEFORE = lazy_compile(r"(?:[A-Z]{3}|[$€₽£¥=])[ \u00a0]*\Z")  # «USD 98,42», «= 3,41»
_BEFORE_WORD = lazy_compile(r"(?i)(?<![\w-])(?P<w>[а-яё]+(?:-то)?)[ \u00a0]+\Z")  # «где-то»
_DASH_BEFORE = lazy_compile(r"[—–:][ \u00a0]*\Z")  # «Окончательно — 660», «поправлюсь: 280–300»
# Words before the number that leave it a figure: «на 280», «около 55», «говорят о 48–49» (a
# figure spoken of; a verb or an adverb,
# «было 241», «заложенных 180», is read by its part of speech)
_WORDS_BEFORE = frozenset({"на", "до", "о", "около", "порядка", "примерно", "почти", "свыше",
                           "более", "менее", "уже", "лишь", "только", "всего", "где-то"})
_ASIDE_LEN = 50  # characters of a short comment sentence between a figure and its anchor
_COMMENT = lazy_compile(r"[ \u00a0]*Это[ \u00a0]+[^\n]*\Z")
# (a closing quote ends a quoted figure too: «и мы надеемся выйти на 700»», «получил «более 50»»)
_AFTER = lazy_compile(r"[ \u00a0]*(?:(?P<p>$|[.,;!?»”]|:(?!\d)|[—–][ \u00a0])|(?P<w>[А-Яа-яЁё]+))")
_VERBAL_BEFORE = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "PRCL", "PRED"})
_VERBAL = frozenset({"VERB", "INFN", "ADVB", "CONJ", "PRCL", "PRED", "GRND", "PRTS"})
_SENTENCE_END = lazy_compile(r"[.!?…]+[\"»”)]*[ \u00a0\n]+(?=[—–-]?[ \u00a0]*[«\"„(]?[А-ЯЁA-Z])|\n")
SCALE_WORD = lazy_compile(r"(?i)(?:тыс|млн|млрд|трлн|милл|трилл|ярд|лям)[а-яё.]*")


@lru_cache(maxsize=4096)
def scale_word_of(surface: str) -> str | None:
    """`SCALE_WORD`'s match in an amount's surface («млрд», «тыс.»), None without one. Three
    readers ask it of each figure, and a case-insensitive list has no first letter for sre
    to look for: it is tried at every character (the answer kept by the surface)."""
    m = SCALE_WORD.search(surface)
    return None if m is None else m.group()


# an enumeration's inner item: a comma or a semicolon after the bare figure before it, and a
# comma, «и» or «или» before the next number after it («на 35,6, 29,5 и 38,5 млрд»)
_ITEM_GAP = lazy_compile(r"[ \u00a0]*[,;][ \u00a0]*")
_BARE_FIGURE = lazy_compile(r"\d[\d \u00a0]*(?:,\d+)?")
_NEXT_ITEM = lazy_compile(r"(?:[ \u00a0]*[,;]|[ \u00a0]+(?:и|или))[ \u00a0]+(?=\d)")
_ITEM_BEFORE = lazy_compile(r"\d[ \u00a0]*[,;][ \u00a0]*\Z")  # «4,1, » before an item
_PAIR_JOIN = lazy_compile(r"[ \u00a0]+(?:и|или)[ \u00a0]+(?=\d)")  # «1,5 и 2,1 млн»
_ITEMS_LEFT = 8  # items of one enumeration looked through for the figure that names the unit
_FACTOR = 3.0  # how far from its anchor a number read in the anchor's scale may lie
_MIN_SCALE = 1e6
_REACH = 250  # characters from a money figure beyond which no anchor is looked for


def elided_amounts(text: str, found: list[Amount]) -> list[Amount]:
    """`found` with the bare numbers that share the unit of a money figure beside them
    (see the module docstring), in text order. Linear in the amounts: spans and anchors are
    looked up by position."""
    anchors = [(a, s) for a in found if a.value >= _MIN_SCALE and a.currency
               and (s := _scale_of(a)) >= _MIN_SCALE]
    if not anchors:
        return found
    spans = sorted((a.start, a.end) for a in found)
    anchor_starts = [a.start for a, _ in anchors]
    extra: list[Amount] = []
    for m in _near_anchors(text, anchors):
        s, e = m.span()
        i = bisect.bisect_left(spans, (e, e))
        if i and spans[i - 1][1] > s:
            continue  # inside an amount
        k = bisect.bisect_left(anchor_starts, s)
        if not ((k and s - anchors[k - 1][0].end < _REACH)
                or (k < len(anchors) and anchor_starts[k] - e < _REACH)):
            continue  # no money figure near: most numbers of a text stop here
        low = _value(m.group("low"))
        high = _value(m.group("high")) if m.group("high") else None
        if low is None or (high is not None and high <= low) or not any(
                fits_anchor(low, high, anchors[j]) for j in (k - 1, k) if 0 <= j < len(anchors)):
            continue  # (cheap tests first: the part of speech is asked last)
        if not (_free_context(text, s, e) or _paired_head(text, s, e, anchor_starts)
                or _inner_item(text, s, e, spans[i - 1] if i else None, anchors, anchor_starts)):
            continue  # a count, a date, a label
        anchor = _anchor(text, s, e, anchors, anchor_starts)
        if anchor is None or not fits_anchor(low, high, anchor):
            continue
        a, scale = anchor
        value, value_high = low * scale, (high * scale if high is not None else None)
        extra.append(new := implied_amount(text, s, e, value, value_high, a.currency))
        bisect.insort(spans, (s, e))
        j = bisect.bisect_left(anchor_starts, s)  # «… было 241. … где-то на 280»
        anchors.insert(j, (new, scale))
        anchor_starts.insert(j, s)
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda x: x.start)


def _near_anchors(text: str, anchors: list[tuple[Amount, float]]) -> Iterator[re.Match[str]]:
    """The bare numbers within `_REACH` characters of a money figure (the rest of a long
    text, its dates and counts, is not read at all)."""
    hi = 0
    for a, _ in list(anchors):
        lo = max(hi, a.start - _REACH)
        if lo >= a.end + _REACH:
            continue
        hi = min(len(text), a.end + _REACH)
        if _HAS_DIGIT.search(a.surface):
            yield from _BARE.finditer(text, lo, hi)
            continue
        # a speaker who says a figure in words says the next in words too (and only there is
        # the costlier spelled scan run)
        found = [*_BARE.finditer(text, lo, hi), *_BARE_SPOKEN.finditer(text, lo, hi)]
        yield from sorted(found, key=lambda m: m.start())


def _value(raw: str) -> float | None:
    return parse_number(raw) if raw[0].isdigit() else spelled_value(raw)


def fits_anchor(low: float, high: float | None, anchor: tuple[Amount, float]) -> bool:
    """Read in the anchor's scale, is the number within a factor of three of the anchor?
    (`elided_prices` asks it of an unscaled anchor, scale 1.)"""
    a, scale = anchor
    top = max(a.value, a.value_high or 0.0)
    return a.value / _FACTOR <= (high if high is not None else low) * scale <= top * _FACTOR


def implied_amount(text: str, s: int, e: int, value: float, high: float | None,
            currency: str) -> Amount:
    from analysis.money.amounts import Amount  # (amounts imports this module)

    return Amount(start=s, end=e, surface=text[s:e], value=value, currency=currency,
                  qualifier="range" if high is not None else "exact",
                  value_low=value if high is not None else None, value_high=high,
                  implied_currency=True)


def _scale_of(a: Amount) -> float:
    word = scale_word_of(a.surface)
    return scale_value(word) if word is not None else 1.0


def _free_context(text: str, s: int, e: int) -> bool:
    """Nothing before or after the number makes it a count, a date, a unit or a label."""
    if _CODE_BEFORE.search(text, max(0, s - 5), s):
        return False  # an exchange-rate quote
    if _COUNTED_SUBJECT.search(text, max(0, s - 120), s):
        return False  # «Число открытых корсчетов выросло до 47»: a count
    if not _DASH_BEFORE.search(text, max(0, s - 5), s):
        before = _BEFORE_WORD.search(text, max(0, s - 30), s)
        word = before.group("w").lower() if before else ""
        if not word or (word not in _WORDS_BEFORE and parse(word).tag.POS not in _VERBAL_BEFORE):
            return False  # «МАЗ 203», «в 12», «из 5», a list marker: not a figure
    if UNIT_AFTER.match(text, e):
        return False
    after = _AFTER.match(text, e)
    if after is None:
        return False
    if after.group("p") is not None:
        return True
    return parse(after.group("w").lower()).tag.POS in _VERBAL


def _inner_item(text: str, s: int, e: int, before: tuple[int, int] | None,
                anchors: list[tuple[Amount, float]], anchor_starts: list[int]) -> bool:
    """Is the number an inner item of an enumeration of bare figures whose unit its last item
    names, closed by «соответственно» («наторговали на 35,6, 29,5 и 38,5 млрд долларов
    соответственно»): the bare figure before it read as an amount, a comma between, and after
    it, item by item, a money figure with its unit and the word?"""
    if before is None or not _ITEM_GAP.fullmatch(text, before[1], s):
        return False
    if not _BARE_FIGURE.fullmatch(text, *before) or _CODE_BEFORE.search(text, max(0, s - 5), s):
        return False
    at = e
    for _ in range(_ITEMS_LEFT):
        gap = _NEXT_ITEM.match(text, at)
        if gap is None:
            return False
        k = bisect.bisect_left(anchor_starts, gap.end())
        if k < len(anchor_starts) and anchor_starts[k] == gap.end():
            # the item that names the unit, «соответственно» right after it
            return _respectively_after().match(text, anchors[k][0].end) is not None
        item = _BARE_FIGURE.match(text, gap.end())
        if item is None:
            return False
        at = item.end()
    return False


def _paired_head(text: str, s: int, e: int, anchor_starts: list[int]) -> bool:
    """Is the number the first of a pair that a money figure right after «и» or «или» closes
    («двумя частями, 1,5 и 2,1 млн», «3 или 4 млрд рублей»)? The pair shares its unit. Not
    the last inner item of an enumeration («4,1, 4,6 и 5,2 млрд»: read only with
    «соответственно», `_inner_item`)."""
    gap = _PAIR_JOIN.match(text, e)
    if gap is None or _ITEM_BEFORE.search(text, max(0, s - 12), s):
        return False
    k = bisect.bisect_left(anchor_starts, gap.end())
    return k < len(anchor_starts) and anchor_starts[k] == gap.end()


@cache
def _respectively_after() -> re.Pattern[str]:
    """«соответственно» closing a figure's clause («…, 29,5 и 38,5 млрд долларов соответственно»:
    `respectively` of money_context_ru.json, as `money.respectively` reads it)."""
    from analysis.money.context import context_data  # (context imports amounts, which imports this)

    # (the word closes the figures' clause, a list of years may stand between: «… 2,6 млрд
    # долларов в 2016, 2017 и 2018 годах соответственно.»)
    return compile_pattern(r"[ \u00a0]+(?:[^.;!?\n]{0,60}?[ \u00a0])?(?:" + context_data()["respectively"]
                           + r")(?=[ \u00a0]*(?:[.;!?)]|\Z))", re.IGNORECASE)


def _anchor(text: str, s: int, e: int, anchors: list[tuple[Amount, float]],
            starts: list[int]) -> tuple[Amount, float] | None:
    """The nearest scaled money figure of the number's own sentence (before it, then after
    it), else the last one of the sentence before."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 600), s)]
    own = ends[-1] if ends else max(0, s - 600)
    prev = ends[-2] if len(ends) >= 2 else max(0, s - 600)
    nxt = _SENTENCE_END.search(text, e, e + 600)
    hi = nxt.start() if nxt else min(len(text), e + 600)
    i = bisect.bisect_left(starts, s)  # anchors[:i] start before the number
    j = i - 1
    while j >= 0 and anchors[j][0].end > s:
        j -= 1
    if j >= 0 and anchors[j][0].start >= own:
        return anchors[j]  # before it in its sentence
    if i < len(anchors) and anchors[i][0].start >= e and anchors[i][0].end <= hi:
        return anchors[i]  # after it in its sentence
    if j >= 0 and anchors[j][0].start >= prev and anchors[j][0].end <= own:
        return anchors[j]  # the sentence before
    # «…412 с половиной миллионов долларов. Это плюс двенадцать процентов. Из них экспорт
    # где-то двести шестьдесят»: a short «Это …» between comments on the figure and does not
    # change the unit (another short sentence may: «Губернатор доволен. На выставке было 300»)
    before = ends[-3] if len(ends) >= 3 else max(0, s - 600)
    if (len(ends) >= 2 and own - prev <= _ASIDE_LEN and _COMMENT.match(text, prev, own)
            and j >= 0 and anchors[j][0].start >= before and anchors[j][0].end <= prev):
        return anchors[j]
    return None
