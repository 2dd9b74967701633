"""A limit of a credit line told after it: «Банк открыл кредитную линию на 4,8 млрд рублей … .
Часть оборудования будет закупаться за рубежом, поэтому предусмотрен валютный лимит в размере
до 12 млн долларов.» The limit is money of that credit (a sub-limit in another currency, a
tranche «в рамках кредитной линии»), not a budget's financing of its own: it is a credit, a part
of the line (`Fact.part_of`, counted once), and of no year but its own sentence's (a credit is a
one-off sum, never a yearly series). The words are data (`credit_sublimit` in
`data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.time_words import has_time_words
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["with_sublimits"]

_BREAK = lazy_compile(r"\n\s*")
_PARAGRAPHS_BACK = 2  # the credit is told in this paragraph or the one or two before
_RETYPED = frozenset({"financing", "other", "credit"})  # what a limit's own words may read as


@cache
def _sublimit() -> re.Pattern[str] | None:
    words = context_data().get("credit_sublimit")
    return compile_pattern(r"(?<!\w)(?:" + "|".join(words) + ")", re.IGNORECASE) if words else None


def with_sublimits(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, each limit of a credit line told after it a credit and a part of the line."""
    pattern = _sublimit()
    if pattern is None or not any(f.metric == "credit" for f in facts):
        return facts
    out = list(facts)
    for i, fact in enumerate(facts):
        if fact.metric not in _RETYPED or fact.part_of is not None or not pattern.search(
                text, fact.sentence.start, fact.amount.start):
            continue
        line = _credit_before(text, facts, i)
        if line is None:
            continue
        own_time = has_time_words(text[fact.sentence.start:fact.sentence.end].lower())
        out[i] = replace(fact, metric="credit", part_of=line.part_of or (
            line.amount.start, line.amount.end), **({} if own_time else {
                "year": None, "period": None, "year_source": None}))
    return out


def _credit_before(text: str, facts: list[Fact], i: int) -> Fact | None:
    """The figure just before facts[i] when it is a credit (the line, or one of its tranches),
    in its paragraph or the one or two before."""
    fact = facts[i - 1] if i else None
    if fact is None or fact.metric != "credit" or len(list(_BREAK.finditer(
            text, fact.sentence.end, facts[i].sentence.start))) > _PARAGRAPHS_BACK:
        return None
    return fact
