"""The totals of a table flattened into text (`money.tabular`).

A plan's row total («…: всего | на 2023 год | на 2024 год») over year columns that are all
planned is planned too; a total told on the line right under the table («Итого по
плану-графику: 33 255 300,00») is the table's sum in its cells' unit (round 60).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.amounts import Amount
from analysis.money.grammar import parse_number
from analysis.money.tableblocks import Block, Span, TableWords, skip_spaces

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.tabular import TableCell

__all__ = ["planned_totals", "total_under"]


def planned_totals(text: str, cells: list[TableCell], published: date | None,
                   words: TableWords) -> list[TableCell]:
    """A row's total column («…: всего») over year columns that are all plans (each a plan
    column or a year after the publication) is the plan's total: planned too."""
    out = list(cells)
    for i, cell in enumerate(cells):
        if cell.forecast or cell.year is not None or cell.column is None:
            continue
        name = cell.column
        part = text.rfind(":", name.start, name.end) + 1 or name.start
        if not words.total.match(text, skip_spaces(text, part, name.end), name.end):
            continue
        years = [c for c in cells if c.row == cell.row and c is not cell]
        if years and all(c.forecast or (c.year is not None and published is not None
                                        and c.year > published.year) for c in years):
            out[i] = replace(cell, forecast=True)
    return out


# «Итого по плану-графику: 33 255 300,00» under a table: a label, a colon, the number alone
_TOTAL_LINE = lazy_compile(r"[^\n:|]{0,60}:[ \u00a0]*(?P<n>\d[\d \u00a0]*(?:,\d+)?)[ \u00a0.]*$",
                           re.MULTILINE)


def total_under(text: str, block: Block, words: TableWords,
                cells: list[TableCell]) -> TableCell | None:
    """The total told on the line right under a table («Итого по плану-графику: 33 255
    300,00»), in the unit of its cells, when every cell has the one unit: the table's sum,
    of no one year, planned when every cell is."""
    end = block.rows[-1].span.end
    if not cells or end >= len(text) or not words.total.match(text, end + 1):
        return None
    m = _TOTAL_LINE.match(text, end + 1)
    scales = {c.amount.value / n for c in cells if (n := parse_number(c.amount.surface))}
    currencies = {c.amount.currency for c in cells}
    number = parse_number(m.group("n")) if m else None
    if m is None or not number or len(scales) != 1 or len(currencies) != 1:
        return None
    start, stop = m.start("n"), m.start("n") + len(m.group("n").rstrip(" \u00a0"))
    amount = Amount(start=start, end=stop, surface=text[start:stop], value=number * scales.pop(),
                    currency=currencies.pop(), qualifier="exact", implied_currency=True)
    return replace(cells[0], amount=amount, row=Span(end + 1, m.end()), metric=None, year=None,
                   period=None, year_source=None, context=None, column=None,
                   forecast=all(c.forecast or c.year is not None for c in cells)
                   and any(c.forecast for c in cells))
