"""Items of a seller's sales split by market are its exports to each market: «Структура
продаж по рынкам выглядит так: Россия – $176 млн, Украина – $41 млн», «По странам продажи
распределились так: Россия – 74%, Казахстан – $6,1 млн». The lead (a sales or export noun and
«по рынкам», «по странам», «география», ending in a colon) says the list is a breakdown by
destination; each item names its market, a country in the nominative, before its dash. An
item with no country before its dash is left to the other readings.

The words are data: `market_breakdown_lead` and `market_countries` of
`data/money_context_ru.json`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.money.word_lists import context_data, joined, read_words
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.money.scope import AmountScope

__all__ = ["breakdown_item", "breakdown_lead", "is_market_item"]

# the readings a market's item overrides: a seller's sales or revenue, a turnover, output
_FROM = frozenset({"other", "trade_turnover", "production"})


class LeadWords(NamedTuple):
    """What leads a breakdown by market («основными рынками сбыта стали»)."""

    market_breakdown_lead: re.Pattern[str]


@cache
def _lead() -> re.Pattern[str]:
    return read_words(context_data(), LeadWords, joined("(?<![а-яё])(?:", ")")).market_breakdown_lead


@cache
def _item() -> re.Pattern[str]:
    # an item opening after the lead's colon or the item before: the country (perhaps «и»
    # another), its dash, perhaps «в сумме» or «на», then the amount (\Z: its start)
    country = "(?:" + "|".join(context_data()["market_countries"]) + ")"
    return compile_pattern(r"[:,;][ \u00a0]*" + country + r"(?:[ \u00a0]+и[ \u00a0]+" + country
                           + r")?[ \u00a0]*[—–-][ \u00a0]*(?:(?:в[ \u00a0]+сумме|на)[ \u00a0]+)?\Z")


def breakdown_lead() -> re.Pattern[str]:
    """The lead's pattern (`money.reader_gates` proves its literals)."""
    return _lead()


def breakdown_item() -> re.Pattern[str]:
    """The item's pattern (`money.reader_gates` proves its literals)."""
    return _item()


def is_market_item(scope: AmountScope, metric: str) -> bool:
    """Is the amount, read `metric`, an item of a breakdown of sales by market whose label is
    a country?"""
    if metric not in _FROM:
        return False
    low, start = scope.folded, scope.amount.start
    lead = _lead().search(low, scope.start, start)
    return lead is not None and _item().search(low, lead.end() - 1, start) is not None
