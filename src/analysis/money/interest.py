"""Money lent at interest: «получит заем 500 млн рублей под 1% годовых», «Ещё 450 млн рублей
… под 3% годовых получит компания», «90 млн рублей под 2% годовых на пять лет». An annual
rate right by the amount says the money is a loan (`credit`), whatever the verb or the
figure before it calls it: a sum «под N% годовых» is borrowed (rounds 6–18 name no other
money so). The rate may open the clause before the amount too («Под 3% годовых заводу дали
10 млн долларов»; issue 10, session 30).
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope

__all__ = ["bears_interest"]

# «под 1% годовых», «под 3,5 % годовых», «под 2 процента годовых», «под ставку 5% годовых»
_ANNUAL_RATE = lazy_compile(
    r"(?i)(?<!\w)под[ \u00a0]+(?:ставк\w+[ \u00a0]+)?(?:\d+(?:[,.]\d+)?[ \u00a0]*(?:%|процент\w*)"
    r"|[а-яё]+[ \u00a0]+процент\w*)[ \u00a0]+годовых")
_REACH = 60  # characters between the amount and the rate (a programme's name between)


def bears_interest(scope: AmountScope) -> bool:
    """Is the amount lent at an annual rate named right after it, or right before it, in its
    clause, no other amount between?"""
    text, amount = scope.text, scope.amount
    hi = min(scope.end, amount.end + _REACH)
    m = _ANNUAL_RATE.search(text, amount.end, hi)
    if m is not None:
        return _joined(scope, amount.end, m.start())
    lo = max(scope.start, amount.start - _REACH)
    before = list(_ANNUAL_RATE.finditer(text, lo, amount.start))
    return bool(before) and _joined(scope, before[-1].end(), amount.start)


def _joined(scope: AmountScope, lo: int, hi: int) -> bool:
    """Is text[lo:hi], between the amount and the rate, inside one clause with no other
    amount?"""
    gap = scope.text[lo:hi]
    return not any(c in gap for c in ",;") and not any(
        lo <= o.start < hi for o in scope.others if o is not scope.amount)
