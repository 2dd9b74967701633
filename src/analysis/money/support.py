"""Support money paid out: «выплата», «выплачено» name money paid on a debt, a dividend or a
claim (`other`: «Речь идет о выплатах на общую сумму около 1,5 млрд долларов»), but in a
sentence about a subsidy, grant, discount or compensation they are that support paid out,
`financing` («компенсацию получили 117 хозяйств, выплачено 249,6 млн рублей»; rounds 12, 16).
The support words are data (`support_per_unit` of `data/money_context_ru.json`).
"""

from __future__ import annotations

from analysis.lang import lemma
from analysis.money.context import context_words
from analysis.money.scope import AmountScope

__all__ = ["is_support_payout"]

_PAYOUT = frozenset({"выплата", "выплатить", "выплачивать"})  # the lemmas of paying out


def is_support_payout(scope: AmountScope, metric: str, head: str) -> bool:
    """Is the amount, read `other` by a word of paying out (`head`), support paid out: its
    sentence names a subsidy, grant, discount or compensation?"""
    if metric != "other" or not head or lemma(head) not in _PAYOUT:
        return False
    rx = context_words().support_per_unit
    return rx is not None and rx.search(scope.folded, scope.start, scope.end) is not None
