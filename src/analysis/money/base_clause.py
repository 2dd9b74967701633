"""A figure told in a clause that names the comparison year is that year's.

«Товарооборот в 2011 году составил 39,4 млрд долларов, увеличившись на 40% к 2010 году, когда
он равнялся 28,1 млрд долларов»: 2010 is the base the first figure is compared with, and the
clause opened right after it («когда …», «в котором …», «тогда …», in brackets too) tells the
base's own figure, 28,1 млрд of 2010 — not a second figure of 2011, which a table would show as
one sentence disagreeing with itself (session 36, newuser36's F26). The clause's opening
words are the calendar's data (`base_clause_words` of `data/calendar_ru.json`); the figure
stands in that clause, no stop of a clause between.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lang import calendar
from analysis.patternstore import compile_pattern

__all__ = ["told_in_base_clause"]


@cache
def _base_clause() -> re.Pattern[str] | None:
    words = calendar().base_clause_words
    if not words:
        return None
    # after the year («2010 году», «2010 г.»): a comma or a bracket, the clause's opening word,
    # then the clause's own words up to the figure, no stop of a clause or sentence between
    return compile_pattern(
        r"[ \u00a0]*(?:год\w*|г\.)?[ \u00a0]*[,(][ \u00a0]*(?:" + "|".join(words) + r")"
        r"(?![\w-])[^,;:.!?()]{0,80}", re.IGNORECASE)


def told_in_base_clause(text: str, year_end: int, amount_start: int) -> bool:
    """Does the amount starting at `amount_start` stand in a clause that opens right after the
    comparison year ending at `year_end` and tells that year's own figure («к 2010 году, когда
    он равнялся 28,1 млрд»)?"""
    rx = _base_clause()
    return rx is not None and year_end <= amount_start and rx.fullmatch(
        text, year_end, amount_start) is not None
