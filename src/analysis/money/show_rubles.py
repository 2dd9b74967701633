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
from functools import cache, lru_cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.entities import russian_regions_in
from analysis.lang.sentences import stop_before_space
from analysis.money.first_naming import reads_ahead
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
    low = _lowered(text)
    if buyers.search(low, s_start, s_end) is not None:
        return True
    if price.search(low, s_start, pos) is None:
        return False
    resume = 0  # where the search of the namings cut at `pos` goes on
    if not reads_ahead(show):
        # the namings the whole text holds, read once an article: those that end by `pos` are
        # the namings a search that stops at `pos` finds (the pattern reads nothing after a
        # match), in order; from the first that ends past it, the search is made as before
        for end, lo, sentence_end in _namings(low):
            if end > pos:
                break
            if russian_regions_in(text, lo, min(sentence_end, pos)):
                return True
            resume = end
        else:
            return False
    for found in show.finditer(low, resume, pos):
        lo, sentence_end = _bounds(low, found.start(), found.end())
        if russian_regions_in(text, lo, min(sentence_end, pos)):
            return True
    return False


@lru_cache(maxsize=16)  # (every amount of an article asks it of the same text)
def _lowered(text: str) -> str:
    return text.lower()


@lru_cache(maxsize=16)
def _namings(low: str) -> tuple[tuple[int, int, int], ...]:
    """Each show naming of the article (`low`, its lower-cased text), in order: its end, and
    the start and end of its sentence (`_bounds`)."""
    return tuple((m.end(), *_bounds(low, m.start(), m.end()))
                 for m in _words().show_nouns.finditer(low))


def _bounds(low: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence of a naming at low[start:end]: after the last line
    break or sentence end before it, up to the sentence end after it (the text's end)."""
    lo = max(low.rfind("\n", 0, start), _last_end(low, start)) + 1
    stop = _SENTENCE_END.search(low, end)
    return lo, stop.end() if stop is not None else len(low)


def _last_end(low: str, pos: int) -> int:
    """The offset of the last sentence end before `pos` (-1 when none)."""
    ends = [m.start() for m in _SENTENCE_END.finditer(low, max(0, pos - 400), pos)]
    return ends[-1] if ends else -1
