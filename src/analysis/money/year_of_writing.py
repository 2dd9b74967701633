"""The year of writing, for an amount whose sentence names no year (`year.year_reading`).

A partial period, a date with no year («на 1 июля»), «по итогам года», «до конца года» or a
present word («сейчас стоит») fixes the publication year, or the one before when the period
or the date lies after the publication month — unless the sentence tells it in the future
tense («во втором квартале составит $148,8» written in April: the quarter to come; rounds 9,
30). A level set from a date with no year («Тариф …
с 1 января вырос до 1,43 рубля», «с 1 июля вырастет … и составит 3 214 рублей») is of the
nearest such date: the last one before the publication, or, told in the future tense or in the
month after the publication, the next one (rounds 20, 25, 26, 61).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.lang import calendar, parse
from analysis.lazypattern import lazy_compile
from analysis.money.period import MONTH_RE, month_number, period_last_month, period_months

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.scope import AmountScope

__all__ = ["year_of_writing"]

# «на 1 июля» (a literal first, so the scan is fast; the word start is checked on the match)
# («н» and «Н» are all that IGNORECASE matches for «н»: spelt as a case-sensitive class, the
# pattern opens with a class sre scans for in C instead of trying every character)
_DATE_NO_YEAR = lazy_compile(
    r"(?-i:[нН])а[ \u00a0]+\d{1,2}[ \u00a0]+(?P<mon>" + MONTH_RE + r")(?![ \u00a0]*(?:19|20)\d\d)",
    re.IGNORECASE)
# «с 1 января вырос до …»: a level from a date with no year
_FROM_DATE_NO_YEAR = lazy_compile(
    r"(?<![а-яё])(?-i:[сС])[ \u00a0]+\d{1,2}[ \u00a0]+(?P<mon>" + MONTH_RE
    + r")(?![ \u00a0]*(?:19|20)\d\d)", re.IGNORECASE)
_WORD = lazy_compile(r"[а-яё]+")
# «сейчас стоит», «теперь обойдется»: a level at the moment of writing
_PRESENT = lazy_compile(r"(?i)(?<![\w-])(?:" + "|".join(calendar().present_words) + r")(?!\w)")
# «по итогам года», «за полгода» without a year: the current (or just finished) year.
# «до конца июня»: a deadline in the months to come, of the publication year
# («Тонна чугуна за полгода подорожала с 290 до 330 долларов»: the last six months of a price's
# change, no year named; «с начала года подорожала» names this year: rounds 26, 30)
_YEAR_IMPLICIT = lazy_compile(
    r"(?i)(?<!\w)(?:по\s+итогам\s+года|за\s+полгода(?!\s+(?:подорожа|подешеве))|с\s+начала\s+года"
    r"|до\s+конца\s+(?:(?:этого\s+|текущего\s+)?года|" + MONTH_RE + r")"
    r"|к\s+концу\s+(?:этого\s+|текущего\s+)?года|по\s+году(?!\w)"
    r"|(?:закро|законч)\w*\s+год(?!\w)|год\s+(?:закро|законч)\w*)")

# a price or a tariff, which is set for a period ahead of it
_PRICE_SET = lazy_compile(r"(?<![а-яё])(?:цен[аыуе]|тариф\w*)(?![а-яё])")
_THIS_YEAR_AHEAD = ("до", "к", "по году", "закро", "законч", "год")


def year_of_writing(scope: AmountScope, published: date, period: str | None,
                    year_word: bool, present: bool) -> int | None:
    """No year in the sentence: a period, a date or «по итогам года» fixes the year of
    publication (or the one before)."""
    text, s_start, s_end = scope.text, scope.start, scope.end
    if period is not None and period != "с начала года":
        last = period_last_month(period)
        months = period_months(period)
        # («Цена на газ … в IV квартале – 148 долларов» written in November: a price set for
        # the period under way, this year's; round 57)
        under_way = (last is not None and months is not None and last - months < published.month
                     and _PRICE_SET.search(scope.lowered) is not None)
        if last is not None and last > published.month and not under_way and not _tells_future(
                scope.lowered) and not _expected(scope):
            # («во втором квартале составит $148,8» in April: the quarter to come, this year's;
            # so is «транш … ожидается в III квартале», «намечен на сентябрь» written in May)
            return published.year - 1
        return published.year
    dated = _DATE_NO_YEAR.search(text, s_start, s_end)
    if dated and dated.start() > 0 and text[dated.start() - 1].isalnum():
        dated = None  # «цена 5 января»: not the preposition «на»
    if dated and scope.distance(dated.start(), dated.end()) is not None:
        # «на 1 июля составил»: a stock at a date of the publication year (or the last one)
        month = month_number(dated.group("mon")) or 0
        return published.year - 1 if month > published.month else published.year
    since = _FROM_DATE_NO_YEAR.search(text, s_start, s_end)
    if since and scope.distance(since.start(), since.end()) is not None:
        month = month_number(since.group("mon")) or 0
        if _tells_future(scope.lowered):  # «с 1 января вырастет»: the next 1 January
            return published.year + 1 if month < published.month else published.year
        # (the nearest such date: «с 1 декабря – 2,58 рубля» on 26 November is the coming
        # one, days ahead, not the one eleven months back; round 61)
        return published.year - 1 if month > published.month + 1 else published.year
    # (only one the amount's: «Инвестиции в проект составят до 250 млн долларов, площадку
    # выберут до конца года» is the deadline of the next clause's verb, round 54)
    implicit = next((m for m in _YEAR_IMPLICIT.finditer(text, s_start, s_end)
                     if scope.distance(m.start(), m.end()) is not None), None) if (
        year_word or "конц" in scope.lowered) else None
    if implicit:
        if implicit.group().lower().startswith(_THIS_YEAR_AHEAD):
            # «до конца года», «к концу года», «по году выйдем на», «год закроем на»: the year
            # under way, told ahead
            return published.year
        return published.year - 1 if published.month <= 2 else published.year
    for m in (_PRESENT.finditer(text, s_start, s_end) if present else ()):
        if scope.distance(m.start(), m.end()) is not None:
            return published.year  # «сейчас стоит 8 450 тыс. руб.»: at the time of writing
    return None


def _expected(scope: AmountScope) -> bool:
    """Is the amount told as a plan or an expectation («ожидается», «намечено», «планируется»)?
    A period of it that ends after the publication month is then the one to come, not last
    year's: the same cues as the amount's forecast flag (`money.forecast.is_forecast`)."""
    from analysis.money.forecast import is_forecast  # (forecast reads years: imported late)

    return is_forecast(scope)


def _tells_future(sentence: str) -> bool:
    """Is a verb of the lower-cased sentence in the future tense («вырастет», «составит»)?"""
    return any(parse(w).tag.POS == "VERB" and parse(w).tag.tense == "futr"
               for w in _WORD.findall(sentence))
