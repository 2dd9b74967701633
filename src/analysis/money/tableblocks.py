"""The grammar of table blocks in text: lines cut into cells, runs of rows, the header line
and the lead above.

HTML-to-text tools render a table as lines of `|`-separated cells, and news sites print
statistics as «label — value» lines. A *block* is a run of consecutive lines cut into the same
number of cells by one separator (`data/money_tables_ru.json`), each holding a row label (letters,
or a year) and values (bare numbers or percentages, a number among them), with an optional header
line just above (column names: letters or years, no other numbers) and the lead line above that.
A lone row with no header is no table. What the cells mean is `analysis.money.tabular`'s to read.

Cheap on text without tables: a text needs two short lines that end as a row does (a number, a
percentage, an edge pipe, a note in brackets) to be read further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

__all__ = ["MINUS", "Block", "Line", "Span", "TableWords", "find_blocks", "is_number", "label_of",
           "line_at", "number_in", "row_lines", "skip_spaces", "stripped_span", "table_words", "tables_data"]

# How a table row ends: a number, a percentage, an edge pipe («| Экспорт | 640,7 |») or a
# note in brackets («1 310,9 (+17%)»).
_ROW_END = frozenset("0123456789%|)")
_LIST_STOP = frozenset(";.")  # after a number: the punctuation of a list's items
# A cell that is a bare number: «1 120,4», «590,0», «7600», «4 200.5» (no sign, no unit).
_NUMBER = lazy_compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
# a cell's minus told as a word: «сальдо — минус 89,4» (round 51); a sign («−66,9», «+427,0»)
# marks a change column's values, which are not read, and a hyphen or a dash is the row's own
MINUS = lazy_compile(r"[Мм]инус[ \u00a0]+")
# …and in a balance row («Сальдо | -126,7»: `balance_rows`) a hyphen, a minus or a dash is its sign
BALANCE_SIGN = lazy_compile(r"[Мм]инус[ \u00a0]+|[-−–][ \u00a0]?(?=\d)")
# …with a note in brackets after it: «1 310,9 (+17%)», «640,7 (оценка)», and a change after a
# comma closing the row: «6 842 317 (2012: 6 105 904), +12,1%» (an IFRS release's key figures)
_NOTED = lazy_compile(r"(?:[ \u00a0]*\([^()\n]{1,40}\))?"
                      r"(?:[ \u00a0]*,[ \u00a0]*[+\-−]\d+(?:[.,]\d+)?[ \u00a0]*%)?")
_PERCENT = lazy_compile(r"[+\-−]?\d+(?:[.,]\d+)?[ \u00a0]*%")
# Other values a row may hold beside its numbers: a change («+5,2», «−12,0»), a gap («—», «н/д»)
_OTHER_VALUE = lazy_compile(r"[+\-−±][ \u00a0]?\d[\d \u00a0]*(?:[.,]\d+)?|[—–\-х…*]|н/д|нет")
_YEAR_CELL = lazy_compile(r"(?:19[89]|20[0-4])\d(?!\d)(?![.,]\d)")
_LETTER = lazy_compile(r"[^\W\d_]")
# «|---|:---:|---|»: the rule a text tool draws under a table's header (trafilatura does)
_RULE = lazy_compile(r"[ \u00a0|:+=-]*(?:-{3}|={3})[ \u00a0|:+=-]*")
_FREE_CELLS = frozenset({0, 1})  # the separators (`|`, tab) of tables that hold text cells too
_MAX_LINE = 200  # a table row is short; a longer line is prose
_MAX_HEADER_CELL = 60  # so is a column's name


@dataclass(frozen=True)
class TableWords:
    """The table vocabulary of `data/money_tables_ru.json`, compiled."""

    separators: tuple[re.Pattern[str], ...]
    unit: re.Pattern[str]  # groups: cur1, scale, cur2 (one currency at least) or cur0 alone
    non_money: re.Pattern[str]
    full_year: re.Pattern[str]
    note: re.Pattern[str]  # how a note under a table opens
    total: re.Pattern[str]  # a total row's label («Итого», «Всего за год»)
    plan: re.Pattern[str]  # a planned column or row («2025 (план)», «Прогноз»)
    pair_separator: str  # how a row pairs its values («11 240 / 10 870»: `paired_columns`)
    balance: re.Pattern[str] | None = None  # a trade balance's row label («Сальдо»)
    # a lead's words for a bracketed second column («(в скобках — 2021 год)»)
    bracket_column: re.Pattern[str] | None = None


def _word(pattern: str) -> str:
    """The pattern as a whole word where it starts or ends with a letter."""
    head = "(?<![\\w])" if _LETTER.match(pattern) else ""
    tail = "(?!\\w)" if pattern.endswith(("\\w*", "\\w+")) or _LETTER.match(pattern[-1]) else ""
    return f"{head}(?:{pattern}){tail}"


@cache
def tables_data() -> dict:
    """`data/money_tables_ru.json` as written (read once per process, for every reader of it)."""
    return data_json("money_tables_ru.json")


@cache
def table_words() -> TableWords:
    """The table vocabulary (read once per process)."""
    data = tables_data()
    scale = "|".join(_word(p) for p in data["scales"])
    cur = "|".join(_word(p) for p in data["currencies"])
    sp = r"[ \u00a0]*"
    unit = (rf"(?<![\d.,])(?<!\d[ \u00a0])(?:(?:(?P<cur1>{cur}){sp})?(?P<scale>{scale})"
            rf"(?:{sp}(?:в{sp})?(?P<cur2>{cur}))?|(?P<cur0>{cur}))")
    return TableWords(
        separators=tuple(compile_pattern(p) for p in data["cell_separators"]),
        unit=compile_pattern(unit, re.IGNORECASE),
        non_money=compile_pattern("|".join(_word(p) for p in data["non_money"]), re.IGNORECASE),
        full_year=compile_pattern("|".join(_word(p) for p in data["full_year"]), re.IGNORECASE),
        note=compile_pattern("|".join(data["note_openers"]), re.IGNORECASE),
        total=compile_pattern("|".join(_word(p) for p in data["totals"]), re.IGNORECASE),
        plan=compile_pattern("|".join(_word(p) for p in data["plan"]), re.IGNORECASE),
        pair_separator=str(data["pair_separator"]),
        balance=compile_pattern("|".join(_word(p) for p in data["balance_rows"]), re.IGNORECASE)
        if data.get("balance_rows") else None,
        bracket_column=compile_pattern("|".join(data["bracket_columns"]), re.IGNORECASE)
        if data.get("bracket_columns") else None)


class Span(NamedTuple):
    """A `[start, end)` range of the text."""

    start: int
    end: int


class Line(NamedTuple):
    """A line cut into cells (spans stripped of spaces)."""

    span: Span
    separator: int  # index into `TableWords.separators`
    cells: tuple[Span, ...]


class Block(NamedTuple):
    """A table: its rows, its header line and the lead line above (and, for a series line
    under a heading, the heading that gives the unit its lead does not)."""

    rows: tuple[Line, ...]
    header: Line | None
    lead: Span | None
    heading: Span | None = None


# --------------------------------------------------------------------------- lines
def _cut(text: str, span: Span, words: TableWords) -> Line | None:
    """The line at `span` cut into cells by the first separator that gives two or more."""
    if span.end - span.start > _MAX_LINE:
        return None
    for i, sep in enumerate(words.separators):
        cells, pos = [], span.start
        for m in sep.finditer(text, span.start, span.end):
            cells.append(stripped_span(text, pos, m.start()))
            pos = m.end()
        if not cells:
            continue
        cells.append(stripped_span(text, pos, span.end))
        while cells and cells[0].start == cells[0].end:  # «| a | b |»: edge pipes
            cells.pop(0)
        while cells and cells[-1].start == cells[-1].end:
            cells.pop()
        if len(cells) >= 2:
            return Line(span=span, separator=i, cells=tuple(cells))
    return None


def stripped_span(text: str, start: int, end: int) -> Span:
    """`text[start:end]` without the spaces and tabs at its ends, as a span."""
    while start < end and text[start] in " \u00a0\t":
        start += 1
    while end > start and text[end - 1] in " \u00a0\t":
        end -= 1
    return Span(start, end)


def number_in(text: str, cell: Span, signs: re.Pattern[str] = MINUS) -> Span | None:
    """The bare number the cell holds («1 120,4», «590,0», «1 310,9 (+17%)», «минус 89,4»:
    its sign with it; `signs`: how its sign may be written), else None."""
    sign = signs.match(text, cell.start, cell.end)
    m = _NUMBER.match(text, sign.end() if sign else cell.start, cell.end)
    if m is None or not (m.end() == cell.end or _NOTED.fullmatch(text, m.end(), cell.end)):
        return None
    return Span(cell.start if sign else m.start(), m.end())


def sign_of_row(text: str, label: Span) -> re.Pattern[str]:
    """How the sign of a number in the row labelled `label` is written: «минус», or in a
    trade balance's row («Сальдо | -126,7»: `balance_rows`) a hyphen, a minus or a dash too."""
    balance = table_words().balance
    if balance is not None and balance.match(text, label.start, label.end) is not None:
        return BALANCE_SIGN
    return MINUS


