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
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.money.word_lists import pattern, read_words

__all__ = ["at_belarusian_outlet", "names_price_or_wage"]


class PlacePricedWords(NamedTuple):
    """The words of place_priced_ru.json: a shop price's or a pay's noun, a verb of selling, a
    Belarusian shop named by the country's adjective, a pay of Belarusian people."""

    price_nouns: re.Pattern[str]
    sale_verbs: re.Pattern[str]
    belarusian_outlets: re.Pattern[str]
    belarusian_earners: re.Pattern[str]


@cache
def _words() -> PlacePricedWords:
    return read_words(data_json("place_priced_ru.json"), PlacePricedWords, pattern)


def names_price_or_wage(words: str) -> bool:
    """Do the lower-cased `words` name a shop price or a pay («цена», «зарплата», «пенсия»), or
    tell a sale («продают», «продаётся»)?"""
    found = _words()
    return found.price_nouns.search(words) is not None or found.sale_verbs.search(words) is not None


def at_belarusian_outlet(clause: str) -> bool:
    """Does the lower-cased `clause` name a Belarusian shop by the country's adjective («в
    белорусских магазинах», «в белорусской рознице»), or a pay of Belarusian people
    («зарплата белорусских учителей»: found46)?"""
    found = _words()
    return (found.belarusian_outlets.search(clause) is not None
            or found.belarusian_earners.search(clause) is not None)
