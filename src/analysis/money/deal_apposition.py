"""An amount inside a description set off by dashes after a deal's noun is the deal's value.

«Крупнейший контракт прошлого года – перевод технической документации для российского
дилера на 46 млн российских рублей – выиграло бюро» (round 45, session 30): the stretch
between the dashes describes the contract named right before the first dash (the noun and
up to three words of its own), and the sum told in it is that contract's. The noun of the
description («перевод», «поставка», «ремонт») says what the contract is for, not what the
money is: `agreements`. The nouns are data: `deal_apposition` of
`data/money_context_ru.json`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.money.scope import AmountScope

__all__ = ["in_deal_apposition"]

_REACH = 160  # characters before the amount the deal's noun may stand
# the description closes with a dash later in the clause («… на 46 млн рублей – выиграло»)
_CLOSING_DASH = lazy_compile(r"[^—–;.!?]{0,60}?[ \u00a0][—–-][ \u00a0]")


@cache
def _opening() -> re.Pattern[str]:
    nouns = "|".join(context_data()["deal_apposition"])
    # the noun, up to three words of its own («прошлого года»), the opening dash, then the
    # description up to the amount (no dash, no clause end between: \Z is the amount's start)
    return compile_pattern(r"(?<![а-яё])(?:" + nouns + r")(?:[ \u00a0]+[^\s,;.!?:—–()]+){0,3}?"
                           r"[ \u00a0][—–-][ \u00a0][^—–;.!?]{1,140}?\Z")


def in_deal_apposition(scope: AmountScope) -> bool:
    """Is the amount inside a description set off by dashes right after a deal's noun?"""
    start, low = scope.amount.start, scope.folded
    return (_opening().search(low, max(scope.start, start - _REACH), start) is not None
            and _CLOSING_DASH.match(low, scope.amount.end, scope.end) is not None)
