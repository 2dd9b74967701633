"""Tables flattened into text: the bare numbers of a table block read as money.

HTML-to-text tools render a table as lines of `|`-separated cells, and news sites print
statistics as «label — value» lines under a header that gives the unit once:

    Приводим данные в табличном виде (млн долларов США).      ← the lead: the unit
    Показатель | 2022 | 2023 | 2024 (январь–сентябрь)         ← the header: a year per column
    Товарооборот | 1 120,4 | 1 310,9 | 1 045,2                 ← a row: its label the metric

A *block* is a run of consecutive lines cut into the same number of cells by one separator
(`data/money_tables_ru.json`), each holding a row label and at least one bare number, with an
optional header line just above (labels and years, no other numbers) and the lead line above
that. Its *unit* is a scale and a currency written once: in a column's header («выручка, млн
рублей»), else in the header's corner cell or the lead («(млн российских рублей):»). A column
whose header names a share, tonnes, pieces… is no money; a block with no unit yields nothing.

Each money cell becomes an `Amount` (the bare number as its surface, the unit's scale, the
unit's currency implied) with what the table says of it (`TableCell`): the metric of its row
label, else of its column header (the metric words of `analysis.money.metric`); the year and
period of its column header, else of its row label, else of the lead (read as a sentence is,
`analysis.money.year` and `analysis.money.period` over the calendar of `analysis.lang`), and
the line that gave them as its context. What the table does not say is left to the reading of
the article as a whole (`analysis.money.facts`).

Cheap on text without tables: a text needs two lines holding a separator before a digit.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from analysis.money.amounts import Amount
from analysis.money.context import belarusian_rubles
from analysis.money.grammar import currency_code, parse_number, scale_value
from analysis.money.metric import NO_CUE, metric_of
from analysis.money.period import period_of
from analysis.money.scope import AmountScope
from analysis.money.year import PUBLICATION, year_mentions, year_reading

if TYPE_CHECKING:
    from datetime import date

    from analysis.ingest import Article

__all__ = ["TableCell", "TableReading", "TableWords", "read_tables", "table_words"]

# A separator right before a digit: a text needs two lines with one to hold a table.
_HINT = re.compile(r"[|\t—–][ \u00a0]*\d")
# A cell that is a bare number: «1 120,4», «590,0», «7600», «4 200.5» (no sign, no unit).
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_PERCENT = re.compile(r"[+\-−]?\d+(?:[.,]\d+)?[ \u00a0]*%")
_YEAR_CELL = re.compile(r"(?:19[89]|20[0-4])\d(?!\d)(?![.,]\d)")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_LINE = 200  # a table row is short; a longer line is prose
_MAX_HEADER_CELL = 60  # so is a column's name


@dataclass(frozen=True)
class TableWords:
    """The table vocabulary of `data/money_tables_ru.json`, compiled."""

    separators: tuple[re.Pattern[str], ...]
    unit: re.Pattern[str]  # groups: cur1, scale, cur2 (one currency at least) or cur0 alone
    non_money: re.Pattern[str]
    full_year: re.Pattern[str]


def _word(pattern: str) -> str:
    """The pattern as a whole word where it starts or ends with a letter."""
    head = "(?<![\\w])" if _LETTER.match(pattern) else ""
    tail = "(?!\\w)" if pattern.endswith(("\\w*", "\\w+")) or _LETTER.match(pattern[-1]) else ""
    return f"{head}(?:{pattern}){tail}"


@cache
def table_words() -> TableWords:
    """The table vocabulary (read once per process)."""
    path = resources.files("analysis").joinpath("data", "money_tables_ru.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    scale = "|".join(_word(p) for p in data["scales"])
    cur = "|".join(_word(p) for p in data["currencies"])
    sp = r"[ \u00a0]*"
    unit = (rf"(?<![\d.,])(?<!\d[ \u00a0])(?:(?:(?P<cur1>{cur}){sp})?(?P<scale>{scale})"
            rf"(?:{sp}(?:в{sp})?(?P<cur2>{cur}))?|(?P<cur0>{cur}))")
    return TableWords(
        separators=tuple(re.compile(p) for p in data["cell_separators"]),
        unit=re.compile(unit, re.IGNORECASE),
        non_money=re.compile("|".join(_word(p) for p in data["non_money"]), re.IGNORECASE),
        full_year=re.compile("|".join(_word(p) for p in data["full_year"]), re.IGNORECASE))


class Span(NamedTuple):
    """A `[start, end)` range of the text."""

    start: int
    end: int


class Unit(NamedTuple):
    """A table's unit: the scale and currency written once, and where."""

    scale: float
    currency: str  # ISO code
    span: Span


