"""Tables copied from a web page whose columns are cut by single spaces:

    Товарооборот России и Беларуси по кварталам 2024 года      ← the lead: metric, year
    Период Объем, млрд долл. США Рост к 2023 г., %             ← the header: columns, units
    I квартал 12,1 3,2                                          ← a row: label, values
    Итого за 2024 год 52,4 2,7

Copying a table out of a browser, or a page that prints each row as a `<p>`, leaves one space
where the cells met, so no cell separator of `analysis.money.tableblocks` cuts the lines. The
header is cut by its units instead: each column after the first is named up to a unit after a
comma («…, млрд долл. США», «…, %», «…, тыс. т»; the units of data/money_tables_ru.json), the
row labels' column before it is the header's first word. A row is a label (ending in a letter,
or a year) and as many numbers after it as the header has such columns. The block is read by
`analysis.money.tabular` as any table: a column whose unit measures no money (a percentage, a
tonnage) is not read, and a header with no money unit in it makes no table at all (lines of
counts or shares under «Период Количество, шт.» read nothing).

Cheap on text without such tables: the lines that end as a table row does are the line tables'
(`tableblocks.row_lines`, cut once per text); a text needs two of them in a row, each a
letter-ended label and numbers, and a line above them with a comma before a money unit.
"""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile
from analysis.money.tableblocks import (
    Block,
    Line,
    Span,
    TableWords,
    line_at,
    row_lines,
    skip_spaces,
    table_words,
)

__all__ = ["SPACED", "find_spaced_blocks"]

SPACED = -1  # the `Line.separator` of these rows: no separator of the data cuts them
_MIN_ROWS = 2  # one row is a figure in a sentence, not a table
_MAX_LINE = 120  # a table row is short; a longer line is prose
# a row: a label ending in a letter (or a stop or a closing quote after one: «I кв.», «СПК
# «Рассвет»») or a bare year, then bare numbers or percentages cut by single spaces; a line
# holding another separator is no such row
_ROW = lazy_compile(r"(?P<label>[^\n|\t:;—–]*?[^\W\d_][.»\"]?|(?:19|20)\d\d)"
                    r"(?P<values>(?:[ \u00a0][+\-−]?\d+(?:[.,]\d+)?[ \u00a0]?%?)+)[ \u00a0]*")
# a value: its digits grouped by thousands where they are («7 455,0»: a row of 3 numbers under
# a header of 2 columns is no row of it, so an ambiguous grouping reads nothing)
_VALUE = lazy_compile(r"[+\-−]?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?(?:[ \u00a0]?%)?")
_BARE = lazy_compile(r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?")
# a header holds no number but a year («Рост к 2023 г., %»)
_NUMBER = lazy_compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,])")
_YEAR = lazy_compile(r"(?:19|20)\d\d")
# a column's unit after a comma, or in brackets («Объём (млрд долл. США)»), closing its name
_UNIT_OPEN = lazy_compile(r"[,(]")
_UNIT_CLOSE = lazy_compile(r"[ \u00a0]*\)")
_NAME_END = lazy_compile(r"[ \u00a0]+(?=[А-ЯЁA-Z])|\Z")  # a non-money unit ends where a name starts


def find_spaced_blocks(text: str, words: TableWords | None = None) -> list[Block]:
    """The single-space tables of `text` (see the module docstring)."""
    lines = row_lines(text)  # (the line tables' reader has cut them: asked again, no work)
    if len(lines) < _MIN_ROWS:
        return []
    words = words or table_words()
    blocks: list[Block] = []
    run: list[Line] = []
    for span in lines:
        row = _row(text, span.start, span.end) if text[span.end:span.end + 1] in ("\n", "") else None
        if row is not None and run and len(row.cells) == len(run[-1].cells) and (
                run[-1].span.end + 1 == span.start):
            run.append(row)
            continue
        blocks.extend(_block(text, run, words))
        run = [row] if row is not None else []
    blocks.extend(_block(text, run, words))
    return blocks


def _row(text: str, start: int, end: int) -> Line | None:
    """The line at [start, end) as a label and its values, else None."""
    if end - start > _MAX_LINE:
        return None
    m = _ROW.fullmatch(text, start, end)
    if m is None or not m.group("label").strip():
        return None
    values = [Span(v.start(), v.end()) for v in _VALUE.finditer(text, m.start("values"), m.end("values"))]
    if not any(_BARE.fullmatch(text, v.start, v.end) for v in values):
        return None  # percentages alone: no money among them
    label = Span(skip_spaces(text, start, end), m.end("label"))
    return Line(span=Span(start, end), separator=SPACED, cells=(label, *values))


def _block(text: str, run: list[Line], words: TableWords) -> list[Block]:
    """The block of a run of rows under a header cut by its units; none without one."""
    if len(run) < _MIN_ROWS or run[0].span.start == 0:
        return []
    above = line_at(text, run[0].span.start - 1)
    header = _header(text, above, len(run[0].cells) - 1, words)
    if header is None:
        return []
    lead = line_at(text, above.start - 1) if above.start > 0 else None
    if lead is not None and lead.start == lead.end:
        lead = None
    return [Block(rows=tuple(run), header=header, lead=lead)]


def _header(text: str, span: Span, columns: int, words: TableWords) -> Line | None:
    """The header line at `span` cut into the label column and `columns` named columns, each
    ending in its unit after a comma, one of them money; None if it does not cut so."""
    line = text[span.start:span.end]
    if any(not _YEAR.fullmatch(n.group()) for n in _NUMBER.finditer(line)) or "|" in line:
        return None
    ends: list[int] = []
    money = False
    comma = _UNIT_OPEN.search(text, span.start, span.end)
    comma = comma.start() if comma else -1
    while comma >= 0:
        at = skip_spaces(text, comma + 1, span.end)
        unit = words.unit.match(text, at, span.end)
        end = None
        if unit is not None and (unit.group("cur1") or unit.group("cur2") or unit.group("cur0")):
            end, money = unit.end(), True
            if text[comma] == "(":  # «Финансирование (млн рублей)»: the bracket closes the unit
                close = _UNIT_CLOSE.match(text, end, span.end)
                end = close.end() if close else None
                money = money and close is not None
        elif words.non_money.match(text, at, span.end) is not None or (
                unit is not None and words.non_money.match(
                    text, skip_spaces(text, unit.end(), span.end), span.end) is not None):
            end = _NAME_END.search(text, at, span.end).start()  # «%», «тыс. т» up to the next name
        if end is not None:
            ends.append(end)
        nxt = _UNIT_OPEN.search(text, max(comma + 1, end or 0), span.end)
        comma = nxt.start() if nxt else -1
    if not money or len(ends) != columns or ends[-1] != _stripped_end(text, span):
        return None
    first = re.match(r"\S+", line)
    corner_end = span.start + first.end() if first else span.start
    if corner_end >= _UNIT_OPEN.search(text, span.start, span.end).start():
        corner_end = span.start  # the first column's name opens the line: no label column named
    cells = [Span(span.start, corner_end)]
    pos = corner_end
    for end in ends:
        cells.append(Span(skip_spaces(text, pos, end), end))
        pos = end
    return Line(span=span, separator=SPACED, cells=tuple(cells))


def _stripped_end(text: str, span: Span) -> int:
    end = span.end
    while end > span.start and text[end - 1] in " \u00a0\t":
        end -= 1
    return end
