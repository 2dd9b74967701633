"""Tables told in one sentence: a unit in brackets before a colon, then «label – value» items
cut by «;»; or a caption's unit after its last comma, items cut by «|» («Розничные продажи
МАЗ в России, млрд руб.: 2021 — 21,3 | 2022 — 29,5 | янв.–июнь 2023 — 17,8»).

Statistics releases run a small table into prose: «Основные товарные группы экспорта (млн
долл. США; в скобках – в % к итогу): машины и оборудование – 41,6 (28,1); продовольственные
товары – 37,9 (25,6); древесина – 12,4 (8,4).», «Господдержка по источникам (тыс. рублей):
федеральный бюджет – 184 620; областной бюджет – 96 300.» Each item is a row of the table:
its bare number is money in the bracket's unit, and the words before the bracket are the
table's lead (its metric and time), read by `analysis.money.tabular` as a line table's are.
"""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile
from analysis.money.tableblocks import (
    Block,
    Line,
    Span,
    TableWords,
    number_in,
    stripped_span,
    table_words,
)

__all__ = ["find_inline_blocks"]

# «(млн долл. США; в скобках – в % к итогу):», «(тыс. рублей):» — a bracket right before a
# colon; or the unit after the lead's last comma, as an infographic's caption gives it
# («Розничные продажи в России, млрд руб.: 2021 — 21,3 | 2022 — 29,5»)
# (a report's heading line may end with the unit and give the items on the next line:
# «3.1. Распределённая стоимость, млн руб.⏎Выручка — 7 846; налоги — 468; …»; a source in
# brackets may stand between the unit and the colon: «Объём рынка, млрд руб. (оценка «ДП»):
# 2021 – 1,2; 2022 – 1,9», round 46; a decimal comma,
# «составил 2,4 млрд долларов.», is no caption's)
_UNIT_BRACKET = lazy_compile(r"\(([^()\n]{2,80})\)[ \u00a0]*:"
                             r"|(?<!\d),[ \u00a0]*([^\d,:;()\n][^,:;()\n]{1,29}?)[ \u00a0]*"
                             r"(?:\([^()\n]{1,40}\)[ \u00a0]*)?(?::|\n(?=[^\n]*;))")
# «, млрд руб.:», «, млн долларов:»: a caption's unit with a scale before a colon or a line end;
# or a price's unit, a currency per unit of goods («Цена, BYN/т: калий — 980, азот — 720»,
# «Цены, руб./кг:»: found45)
_CAPTION_SCALE = lazy_compile(r",[ \u00a0]*(?:(?:тыс|млн|млрд|трлн)\.?[ \u00a0][^,:;()\n]{0,25}"
                              r"|(?:руб|долл?|(?-i:BYN|USD|RUB|EUR)|евро|[$€₽])\.?/[^\W\d_]{1,5}\.?)"
                              r"[ \u00a0]*[:\n]")
_ITEM_CUT = lazy_compile(r";")
_CELL_CUT = lazy_compile(r"\|")  # a caption's items: «2021 — 21,3 | 2022 — 29,5»
# «(млн рублей): 2023 год — 450, 2024 год — 520.»: items cut by a comma when the sentence has
# no «;» — a comma and a space, then a short label and its dash before a number (a decimal
# comma, «38,5», has no space after it; every piece must still be an item)
_COMMA_CUT = lazy_compile(r",(?=[ \u00a0]+[^\d\s,;:()][^,;:()\n]{0,40}?[ \u00a0]+[—–-][ \u00a0]+\d"
                          r"|[ \u00a0]+\d{4}[^,;:()\n]{0,12}?[ \u00a0]+[—–-][ \u00a0]+\d)")
_DASH = lazy_compile(r"[ \u00a0]+[—–-][ \u00a0]+")
# «промышленность: 5 400; торговля: 1 300»: a colon between an item's label and its figure
# where the item has no dash (the last colon: a label holds none)
_COLON = lazy_compile(r"[ \u00a0]*:[ \u00a0]+")
# (not the dot of a rank that opens an item: «(млрд руб.): 1. «Белшина» — 2,4; 2. …»)
_SENTENCE_END = lazy_compile(r"(?<![:;][ \u00a0]\d)(?<![:;][ \u00a0]\d\d)"
                             r"\.(?=[ \u00a0]*(?:\n|$|[А-ЯЁA-Z«]))|\n")
_MIN_ITEMS = 2  # one item is a figure in a sentence, not a table
# a series line: a measure, a colon, then «label – number» items cut by «;» («Экспорт: 2020 —
# 13 105,8; 2021 — 17 870,2.»), under a heading whose unit closes it («ВНЕШНЯЯ ТОРГОВЛЯ …
# (млн долларов США)», «Торговля с Россией, млн долларов»)
_SERIES_GATE = lazy_compile(r"[—–-][ \u00a0]+\d[\d \u00a0]*(?:[.,]\d+)?[ \u00a0]*;[^\n;]*[—–-][ \u00a0]+\d")
_SERIES_LINE = lazy_compile(r"(?m)^[ \u00a0]*(?P<label>[^\W\d_][^\n:;|()]{0,58}?)[ \u00a0]*:[ \u00a0]+"
                            r"(?P<items>[^\n]*\d)[ \u00a0]*[.;]?[ \u00a0]*$")
