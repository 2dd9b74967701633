"""Bare figures under a page's unit notice: «суммы в тыс. руб., если не указано иное».

A directory, a register or a report says once, in a line of its own, the unit its bare
figures are given in, and then lists «label: number» items, several to a line:

    Данные о выручке – по отчётности за 2020 год; суммы в тыс. руб., если не указано иное.
    АО «Вяземский машзавод»
    Производство льноуборочной техники. Выручка: 1 204 557. Экспорт в РБ: 96 400.

A reader takes each such number in the notice's unit. Each item becomes a one-row table
(`tableblocks.Block`) whose lead is the notice, so that `analysis.money.tabular` reads it as
any table: its unit and time from the notice, its metric from the item's label. The rule is
kept narrow:

- the notice's unit (`TableWords.unit`) is told as a notice (`unit_notices` of
  data/money_tables_ru.json: «суммы в …», «… , если не указано иное»);
- an item is a label opening a line or a sentence, a colon, and a bare number that closes its
  sentence (not «4,6 из 5», «61%», «5,7 млн долл.»: a cell with its own unit is read as it is);
- its label names a money measure (`tablelabels.label_metric`: «Выручка», «Экспорт в РБ»,
  not «Численность персонала» or «Отзывы клиентов»).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.lang import fold_case
from analysis.lazypattern import lazy_compile
from analysis.money.folded import casefolds_as_lower
from analysis.money.literal_gate import literal_gate, required_literals
from analysis.money.tableblocks import Block, Line, Span, TableWords, table_words, tables_data
from analysis.money.tablelabels import label_metric
from analysis.patternstore import compile_pattern

__all__ = ["find_notice_blocks"]

# «Выручка: 846 210.», «Экспорт в РБ (2020): 96 400»: a label at a line's or sentence's start
_ITEM = lazy_compile(
    r"(?m)(?:^|(?<=[.;!?])[ \u00a0]+)(?P<label>[А-ЯЁA-Z][^:\n.;!?]{1,60}?)[ \u00a0]*:[ \u00a0]+"
    r"(?P<value>\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,3})?)(?=[ \u00a0]*(?:[.;](?!\d)|$))")
_COLON = 3  # the colon: its index in `cell_separators` of data/money_tables_ru.json
_LINE_BEFORE = 80  # characters of a notice's line looked at before its unit


class _NoticeWords(NamedTuple):
    """A notice's words of data/money_tables_ru.json, as the reader searches them."""

    before: re.Pattern[str]  # the words before its unit, up to the unit (`$`)
    after: re.Pattern[str]  # the words right after its unit
    # the words before freed of their `$`: a notice's words end right before its unit, so
    # they stand, followed by a blank, wherever a notice does
    anywhere: re.Pattern[str]
    # plain words one of which (case folded) every match of `anywhere` or `after` holds
    # (`literal_gate`'s proof on the case-sensitive patterns); None: no proof, no gate
    folded_gate: tuple[str, ...] | None


@cache
def _notices() -> _NoticeWords:
    """The notice's words of data/money_tables_ru.json. Their absence spares the text's
    scan for units, which costs far more than looking for them: first the gate's plain
    words in the case-folded text, then the patterns."""
    before, after = tables_data()["unit_notices"]
    anywhere = before.removesuffix("$")
    gates = []
    for source in (anywhere, after):
        exact = compile_pattern(source)
        gates.append(literal_gate(exact, required_literals(exact) or ()))
    folded_gate = (None if None in gates else
                   tuple(sorted({w.casefold() for gate in gates for w in gate or ()})))
    return _NoticeWords(compile_pattern(before, re.IGNORECASE),
                        compile_pattern(after, re.IGNORECASE),
                        compile_pattern(anywhere, re.IGNORECASE), folded_gate)


def find_notice_blocks(text: str, words: TableWords | None = None) -> list[Block]:
    """The «label: number» items after a unit notice of `text`, each a one-row table led by
    the notice's line."""
    if ":" not in text:
        return []
    words = words or table_words()
    notice = _notice(text, words)
    if notice is None:
        return []
    blocks = []
    for m in _ITEM.finditer(text, notice.end):
        label, value = Span(*m.span("label")), Span(*m.span("value"))
        if label_metric(text, label, notice) is None:
            continue  # «Численность персонала: 230»: no money measure
        row = Line(span=Span(label.start, value.end), separator=_COLON, cells=(label, value))
        blocks.append(Block(rows=(row,), header=None, lead=notice))
    return blocks


def _notice(text: str, words: TableWords) -> Span | None:
    """The line of the first unit notice of `text`, None when it has none."""
    before, after, anywhere, folded_gate = _notices()
    if folded_gate is not None:
        # (the article's lower case is cached, made by the amount scan: a casefold of the
        # whole text cost as much again, and finds the words where it does)
        folded = fold_case(text) if casefolds_as_lower(text, folded_gate) else text.casefold()
        if not any(word in folded for word in folded_gate):
            return None  # none of a notice's words: no unit can be a notice's
    if anywhere.search(text) is None and after.search(text) is None:
        return None
    for unit in words.unit.finditer(text):
        if unit.group("scale") is None:
            continue  # a notice gives a scale («в тыс. руб.»), a bare «руб.» is a price's
        line_start = text.rfind("\n", 0, unit.start()) + 1
        if before.search(text, max(line_start, unit.start() - _LINE_BEFORE), unit.start()) or (
                after.match(text, unit.end())):
            line_end = text.find("\n", unit.end())
            return Span(line_start, len(text) if line_end < 0 else line_end)
    return None
