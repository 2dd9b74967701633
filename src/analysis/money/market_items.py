"""Lists of markets after an export or import figure: «Основные рынки: Россия – 16,3; Китай –
2,1 …», «Структура продаж по рынкам выглядит так: Россия – $176 млн, Украина – $41 млн»,
or a heading line «Основные рынки сбыта, млн долларов:» over lines «Россия – 780».

Under such a heading a place is the item's market, not its trader: the amount next to «Россия»
is an export into Russia (Belarus's, `BY→RU`; an import from it, `RU→BY`), a third country's is
`other`; and the figure told just before the list (the sentence or line before its heading) is
every market's total, `other` (tests/gold/README.md, `flow`: a firm's or a country's total
export is `other` even when Russia is its main share). The headings are data
(`market_headings` of `data/trade_flow_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.lang.case import fold_case
from analysis.lang.lines import lines_above
from analysis.lazypattern import lazy_compile
from analysis.money.flow_sides import named_sides, third_party_in
from analysis.patternstore import compile_pattern

__all__ = ["list_follows", "list_heading", "market_item"]

_SIDES = ("BY", "RU")
# an item's label starts after the separator before it (the heading's colon included)
_ITEM_START = lazy_compile(r"[;,:\n•]")
# an item's label: a place of a few words and a dash before its amount («Россия – », «в
# Китай — »), nothing that tells more («поставки белорусских продуктов в регион составили»)
_LABEL = lazy_compile(r"[ \u00a0]*(?:[А-ЯЁа-яё-]+[ \u00a0]+){0,2}[А-ЯЁа-яё-]+[ \u00a0]*[–—-][ \u00a0]*"
                      r"(?:(?:около|почти|более|свыше|до)[ \u00a0]+)?")
_NUMBER = lazy_compile(r"[$€]?[ \u00a0]*\d")
# a sentence's end: a stop before a space and a capital, or «!», «?» (a decimal comma is none;
# nor is the dot of a unit's abbreviation: «(январь–май 2025 г., тыс. долл. США):»)
_SENTENCE_END = lazy_compile(r"(?<!долл)(?<!руб)(?<!тыс)(?<!млн)(?<!млрд)(?<![\s\d]г)(?<![\s\d]гг)"
                             r"[.!?](?=[ \u00a0]+[А-ЯЁA-Z«\"]|[ \u00a0]*$)", re.M)


class MarketWords(NamedTuple):
    heading: re.Pattern[str]
    reach: int
    lines: int


@cache
def _words() -> MarketWords:
    data = data_json("trade_flow_ru.json")
    heads = "|".join(f"(?:{w})" for w in data["market_headings"])
    reach = int(data["market_heading_reach"])
    return MarketWords(heading=compile_pattern(
        # (a unit's abbreviation may stand before the colon: «ЭКСПОРТ ПО РЫНКАМ, млн долл.:»)
        rf"(?<![а-яё])(?:{heads})(?:[^.!?:\n]|\.(?!\s)){{0,{reach}}}:"), reach=reach,
        lines=int(data["market_item_lines"]))


def _heading_before(text: str, at: int) -> re.Match[str] | None:
    """The markets heading whose list `at` stands in: the last heading before it, with no
    sentence's end between its colon and `at` and at most `lines` lines."""
    words = _words()
    start = at
    for _ in range(words.lines + 1):
        start = text.rfind("\n", 0, start - 1) + 1 if start > 0 else 0
        if start == 0:
            break
    found = None
    for m in words.heading.finditer(fold_case(text), start, at):
        found = m
    if found is None or _SENTENCE_END.search(text, found.end(), at):
        return None
    return found


def market_item(text: str, at: int, exporting: bool) -> str | None:
    """The flow of an item at `at` of a markets list (`exporting`: an export figure, else an
    import), from the place its label names; None when it stands in no such list or its
    label names no one place."""
    heading = _heading_before(text, at)
    if heading is None:
        return None
    label = max(heading.end(), max((m.end() for m in _ITEM_START.finditer(text, heading.end(), at)),
                                   default=heading.end()))
    if not _LABEL.fullmatch(text, label, at):
        return None
    if third_party_in(text, label, at, bare=True):
        return "other"
    sides = {side for _, _, side in named_sides(text, label, at)}
    if len(sides) != 1:
        return None
    market = sides.pop()
    other = _SIDES[1 - _SIDES.index(market)]
    return f"{other}→{market}" if exporting else f"{market}→{other}"


def list_follows(text: str, end: int) -> bool:
    """Does a markets heading open right after a figure ending at `end`: later in its sentence,
    in the next sentence, or on the next line?"""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = _SENTENCE_END.search(text, end, line_end)
    rest = stop.end() if stop is not None else end
    nxt = _SENTENCE_END.search(text, rest, line_end) if text[rest:line_end].strip() else None
    if nxt is not None or text[rest:line_end].strip():
        hi = nxt.start() if nxt else line_end  # the rest of the line: the next sentence
    else:  # the line ends: the next line
        nxt_line = text.find("\n", line_end + 1)
        hi = len(text) if nxt_line < 0 else nxt_line
    heading = _words().heading.search(fold_case(text), end, hi)
    return heading is not None and _opens_list(text, heading.end())


def _opens_list(text: str, colon_end: int) -> bool:
    """Does a list of markets follow a heading's colon: a place and a dash before a number
    («Россия – 1 630», «Россия – $176 млн»)?"""
    first = _LABEL.match(text, colon_end + len(text[colon_end:colon_end + 8]) - len(
        text[colon_end:colon_end + 8].lstrip()))
    return first is not None and _NUMBER.match(text, first.end()) is not None


# a line that is one item of a list: a place, a dash and a number («Беларусь — 31,2»)
_ITEM_LINE = lazy_compile(r"[ \u00a0]*(?:[А-ЯЁа-яё-]+[ \u00a0]+){0,2}[А-ЯЁа-яё-]+[ \u00a0]*[–—-][ \u00a0]*"
                          r"[$€]?[ \u00a0]*\d[\d \u00a0,.]*(?:[ \u00a0]*(?:млн|млрд|тыс)\.?)?"
                          r"[ \u00a0]*[;.]?[ \u00a0]*")


def list_heading(text: str, at: int) -> tuple[int, int] | None:
    """The heading over a list item at `at` («Беларусь – 48» after «Структура импорта
    линолеума в РФ, 2018 г., млн долл.:», or a line «Беларусь — 31,2» under a line «ИМПОРТ
    АЛЮМИНИЕВЫХ ПРОФИЛЕЙ В РФ (янв.–июнь 2018, млн долл.)» and other items): its start and
    end, or None when `at` is no item of a list (its label is more than a place and a dash)."""
    line_start = text.rfind("\n", 0, at) + 1
    label = max((m.end() for m in _ITEM_START.finditer(text, line_start, at)), default=line_start)
    if not _LABEL.fullmatch(text, label, at):
        return None
    colon = text.rfind(":", line_start, at)
    if colon >= 0:  # the heading and its items on one line
        # (the sentence the colon ends: past the last full stop before it, read in the whole
        # text so that «млн долл.:» is no sentence's end)
        ends = _SENTENCE_END.finditer(text, line_start, at)
        head = max((m.end() for m in ends if m.end() <= colon), default=line_start)
        return head, colon
    if label != line_start:
        return None
    # up over the items to the line above them
    for above, end in islice(lines_above(text, line_start), _words().lines):
        line = text[above:end]
        if line.strip() and not _ITEM_LINE.fullmatch(line):
            return (above, end) if not _SENTENCE_END.search(line.rstrip(" .")) else None
    return None
