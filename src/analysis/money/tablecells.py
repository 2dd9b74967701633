"""Tables written as text: bare numbers whose unit a header gives once.

    Приводим данные в табличном виде (млн долларов США).
    Показатель | 2022 | 2023 | 2024 (январь–сентябрь)
    Товарооборот | 1 120,4 | 1 310,9 | 1 045,2

    Основные статьи расходов (млн российских рублей):
    Программы и мероприятия в сфере промышленности — 2 140,0

    Квартал — выручка, млн рублей — доля в общей выручке
    I квартал — 312,6 — 38%

A *unit header* names a scale and a currency in brackets or after a comma («(млн долларов
США)», «выручка, млн рублей»); the rows are the short lines right after it that pair a label
with bare numbers (cells split by «|» or a dash). Each bare number of a row is an amount in
the header's unit (`implied_currency` set). Years in a column header row («2022 | 2023») and
percentages are no cells. `table_unit` gives a cell's header unit, `column_heading` the
header cell above a cell of a «|» table (its year and period are the cell's).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.money.grammar import parse_number

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.money.amounts import Amount

__all__ = ["TableCell", "column_heading", "heading_year", "table_amounts", "table_unit"]

# «(млн долларов США)», «(млн российских рублей):», «выручка, млн рублей —»
_UNIT = re.compile(r"[(,][ \u00a0]*(?P<unit>(?:тыс\.?|млн|млрд)[ \u00a0]+[^()\n:,—–|.]{2,40}?)"
                   r"[ \u00a0]*(?=\)|:|[—–|]|\n|$)", re.MULTILINE)
# A bare number in a cell: «1 120,4», «640,7», «7 600,0» (not part of a word, a date, a model
# number or a percentage)
_CELL = re.compile(r"(?<![\w,.\-/№])\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,3})?(?![\w.,/\-]|[ \u00a0]*%)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SCALE_STEMS = ("мл", "тыс")  # «млн», «млрд», «тыс.»: a header's unit opens with one
_COMMAS = (", ", ",\u00a0")
# A row: a label, then cells after «|» or a dash («Товарооборот | 1 120,4 | …», «Итого — 7 600,0»)
_ROW = re.compile(r"[^\d|—–\n]{1,80}?[ \u00a0]*[|—–][ \u00a0]*\d")
_MAX_ROW = 140  # characters: a table row is a short line
_MAX_ROWS = 15  # rows read after a header


class TableCell(NamedTuple):
    """A cell of a text table: where it stands and the value it reads in the header's unit."""

    start: int
    end: int
    value: float


def table_amounts(text: str, found: list[Amount],
                  unit_of: Callable[[str], Amount | None]) -> list[Amount]:
    """`found` with the cells of every text table under a unit header, in text order.
    `unit_of` reads a unit phrase («млн долларов США») as an amount of one such unit."""
    headers = _unit_headers(text)
    if not headers:
        return found
    taken = [(a.start, a.end) for a in found]
    extra: list[Amount] = []
    for header in headers:
        unit = unit_of("1 " + header.group("unit"))
        if unit is None or not unit.currency:
            continue
        for cell in _cells_below(text, header.end()):
            if any(s < cell.end and cell.start < e for s, e in taken):
                continue
            extra.append(_amount(text, cell, unit))
            taken.append((cell.start, cell.end))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda a: a.start)


def _unit_headers(text: str) -> list[re.Match[str]]:
    """The unit headers of `text`: each scale word is looked up in C, and only one right
    after «(» or «, » is matched (most texts hold a few scale words and no header)."""
    out = []
    for stem in _SCALE_STEMS:
        p = text.find(stem)
        while p >= 0:
            lead = p - 1 if text[p - 1:p] == "(" else p - 2 if text[p - 2:p] in _COMMAS else -1
            if lead >= 0 and (m := _UNIT.match(text, lead)) is not None:
                out.append(m)
            p = text.find(stem, p + 2)
    return sorted(out, key=lambda m: m.start())


def _cells_below(text: str, pos: int) -> list[TableCell]:
    """The cells of the rows from the line of `pos` on (the header's own line counts when a
    row follows the unit on it), up to the first line that is no row once rows began."""
    out: list[TableCell] = []
    line_start = text.rfind("\n", 0, pos) + 1
    rows = 0
    for _ in range(_MAX_ROWS + 2):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        cells = _row_cells(text, line_start, line_end) if line_start >= pos or (
            line_end - pos < _MAX_ROW) else None
        if cells is None and line_start > pos:
            if rows:
                break
            if line_end - line_start > _MAX_ROW:
                break  # prose after the header: no table
        elif cells:
            out.extend(cells)
            rows += 1
        if line_end >= len(text):
            break
        line_start = line_end + 1
    return out


def _row_cells(text: str, start: int, end: int) -> list[TableCell] | None:
    """The cells of a table row at text[start:end]: None for a line that is no row (prose,
    a long line); [] for a column header of years («Показатель | 2022 | 2023»)."""
    line = text[start:end]
    if not line.strip() or len(line) > _MAX_ROW or ". " in line or not _ROW.match(line):
        return None
    cells = []
    for m in _CELL.finditer(line):
        digits = m.group()
        if _YEAR.fullmatch(digits):
            continue  # a column of years
        value = parse_number(digits)
        if value is not None:
            cells.append(TableCell(start=start + m.start(), end=start + m.end(), value=value))
    return cells


def _amount(text: str, cell: TableCell, unit: Amount) -> Amount:
    from analysis.money.amounts import Amount  # (amounts imports this module)

    return Amount(start=cell.start, end=cell.end, surface=text[cell.start:cell.end],
                  value=cell.value * unit.value, currency=unit.currency, qualifier="exact",
                  implied_currency=True)


def table_unit(text: str, start: int) -> str | None:
    """The unit header («млн рублей») of the table row holding `start`, or None."""
    return _cell_lines(text).get(text.rfind("\n", 0, start) + 1)


@lru_cache(maxsize=4)
def _cell_lines(text: str) -> dict[int, str]:
    """The line start of every table row under a unit header of `text`, and that unit."""
    rows: dict[int, str] = {}
    for header in _unit_headers(text):
        for cell in _cells_below(text, header.end()):
            rows.setdefault(text.rfind("\n", 0, cell.start) + 1, header.group("unit"))
    return rows


def column_heading(text: str, start: int) -> tuple[int, int] | None:
    """The header cell above the cell at `start` in a «|» table (the column's «2024 (январь–
    сентябрь)»), as a span of `text`; None outside such a table."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if text.find("|", line_start, len(text) if line_end < 0 else line_end) < 0:
        return None
    column = text.count("|", line_start, start)
    pos = line_start - 1
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos]
        if "|" not in line:
            return None
        if _YEAR.search(line) and not _has_cells(line):
            parts = line.split("|")
            if column >= len(parts):
                return None
            lo = prev_start + sum(len(p) + 1 for p in parts[:column])
            return lo, lo + len(parts[column])
        pos = prev_start - 1
    return None


def _has_cells(line: str) -> bool:
    return any(not _YEAR.fullmatch(m.group()) for m in _CELL.finditer(line))


def heading_year(text: str, span: tuple[int, int]) -> int | None:
    """The year a column heading names («2022», «2024 (январь–сентябрь)»), else None."""
    m = _YEAR.search(text, *span)
    return int(m.group()) if m else None
