"""A bare «рублей» set against Russian rubles named right after it: the other rubles.

«Ежегодно стороны получат по 30 тыс. рублей и 700 тыс. российских рублей соответственно»: the
writer names the second figure's rubles Russian and leaves the first bare, so the first are
the other side's, Belarusian, in an article that speaks of Belarusian rubles (a Belarusian
site, or a Belarusian ruble named: `money.rubles` asks). The Russian figure set against a bare
one lends its country to no bare figure after it («Стипендия аспиранта … – 450 рублей в
месяц»): the writer's bare rubles are the Belarusian ones. The joins are data
(`contrast_joins` of `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["set_against_russian"]

_JOIN_REACH = 12  # characters between the bare figure and the named one («, а », « против »)


@cache
def _join() -> re.Pattern[str]:
    words = "|".join(context_data().get("contrast_joins") or ["(?!)"])
    return compile_pattern(rf"[ \u00a0]*,?[ \u00a0]*(?:{words})[ \u00a0]+", re.IGNORECASE)


def set_against_russian(text: str, a: Amount, named: list[Amount]) -> Amount | None:
    """The figure naming Russian rubles that the bare ruble figure `a` is set against («30 тыс.
    рублей и 700 тыс. российских рублей»), if one follows it at once (`named`: the amounts
    whose rubles say their country, in order); else None."""
    nxt = next((n for n in named if n.start >= a.end), None)
    if nxt is None or nxt.currency != "RUB" or nxt.start - a.end > _JOIN_REACH:
        return None
    return nxt if _join().fullmatch(text, a.end, nxt.start) is not None else None
