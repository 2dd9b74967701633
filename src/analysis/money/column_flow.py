"""A table's column header tells the direction of its cells' trade: under «Период | товарооборот |
экспорт в Россию | импорт из России» the export cells go into Russia and the import cells come
from it, though no row line names a side (newuser34: a ministry's flattened table gave its
export and import rows no direction, and its half-year row, told again in the text under the
table, was counted twice). The header is read as a figure's own clause is
(`analysis.money.flow_clause`); a cell whose row or sentence already told a direction keeps it.
A table with no column headers whose lead line names the market («… ТОРГОВЛЯ ТОВАРАМИ С
РОССИЕЙ (январь–июнь 2024 г., млн долл. США)») gives it to the cells read as every market's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.money.flow_clause import flow_of_clause
from analysis.vocab import FLOW_METRICS

if TYPE_CHECKING:
    from analysis.money.facts import Fact
    from analysis.money.tableblocks import Span
    from analysis.money.tabular import TableCell, TableReading

__all__ = ["with_column_flow"]



def with_column_flow(text: str, facts: list[Fact], tables: TableReading) -> list[Fact]:
    """The facts, each export or import table cell with no direction given the one its
    column's header names («экспорт в Россию»: BY→RU)."""
    out = facts
    for i, fact in enumerate(facts):
        if fact.metric not in FLOW_METRICS or fact.flow not in (None, "other"):
            continue
        cell = tables.cell(fact.amount)
        if cell is None:
            continue
        head = cell.column if fact.flow is None else _market_lead(text, cell)
        if head is None:
            continue
        got = flow_of_clause(text, head.start, head.end, head.end, fact.metric, own=True)
        if got is not None and got.flow is not None:
            out = out if out is not facts else list(facts)
            out[i] = replace(fact, flow=got.flow)
    return out


def _market_lead(text: str, cell: TableCell) -> Span | None:
    """The lead line over a table with no column headers («ВНЕШНЯЯ ТОРГОВЛЯ ТОВАРАМИ С РОССИЕЙ
    (январь–июнь 2024 г., млн долл. США)» over «Экспорт – 11 862,4»), for a cell read as every
    market's (`other`) whose row names no side: the lead tells the market (round 56)."""
    if cell.column is not None or cell.context is None:
        return None
    row = flow_of_clause(text, cell.row.start, cell.row.end, cell.row.end, "export", own=True)
    return cell.context if row is None or row.flow is None else None

