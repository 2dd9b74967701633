"""A sentence that is nothing but a writer's estimate and its figure: «На 2025 год правительства
закладывают рост оборота до 58–60 млрд долларов. Я считаю этот прогноз оптимистичным: … .
Реалистичнее ожидать около 57 млрд долларов.» The estimate names no measure of its own, so it
is an estimate of the figure just told — its metric, year and period — whatever words the
commentary between them uses («спрос», «ставка»). The words are data (`elliptic_estimate` in
`data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.amounts import Amount
    from analysis.money.fact_record import Fact

__all__ = ["estimated_figure"]

_TAIL = lazy_compile(r"[ \u00a0]*[.!…]?[ \u00a0]*")  # nothing after the figure but its full stop
_LEAD_SPACE = lazy_compile(r"[ \u00a0—–-]*")  # an interview's dash


@cache
def _estimate() -> re.Pattern[str] | None:
    words = context_data().get("elliptic_estimate")
    if not words:
        return None
    return compile_pattern(rf"(?P<opener>{words['opener']})(?P<said>(?:{words['phrase']})?"
                           rf"(?:{words['adverb']})?(?:{words['verb']})?)", re.IGNORECASE)


def estimated_figure(text: str, s_start: int, s_end: int, amount: Amount,
                     prev: Fact | None) -> Fact | None:
    """The figure the amount's sentence estimates: `prev` (the article's figure just before),
    when the sentence is an estimate alone («Реалистичнее ожидать около 57 млрд долларов.»)
    in the same paragraph and `prev` has a measure of its own (not `other`); else None."""
    pattern = _estimate()
    if prev is None or pattern is None or prev.metric == "other" or prev.sentence.end > s_start:
        return None
    if "\n" in text[prev.sentence.end:s_start].strip():
        return None  # another paragraph: a new topic
    if _TAIL.fullmatch(text, amount.end, s_end) is None:
        return None
    lead = _LEAD_SPACE.match(text, s_start).end()
    got = pattern.fullmatch(text, lead, amount.start)
    return prev if got is not None and got.group("said").strip() else None
