"""A price or a wage told of a place: «Цена бутылки молока в Минске — 2,3 рубля», «Минимальная
зарплата в Беларуси — 626 рублей». The noun of a shop price or a pay stands in for the verb of
costing (`speaker_rubles.priced_in_belarus`): what a thing costs, or what people earn, in a
Belarusian place is paid in Belarusian rubles. The nouns are data (`data/place_priced_ru.json`,
kept apart from `money_context_ru.json` so that its loaders may change on their own).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.datafiles import data_json
from analysis.patternstore import compile_pattern

__all__ = ["names_price_or_wage"]


@cache
def _price_nouns() -> re.Pattern[str]:
    return compile_pattern(data_json("place_priced_ru.json")["price_nouns"])


def names_price_or_wage(clause: str) -> bool:
    """Does the lower-cased `clause` name a shop price or a pay («цена», «зарплата», «пенсия»)?"""
    return _price_nouns().search(clause) is not None
