"""A figure set against the figure of a named year is of the year after it.

«Чистая прибыль — 86,4 млн рублей против 71 млн рублей в 2022 году», «Выручка составила 11,3
млрд рублей — на 1,4 млрд больше, чем в 2008 году», «… 94 млрд рублей против 81 млрд за
январь–сентябрь 2022 года»: a year-on-year comparison, so a figure whose own words name no
year is of the year after the base (when that year has begun by the publication), not of the
publication year nor of none (session 29; the dev parts of rounds 13, 16, 17, 41 read so).
A price per unit set against an earlier one («$54 за тонну против $61 в 2014 году») keeps the
readings of a price. A comparison with an older base through «к уровню», «по сравнению с» (a
pre-crisis year) is left to the readings before: those need not be year on year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.than_base import THAN
from analysis.money.unit_price import is_unit_price

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.scope import AmountScope

__all__ = ["year_after_base"]

# after the amount, in its sentence: «против <figure> в/за … 2022», «больше, чем в 2008 году»
_AGAINST_YEAR = lazy_compile(
    r"(?i)[^.;!?]{0,12}?(?<![\w-])(?:против|" + THAN + ")"
    r"[ \u00a0]+[^.;!?]{0,40}?(?<![\w-])(?:в|во|за)[ \u00a0]+"
    r"(?:[а-яё]+(?:[ \u00a0]*[—–-][ \u00a0]*[а-яё]+)?[ \u00a0]+){0,3}?"
    r"((?:19|20)\d\d)(?!\d)(?![ \u00a0]*[—–-][ \u00a0]*(?:19|20)?\d\d)")


def year_after_base(scope: AmountScope, published: date | None) -> int | None:
    """The year after the base year the amount is set against right after it, when that year
    has begun by the publication (`published` None: any), else None."""
    got = _AGAINST_YEAR.match(scope.text, scope.amount.end, scope.end)
    if got is None or is_unit_price(scope):
        return None
    year = int(got.group(1)) + 1
    return year if published is None or year <= published.year else None
