"""A plan takes no year that is already over (session 45, year45).

A figure told as a plan, a target or an expectation («Правительству поручено нарастить
поставки продовольствия до 8 млрд», «Рассчитываем на 55 млрд») with no time of its own takes
the time of the sentences before it (`money.carry`). When that time is a year before the
publication («По итогам 2024 года этот показатель составил 25,4 млрд» in January 2025), the
plan is not of it: nobody plans what is over. The plan is then of the year of writing, as a
plan word with no year is (`money.year_of_writing`). A plan told in the past («планировалось»)
is no forecast and keeps what it took. Only a trade flow is read so: money paid out of a past
year's results («Всего на дивиденды будет направлено 1,12 млрд» after «по итогам прошлого
года», round 18) or a past figure restated («это будет 760 рублей» after a salary of last
December, round 42) is that year's, whatever the tense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.vocab import TRADE_METRICS

if TYPE_CHECKING:
    from datetime import date

__all__ = ["carried_past_plan"]


def carried_past_plan(planned: bool, metric: str, carried_year: int | None,
                      published: date | None) -> bool:
    """Is a trade flow's plan (`planned`: a plan word governs the figure) given, from an
    earlier sentence, a year before its publication's?"""
    return (planned and metric in TRADE_METRICS and carried_year is not None
            and published is not None and carried_year < published.year)
