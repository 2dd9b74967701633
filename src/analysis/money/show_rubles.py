"""Is a bare «рублей» a price told at a show in Russia, or to Russian buyers?

A Belarusian maker's man quoted at a Moscow exhibition («На выставке «Агросалон-2022» в
Москве … «Комбайн на стенде предлагаем по цене 14,5 млн рублей», — рассказал представитель
«Гомсельмаша»») offers the machine to the show's Russian buyers, in their own money: the
speaker's side does not make such a price Belarusian (newuser37 a04, session 37). The show is
placed in Russia by a sentence before the amount that names a show (`show_nouns`) and a
Russian region or town; the amount's sentence before it must tell a price (`price_words`),
or its sentence names Russian buyers (`russian_buyers`). The words are data
(`data/show_prices_ru.json`); a sentence that says «белорусских рублей» is read before this.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.entities import russian_regions_in
from analysis.lang.sentences import stop_before_space
from analysis.money.word_lists import pattern, read_words

__all__ = ["priced_for_russia"]

_SENTENCE_END = stop_before_space(line_break=False)


class _Words(NamedTuple):  # the entries of data/show_prices_ru.json, each a pattern
    show_nouns: re.Pattern[str]
    price_words: re.Pattern[str]
    russian_buyers: re.Pattern[str]


@cache
def _words() -> _Words:
    return read_words(data_json("show_prices_ru.json"), _Words, pattern)


def priced_for_russia(text: str, pos: int, s_start: int, s_end: int) -> bool:
    """Is the amount at `pos` (its sentence text[s_start:s_end]) a price told at a show the
    article places in Russia, or told to Russian buyers?"""
    show, price, buyers = _words()
    low = text.lower()
    if buyers.search(low, s_start, s_end) is not None:
        return True
    if price.search(low, s_start, pos) is None:
        return False
    for found in show.finditer(low, 0, pos):
        lo = max(low.rfind("\n", 0, found.start()), _last_end(low, found.start())) + 1
        end = _SENTENCE_END.search(low, found.end())
        hi = min(end.end() if end is not None else len(low), pos)
        if russian_regions_in(text, lo, hi):
            return True
    return False


def _last_end(low: str, pos: int) -> int:
    """The offset of the last sentence end before `pos` (-1 when none)."""
    ends = [m.start() for m in _SENTENCE_END.finditer(low, max(0, pos - 400), pos)]
    return ends[-1] if ends else -1
