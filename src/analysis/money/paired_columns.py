"""Tables whose rows pair their columns with a slash, the columns named in the heading's
bracket in the same order:

    ВЗАИМНАЯ ТОРГОВЛЯ РФ–РБ, млн долл. США (I кв. 2025 / I кв. 2024)   ← heading: unit, columns
    Товарооборот: 11 240 / 10 870                                      ← a row: label, values
    Экспорт РФ в РБ: 6 315 / 6 102

Statistics digests print a comparison with the year before so. Each row is «label: values» (a
colon or a spaced dash after the label, as a line table's row), its values bare numbers cut by
the pair separator (`pair_separator` of `data/money_tables_ru.json`), as many as the heading's
bracket names columns. The heading becomes the block's header line (its words before the
bracket are the corner cell, which gives the unit and the title), and the cells are read by
`analysis.money.tabular` as any table's are.

Cheap on text without such tables: a text must hold the separator between two digits.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lazypattern import lazy_compile
from analysis.money.tableblocks import Block, Line, Span, number_in, stripped_span, table_words
from analysis.patternstore import compile_pattern

__all__ = ["find_paired_blocks"]

_MIN_ROWS = 2  # one row is a figure in a sentence, not a table
_MAX_LINE = 200  # a table row is short; a longer line is prose
_MAX_COLUMN_NAME = 40
# a heading's bracket closing its line: «(I кв. 2025 / I кв. 2024)»
_CLOSING_BRACKET = lazy_compile(r"\(([^()\n]{3,120})\)[ \u00a0:.]*\Z")
# a row: a label (letters first), a colon or a spaced dash, the values
_ROW = lazy_compile(r"[ \u00a0]*(?P<label>[^\W\d_][^\n:|]{0,80}?)(?::[ \u00a0]+|[ \u00a0]+[—–][ \u00a0]+)"
                    r"(?P<values>\d[^\n]*?)[ \u00a0]*[;.]?[ \u00a0]*\Z")
_LETTER_OR_YEAR = lazy_compile(r"[^\W\d_]|(?:19|20)\d\d")


@cache
def _separator() -> re.Pattern[str]:
    """How a row pairs its values, and a heading its columns (« / »)."""
    return compile_pattern(table_words().pair_separator)


@cache
def _paired_values() -> re.Pattern[str]:
    """Two numbers paired by the separator («11 240 / 10 870»): the gate."""
    return compile_pattern(rf"\d(?:{table_words().pair_separator})\d")


def _parts(text: str, start: int, end: int) -> list[Span]:
    """text[start:end] cut by the pair separator, each part stripped of spaces."""
    parts, pos = [], start
    for m in _separator().finditer(text, start, end):
        parts.append(stripped_span(text, pos, m.start()))
        pos = m.end()
    parts.append(stripped_span(text, pos, end))
    return parts


def _header(text: str, line: Span) -> Line | None:
    """A heading line whose closing bracket names two columns or more («(I кв. 2025 / I кв.
    2024)»): its words before the bracket the corner cell, then the columns."""
    m = _CLOSING_BRACKET.search(text, line.start, line.end)
    if m is None or m.start() == line.start:
        return None
    names = _parts(text, m.start(1), m.end(1))
    if len(names) < 2 or not all(
            0 < n.end - n.start <= _MAX_COLUMN_NAME and _LETTER_OR_YEAR.search(text, n.start, n.end)
            for n in names):
        return None
    corner = stripped_span(text, line.start, m.start())
    return Line(span=line, separator=0, cells=(corner, *names))


def _row(text: str, line: Span, width: int) -> Line | None:
    """A row «label: n / n» with `width` cells in all (its label and the values), else None."""
    if line.end - line.start > _MAX_LINE:
        return None
    m = _ROW.match(text, line.start, line.end)
    if m is None:
        return None
    values = _parts(text, m.start("values"), m.end("values"))
    if len(values) != width - 1 or not all(number_in(text, v) == v for v in values):
        return None
    return Line(span=line, separator=0, cells=(stripped_span(text, m.start("label"), m.end("label")),
                                               *values))


def find_paired_blocks(text: str) -> list[Block]:
    """The slash-paired tables of `text` (none without « / » between digits)."""
    if "/" not in text or _paired_values().search(text) is None:
        return []  # (most texts: one look in C)
    lines: list[Span] = []
    pos = 0
    for part in text.split("\n"):
        lines.append(Span(pos, pos + len(part)))
        pos += len(part) + 1
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        if "/" not in text[line.start:line.end] or text[line.start:line.end].rstrip()[-1:] not in ")":
            continue
        header = _header(text, line)
        if header is None:
            continue
        rows: list[Line] = []
        for below in lines[i + 1:]:
            row = _row(text, below, len(header.cells))
            if row is None:
                break
            rows.append(row)
        if len(rows) >= _MIN_ROWS:
            blocks.append(Block(rows=tuple(rows), header=header, lead=header.cells[0]))
    return blocks
