"""The level a change reached, told after the level it started from with no time of its own
(«по данным ФТС, вырос с 18,1 млрд до 25,1 млрд долларов» in an article on last year): the
first is the year before (`carry.grew_from`), the second the year in focus, not the first
one's year carried on to it (round 66). A level reached with a time of its own («… до 25,1
млрд в 2011 году») keeps it; so does a change inside one month (no year is taken off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.money.carry import grew_from
from analysis.money.period import MONTH_NAMES

if TYPE_CHECKING:
    from analysis.money.amounts import Amount
    from analysis.money.fact_record import Fact

__all__ = ["reached_after"]


def reached_after(text: str, prev: Fact, amount: Amount, year: int | None) -> bool:
    """Is `amount` the level reached by the change starting at `prev`, the figure before it in
    its sentence, whose year (`year`, carried from `prev`) is the year before the change?"""
    return (year is not None and year == prev.year and prev.period not in MONTH_NAMES
            and grew_from(text, prev.sentence.start, prev.amount, [amount]))
