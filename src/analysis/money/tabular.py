"""Tables flattened into text: the bare numbers of a table block read as money.

HTML-to-text tools render a table as lines of `|`-separated cells, and news sites print
statistics as «label — value» lines under a header that gives the unit once:

    Приводим данные в табличном виде (млн долларов США).      ← the lead: the unit
    Показатель | 2022 | 2023 | 2024 (январь–сентябрь)         ← the header: a year per column
    Товарооборот | 1 120,4 | 1 310,9 | 1 045,2                 ← a row: its label the metric

The blocks (rows, header line, lead) are found by `analysis.money.tableblocks`; what the
names say of the metric is `analysis.money.tablelabels`. A block's *unit* is a scale and a
currency written once: in a column's header («выручка, млн рублей»), a row's label, else in
the header's corner cell, the lead («(млн российских рублей):») or a note under the table. A
column or row whose name measures a share, tonnes, pieces… is no money; a block with no unit
yields nothing.

Each money cell becomes an `Amount` (the bare number as its surface, the unit's scale, the
unit's currency implied) with what the table says of it (`TableCell`): its metric (the head
word of its row label when every row names a measure — «Товарооборот», «Экспорт», «Импорт» —
else of its column header or the table's title: rows of regions, goods or sectors are items;
the metric words of `analysis.money.metric`); the year and period of its column header, else
of its row label, else of the lead (read as a sentence is, `analysis.money.year` and
`analysis.money.period` over the calendar of `analysis.lang`), and the line that gave them as
its context. What the table does not say is left to the reading of the article as a whole
(`analysis.money.facts`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from analysis.lazypattern import lazy_compile
from analysis.money.amounts import MAX_VALUE, Amount
from analysis.money.bracket_column import (
    bracket_note,
    bracketed_value,
    dated_bracket,
    lead_without,
)
from analysis.money.grammar import parse_number
from analysis.money.inline_tables import find_inline_blocks
from analysis.money.paired_columns import find_paired_blocks
from analysis.money.period import period_of
from analysis.money.rubles import belarusian_rubles
from analysis.money.spaced_columns import find_spaced_blocks
from analysis.money.table_totals import planned_totals, total_under
from analysis.money.table_units import Unit, measures_other, note_under, unit_cell, unit_in, unit_of_row
from analysis.money.tableblocks import (
    Block,
    Span,
    TableWords,
    find_blocks,
    label_of,
    line_at,
    number_in,
    sign_of_row,
    table_words,
)
from analysis.money.tablelabels import cell_metric, label_metric, probe, title_metric
from analysis.money.unit_notice import find_notice_blocks
from analysis.money.year import PUBLICATION, year_reading
from analysis.money.year_mentions import year_mentions

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from analysis.ingest import Article

__all__ = ["TableCell", "TableReading", "read_tables"]


# A two-level header flattened into one line: a colon after a column's unit opens the
# sub-columns it spans («Объём финансового обеспечения, руб.: всего | на 2023 год | …»)
_SPANS_ON = lazy_compile(r"[ \u00a0]*:[ \u00a0]*\S")


class HasAmount(Protocol):
    """A reading of an amount (a `Fact`)."""

    @property
    def amount(self) -> Amount: ...


_F = TypeVar("_F", bound=HasAmount)


class Time(NamedTuple):
    """The year and period a header, label or lead gives (`source` as `year_reading`'s)."""

    year: int | None
    period: str | None
    source: str | None
    span: Span


@dataclass(frozen=True)
class TableCell:
    """A money cell: its amount and what the table says of it (None: the table says nothing)."""

    amount: Amount
    block: int  # where its table starts (cells of one table share it)
    row: Span  # the row's line
    metric: str | None
    year: int | None
    period: str | None
    year_source: str | None  # "stated" or "relative"
    context: Span | None  # the header or lead line that gave the year or period (or the unit,
    # a heading over series lines: «ВНЕШНЯЯ ТОРГОВЛЯ С РОССИЙСКОЙ ФЕДЕРАЦИЕЙ (млн долларов США)»)
    forecast: bool = False  # its column or row is a plan («2025 (план)», «Прогноз»)
    column: Span | None = None  # its column's header cell («экспорт в Россию»)


@dataclass(frozen=True)
class TableReading:
    """The table cells of an article, and its amounts with the cells among them."""

    amounts: list[Amount]
    cells: dict[int, TableCell]  # by the amount's start

    def cell(self, amount: Amount) -> TableCell | None:
        """What the table says of `amount`, if it is a table cell."""
        cell = self.cells.get(amount.start) if self.cells else None
        return cell if cell is not None and cell.amount is amount else None

    # where each table's cells start among the facts being built (`describe` asks for its
    # cells in text order): linear in the cells, not quadratic
    _starts: dict[int, int] = field(default_factory=dict, repr=False, compare=False)

    def before_table(self, facts: Sequence[_F], cell: TableCell) -> _F | None:
        """The last of `facts` (in text order, as far as `cell`) that is not a cell of
        `cell`'s table: a row is an item of the table, not a continuation of the row above."""
        at = self._start(facts, cell)
        return facts[at - 1] if at > 0 else None

    def first_of_table(self, facts: Sequence[_F], cell: TableCell) -> _F | None:
        """The first of `facts` that is a cell of `cell`'s table (None: `cell` is the first)."""
        at = self._start(facts, cell)
        return facts[at] if at < len(facts) else None

    def _start(self, facts: Sequence[HasAmount], cell: TableCell) -> int:
        at = self._starts.get(cell.block)
        if at is None or at > len(facts):
            at = len(facts)
            while at > 0 and self._in(facts[at - 1], cell):
                at -= 1
            self._starts[cell.block] = at
        return at

    def _in(self, fact: HasAmount, cell: TableCell) -> bool:
        other = self.cell(fact.amount)
        return other is not None and other.block == cell.block


# --------------------------------------------------------------------------- reading
def read_tables(article: Article, amounts: list[Amount]) -> TableReading:
    """The article's amounts with its table cells among them, in text order, and what the
    tables say of each cell. `amounts` (those `find_amounts` found) are kept as they are; a
    cell that overlaps one of them is not read again."""
    text = article.text
    blocks = (find_blocks(text) + find_inline_blocks(text) + find_paired_blocks(text)
              + find_notice_blocks(text) + find_spaced_blocks(text))
    if not blocks:
        return TableReading(amounts=amounts, cells={})
    taken = [Span(a.start, a.end) for a in amounts]
    cells = [c for b in blocks for c in _read_block(article, b)
             if not any(c.amount.start < t.end and t.start < c.amount.end for t in taken)]
    if not cells:
        return TableReading(amounts=amounts, cells={})
    merged = sorted([*amounts, *(c.amount for c in cells)], key=lambda a: (a.start, a.end))
    return TableReading(amounts=merged, cells={c.amount.start: c for c in cells})


# a note in brackets right after a cell's value, closing its row: «1,12 (январь–ноябрь)»
_NOTE_AFTER = lazy_compile(r"[ \u00a0]*\(([^()\n]{3,60})\)[ \u00a0.;]*\Z")


def _read_block(article: Article, block: Block) -> list[TableCell]:
    text, words = article.text, table_words()
    published = getattr(article, "published", None)
    header, lead = block.header, block.lead
    corner = header.cells[0] if header is not None else None
    block_unit = unit_in(text, corner, words) if corner is not None else None
    if block_unit is None and lead is not None:
        block_unit = unit_in(text, lead, words)
    if block_unit is None and (note := note_under(text, block, words)) is not None:
        block_unit = unit_in(text, note, words)  # «* В млн долларов США» under the table
    if block_unit is None and block.heading is not None:
        block_unit = unit_in(text, block.heading, words)  # «… (млн долларов США)» over the series
    bracket = bracket_note(text, block, words)  # «(в скобках — 2021 год)»: a second column
    # the bracket's column is money of another time only (not «в скобках – в % к итогу»)
    bracket_time = (_time(text, bracket, published)
                    if bracket is not None and "%" not in text[bracket.start:bracket.end] else None)
    lead_time = (_time(text, lead_without(lead, bracket if bracket_time else None), published,
                       label=False) if lead is not None else None)
    title = title_metric(text, lead) if lead is not None else None
    labels = [label_of(text, r) or r.cells[0] for r in block.rows]
    row_metrics = [label_metric(text, label, lead) for label in labels]
    signs = [sign_of_row(text, label) for label in labels]  # «Сальдо | -126,7»
    items = [m for label, m in zip(labels, row_metrics, strict=True)
             if not words.total.match(text, label.start, label.end)]
    rows_are_measures = bool(items) and all(m is not None and m.strong for m in items)
    out: list[TableCell] = []
    spanning: Unit | None = None  # a unit over the columns after its own («…, руб.: всего»)
    for j in range(len(block.rows[0].cells)):
        name = header.cells[j] if header is not None else None
        if name is not None and measures_other(text, name, words):
            spanning = None
            continue  # «доля в общей выручке», «тыс. тонн», «рост, %»
        own = unit_in(text, name, words, label=True) if name is not None else None
        unit = own or spanning or block_unit
        if own is not None and name is not None:
            spanning = own if _SPANS_ON.match(text, own.span.end, name.end) else None
        column_time = _time(text, name, published) if name is not None else None
        planned = name is not None and words.plan.search(text, name.start, name.end) is not None
        column_metric = label_metric(text, name, lead) if name is not None else None
        for i, row in enumerate(block.rows):
            cell = row.cells[j]
            label = labels[i]
            if cell.start <= label.start:
                continue  # the label, or a rank or number before it: values follow the label
            by_cell = unit_cell(text, row, j, label, words)
            if by_cell is False:
                continue  # «Численность | чел. | 1 820»: the row's unit counts no money
            row_unit = own or by_cell or unit_of_row(text, label, words, unit)
            cell = number_in(text, cell, signs[i]) if row_unit is not None else None
            if cell is None:
                continue
            sign = signs[i].match(text, cell.start, cell.end)  # «сальдо — минус 89,4»
            number = parse_number(text[sign.end() if sign else cell.start:cell.end])
            number = -number if sign is not None and number is not None else number
            if not number or number * row_unit.scale > MAX_VALUE:
                continue  # a zero cell («0,00») is a blank of the plan, not a sum
            amount = Amount(start=cell.start, end=cell.end, surface=text[cell.start:cell.end],
                            value=number * row_unit.scale,
                            currency=_currency(article, row_unit), qualifier="exact",
                            implied_currency=True)
            # «6 842 317 (2012: 6 105 904)»: the bracket dates its own figure, not the row's
            dated = dated_bracket(text, cell.end, row.span.end)
            note = _NOTE_AFTER.match(text, cell.end, row.span.end) if dated is None else None
            note_time = _time(text, Span(note.start(1), note.end(1)), published) if note else None
            time = _cell_time(text, label, column_time, lead_time, published, words, note_time)
            out.append(TableCell(
                amount=amount, block=block.rows[0].span.start, row=row.span,
                metric=cell_metric(row_metrics[i], column_metric, title,
                                    rows_are_measures),
                year=time.year if time is not None else None,
                period=time.period if time is not None else None,
                year_source=time.source if time is not None else None,
                context=time.span if time is not None and time.span != label else block.heading,
                forecast=planned or words.plan.search(text, label.start, label.end) is not None,
                column=name))
            if dated is not None and (value := parse_number(text[dated[1].start:dated[1].end])):
                out.append(replace(out[-1], amount=replace(
                    amount, start=dated[1].start, end=dated[1].end,
                    surface=text[dated[1].start:dated[1].end], value=value * row_unit.scale),
                    year=dated[0], period=None, year_source="stated", context=None))
            second = (bracketed_value(text, cell.end, row.span.end)
                      if bracket_time is not None else None)
            if second is not None and (value := parse_number(text[second.start:second.end])):
                # «1 142,7 (864,3)» under «(в скобках — 2021 год)»: the bracket's column
                out.append(replace(out[-1], amount=replace(
                    amount, start=second.start, end=second.end,
                    surface=text[second.start:second.end], value=value * row_unit.scale),
                    year=bracket_time.year, period=bracket_time.period,
                    year_source=bracket_time.source, context=line_at(text, bracket.start)))
    out = planned_totals(text, out, published, words)
    total = total_under(text, block, words, out)
    return [*out, total] if total is not None else out


def _cell_time(text: str, label: Span, column: Time | None, lead: Time | None,
               published: date | None, words: TableWords, note: Time | None = None) -> Time | None:
    """The cell's year and period: a bracket right after its value's («1,12 (январь–ноябрь)»,
    «0,87 (данные за 2023 г.)»), else its column's, else its row label's, else the lead's (a
    year from one, a period from another: «2024» over a lead «за январь–сентябрь»)."""
    row = _time(text, label, published)
    whole_year = words.full_year.search(text, label.start, label.end) is not None
    times = [t for t in (note, column, row, lead) if t is not None]
    year_from = next((t for t in times if t.year is not None), None)
    period_from = None if whole_year else next((t for t in times if t.period is not None), None)
    if year_from is None and period_from is None:
        return None
    # the context is the line outside the row that gave the year, else the period
    given = next((t for t in (year_from, period_from) if t is not None and t is not row), None)
    return Time(year=year_from.year if year_from else None,
                period=period_from.period if period_from else None,
                source=year_from.source if year_from else None,
                span=line_at(text, given.span.start) if given is not None else label)


def _time(text: str, span: Span, published: date | None, label: bool = True) -> Time | None:
    """The year and period a header, label or lead states (None: it states neither). A
    `label` (a column's or row's name) gives the one year it names, as a header does
    («2022», «2024 (январь–сентябрь)», «I кв. 2024»); a lead, only what the year reader
    reads in it as in a sentence."""
    scope = probe(text, span)
    period = period_of(scope)
    reading = year_reading(scope, published=published, period=period)
    year, source = reading
    if source == PUBLICATION:
        year, source = None, None  # a period with no year: the year is someone else's to say
    if year is None and label:
        named = [m for m in year_mentions(text, span.start, span.end) if not m.is_span]
        if len(named) == 1:
            year, source = named[0].year, "stated"
    if year is None and period is None:
        return None
    return Time(year=year, period=period, source=source, span=span)


def _currency(article: Article, unit: Unit) -> str:
    """The unit's currency, a bare «рублей» read as the article reads one (Belarusian rubles
    in a Belarusian body's article, or one that says its sums are Belarusian)."""
    if unit.currency != "RUB":
        return unit.currency
    text = article.text
    mention = Amount(start=unit.span.start, end=unit.span.end,
                     surface=text[unit.span.start:unit.span.end], value=unit.scale,
                     currency="RUB", qualifier="exact")
    return belarusian_rubles(article, [mention])[0].currency
