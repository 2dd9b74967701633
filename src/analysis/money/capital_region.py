"""«Столица» as a region: which capital a figure's «в столицу», «товарооборот столицы» means.

The capital the article named last before the figure's sentence: Moscow after «поставки в
Москву», no Russian region after «Минск». «Белорусская столица», «Северная столица» are
other capitals' words (`capital_other` of `data/money_context_ru.json`) and never name one;
in a list of regions, «со столицей России — свыше 210 млн» nearer the amount than the list's
region is the capital's figure (`money.region` weighs the distance).

The words are data (`capital_city`, `capital_other`, `capital_names` of
`data/money_context_ru.json`); `low` is the article's folded (lower-cased) text, same offsets.
"""

from __future__ import annotations

from analysis.money.context import context_words
from analysis.money.scope import AmountScope

__all__ = ["capital_at", "capital_region"]


def capital_at(low: str, scope: AmountScope) -> int | None:
    """Where the sentence's last «столица» before the amount stands (not «белорусская
    столица»), else None."""
    words = context_words()
    if words.capital_city is None or low.find("столиц", scope.start, scope.amount.start) < 0:
        return None
    other = [m.span() for m in words.capital_other.finditer(low, scope.start, scope.end)
             ] if words.capital_other else []
    return max((m.start() for m in words.capital_city.finditer(
        low, scope.start, scope.amount.start) if not any(a <= m.start() < b for a, b in other)),
        default=None)


def capital_region(low: str, scope: AmountScope) -> str | None:
    """«в столицу», «товарооборот столицы»: the region of the capital the article named
    last before (None for Minsk, or when it names none)."""
    words = context_words()
    if words.capital_city is None or low.find("столиц", scope.start, scope.end) < 0:
        return None
    other = [m.span() for m in words.capital_other.finditer(low, scope.start, scope.end)
             ] if words.capital_other else []
    if all(any(a <= m.start() < b for a, b in other)
           for m in words.capital_city.finditer(low, scope.start, scope.end)):
        return None  # only «белорусская столица», «Северная столица»
    before = low[:scope.start]
    at, region = max(((before.rfind(stem), name) for stem, name in words.capital_names),
                     key=lambda found: found[0], default=(-1, None))
    return region if at >= 0 else None
