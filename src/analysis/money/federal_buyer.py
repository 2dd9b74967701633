"""Is an amount a federal buyer's purchase, told with no region of its own?

«Тем временем ОАО «Росагролизинг» закупит 1 500 тракторов «Беларус» на 2,3 млрд рублей» in
an article about a plant in the Ulyanovsk region: the state lessor buys for the whole
country, and the purchase is no region's figure unless its sentence places it in one (names a
region, or says «области», «региона», «края»). It then takes no region from the lead or the
sentence before (newuser37 b16, session 37). A region named in the amount's own sentence is
weighed before this (money/region.py). The words are data (`data/federal_buyers_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.money.scope import AmountScope
from analysis.money.word_lists import pattern, read_words

__all__ = ["federal_purchase"]


class _Words(NamedTuple):  # the entries of data/federal_buyers_ru.json, each a pattern
    buyers: re.Pattern[str]
    purchase: re.Pattern[str]
    placed: re.Pattern[str]


@cache
def _words() -> _Words:
    return read_words(data_json("federal_buyers_ru.json"), _Words, pattern)


def federal_purchase(scope: AmountScope) -> bool:
    """Does the amount's sentence tell a federal buyer buying (`buyers`, then `purchase`
    before the amount), and place the purchase in no region (`placed`)?"""
    low, start, at = scope.folded, scope.start, scope.amount.start
    told = low[start:at]
    if "куп" not in told and "приобр" not in told:
        return False  # (most amounts: no verb of buying before them)
    buyers, purchase, placed = _words()
    buyer = buyers.search(low, start, at)
    if buyer is None or purchase.search(low, buyer.end(), at) is None:
        return False
    return placed.search(low, start, scope.end) is None
