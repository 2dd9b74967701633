"""A sum a tariff, a programme or a rule sets as its condition names no deal signed and no
credit granted: `other` (the lead's decision, session 45): «для контрактов на сумму от 10 млн
российских рублей в год», «при сумме сделки свыше 5 млн долларов», «Банк выдаёт кредиты от 5
млн рублей». A minimum or maximum sum named by its credit or contract («Максимальная сумма
беззалогового кредита … — до 50 тыс. рублей») keeps its noun's reading, as rounds 31 and 40
read it. A contract signed («заключены контракты на сумму свыше 500 млн») and a credit
granted («выдал кредит на сумму 5 млн») keep their readings, and so does a ceiling («по
кредиту на сумму до 1,05 млрд»). The words are data (`condition_threshold` of
`data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.cue_gaps import clause_end
from analysis.money.scope import AmountScope
from analysis.money.word_lists import word_patterns

__all__ = ["THRESHOLD_FROM", "names_threshold"]

# the readings a condition's sum may have been given by its deal or credit word
THRESHOLD_FROM = _FROM = frozenset({"agreements", "credit", "financing", "investment"})
# a lower bound («от», «свыше», «не менее», «превышает»), or a range of sizes («от 20 до 100»)
_BOUNDS = frozenset({"over", "at_least", "range"})
_REACH = 160  # characters before the amount a condition's words may take
# one of these stands before the amount in every condition the patterns read (their sized
# words, «на сумму», «стоимостью», «объёмом», «в размере», or a credit's noun): looked for
# before any pattern is asked
_STEMS = lazy_compile("сумм|стоимост|объ|размер|кредит|займ|заем|заём")


class _Words(NamedTuple):
    bounded: re.Pattern[str]
    any: re.Pattern[str]
    obliged_before: re.Pattern[str]
    obliged_after: re.Pattern[str]


@cache
def _words() -> _Words | None:
    return word_patterns("condition_threshold", _Words)


def names_threshold(scope: AmountScope, metric: str) -> bool:
    """Is the amount, read `metric`, a condition's threshold, not a deal or a credit?"""
    if metric not in _FROM:
        return False
    words = _words()
    if words is None:
        return False
    low, amount = scope.folded, scope.amount
    lo = max(scope.start, amount.start - _REACH)
    conditional = low.find("при ", lo, amount.start) >= 0 or low.find("если", lo, amount.start) >= 0
    if not conditional and amount.qualifier not in _BOUNDS:
        return False  # (most amounts: no condition's word, no bound; two looks in C, speed46b)
    if _STEMS.search(low, lo, amount.start) is None:
        return False  # (no sum, cost, size or credit word before them)
    if conditional and words.any.search(low, lo, amount.start):
        return True  # «при сумме сделки свыше …», «если сумма контракта превышает …»
    if amount.qualifier not in _BOUNDS:
        return False
    if words.bounded.search(low, lo, amount.start):
        return True  # «для контрактов на сумму от …», «Банк выдаёт кредиты от …»
    return (words.obliged_before.search(low, lo, amount.start) is not None
            and words.obliged_after.search(low, amount.end, clause_end(scope)) is not None)
