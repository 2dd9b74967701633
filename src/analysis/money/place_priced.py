"""A price or a wage told of a place: «Цена бутылки молока в Минске — 2,3 рубля», «Минимальная
зарплата в Беларуси — 626 рублей», «… в белорусских магазинах — за 95 руб.». The noun of a shop
price or a pay, or a verb of selling, stands in for the verb of costing
(`speaker_rubles.priced_in_belarus`): what a thing costs, or what people earn, in a Belarusian
place is paid in Belarusian rubles. A Belarusian shop named by the country's adjective is such
a place. The words are data (`data/place_priced_ru.json`, kept apart from
`money_context_ru.json` so that its loaders may change on their own).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.datafiles import data_json
from analysis.patternstore import compile_pattern

__all__ = ["at_belarusian_outlet", "names_price_or_wage"]


@cache
def _pattern(key: str) -> re.Pattern[str]:
    return compile_pattern(data_json("place_priced_ru.json")[key])


def names_price_or_wage(words: str) -> bool:
    """Do the lower-cased `words` name a shop price or a pay («цена», «зарплата», «пенсия»), or
    tell a sale («продают», «продаётся»)?"""
    return (_pattern("price_nouns").search(words) is not None
            or _pattern("sale_verbs").search(words) is not None)


def at_belarusian_outlet(clause: str) -> bool:
    """Does the lower-cased `clause` name a Belarusian shop by the country's adjective («в
    белорусских магазинах», «в белорусской рознице»)?"""
    return _pattern("belarusian_outlets").search(clause) is not None
