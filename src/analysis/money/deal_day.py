"""A month that is the day of a one-off sum, not a period its value covers.

«Контракт … подписан в феврале», «в марте получило кредит на 5,5 млн», «соглашение о
финансировании на сумму 28,5 млн долларов подписано в августе», «в мае запустил линию …
стоимостью 4,7 млн евро»: a deal signed, a loan granted, a facility launched in a month with no
year. Such a sum is one-off: the month dates the event, so it gives the sum no period (and no
year: tests/gold/README.md, session 18's convention on one-off sums; rounds 20, 21, 22, 26).
"""

from __future__ import annotations

from analysis.money.carry import has_time_words
from analysis.money.context import counts_deals, names_signing
from analysis.money.costs import is_facility_cost
from analysis.money.period import MONTH_NAMES
from analysis.money.scope import AmountScope

__all__ = ["month_is_deal_day"]


def month_is_deal_day(text: str, start: int, end: int, scope: AmountScope, metric: str,
                      period: object) -> bool:
    """Is `period`, a month the sentence text[start:end] names, the day of a one-off sum: a
    deal signed, a loan granted, a facility's cost at its launch? A volume of deals counted
    over a time («за месяц заключено сделок на …») stays a period."""
    if period not in MONTH_NAMES or has_time_words(scope.lowered):
        return False
    one_off = names_signing(text, start, end, metric) or (
        metric == "investment" and is_facility_cost(scope))
    return one_off and not counts_deals(text, start, end)