class Line(NamedTuple):
    """A line cut into cells (spans stripped of spaces)."""

    span: Span
    separator: int  # index into `TableWords.separators`
    cells: tuple[Span, ...]


class Block(NamedTuple):
    """A table: its rows, its header line and the lead line above."""

    rows: tuple[Line, ...]
    header: Line | None
    lead: Span | None


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
    row: Span  # the row's line
    metric: str | None
    year: int | None
    period: str | None
    year_source: str | None  # "stated" or "relative"
    context: Span | None  # the header or lead line that gave the year or period


@dataclass(frozen=True)
class TableReading:
    """The table cells of an article, and its amounts with the cells among them."""

    amounts: list[Amount]
    cells: dict[int, TableCell]  # by the amount's start

    def cell(self, amount: Amount) -> TableCell | None:
        """What the table says of `amount`, if it is a table cell."""
        cell = self.cells.get(amount.start) if self.cells else None
        return cell if cell is not None and cell.amount is amount else None


# --------------------------------------------------------------------------- lines
def _cut(text: str, span: Span, words: TableWords) -> Line | None:
    """The line at `span` cut into cells by the first separator that gives two or more."""
    if span.end - span.start > _MAX_LINE:
        return None
    for i, sep in enumerate(words.separators):
        cells, pos = [], span.start
        for m in sep.finditer(text, span.start, span.end):
            cells.append(_strip(text, pos, m.start()))
            pos = m.end()
        if not cells:
            continue
        cells.append(_strip(text, pos, span.end))
        while cells and cells[0].start == cells[0].end:  # «| a | b |»: edge pipes
            cells.pop(0)
        while cells and cells[-1].start == cells[-1].end:
            cells.pop()
        if len(cells) >= 2:
            return Line(span=span, separator=i, cells=tuple(cells))
    return None


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in " \u00a0\t":
        start += 1
    while end > start and text[end - 1] in " \u00a0\t":
        end -= 1
    return Span(start, end)


def _is_number(text: str, cell: Span) -> bool:
    return _NUMBER.fullmatch(text, cell.start, cell.end) is not None


def _is_row(text: str, line: Line) -> bool:
    """A label (letters, or a year) and values: bare numbers or percentages, a number among them."""
    label, values = line.cells[0], line.cells[1:]
    if not (_LETTER.search(text, label.start, label.end)
            or _YEAR_CELL.match(text, label.start, label.end)):
        return False
    return any(_is_number(text, c) for c in values) and all(
        _is_number(text, c) or _PERCENT.fullmatch(text, c.start, c.end) for c in values)


def _is_header(text: str, line: Line, width: int) -> bool:
    """Column names: as many short cells as the rows, each with letters or a year, no bare
    number but a year."""
    return len(line.cells) == width and all(
        c.end - c.start <= _MAX_HEADER_CELL and (
            _LETTER.search(text, c.start, c.end) or _YEAR_CELL.match(text, c.start, c.end))
        for c in line.cells) and not all(_is_number(text, c) and not _YEAR_CELL.fullmatch(
            text, c.start, c.end) for c in line.cells[1:])


def _line_at(text: str, pos: int) -> Span:
    return Span(text.rfind("\n", 0, pos) + 1, _end_of_line(text, pos))


