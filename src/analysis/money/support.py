"""Support money paid out: «выплата», «выплачено» name money paid on a debt, a dividend or a
claim (`other`: «Речь идет о выплатах на общую сумму около 1,5 млрд долларов»), but in a
sentence about a subsidy, grant, discount or compensation they are that support paid out,
`financing` («компенсацию получили 117 хозяйств, выплачено 249,6 млн рублей»; rounds 12, 16).
So is money saved («сэкономили», «экономят»: `other` alone, round 44) in a sentence about
public support («субсидия компенсирует 15% …; по этой программе хозяйства сэкономили 430 млн»:
the support as the farms felt it, round 20), but not what a seller's discount saves («204 млн
аграрии сэкономили за счёт скидки, которую предоставляет завод»: a price, round 40). The
support words are data (`support_per_unit` and `saved_support` of `data/money_context_ru.json`).

Interest a budget or a ministry makes good on loans («бюджет компенсировал проценты по кредитам
на 34 млн рублей», «направит на субсидирование процентных ставок по кредитам …»), told right
before the amount, is that support: `financing`, not the loans' `credit` (rounds 11, 12, 25,
53; the words are `interest_support`; session 35, metric35), and so is money allotted to that
purpose told first, any words between («на субсидирование процентных ставок по кредитам для
совместных проектов из федерального бюджета направлено 4,5 млрд рублей»: session 36,
newuser36).

An insurer paying out («страховщики выплатили аграриям 26 млн рублей возмещения») settles a
claim, its own business: `other`, whatever support word names the money (rounds 19, 25; the
words are `insurer_payout` and `payout_verb`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lang import lemma
from analysis.money.context import context_data, context_words, pattern_pair
from analysis.money.literal_gate import GatedPattern
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["insurer_payout", "insurer_words", "is_interest_support", "is_support_payout"]

_PAYOUT = frozenset({"выплата", "выплатить", "выплачивать"})  # the lemmas of paying out
_SAVING = frozenset({"экономить", "сэкономить"})  # money a subsidy saves is the subsidy's


def is_support_payout(scope: AmountScope, metric: str, head: str) -> bool:
    """Is the amount, read `other` by a word of paying out or saving (`head`), support paid
    out: its sentence names a subsidy, grant, discount or compensation?"""
    if metric != "other" or not head:
        return False
    word = lemma(head)
    rx = (context_words().support_per_unit if word in _PAYOUT
          else _saved_support() if word in _SAVING else None)
    return rx is not None and rx.search(scope.folded, scope.start, scope.end) is not None


_INTEREST_REACH = 120  # characters before the amount read, unless the data says


@cache
def _interest_support() -> re.Pattern[str] | None:
    words = context_data().get("interest_support")
    return compile_pattern("(?:" + "|".join(words) + r")\Z") if words else None


def is_interest_support(scope: AmountScope) -> bool:
    """Is the amount interest made good on loans, told in its stretch right before it, no other
    amount between («бюджет компенсировал проценты по кредитам на 34 млн рублей», «на
    субсидирование процентных ставок по кредитам … направлено 4,5 млрд рублей»)?"""
    rx, amount = _interest_support(), scope.amount
    if rx is None:
        return False
    reach = int(context_data().get("interest_support_reach", _INTEREST_REACH))
    lo = max([scope.start, amount.start - reach] + [
        o.end for o in scope.others if o is not amount and o.end <= amount.start])
    return rx.search(scope.folded[lo:amount.start]) is not None


@cache
def _saved_support() -> re.Pattern[str] | None:
    words = context_data().get("saved_support")
    return compile_pattern("|".join(words)) if words else None


def _insurer() -> re.Pattern[str] | None:
    words = pattern_pair("insurer_payout", "payout_verb")
    return words[0] if words is not None else None


def insurer_words() -> re.Pattern[str] | None:
    """The insurer's pattern (`money.reader_gates` proves its literals)."""
    return _insurer()


# every insurer word holds «страх» (`literal_gate`): a sentence without it is not searched (the
# pattern tries every letter of every word)
_INSURER = GatedPattern(_insurer, ("страх",))


def insurer_payout(scope: AmountScope, metric: str) -> str:
    """`other` for support money an insurer pays out in the amount's sentence («страховщики
    выплатили аграриям … 26 млн рублей возмещения», «Белгосстрах выплатил аграриям за ущерб
    …»), else `metric`."""
    words = pattern_pair("insurer_payout", "payout_verb")
    if metric != "financing" or words is None:
        return metric
    low = scope.folded
    if (_INSURER.search(low, scope.start, scope.end) is not None
            and words[1].search(low, scope.start, scope.end) is not None):
        return "other"
    return metric