def is_number(text: str, cell: Span) -> bool:
    """Does the cell hold a bare number (`number_in`)?"""
    return number_in(text, cell) is not None


def label_of(text: str, line: Line) -> Span | None:
    """A row's label: its first cell with letters (or a year, when the first cell is one)."""
    first = line.cells[0]
    if _YEAR_CELL.match(text, first.start, first.end) or _LETTER.search(
            text, first.start, first.end):
        return first
    return next((c for c in line.cells[1:] if _LETTER.search(text, c.start, c.end)), None)


def _is_row(text: str, line: Line) -> bool:
    """A label and values: bare numbers, percentages, changes or gaps, a bare number among
    them. A `|` or tab table may hold other cells too (a region, a firm, a date beside the
    figures: «Завод | Брянская область | 12.03.2024 | 1 200»); «label — value» and colon lines
    only values after the label."""
    label = label_of(text, line)
    if label is None:
        return False
    values = [c for c in line.cells if c != label]
    signs = sign_of_row(text, label)
    if not any(number_in(text, c, signs) is not None for c in values):
        return False
    return line.separator in _FREE_CELLS or (label == line.cells[0] and all(
        is_number(text, c) or _PERCENT.fullmatch(text, c.start, c.end)
        or _OTHER_VALUE.fullmatch(text, c.start, c.end) for c in values))


