"""Fines an authority's report counts over its period («Сотрудники возбудили 212 дел …, сумма
наложенных штрафов – 6,4 млн руб.»): a series, as the customs payments it collected are, that
takes the report's time (`money.borrowed_time`); one case's fine keeps none. The words are
`period_totals_ru.json`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.datafiles import data_json
from analysis.lang import fold_yo
from analysis.money.word_lists import joined, read_words

if TYPE_CHECKING:
    from analysis.money.scope import AmountScope

__all__ = ["counts_imposed_fines"]


class PeriodTotalsWords(NamedTuple):
    """The words of period_totals_ru.json: fines imposed («сумма наложенных штрафов»)."""

    imposed_fines: re.Pattern[str]


@cache
def _words() -> PeriodTotalsWords:
    return read_words(data_json("period_totals_ru.json"), PeriodTotalsWords, joined("(?:", ")"))


def counts_imposed_fines(scope: AmountScope) -> bool:
    """Does the amount's clause (from the comma or figure before it up to it) count the fines
    imposed («сумма наложенных штрафов –», «наложено штрафов на»)?"""
    amount = scope.amount
    lo = max([scope.start, scope.text.rfind(",", scope.start, amount.start) + 1]
             + [o.end for o in scope.others if o.end <= amount.start])
    clause = fold_yo(scope.folded[lo:amount.start])
    return "штраф" in clause and _words().imposed_fines.search(clause) is not None
