"""A bare «рублей» figure the writer converts into named Belarusian rubles right after it, in
a bracket of its line («торговый дом – 214,6 млн рублей, в том числе неустойка 18,2 млн (в
пересчёте завод оценивает долг в 21,5 млрд белорусских рублей)»), is in the other rubles,
Russian: a writer converts a sum out of its own money, never into it. Asked only where the
conversion's words stand in the bracket and the named figure is some Russian rubles' worth of
the bare one at the rate of its time (`ruble_rate`), so a bracket that only names another sum
(«(из них 40 млн белорусских рублей — …)») changes nothing (session 45, walk69money: a
Russian lawyer's blog on a dealer's debts to a Minsk plant read every creditor's claim after
it in Belarusian rubles).

The conversion's words are data (`conversion_into_named` of `data/money_context_ru.json`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.money.context import context_data
from analysis.money.ruble_rate import BYR_PER_RUB, RUB_PER_BYN
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.money.amounts import Amount

__all__ = ["converted_into_belarusian"]

_REACH = 160  # characters from the bare figure's end to the named one's start


@cache
def _conversion() -> re.Pattern[str]:
    """A bracket opened and the conversion's words in it, with nothing closing it between."""
    words = "|".join(context_data()["conversion_into_named"])
    return compile_pattern(rf"(?i)\([^()\n]*?(?:{words})[^()\n]*$")


def converted_into_belarusian(text: str, a: Amount, after: list[Amount]) -> bool:
    """Is the bare ruble figure `a` converted into named Belarusian rubles by a bracket of its
    line after it (`after`: the figures after `a`, in order)? The first Belarusian figure
    named in reach, with no other named currency before it, is asked; its value must be the
    bare one's worth in Belarusian rubles (old ones: 20–500 to a ruble; new ones: 1/50–1/15)."""
    for n in after:
        if n.start - a.end > _REACH or "\n" in text[a.end:n.start]:
            return False
        if n.implied_currency:
            continue  # («…, в том числе неустойка 18,2 млн (…»: a part of the same sum)
        if n.currency not in ("BYN", "BYR"):
            return False
        # (the scanner names every Belarusian ruble BYN: the old ones are told by the date
        # later, so either rate is asked; the two never overlap)
        ratio = n.value / max(a.value, 1e-9)
        at_rate = (BYR_PER_RUB[0] <= ratio <= BYR_PER_RUB[1]
                   or 1 / RUB_PER_BYN[1] <= ratio <= 1 / RUB_PER_BYN[0])
        return at_rate and _conversion().search(text, a.end, n.start) is not None
    return False
