"""Money a trade brought: «Экспорт в Россию принёс 210 тыс. долларов», «Поставки в Смоленскую
область принесли заводу около 1,5 млн долларов», «Продажи за рубеж принесли комбинату …».

The trade noun is the subject of «принести», before the verb in the amount's clause: it names
the money, the seller's export, not revenue (round 48; told after the sum, «Ещё 97 млн
принесли поставки в Смоленскую область», `money.metric` reads it). Deliveries into a third
country («Поставки в Казахстан принесли 87 млн рублей») are no trade between the sides: the
money stays revenue, `other` (round 21). The words are data (``brought_*`` of
`data/trade_flow_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.money.trade_flow_data import flow_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.scope import AmountScope

__all__ = ["brought_by_trade", "trade_brought_in"]

_REACH = 160  # characters before the amount the subject is looked for in


class _BroughtPatterns(NamedTuple):
    brought: re.Pattern[str]  # the trade noun, its place if any, «принести»
    side_place: re.Pattern[str]  # a place of the two sides after its preposition


@cache
def _patterns() -> _BroughtPatterns:
    """The patterns, from the words of `data/trade_flow_ru.json` (``brought_*``)."""
    data = flow_data()
    prepositions = "|".join(data["brought_place_prepositions"])
    verbs = "|".join(f"{v}\\w*" for v in data["brought_verbs"])
    # the trade noun, its place if any (up to three words, then a preposition and the place),
    # up to four words, and «принёс / принесли / приносит» with up to three words after it
    # (folded text)
    brought = (
        f"(?<![а-яё])(?:{'|'.join(data['brought_trade_stems'])})\\w*"
        f"(?P<place>[ \\u00a0]+(?:[^\\s,;:.!?]+[ \\u00a0]+){{0,3}}?(?:{prepositions})[ \\u00a0]+"
        f"[а-яё][^\\s,;:.!?]*)?"
        f"(?:[ \\u00a0]+[^\\s,;:.!?]+){{0,4}}?[ \\u00a0]+(?:{verbs})"
        f"(?:[ \\u00a0]+[^\\s,;:.!?\\d]+){{0,3}}?[ \\u00a0]*\\Z")
    # a place of the two sides: a side named, a Russian region told by its adjective before a
    # region noun, or the adjective alone at the end
    side_place = (
        f"(?:{prepositions})[ \\u00a0]+(?:{'|'.join(data['brought_side_stems'])}"
        f"|[а-яё-]+(?:ую|ий|ой|ый)[ \\u00a0]+(?:{'|'.join(data['brought_region_nouns'])})"
        f"|[а-яё-]+(?:ую|ий|ой|ый)[ \\u00a0]*\\Z)")
    return _BroughtPatterns(compile_pattern(brought), compile_pattern(side_place))


def brought_by_trade(scope: AmountScope) -> bool:
    """Is the amount money that a trade noun, the subject of «принести» before it in its
    clause, brought («Экспорт в Российскую Федерацию принёс …»), the trade going to no third
    country?"""
    low = scope.folded
    m = _patterns().brought.search(low, max(scope.start, scope.amount.start - _REACH), scope.amount.start)
    return m is not None and _to_a_side(m)


def trade_brought_in(scope: AmountScope, verb_end: int) -> bool:
    """Does the sentence of `scope` tell a trade noun bringing money, «принести» ending at
    `verb_end` («В прошлом году поставки в Россию принесли комбинату $31,5 млн.»)? Then the
    topic it hands on to the next sentence («По итогам года ожидают $27 млн») is that export,
    as its own figure is (round 50)."""
    low = scope.folded
    lo = max(scope.start, verb_end - _REACH)
    m = _patterns().brought.search(low[:verb_end] + " ", lo)
    return m is not None and _to_a_side(m)


def _to_a_side(m: re.Match[str]) -> bool:
    """Does the trade noun of a «принести» match go to a place of the two sides (or none)?"""
    place = m.group("place")
    if place is None:
        return True
    words = place.split()
    return _patterns().side_place.match(" ".join(words[-2:])) is not None or _patterns().side_place.match(
        " ".join(words[-3:])) is not None
