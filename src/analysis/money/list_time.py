"""The time of a list's item that states none: its lead line's, else the item's before it
(split from `carry.py`, session 44)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.money.carried_time import CarriedTime, stated_time
from analysis.money.lists import same_list
from analysis.money.region import SentenceSpan

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.fact_record import Fact

__all__ = ["item_time", "line_time"]


def line_time(text: str, line: tuple[int, int], published: date | None) -> CarriedTime | None:
    """The time a line states («Министр рассказал, на что пойдут деньги в 2024 году:»): what
    the items of a list under it take."""
    return stated_time(text, SentenceSpan(*line), published)


def item_time(text: str, lead: tuple[int, int], published: date | None, prev: Fact | None,
              *, series: bool) -> CarriedTime | None:
    """The time of a list's item that states none: its lead's («РЕГИОНЫ (товарооборот с РБ,
    янв.–июнь)» over «• Москва — 3,62 млрд $»), else, for a series figure or a result
    (`series`), the time the item before it in the same list was read in («• Импорт РБ из
    РФ: 11,5 млрд $» then «• Сальдо: −1,6 млрд $»). A plan before it gives none."""
    got = line_time(text, lead, published)
    if got is not None or not series or prev is None:
        return got
    if prev.year is None or prev.forecast or not same_list(text, lead, prev.sentence.start):
        return None
    return CarriedTime(year=prev.year, period=prev.period, source=None,
                       sentence=SentenceSpan(prev.sentence.start, prev.sentence.end),
                       inherited_source=prev.year_source)
