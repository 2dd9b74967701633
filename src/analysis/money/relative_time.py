"""A month counted back from the publication: «в прошлом месяце», «в минувшем месяце».

«В минувшем месяце товарооборот области с Беларусью составил 27,3 млн долларов» in a digest
of 3 October 2022 is September 2022's; «ограничения … в прошлом месяце обошлись отрасли в 20
млн» in a press conference of April 2019 is March 2019's. A January text's last month is
December of the year before. «На прошлой неделе» is left alone (the rounds disagree on the
year of a one-off sum told so: tests/gold/README.md, session 43). The words are data
(`relative_time` in `data/money_context_ru.json`; round 67).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import NamedTuple

from analysis.money.period import MONTH_NAMES_IN_ORDER
from analysis.money.word_lists import joined, word_patterns

__all__ = ["RelativeTime", "relative_time"]


class _Words(NamedTuple):
    month_back: re.Pattern[str]


class RelativeTime(NamedTuple):
    year: int
    period: str  # the month's label


@cache
def _words() -> _Words | None:
    return word_patterns("relative_time", _Words, joined())


def relative_time(clause: str, published: date | None) -> RelativeTime | None:
    """The time a lower-cased clause counts back from the publication `published`: the
    month before its month (year and label); None when the clause names none or the
    publication is unknown."""
    words = _words()
    if published is None or words is None or ("прош" not in clause and "минувш" not in clause):
        return None  # (most clauses: two looks in C, no pattern run)
    if words.month_back.search(clause):
        month = published.month - 1 or 12
        return RelativeTime(published.year - (published.month == 1),
                            MONTH_NAMES_IN_ORDER[month - 1])
    return None
