"""Parenthetical phrases a reader skips when finding which clause a word belongs to.

«52,8 млрд долларов — таков, по предварительной оценке, товарооборот России и Беларуси в
прошлом году»: the commas of «по предварительной оценке» set an insert off, they close no
clause, so the time after it is still the amount's (round 68's «цифра дня»). The words are
data (`inserts` in `data/money_readings_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.money.word_lists import joined, word_patterns

__all__ = ["without_inserts"]


class _Inserts(NamedTuple):
    insert: re.Pattern[str]


@cache
def _inserts() -> _Inserts | None:
    return word_patterns("inserts", _Inserts, joined("(?i)"), data=data_json("money_readings_ru.json"))


def without_inserts(gap: str) -> str:
    """`gap` with each parenthetical insert («, по данным таможни,») put as a space; the same
    string when it holds no comma (most gaps)."""
    if "," not in gap or (words := _inserts()) is None:
        return gap
    return words.insert.sub(" ", gap)
