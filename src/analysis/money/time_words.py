"""Does a stretch of text state a time of its own (`has_time_words`)?

A year, a year word («в прошлом году»), a month, a quarter or a half, or a span of years: then a
figure there inherits no time from the sentences before it (`money.carry`). Words that only hold
«год» or «квартал» («Вологодская», «выгода», «жилого квартала»), a comparison base («на 9% выше
прошлогоднего», «к 2022 году», «чем годом ранее») and a rate («по среднегодовому курсу») are no
time of the text's own (split from `carry.py`, session 44).
"""

from __future__ import annotations

from analysis.lang.calendar import calendar
from analysis.lazypattern import lazy_compile
from analysis.money.than_base import THAN_PHRASE
from analysis.money.year import AS_IN, COMPARED_PHRASE, COMPARISON_STEMS, PERCENT_BASE
from analysis.money.year_mentions import YEAR_DIGITS

__all__ = ["has_time_words"]

# words that hold «год» at their start and name no time («Вологодская», «выгода»; not inside
# «полугодие», where «угод» is no word)
_NOT_TIME_WORDS = lazy_compile(r"(?<![а-яё])(?:" + "|".join(
    w for w in calendar().not_time_words if "квартал" not in w) + ")")
# the calendar's not-time words that name a place with «квартал» («жилого квартала»): tried only
# where «квартал» is, so the scan of every text with «год» stays as short as it was
_NOT_QUARTER_WORDS = lazy_compile(r"(?<![а-яё])(?:" + "|".join(
    w for w in calendar().not_time_words if "квартал" in w) + ")")
# Any time expression of a sentence's own: then nothing is inherited.
_TIME_STEMS = ("год", "месяц", "квартал", "полугод", "полгода")
# (the stems `has_time_words` tests in turn: one holding an earlier stem, «полугод», «полгода»
# hold «год», stands only where that one does, and `any` stops at that one first: its own
# test never decides)
_TIME_TESTS = tuple(s for i, s in enumerate(_TIME_STEMS) if not any(t in s for t in _TIME_STEMS[:i]))
# (the comparison stems gate the comparison phrase's search; a base opening with a group,
# «(?:больше|меньше…),?\s+чем», leaves an empty stem, which every text holds: such a list
# gates nothing, and its tests are not made)
_COMPARISON_GATE = None if "" in COMPARISON_STEMS else COMPARISON_STEMS
# «на 9% выше прошлогоднего», «против прошлогодних 4,1 млрд», «к прошлогоднему уровню»
_LAST_YEARS_LEVEL = lazy_compile(
    r"(?<![\w-])(?:выше|ниже|больше|меньше|против|к|чем|относительно)[ \u00a0]+"
    r"(?:уровн\w*[ \u00a0]+)?прошлогодн\w*")
# «за последние пять лет», «в течение десяти лет», «за 5 лет»: a span of years
_YEARS_SPAN = lazy_compile(r"(?<![\w-])(?:за|в[ \u00a0]+течение)[ \u00a0]+(?:последние[ \u00a0]+)?"
                         r"(?:[\w-]+[ \u00a0]+)?лет(?![\w-])")


def has_time_words(low: str) -> bool:
    """Does this lower-cased text have any time expression of its own? A comparison base
    («или 104% к уровню января–сентября 2025 года») and a rate («по среднегодовому курсу»)
    are not the text's own time."""
    if "среднегодов" in low:
        low = low.replace("среднегодов", "")
    if "год" in low:  # «Вологодская область», «выгода»: «год» inside a word names no time
        low = _NOT_TIME_WORDS.sub(" ", low)
    if "квартал" in low:  # nor does a city block («жилого квартала»)
        low = _NOT_QUARTER_WORDS.sub(" ", low)
    if "прошлогодн" in low:  # «что на 9% выше прошлогоднего»: a comparison base
        low = _LAST_YEARS_LEVEL.sub(" ", low)
    if " к " in low:  # «прибавив 9,8% к 2022 году»: a change against a base year
        low = PERCENT_BASE.sub(" ", low)
    if "как " in low:  # «Сальдо, как и в последние три года, отрицательное»: compared with
        low = AS_IN.sub(" ", low)
    if "чем" in low:  # «на 9% больше, чем за первое полугодие прошлого года»: a base
        low = THAN_PHRASE.sub(" ", low)
    if "лет" in low and _YEARS_SPAN.search(low):
        return True  # «за последние пять лет»: a span of years of its own, not one year
    if not (any(w in low for w in _TIME_TESTS) or YEAR_DIGITS.search(low)):
        return False
    gate = _COMPARISON_GATE
    if (gate is not None and not any(s in low for s in gate)) or COMPARED_PHRASE.search(low) is None:
        return True
    low = COMPARED_PHRASE.sub(" ", low)
    return any(w in low for w in _TIME_TESTS) or bool(YEAR_DIGITS.search(low))
