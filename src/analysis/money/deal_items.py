"""An item of a list of signed deals: «Подписано 47 соглашений. … ¶ 7. ОАО «МТЗ» — Амурская
область: поставка 120 единиц техники, 1,45 млрд рублей.» The item is one signed document
between the two parties before its colon; what it delivers («поставка …», «сумма поставок»)
or a weak word for its price is the contract's value, `agreements` (rounds 15: forum lists;
the value of a signed contract is `agreements`, tests/gold/README.md). So is any line of a
bulleted list under a heading that says the documents were signed («Контракты, подписанные
на форуме: ¶ — поставка лифтов для Казани — 640 млн рублей»; session 44).

The words are data (`deal_list` of `data/money_context_ru.json`)."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from analysis.lang.lines import lines_above
from analysis.money.word_lists import context_data, joined, pattern, read_words

if TYPE_CHECKING:
    from analysis.money.scope import AmountScope

__all__ = ["is_signed_deal_item"]

_LEAD_REACH = 2000  # characters before the item where the list's lead may stand
_MAX_ITEMS = 30  # lines of a list looked up through for its heading


class _Patterns(NamedTuple):  # `deal_list` of data/money_context_ru.json
    item: re.Pattern[str]  # an item line up to its colon
    signed_lead: re.Pattern[str]  # a lead that says documents were signed
    listed_item: re.Pattern[str]  # the start of any line of a bulleted or numbered list


@cache
def _patterns() -> _Patterns:
    return read_words(context_data()["deal_list"], _Patterns,
                      {"item": pattern, "signed_lead": joined("(?i)"), "listed_item": pattern})


def is_signed_deal_item(scope: AmountScope) -> bool:
    """Is the amount on a line of a list of signed deals, after the parties' colon?"""
    text, amount = scope.text, scope.amount
    line_start = text.rfind("\n", 0, amount.start) + 1
    item, signed, listed = _patterns()
    head = item.match(text, line_start, amount.start)
    if head is None:
        return _under_signed_heading(text, line_start, listed, signed)
    return signed.search(text, max(0, line_start - _LEAD_REACH), line_start) is not None


def _under_signed_heading(text: str, line_start: int, listed: re.Pattern[str],
                          signed: re.Pattern[str]) -> bool:
    """Is the line at `line_start` an item of a list whose heading, the line right above its
    items ending with a colon, says documents were signed («Контракты, подписанные на форуме:
    ¶ — поставка 50 автобусов в Новосибирск — 1,9 млрд рублей;»)?"""
    if listed.match(text, line_start) is None:
        return False
    for above, end in islice(lines_above(text, line_start), _MAX_ITEMS):
        line = text[above:end].rstrip()
        if listed.match(line) is None:
            return line.endswith(":") and signed.search(line) is not None
    return False
