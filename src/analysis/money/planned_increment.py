"""An increment told right after a planned figure is planned too.

«В этом году из областного бюджета на субсидии направим 640 млн рублей, это на 90 млн больше,
чем в 2021 году»: the 90 million is how much more the plan gives, so it is as much a plan as
the 640 million it measures against the past year (round 58). The increment stands right after
its figure («, это на … больше», «, что на … меньше», «— на … выше»); the comparatives are data
(`increment_comparatives` of `data/money_context_ru.json`). A fact figure's increment stays a
fact («составил 331,6 млн долларов, что на 50,8 млн долларов больше»).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["with_planned_increments"]

# what joins the increment to the figure before it: «, это на », «, что на », « — на »
_JOIN = lazy_compile(r"[ \u00a0]*(?:,|[—–-])[ \u00a0]*(?:(?:это|что)[ \u00a0]+)?на[ \u00a0]+")


@cache
def _comparative() -> re.Pattern[str]:
    words = "|".join(context_data().get("increment_comparatives") or ["(?!)"])
    return compile_pattern(rf"[ \u00a0]+(?:{words})(?![а-яё])")


def with_planned_increments(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, with an increment («это на 90 млн больше») told right after a planned
    figure of its sentence read as planned too."""
    out = facts
    for i in range(1, len(facts)):
        f, prev = facts[i], facts[i - 1]
        if f.forecast or not prev.forecast or prev.sentence.start != f.sentence.start:
            continue  # (most facts: no planned figure just before)
        if (_JOIN.fullmatch(text, prev.amount.end, f.amount.start) is None
                or _comparative().match(text, f.amount.end) is None):
            continue
        out = out if out is not facts else list(facts)
        out[i] = replace(f, forecast=True)
    return out
