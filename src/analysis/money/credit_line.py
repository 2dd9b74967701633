"""A line named bare before its sum, in a text on credit: «российские госбанки открыли
белорусским заводам линии до 100 млрд рублей под закупку комплектующих», «речь может идти о
линиях на общую сумму до 5 млрд рублей» (after «кредитную линию» told before).

«Линия» alone is also a production line («вложил 2,5 млн долларов в новую линию»), so the
bare word is read as a credit line only when it governs the sum right after it («линии до …»,
«линиях на общую сумму …», «линию с лимитом …»; not after «в» or «на»: «вложил в новую линию
3,6 млн евро», «заработала на российских линиях …») and a bank stands in the amount's sentence or
a credit line is named earlier in the article: then the amount is a `credit` (rounds 14, 52;
session 34, metric34). The words are data (`bare_credit_line`, `credit_line_context` of
`data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.first_naming import named_before
from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, pattern, read_words

__all__ = ["is_bare_credit_line", "line_words"]

_REACH = 60  # characters before the amount the line's word and its preposition stand in


class _Words(NamedTuple):  # entries of data/money_context_ru.json, each a pattern
    bare_credit_line: re.Pattern[str]
    credit_line_context: re.Pattern[str]
    line_as_place: re.Pattern[str]


def line_words() -> _Words:
    """The line's patterns (`money.reader_gates` proves the literals of `bare_credit_line`)."""
    return _words()


@cache
def _words() -> _Words:
    return read_words(context_data(), _Words, pattern)


def is_bare_credit_line(scope: AmountScope) -> bool:
    """Is the amount the sum of a line named right before it, in a sentence naming a bank or an
    article that named a credit line before?"""
    low, amount = scope.folded, scope.amount
    lo = max(scope.start, amount.start - _REACH)
    if low.find("лини", lo, amount.start) < 0:
        return False  # (most amounts: one look in C)
    line, context, place = _words()
    # the amount's surface may open with its «до» («линии до 100 млрд рублей»)
    end = amount.start + 3 if low.startswith("до ", amount.start) else amount.start
    if line.search(low, lo, end) is None or place.search(low, lo, end) is not None:
        return False
    # (a credit line named before the sentence: the article searched once, `named_before`)
    return (low.find("банк", scope.start, scope.end) >= 0
            or named_before(context, low, scope.start))