_HEADING_UNIT = lazy_compile(r"(?:\(([^()\n]{2,80})\)|,[ \u00a0]*([^\d,:;()\n][^,:;()\n]{1,29}?))"
                             r"[ \u00a0]*:?[ \u00a0]*\Z")


def find_inline_blocks(text: str, words: TableWords | None = None) -> list[Block]:
    """The tables of `text` told in one sentence («(млн долл. США): a – 41,6; b – 37,9.»)."""
    # (the gate needs a «;»: most texts hold none, one look in C)
    series = ";" in text and _SERIES_GATE.search(text) is not None
    if "):" not in text and ") :" not in text and "|" not in text and (
            _CAPTION_SCALE.search(text) is None) and not series:
        return []  # (most texts: one look in C)
    words = words or table_words()
    blocks: list[Block] = _series_blocks(text, words) if series else []
    for m in _UNIT_BRACKET.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if words.unit.search(text, m.start(group), m.end(group)) is None:
            continue  # «(в скобках — доля):» names no money unit
        stop = _SENTENCE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        # (a caption's items are cut by «|», or by «;» as a bracket's are: «Выручка по
        # рынкам, млрд руб.: Свердловская область – 21,6; другие регионы России – 52,1»)
        cuts = _ITEM_CUT if group == 1 or "|" not in text[m.end():end] else _CELL_CUT
        rows = _items(text, m.end(), end, cuts)
        if len(rows) < _MIN_ITEMS and cuts is _ITEM_CUT and ";" not in text[m.end():end]:
            rows = _items(text, m.end(), end, _COMMA_CUT)
        if len(rows) < _MIN_ITEMS:
            continue
        lead_start = max(text.rfind("\n", 0, m.start()) + 1,
                         max((s.end() for s in _SENTENCE_END.finditer(text, 0, m.start())),
                             default=0))
        blocks.append(Block(rows=tuple(rows), header=None, lead=Span(lead_start, m.end())))
    return blocks


def _series_blocks(text: str, words: TableWords) -> list[Block]:
    """The series lines of `text` under a heading that gives their unit: each line a table of
    its own, its measure the lead («Импорт: 2020 — 16 360,5; 2021 — 20 642,5» under
    «ВНЕШНЯЯ ТОРГОВЛЯ С РОССИЙСКОЙ ФЕДЕРАЦИЕЙ (млн долларов США)»)."""
    lines = {m.start(): m for m in _SERIES_LINE.finditer(text)}
    blocks: list[Block] = []
    for start, m in lines.items():
        rows = _items(text, m.start("items"), m.end("items"), _ITEM_CUT)
        if len(rows) < _MIN_ITEMS:
            continue
        heading = _heading_above(text, start, lines, words)
        if heading is None:
            continue
        blocks.append(Block(rows=tuple(rows), header=None,
                            lead=Span(m.start("label"), m.end("label")), heading=heading))
    return blocks


def _heading_above(text: str, start: int, lines: dict[int, re.Match[str]],
                   words: TableWords) -> Span | None:
    """The heading line over the run of series lines that holds the line at `start`, with no
    blank line between, when a money unit closes it; else None."""
    while start > 0 and text[start - 1] == "\n":
        above = text.rfind("\n", 0, start - 1) + 1
        if above == start - 1:
            return None  # a blank line: the series has no heading
        if above not in lines:
            line = stripped_span(text, above, start - 1)
            unit = _HEADING_UNIT.search(text, line.start, line.end)
            group = 1 if unit is not None and unit.group(1) is not None else 2
            if unit is None or words.unit.search(text, unit.start(group), unit.end(group)) is None:
                return None
            return line
        start = above
    return None


def _items(text: str, start: int, end: int, cuts: re.Pattern[str]) -> list[Line]:
    """The «label – number» items between `start` and `end`, cut by `cuts` («;», or «|» in a
    caption's line; every item must be one, or the sentence is prose and holds no table)."""
    rows: list[Line] = []
    pos = start
    for cut in [*(c.start() for c in cuts.finditer(text, start, end)), end]:
        item = stripped_span(text, pos, cut)
        pos = cut + 1
        # the last dash: the label may hold one («лесо- и пиломатериалы»)
        dash = next(iter(reversed(list(_DASH.finditer(text, item.start, item.end)))), None)
        if dash is None:
            dash = next(iter(reversed(list(_COLON.finditer(text, item.start, item.end)))), None)
        if dash is None:
            return []
        label, value = Span(item.start, dash.start()), stripped_span(text, dash.end(), item.end)
        if label.start == label.end or number_in(text, value) is None:
            return []
        rows.append(Line(span=item, separator=2, cells=(label, value)))
    return rows
