"""What a table's names say of its cells' metric: the head word of a row label, a column
header or the table's title (the lead's last sentence), read with the metric words of
`analysis.money.metric`, and which of them decides a cell's metric.

A head word is the first cue of a name («Кредитный портфель … по проектам» is a credit, «Цены
контрактов» are prices), read with the words after it as the metric reader reads a figure after
a name («Выручка белорусских заводов в России»: an export). A strong word (a measure:
«Экспорт», «Инвестиции», «Субсидии») is told from a weak one («программы», «поставки»).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.amounts import Amount
from analysis.money.metric import NO_CUE, metric_of
from analysis.money.scope import AmountScope
from analysis.money.tableblocks import Span

__all__ = ["LabelMetric", "cell_metric", "label_metric", "probe", "title_metric"]

# A label's cue at most this far from its start, counted as the metric reader scores it (a
# head word right at the start scores 3 plus its penalty): a strong word, penalty 2 or less.
_STRONG_SCORE = 5
# Where a sentence of a lead ends and the next starts (a capital after a stop).
_SENTENCE_END = lazy_compile(r"[.!?…][ \u00a0]+(?=[«\"(]?[А-ЯЁA-Z])")


def probe(text: str, span: Span, at_start: bool = False) -> AmountScope:
    """A scope over text[span] with an empty amount at its end: what the sentence readers
    (year, period, metric) say of a figure standing right after a label. `at_start`: the
    amount before the label, so the metric reader finds its first cue, the head of a noun
    phrase («Кредитный портфель … по проектам» is a credit)."""
    pos = span.start if at_start else span.end
    at = Amount(start=pos, end=pos, surface="", value=0.0, currency="",
                qualifier="exact")
    return AmountScope(text=text, start=span.start, end=span.end, amount=at, others=[at])


class LabelMetric(NamedTuple):
    """The metric a label names, and whether its word is a strong one (a measure: «Экспорт»,
    «Инвестиции», «Субсидии»), not a weak one («программы», «поставки», «стоимость»)."""

    metric: str
    strong: bool


def label_metric(text: str, label: Span, lead: Span | None) -> LabelMetric | None:
    """The metric a row or column label or a table's title names: its first cue, the head of
    the noun phrase («Экспорт в Беларусь», «Компенсация процентов по кредитам»); None if it
    names none. The head word is read as the metric reader reads a figure after the name
    (its context rules: «Выручка белорусских заводов в России» is an export). A label word
    the lead says again is read in the lead, the fuller sentence
    («выручка» under «раскрыл выручку от реализации продукции в России»: an export)."""
    # (each read on its own: what follows a cell's name in the line is other cells' business)
    name = text[label.start:label.end]
    whole = Span(0, len(name))
    cue = metric_of(probe(name, whole, at_start=True))
    if cue.score == NO_CUE:
        return None
    while (at := _word_at(name, cue.head)) > 0:  # the first cue is the head: «Цены
        earlier = metric_of(probe(name, Span(0, at), at_start=True))  # контрактов» are prices
        if earlier.score == NO_CUE:
            break
        cue = earlier
    strong = cue.score <= _STRONG_SCORE
    after = metric_of(probe(name, whole))
    if after.head == cue.head:  # the head read with the words after it, as a figure that
        cue = after._replace(score=cue.score)  # follows it: «Выручка … в России», an export
    if lead is not None and cue.head and cue.head[:5] in text[lead.start:lead.end].lower():
        fuller = text[lead.start:lead.end]
        in_lead = metric_of(probe(fuller, Span(0, len(fuller))))
        if in_lead.score != NO_CUE and in_lead.head[:5] == cue.head[:5]:
            return LabelMetric(metric=in_lead.metric, strong=strong)
    return LabelMetric(metric=cue.metric, strong=strong)


def _word_at(name: str, word: str) -> int:
    """Where the word `word` (lower case) first stands in `name`; -1 if nowhere."""
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", name.lower()) if word else None
    return m.start() if m else -1


def title_metric(text: str, lead: Span) -> LabelMetric | None:
    """What the table is about: the head of the lead's last sentence (its title: «Кредитный
    портфель … (BYN млн):»), else the lead read as a sentence the table's figures follow."""
    title = label_metric(text, _last_sentence(text, lead), None)
    if title is not None:
        return title
    whole = text[lead.start:lead.end]
    cue = metric_of(probe(whole, Span(0, len(whole))))
    return LabelMetric(metric=cue.metric, strong=False) if cue.score != NO_CUE else None


def cell_metric(row: LabelMetric | None, column: LabelMetric | None,
                 title: LabelMetric | None, rows_are_measures: bool) -> str | None:
    """A cell's metric. When every row names a measure («Товарооборот», «Экспорт»,
    «Импорт»), its row's; otherwise the rows are items (regions, goods, sectors, quarters) and
    the column's strong word, the table's title, then any word of the column or the row
    («Производство удобрений — 412,0» under «Кредиты Банка развития по отраслям» is a credit)."""
    order = (row, column, title) if rows_are_measures else (
        column if column is not None and column.strong else None, title, column, row)
    best = next((n for n in order if n is not None), None)
    return best.metric if best is not None else None


def _last_sentence(text: str, span: Span) -> Span:
    """The last sentence of a lead paragraph: the table's title."""
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, span.start, span.end)),
              default=span.start)
    return Span(cut, span.end)
