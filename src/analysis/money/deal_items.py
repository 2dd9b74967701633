"""An item of a list of signed deals: «Подписано 47 соглашений. … ¶ 7. ОАО «МТЗ» — Амурская
область: поставка 120 единиц техники, 1,45 млрд рублей.» The item is one signed document
between the two parties before its colon; what it delivers («поставка …», «сумма поставок»)
or a weak word for its price is the contract's value, `agreements` (rounds 15: forum lists;
the value of a signed contract is `agreements`, tests/gold/README.md).

The words are data (`deal_list` of `data/money_context_ru.json`)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.money.word_lists import context_data, joined, pattern, read_words

if TYPE_CHECKING:
    from analysis.money.scope import AmountScope

__all__ = ["is_signed_deal_item"]

_LEAD_REACH = 2000  # characters before the item where the list's lead may stand


class _Patterns(NamedTuple):  # `deal_list` of data/money_context_ru.json
    item: re.Pattern[str]  # an item line up to its colon
    signed_lead: re.Pattern[str]  # a lead that says documents were signed


@cache
def _patterns() -> _Patterns:
    return read_words(context_data()["deal_list"], _Patterns,
                      {"item": pattern, "signed_lead": joined("(?i)")})


def is_signed_deal_item(scope: AmountScope) -> bool:
    """Is the amount on a line of a list of signed deals, after the parties' colon?"""
    text, amount = scope.text, scope.amount
    line_start = text.rfind("\n", 0, amount.start) + 1
    item, signed = _patterns()
    head = item.match(text, line_start, amount.start)
    if head is None:
        return False
    return signed.search(text, max(0, line_start - _LEAD_REACH), line_start) is not None
