"""A seller's whole sales, told with the export as a part of them, are its revenue.

«В прошлом году предприятие продало продукции на 9,7 млрд рублей, из них около 4 млрд рублей
пришлось на поставки в Смоленскую область», «ООО … реализовал продукции на BYN 9,6 млн, что на 23%
больше … Экспорт составил 2,1 млн $»: the figure is the seller's whole (`other`), and the part
told beside it («из них …», a sentence opening «Экспорт …» right after) is its export. A whole
is sold nowhere in particular: its clause names no market («продажи в России составили …, из
них …» stay the export), nor is it an «экспортная выручка». (A whole told as an aside of its
part, «… на 214 млн рублей при общей выручке завода 712 млн», is left: the elliptic figures
after it go on about the part, and reading the aside alone lost them; round 40.)
Every dev gold so told reads the whole so (rounds 8, 20, 28, 30, 32–35, 39, 44, 49, 53;
metric40). The words are data (`sales_whole` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.scope import AmountScope
from analysis.money.word_lists import word_patterns

__all__ = ["is_sales_whole"]

_REACH = 70  # characters before the amount its selling word may stand
_NEXT_REACH = 40  # characters of the next sentence its export word may open


class WholeWords(NamedTuple):
    sale: re.Pattern[str]  # a selling word right before the amount, in its clause
    market: re.Pattern[str]  # a market or an export word in the whole's clause
    part: re.Pattern[str]  # «, из них», «в том числе» right after the amount
    next_export: re.Pattern[str]  # the next sentence opening with the export


@cache
def _words() -> WholeWords | None:
    return word_patterns("sales_whole", WholeWords)


def is_sales_whole(scope: AmountScope) -> bool:
    """Is the amount a seller's whole sales, told with its export as a part beside it?"""
    words = _words()
    if words is None:
        return False
    low, amount = scope.folded, scope.amount
    lo = max(scope.start, amount.start - _REACH)
    before = low[lo:amount.start]
    clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:]
    if words.sale.search(clause) is None or words.market.search(low, scope.start, amount.start):
        return False
    if words.part.match(low, amount.end, scope.end) is not None and any(
            o.start > amount.end for o in scope.others):
        return True  # «…на 9,7 млрд рублей, из них около 4 млрд …»
    return words.next_export.match(low, scope.end, min(len(low), scope.end + _NEXT_REACH)) is not None
