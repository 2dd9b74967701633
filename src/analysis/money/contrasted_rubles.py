"""A bare «рублей» set against Russian rubles named right after it: the other rubles.

«Ежегодно стороны получат по 30 тыс. рублей и 700 тыс. российских рублей соответственно»: the
writer names the second figure's rubles Russian and leaves the first bare, so the first are
the other side's, Belarusian, in an article that speaks of Belarusian rubles (a Belarusian
site, or a Belarusian ruble named: `money.rubles` asks). The Russian figure set against a bare
one lends its country to no bare figure after it («Стипендия аспиранта … – 450 рублей в
месяц»): the writer's bare rubles are the Belarusian ones. The joins are data
(`contrast_joins` of `data/money_context_ru.json`).

Its kin, a figure joined to a ruble figure read as Belarusian right after it («соответственно 19
и 10,2 млн рублей», «вырастет с 30 тыс. до 40 тыс. рублей»), borrows those rubles
(`joined_share`, the last step of `money.rubles.belarusian_rubles`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.grammar import RUBLE_WORD
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["joined_share", "set_against_russian"]

# what joins a figure with no currency word to the ruble figure that names it: «соответственно
# 19 и 10,2 млн рублей», «с 30 тыс. до 40 тыс. рублей», «19–21 млн рублей»
_JOINED = lazy_compile(r"\.?[ \u00a0]*(?:и|или|до|по|[-–—]|,)[ \u00a0]*")
# «… российских рублей против 118 тыс. рублей»: the contrast word after a Russian figure
_AGAINST = lazy_compile(r"(?i)[ \u00a0]*,?[ \u00a0]*против[ \u00a0]+")
_JOIN_REACH = 12  # characters between the bare figure and the named one («, а », « против »)


@cache
def _join() -> re.Pattern[str]:
    words = "|".join(context_data().get("contrast_joins") or ["(?!)"])
    return compile_pattern(rf"[ \u00a0]*,?[ \u00a0]*(?:{words})[ \u00a0]+", re.IGNORECASE)


def set_against_russian(text: str, a: Amount, named: list[Amount]) -> Amount | None:
    """The figure naming Russian rubles that the bare ruble figure `a` is set against («30 тыс.
    рублей и 700 тыс. российских рублей»), if one follows it at once, or stands right before
    it with «против» («3,9 млн российских рублей против 118 тыс. рублей»: the price at home
    set against the price in Russia) (`named`: the amounts whose rubles say their country, in
    order); else None."""
    nxt = next((n for n in named if n.start >= a.end), None)
    if nxt is not None and nxt.currency == "RUB" and nxt.start - a.end <= _JOIN_REACH and (
            _join().fullmatch(text, a.end, nxt.start) is not None):
        return nxt
    # the mirror, «3,9 млн российских рублей против 118 тыс. рублей»: the Russian figure first
    prev = next((n for n in reversed(named) if n.end <= a.start), None)
    if prev is not None and prev.currency == "RUB" and a.start - prev.end <= _JOIN_REACH and (
            _AGAINST.fullmatch(text, prev.end, a.start) is not None):
        return prev
    return None


def joined_share(text: str, amounts: list[Amount]) -> list[Amount]:
    """A figure with no currency word of its own joined to the next, a ruble figure read as
    Belarusian («республиканский и местный бюджеты — соответственно 19 и 10,2 млн рублей»,
    «вырастет с 30 тыс. до 40 тыс. рублей»), is in the same rubles: it borrowed them."""
    out = list(amounts)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (a.currency == "RUB" and b.currency in ("BYN", "BYR") and b.implied_currency
                and not RUBLE_WORD.search(a.surface)
                and _JOINED.fullmatch(text, a.end, b.start) is not None):
            out[i] = replace(a, currency=b.currency, implied_currency=True)
    return out
