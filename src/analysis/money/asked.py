"""What an interview's question asks about, for an answer figure with no word of its own.

«— Сколько получают ваши работники? — В среднем 820 рублей»: the figure is a wage, whatever
the interview spoke of before (investment, trade); «— Сколько получает водитель БелАЗа? —
Около 45 тысяч рублей» too (round 53). The question is the line right before the answer's
paragraph, ending in «?»; what it asks is data (`asked_metrics` in
`data/money_context_ru.json`: a pattern and the metric an answer to it has). `question_before`
finds that line, for this module and for `topic` (whose answers take the question's topic).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.money.context import context_data
from analysis.money.region import SentenceSpan
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

__all__ = ["asked_metric", "question_before"]

_BLANK = "\n \u00a0"  # what lies between a question and its answer over blank lines


@cache
def _asked() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((compile_pattern("(?i)" + rx), metric)
                 for rx, metric in context_data().get("asked_metrics", ()))


def question_before(text: str, start: int, *, over_blank_lines: bool) -> SentenceSpan | None:
    """The line before the paragraph at `start` when it asks a question (ends with «?»): an
    interview's question, which the paragraph answers («— Сколько сейчас составляет
    товарооборот с Беларусью? — По итогам прошлого года — 1,34 млрд долларов.»).

    With `over_blank_lines`, blank lines and spaces between the question and the paragraph
    are passed over, and the span is the question's line without its trailing spaces. Without
    it, the question is the line right before the paragraph, whole: the text before the
    paragraph must end with «?» once whitespace is stripped (a blank line there leaves an empty
    span, which names no topic)."""
    end = text.rfind("\n", 0, start)
    if end <= 0:
        return None
    if over_blank_lines:
        while end > 0 and text[end - 1] in _BLANK:
            end -= 1
        asks = text.endswith("?", 0, end)
    else:
        asks = text[:end].rstrip().endswith("?")
    if not asks:
        return None
    return SentenceSpan(text.rfind("\n", 0, end) + 1, end)


def asked_metric(text: str, s_start: int) -> str | None:
    """The metric the question right before the paragraph of the sentence at `s_start` asks
    for, when it is one of the questions `asked_metrics` names."""
    para = text.rfind("\n", 0, s_start) + 1
    if not text.startswith(("–", "—", "-"), para) or para < 2:
        return None  # an answer's paragraph opens on the interview's dash
    question = question_before(text, para, over_blank_lines=True)
    if question is None:
        return None
    asks = text[question.start:question.end]
    return next((metric for rx, metric in _asked() if rx.search(asks)), None)
