"""Support counted over many recipients is a budget's money for its year, not a one-off sum.

«По итогам отбора субсидии получат 64 хозяйства, им распределено 138,7 млн рублей» after «в
2024 году предусмотрено 150 млн» is the year's subsidy budget shared out, a series that takes
the time of the sentence before, not a grant to one farm (round 67: a region's subsidy
competition). The words are data (`recipients` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.word_lists import joined, word_patterns

__all__ = ["counts_recipients"]


class _Words(NamedTuple):
    many: re.Pattern[str]


@cache
def _words() -> _Words | None:
    return word_patterns("recipients", _Words, joined("(?i)"))


def counts_recipients(text: str, start: int, end: int) -> bool:
    """Does text[start:end] count the recipients of support («получат 64 хозяйства»)?"""
    words = _words()
    return words is not None and words.many.search(text, start, end) is not None
