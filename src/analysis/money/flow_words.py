"""The words of a trade flow's sides (`data/trade_flow_ru.json`), read once a process into a
named record: trade verbs of each way, goods, suppliers and receivers, the prepositions of an
origin or a destination, places outside the pair, bodies of each side, the speaker's voice
(split from `analysis.money.flow_sides` for size; its readers import them from here)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.goods import goods_words
from analysis.money.trade_flow_data import flow_data
from analysis.patternstore import compile_pattern

__all__ = ["FlowWords", "flow_words"]


class FlowWords(NamedTuple):
    """`data/trade_flow_ru.json`, read."""

    out_words: frozenset[str]
    in_words: frozenset[str]
    goods: frozenset[str]
    suppliers: frozenset[str]
    receivers: frozenset[str]
    partners: frozenset[str]  # the other side, whichever way the goods go («белорусским партнёрам»)
    actors: frozenset[str]
    origin_before: frozenset[str]
    destination_before: frozenset[str]
    destination_accusative: frozenset[str]  # prepositions of a destination in the accusative
    partner_before: frozenset[str]
    third: re.Pattern[str]  # a place outside the pair, after a preposition
    third_bare: re.Pattern[str]  # a place outside the pair
    world: re.Pattern[str]  # the world, anywhere in a clause
    bodies: tuple[tuple[str, re.Pattern[str]], ...]
    speaker: re.Pattern[str]
    speaker_reach: int
    currency_nouns: frozenset[str]  # «белорусских рублей»: a currency, not a side
    sale_words: frozenset[str]  # selling: a side in the prepositional after one is the market
    clients: frozenset[str] = frozenset()  # people a service is sold to («граждан России»)
    total_opener: re.Pattern[str] | None = None  # «Всего …», «В целом …» opening a sentence
    intensifiers: frozenset[str] = frozenset()  # «в саму Россию»: the preposition is before it


@cache
def flow_words() -> FlowWords:
    data = flow_data()

    def union(words: list[str]) -> re.Pattern[str]:
        return compile_pattern("|".join(f"(?:{w})" for w in words), re.IGNORECASE)

    places = "|".join(data["destination_before"] + data["origin_before"])
    return FlowWords(
        out_words=frozenset(data["trade_words"]["out"]), in_words=frozenset(data["trade_words"]["in"]),
        goods=frozenset(data["goods"]) | frozenset(goods_words().nouns) | goods_words().generic,
        suppliers=frozenset(data["suppliers"]),
        receivers=frozenset(data["receivers"]), partners=frozenset(data["partners"]),
        actors=frozenset(data["actors"]),
        origin_before=frozenset(data["origin_before"]),
        destination_before=frozenset(data["destination_before"]),
        destination_accusative=frozenset(data["destination_accusative"]),
        partner_before=frozenset(data["partner_before"]),
        third=compile_pattern(rf"(?<![а-яё])(?:{places})\s+(?:[а-яё]+\s+)?(?:"
                              + "|".join(data["third"]) + r")(?![а-яё])", re.IGNORECASE),
        third_bare=compile_pattern(r"(?<![а-яё])(?:" + "|".join(data["third"]) + r")(?![а-яё])",
                                   re.IGNORECASE),
        world=union(data["world"]),
        bodies=tuple((side, union(words)) for side, words in data["bodies"].items()),
        speaker=union(data["speaker"]), speaker_reach=int(data["speaker_reach"]),
        sale_words=frozenset(data["sale_words"]), currency_nouns=frozenset(data["currency_nouns"]),
        clients=frozenset(data.get("clients", ())),
        intensifiers=frozenset(data.get("intensifiers", ())),
        total_opener=compile_pattern(r"[\s«\"—–-]*(?:" + "|".join(data["total_openers"])
                                     + r")(?![а-яё])", re.IGNORECASE)
        if "total_openers" in data else None)