def _is_header(text: str, line: Line, width: int) -> bool:
    """Column names: as many short cells as the rows, each with letters or a year, no bare
    number but a year."""
    return len(line.cells) == width and all(
        c.end - c.start <= _MAX_HEADER_CELL and (
            _LETTER.search(text, c.start, c.end) or _YEAR_CELL.match(text, c.start, c.end))
        for c in line.cells) and not all(is_number(text, c) and not _YEAR_CELL.fullmatch(
            text, c.start, c.end) for c in line.cells[1:])


def line_at(text: str, pos: int) -> Span:
    return Span(text.rfind("\n", 0, pos) + 1, _end_of_line(text, pos))


def _end_of_line(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


@lru_cache(maxsize=4)  # (the single-space tables' reader asks it of the same text: `spaced_columns`)
def row_lines(text: str) -> tuple[Span, ...]:
    """The short lines that end as a table row does (split in C: prose paragraphs end with
    a stop and are passed over at the cost of a character test)."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) <= _MAX_LINE and line.strip():
            last = line.rstrip()
            if last[-1:] in _ROW_END:
                out.append(Span(pos, end))
            elif last[-1:] in _LIST_STOP and last[-2:-1].isdigit():
                # «оптовая и розничная торговля – 284,1;» … «прочие – 116,0.»: a list's items
                # end with its punctuation, which is no part of the cell
                out.append(Span(pos, pos + len(last) - 1))
        pos = end + 1
    return tuple(out)


def find_blocks(text: str) -> list[Block]:
    """The table blocks of `text` (none without two short lines that end in a number)."""
    lines = row_lines(text)
    if len(lines) < 2:
        return []
    words = table_words()
    blocks: list[Block] = []
    run: list[Line] = []
    for span in lines:
        line = _cut(text, span, words)
        if line is not None and not _is_row(text, line):
            line = None
        if line is not None and run and (_follows(text, run[-1].span, span)
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


def _follows(text: str, before: Span, span: Span) -> bool:
    """Is `span` the line right after `before` (whose list punctuation is left out)?"""
    newline = text.find("\n", before.end, span.start)
    return newline == span.start - 1 and not text[before.end:newline].strip(" \u00a0;.")


def _block(text: str, run: list[Line], words: TableWords) -> list[Block]:
    """The block of a run of rows, with its header line and lead; none for a lone row."""
    width = len(run[0].cells)
    header: Line | None = None
    first = run[0].span.start
    above_span = line_at(text, first - 1) if first > 0 else None
    if above_span is not None and above_span.start > 0 and _RULE.fullmatch(
            text, above_span.start, above_span.end):
        above_span = line_at(text, above_span.start - 1)  # the header is above the rule
    if above_span is not None:
        above = _cut(text, above_span, words)
        if above is not None and above.separator == run[0].separator and _is_header(
                text, above, width):
            header = above
    if header is None and _is_header(text, run[0], width) and len(run) > 1:
        header, run = run[0], run[1:]  # «Показатель | 2022 | 2023» read as a row of years
    if len(run) + (header is not None) < 2:
        return []
    top = header.span.start if header is not None else (
        above_span.start if above_span is not None and _RULE.fullmatch(
            text, above_span.start, above_span.end) else first)
    lead = line_at(text, top - 1) if top > 0 else None
    if lead is not None and lead.start == lead.end:
        lead = None
    return [Block(rows=tuple(run), header=header, lead=lead)]




def skip_spaces(text: str, pos: int, end: int) -> int:
    """The first position from `pos` (before `end`) that is not a space."""
    while pos < end and text[pos] in " \u00a0":
        pos += 1
    return pos
