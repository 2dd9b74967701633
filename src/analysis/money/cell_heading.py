"""A money cell of a «|» table that writes its own currency: its column's header names what it
is (session 45, metric45).

`analysis.money.tabular` reads tables of bare numbers under a unit; a table whose cells write
their currency («| Псковская обл. | 210 млн долл. | 390 млн долл. |») has its amounts found as
running text, and each row was read as a sentence: the cells took the first cue of the row or
of the header line above, the same for every column. Under «| Регион | Экспорт в РБ | Импорт из
РБ |» the first column is an export and the second an import; under «Год | Выручка | Чистая
прибыль» both are revenue and profit, not the company's charter capital told above (r60m23).

A cell holding nothing but its amount takes the measure its column's header names with a strong
word (the head of the name, `tablelabels.label_metric`: «Экспорт», «Субсидия», «в т.ч.
кредит», the opener of a part read past), unless its row's label names a strong measure itself
(«Экспорт | 640 млн долл.»: the row's). A weak head word names it only when it stands right by
the end of the header read as running text («Начальная цена»); «Сумма», «Стоимость»,
«Поставки» say nothing and the cell keeps its reading.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from analysis.lang.lines import lines_above
from analysis.lazypattern import lazy_compile
from analysis.money.metric import NO_CUE, metric_of
from analysis.money.tableblocks import Span, tables_data
from analysis.money.tablelabels import label_metric, probe
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["column_metric"]

_LETTER = lazy_compile(r"[^\W\d_]")
_MAX_ROWS = 40  # the header is looked for at most this many rows up
# a weak head word («Начальная цена», «Средства областного бюджета») names its column when the
# header read as running text scores this or less (not «Поставки», «Программы»: 3)
_TOLD_CLOSE = 2


def column_metric(text: str, amount: Amount) -> str | None:
    """The metric the header of `amount`'s column names, when the amount stands alone in a cell
    of a «|» table; None otherwise."""
    start = text.rfind("\n", 0, amount.start) + 1
    end = text.find("\n", amount.end)
    end = len(text) if end < 0 else end
    if text.find("|", start, amount.start) < 0 and text.find("|", amount.end, end) < 0:
        return None  # (the cheap test: most amounts stand in no table row)
    cells = _cells(text, start, end)
    j = next((i for i, c in enumerate(cells) if c.start <= amount.start and amount.end <= c.end),
             None)
    if j is None or j == 0 or _LETTER.search(text[cells[j].start:amount.start]
                                             + text[amount.end:cells[j].end]):
        return None  # a row's label, or a cell with words of its own
    header = None
    for above, line_end in islice(lines_above(text, start), _MAX_ROWS):
        line = _cells(text, above, line_end)
        if len(line) != len(cells):
            break
        header = line
    if header is None:
        return None
    name = header[j]
    if (part := _part_opener().match(text, name.start, name.end)) is not None:
        name = Span(part.end(), name.end)  # «в т.ч. кредит»: the part's own measure
    column = label_metric(text, name, None)
    if column is None:
        return None
    # the header read as running text names a figure after it (its not-cues apply: «Цена
    # контракта — 186 млн» is the contract's value, as under that column); a weak head word
    # names the column when that reading stands right by it («Начальная цена»: a price)
    told = metric_of(probe(text, name))
    if not column.strong and told.score > _TOLD_CLOSE:
        return None
    row = label_metric(text, cells[0], None)
    if row is not None and row.strong:
        return None
    return told.metric if told.score != NO_CUE else column.metric


@cache
def _part_opener() -> re.Pattern[str]:
    """How a part's column header opens («в т.ч.», «из них»): `part_columns` of the table data."""
    return compile_pattern(tables_data()["part_columns"], re.IGNORECASE)


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The «|»-separated cells of text[start:end], stripped of spaces; an edge pipe opens or
    closes no cell. A line with no «|» has one cell."""
    bounds = [start - 1, *(i for i in range(start, end) if text[i] == "|"), end]
    out: list[Span] = []
    for a, b in pairwise(bounds):
        lo, hi = a + 1, b
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        out.append(Span(lo, hi))
    if out and out[0].start == out[0].end and len(out) > 1:
        out = out[1:]  # «| Регион | …»: the edge pipe
    if out and out[-1].start == out[-1].end and len(out) > 1:
        out = out[:-1]
    return out
