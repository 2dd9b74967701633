"""The units of a table flattened into text: the scale and currency a header, label, row cell
or note writes once (`analysis.money.tabular` reads the blocks; split from it in session 44).

A unit is money only where no other measure stands beside it («тыс. тонн», «%», «чел.»); in a
column's or row's name a currency alone is a unit only in a unit's place, after a comma or in
brackets («Цена, руб.»).
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.grammar import currency_code, scale_value
from analysis.money.tableblocks import Block, Line, Span, TableWords, line_at, skip_spaces

__all__ = ["Unit", "measures_other", "note_under", "unit_cell", "unit_in", "unit_of_row"]


# A unit's place in a name: after a comma or an opening bracket, spaces only before the unit
_UNIT_PLACE = lazy_compile(r"[,(][ \u00a0]*\Z")

class Unit(NamedTuple):
    """A table's unit: the scale and currency written once, and where."""

    scale: float
    currency: str  # ISO code
    span: Span


def unit_in(text: str, span: Span, words: TableWords, label: bool = False) -> Unit | None:
    """The money unit written in text[span] (the last one: a lead's unit closes it), None if
    there is none, or if a unit of some other measure stands beside it («тыс. тонн»). In a
    `label` (a row's or column's name) a currency alone is a unit only where a unit stands,
    after a comma or in brackets («Цена, руб.»): «В белорусских рублях — 310,2» names what
    the row counts, in the table's unit."""
    found: Unit | None = None
    for m in words.unit.finditer(text, span.start, span.end):
        cur = m.group("cur1") or m.group("cur2") or m.group("cur0")
        if label and not m.group("scale") and not _UNIT_PLACE.search(
                text, span.start, m.start()):
            continue
        if cur is None:
            if m.group("scale") and words.non_money.match(
                    text, skip_spaces(text, m.end(), span.end), span.end):
                return None  # «(тыс. тонн)»: a measure that is not money
            continue
        code = currency_code(cur)
        if code is None:
            continue
        scale = scale_value(m.group("scale")) if m.group("scale") else 1.0
        found = Unit(scale=scale, currency=code, span=Span(m.start(), m.end()))
    return found


def note_under(text: str, block: Block, words: TableWords) -> Span | None:
    """The note line right under a table («* Данные в млн долларов», «Источник: …»)."""
    end = block.rows[-1].span.end
    if end >= len(text):
        return None
    line = line_at(text, end + 1)
    return line if words.note.match(text, line.start, line.end) else None


def measures_other(text: str, label: Span, words: TableWords) -> bool:
    """Does a column's or row's name measure something other than money: its head word
    («Доля в общей выручке», «Количество сделок») or its unit, after a comma or in brackets
    («Объём, тыс. тонн», «Рост (%)»)? A word inside the name («Компенсация процентов по
    кредитам») is no unit."""
    if words.non_money.match(text, label.start, label.end):
        return True
    tail = max(text.rfind(",", label.start, label.end), text.rfind("(", label.start, label.end))
    return tail >= 0 and words.non_money.match(
        text, skip_spaces(text, tail + 1, label.end), label.end) is not None


def unit_cell(text: str, row: Line, j: int, label: Span, words: TableWords) -> Unit | bool | None:
    """The unit a row gives in a cell of its own before column `j`, a unit alone, as a
    report's «Показатель | Ед. изм. | Значение» does («Выручка | млн руб. | 1 245»: the
    row's unit); False when that cell names another measure («чел.», «%», «тыс. т»); None
    with no such cell (session 44)."""
    for cell in row.cells[1:j]:
        if cell == label or cell.end - cell.start > _UNIT_CELL_LEN:
            continue
        if words.unit.fullmatch(text, cell.start, cell.end) is not None:
            return unit_in(text, cell, words)
        if words.non_money.fullmatch(text, cell.start, cell.end) is not None:
            return False
    return None


_UNIT_CELL_LEN = 24  # a unit alone is short: «млн долл. США», «тыс. бел. руб.»


def unit_of_row(text: str, label: Span, words: TableWords, column: Unit | None) -> Unit | None:
    """The unit of a row: the one its label names («Товарооборот, млн долларов»), none when
    the label names another measure («Поставки, тыс. тонн») or a currency priced in a unit
    with no scale («USD: 92,51» under «Курсы, руб.»: an exchange rate), else the column's."""
    if measures_other(text, label, words):
        return None
    own = unit_in(text, label, words, label=True)
    if own is None and column is not None and column.scale == 1 and unit_in(text, label, words):
        return None  # a rate quote, not money
    return own or column
