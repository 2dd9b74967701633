"""Sums bought or sold on a commodity exchange are the exchange's deals (the lead's decision,
session 45): «На торгах БУТБ российские компании приобрели пиломатериалов на 85 млн долларов»,
«Россияне стали крупнейшими покупателями на БУТБ: на них пришлось … 700 млн долларов» are
`agreements`, not the sellers' export, one buyer's purchase nor a trade turnover. An export or
an import named as such («российские экспортёры продали через БУТБ …»: round 16), a fee or a
price keep their readings. The words are data (`exchange_deals` of
`data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.reader_gates import EXCHANGE_DEALS, open_readers
from analysis.money.scope import AmountScope
from analysis.money.word_lists import word_patterns

__all__ = ["EXCHANGE_FROM", "exchange_words", "on_exchange"]

# the readings an exchange's deal may have been given by its verb or noun
EXCHANGE_FROM = _FROM = frozenset({"export", "import", "other", "trade_turnover"})


class _Words(NamedTuple):
    exchange: re.Pattern[str]
    deal: re.Pattern[str]
    kept: re.Pattern[str]


@cache
def _words() -> _Words | None:
    return word_patterns("exchange_deals", _Words)


def exchange_words() -> re.Pattern[str] | None:
    """The exchange's words (the gate `reader_gates` reads the literals of)."""
    words = _words()
    return words.exchange if words is not None else None


def on_exchange(scope: AmountScope, metric: str) -> bool:
    """Is the amount, read `metric`, a sum dealt on a commodity exchange its sentence names?"""
    if metric not in _FROM or EXCHANGE_DEALS not in open_readers(scope):
        return False  # (most sentences: no exchange word, `reader_gates`)
    low, lo, hi = scope.folded, scope.start, scope.end
    words = _words()
    if words is None:
        return False
    return (words.exchange.search(low, lo, hi) is not None
            and words.deal.search(low, lo, hi) is not None
            and words.kept.search(low, lo, hi) is None)
