"""A second column in brackets: a table's lead says what a bracketed figure after each value
is («Таблица. Товарооборот с Беларусью, млн долларов, 2022 год (в скобках — 2021 год)», then
«1. Республика Татарстан — 1 142,7 (864,3)»). The bracketed figure is a cell too, in the
table's unit, of the time the words after «в скобках» give; the lead's own time is read
without those words, or the comparison year would be taken for the main column's (round 65).
Without such words, or when they give no time or a share («в скобках – в % к итогу»), a
bracketed number stays unread: it may be a rank, a share or a footnote.
The words are data (`bracket_columns` of `data/money_tables_ru.json`).

A bracket that dates its own figure («Выручка — 6 842 317 (2012: 6 105 904)», an IFRS release's
key figures under «тыс. руб.») is such a column too, of the year it names: the year is the
bracketed figure's, not the row's (round 68).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.tableblocks import Span

if TYPE_CHECKING:
    from analysis.money.tableblocks import Block, TableWords

__all__ = ["bracket_note", "bracketed_value", "dated_bracket", "lead_without"]

# «(864,3)», «( 1 018,5 )»: a bare number alone in a bracket (no «%», no words)
_BRACKETED_NUMBER = lazy_compile(
    r"[ \u00a0]*\([ \u00a0]*(\d(?:\d|[ \u00a0](?=\d{3}(?!\d)))*(?:[.,]\d+)?)[ \u00a0]*\)")


def bracket_note(text: str, block: Block, words: TableWords) -> Span | None:
    """Where the table's lead or heading says what its bracketed figures are: from «в
    скобках» to the bracket that closes the note («(в скобках — 2021 год)»), else to the
    line's end. None: it says nothing of them."""
    if words.bracket_column is None:
        return None
    for span in (block.lead, block.heading):
        if span is None:
            continue
        m = words.bracket_column.search(text, span.start, span.end)
        if m is None:
            continue
        close = text.find(")", m.end(), span.end)
        return Span(m.start(), close + 1 if close >= 0 else span.end)
    return None


def lead_without(lead: Span, note: Span | None) -> Span:
    """The lead with the bracket note cut off its end (its time is the bracketed column's)."""
    if note is None or not lead.start <= note.start < lead.end:
        return lead
    return Span(lead.start, note.start)


def bracketed_value(text: str, cell_end: int, row_end: int) -> Span | None:
    """The bare number in a bracket right after a cell's value, in its row («1 142,7
    (864,3)»)."""
    m = _BRACKETED_NUMBER.match(text, cell_end, row_end)
    return Span(m.start(1), m.end(1)) if m is not None else None


# «(2012: 6 105 904)», «(2012 г. — 287 051)»: a year and a bare number in a bracket
_DATED_NUMBER = lazy_compile(
    r"[ \u00a0]*\([ \u00a0]*((?:19|20)\d\d)(?:[ \u00a0]*(?:г\.|год))?[ \u00a0]*[:—–-][ \u00a0]*"
    r"(\d(?:\d|[ \u00a0](?=\d{3}(?!\d)))*(?:[.,]\d+)?)[ \u00a0]*\)")


def dated_bracket(text: str, cell_end: int, row_end: int) -> tuple[int, Span] | None:
    """The year and the bare number of a bracket right after a cell's value that dates its own
    figure («6 842 317 (2012: 6 105 904)»), else None."""
    m = _DATED_NUMBER.match(text, cell_end, row_end)
    return (int(m.group(1)), Span(m.start(2), m.end(2))) if m is not None else None
