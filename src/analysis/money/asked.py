"""What an interview's question asks about, for an answer figure with no word of its own.

«— Сколько получают ваши работники? — В среднем 820 рублей»: the figure is a wage, whatever
the interview spoke of before (investment, trade); «— Сколько получает водитель БелАЗа? —
Около 45 тысяч рублей» too (round 53). The question is the line right before the answer's
paragraph, ending in «?»; what it asks is data (`asked_metrics` in
`data/money_context_ru.json`: a pattern and the metric an answer to it has).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

__all__ = ["asked_metric"]


@cache
def _asked() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((compile_pattern("(?i)" + rx), metric)
                 for rx, metric in context_data().get("asked_metrics", ()))


def asked_metric(text: str, s_start: int) -> str | None:
    """The metric the question right before the paragraph of the sentence at `s_start` asks
    for, when it is one of the questions `asked_metrics` names."""
    para = text.rfind("\n", 0, s_start) + 1
    if not text.startswith(("–", "—", "-"), para) or para < 2:
        return None  # an answer's paragraph opens on the interview's dash
    line_end = para - 1
    while line_end > 0 and text[line_end - 1] in "\n \u00a0":
        line_end -= 1
    question = text[text.rfind("\n", 0, line_end) + 1:line_end]
    if not question.endswith("?"):
        return None
    return next((metric for rx, metric in _asked() if rx.search(question)), None)