def _end_of_line(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def find_blocks(text: str) -> list[Block]:
    """The table blocks of `text` (none without two lines holding a separator before a digit)."""
    lines: list[Span] = []
    for m in _HINT.finditer(text):
        if lines and m.start() < lines[-1].end:
            continue
        lines.append(_line_at(text, m.start()))
    if len(lines) < 2:
        return []
    words = table_words()
    blocks: list[Block] = []
    run: list[Line] = []
    for span in lines:
        line = _cut(text, span, words)
        if line is not None and not _is_row(text, line):
            line = None
        if line is not None and run and (span.start == run[-1].span.end + 1
                                         and line.separator == run[-1].separator
                                         and len(line.cells) == len(run[-1].cells)):
            run.append(line)
            continue
        if run:
            blocks.extend(_block(text, run, words))
        run = [line] if line is not None else []
    if run:
        blocks.extend(_block(text, run, words))
    return blocks


def _block(text: str, run: list[Line], words: TableWords) -> list[Block]:
    """The block of a run of rows, with its header line and lead; none for a lone row."""
    width = len(run[0].cells)
    header: Line | None = None
    first = run[0].span.start
    if first > 0:
        above = _cut(text, _line_at(text, first - 1), words)
        if above is not None and above.separator == run[0].separator and _is_header(
                text, above, width):
            header = above
    if header is None and _is_header(text, run[0], width) and len(run) > 1:
        header, run = run[0], run[1:]  # «Показатель | 2022 | 2023» read as a row of years
    if len(run) + (header is not None) < 2:
        return []
    top = header.span.start if header is not None else first
    lead = _line_at(text, top - 1) if top > 0 else None
    if lead is not None and lead.start == lead.end:
        lead = None
    return [Block(rows=tuple(run), header=header, lead=lead)]


# --------------------------------------------------------------------------- reading
def read_tables(article: Article, amounts: list[Amount]) -> TableReading:
    """The article's amounts with its table cells among them, in text order, and what the
    tables say of each cell. `amounts` (those `find_amounts` found) are kept as they are; a
    cell that overlaps one of them is not read again."""
    text = article.text
    blocks = find_blocks(text)
    if not blocks:
        return TableReading(amounts=amounts, cells={})
    taken = [Span(a.start, a.end) for a in amounts]
    cells = [c for b in blocks for c in _read_block(article, b)
             if not any(c.amount.start < t.end and t.start < c.amount.end for t in taken)]
    if not cells:
        return TableReading(amounts=amounts, cells={})
    merged = sorted([*amounts, *(c.amount for c in cells)], key=lambda a: (a.start, a.end))
    return TableReading(amounts=merged, cells={c.amount.start: c for c in cells})


def _read_block(article: Article, block: Block) -> list[TableCell]:
    text, words = article.text, table_words()
    published = getattr(article, "published", None)
    header, lead = block.header, block.lead
    corner = header.cells[0] if header is not None else None
    block_unit = _unit(text, corner, words) if corner is not None else None
    if block_unit is None and lead is not None:
        block_unit = _unit(text, lead, words)
    lead_time = _time(text, lead, published) if lead is not None else None
    out: list[TableCell] = []
    for j in range(1, len(block.rows[0].cells)):
        name = header.cells[j] if header is not None else None
        if name is not None and words.non_money.search(text, name.start, name.end):
            continue  # «доля в общей выручке», «тыс. тонн», «рост, %»
        unit = (_unit(text, name, words) if name is not None else None) or block_unit
        if unit is None:
            continue  # no unit anywhere: counts, tonnes, years, not money
        currency = _currency(article, unit)
        column_time = _time(text, name, published) if name is not None else None
        column_metric = _label_metric(text, name, lead) if name is not None else None
        for row in block.rows:
            cell = row.cells[j]
            if not _is_number(text, cell):
                continue
            number = parse_number(text[cell.start:cell.end])
            if number is None:
                continue
            label = row.cells[0]
            amount = Amount(start=cell.start, end=cell.end, surface=text[cell.start:cell.end],
                            value=number * unit.scale, currency=currency, qualifier="exact",
                            implied_currency=True)
            time = _cell_time(text, label, column_time, lead_time, published, words)
            out.append(TableCell(
                amount=amount, row=row.span,
                metric=_label_metric(text, label, lead) or column_metric,
                year=time.year if time is not None else None,
                period=time.period if time is not None else None,
                year_source=time.source if time is not None else None,
                context=time.span if time is not None and time.span != label else None))
    return out


def _cell_time(text: str, label: Span, column: Time | None, lead: Time | None,
               published: date | None, words: TableWords) -> Time | None:
    """The cell's year and period: its column's, else its row label's, else the lead's (a
    year from one, a period from another: «2024» over a lead «за январь–сентябрь»)."""
    row = _time(text, label, published)
    whole_year = words.full_year.search(text, label.start, label.end) is not None
    times = [t for t in (column, row, lead) if t is not None]
    year_from = next((t for t in times if t.year is not None), None)
    period_from = None if whole_year else next((t for t in times if t.period is not None), None)
    if year_from is None and period_from is None:
        return None
    # the context is the line outside the row that gave the year, else the period
    given = next((t for t in (year_from, period_from) if t is not None and t is not row), None)
    return Time(year=year_from.year if year_from else None,
                period=period_from.period if period_from else None,
                source=year_from.source if year_from else None,
                span=_line_at(text, given.span.start) if given is not None else label)


def _probe(text: str, span: Span) -> AmountScope:
    """A scope over text[span] with an empty amount at its end: what the sentence readers
    (year, period, metric) say of a figure standing right after a label."""
    at = Amount(start=span.end, end=span.end, surface="", value=0.0, currency="",
                qualifier="exact")
    return AmountScope(text=text, start=span.start, end=span.end, amount=at, others=[at])


def _time(text: str, span: Span, published: date | None) -> Time | None:
    """The year and period a header, label or lead states (None: it states neither)."""
    scope = _probe(text, span)
    period = period_of(scope)
    reading = year_reading(scope, published=published, period=period)
    year, source = reading
    if source == PUBLICATION:
        year, source = None, None  # a period with no year: the year is someone else's to say
    if year is None:  # a column named by its year alone: «2022», «2024 (январь–сентябрь)»
        named = [m for m in year_mentions(text, span.start, span.end) if not m.is_span]
        if len(named) == 1 and named[0].digits_start == _skip_spaces(text, span.start, span.end):
            year, source = named[0].year, "stated"
    if year is None and period is None:
        return None
    return Time(year=year, period=period, source=source, span=span)


def _label_metric(text: str, label: Span, lead: Span | None) -> str | None:
    """The metric a row or column label names («Экспорт в Беларусь»), None if it names none.
    A label word the lead says again is read in the lead, the fuller sentence («выручка»
    under «раскрыл выручку от реализации продукции в России»: an export)."""
    cue = metric_of(_probe(text, label))
    if cue.score == NO_CUE:
        return None
    if lead is not None and cue.head and cue.head[:5] in text[lead.start:lead.end].lower():
        in_lead = metric_of(_probe(text, lead))
        if in_lead.score != NO_CUE and in_lead.head[:5] == cue.head[:5]:
            return in_lead.metric
    return cue.metric


def _unit(text: str, span: Span, words: TableWords) -> Unit | None:
    """The money unit written in text[span] (the last one: a lead's unit closes it), None if
    there is none, or if a unit of some other measure stands beside it («тыс. тонн»)."""
    found: Unit | None = None
    for m in words.unit.finditer(text, span.start, span.end):
        cur = m.group("cur1") or m.group("cur2") or m.group("cur0")
        if cur is None:
            if m.group("scale") and words.non_money.match(
                    text, _skip_spaces(text, m.end(), span.end), span.end):
                return None  # «(тыс. тонн)»: a measure that is not money
            continue
        code = currency_code(cur)
        if code is None:
            continue
        scale = scale_value(m.group("scale")) if m.group("scale") else 1.0
        found = Unit(scale=scale, currency=code, span=Span(m.start(), m.end()))
    return found


def _skip_spaces(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \u00a0":
        pos += 1
    return pos


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
