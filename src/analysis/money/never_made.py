"""Money the sentence says was never made: «Заявленные в 2012 году инвестиции в 600 млн рублей
так и не были вложены», «обещанные банком 40 млн так и не поступили», «средства на ремонт не
были выделены».

Such a sum is a pledge that stayed one: an investment, a credit or a financing whose own
clause denies the verb that would make it (`never_made` in `data/money_context_ru.json`) is a
plan (`forecast`), never money made, and keeps no year of its own (the year told is the
pledge's: «заявленные в 2012 году»), so it joins the plan an earlier article told of the same
sum instead of standing beside it as a second sum (session 35, newuser35). A debt left unpaid
(«оставшиеся 74,8 млн так и не перечислило»: `other`) stays what it is, and so does an
allocation not spent by the year's end («Не освоено на конец года 444,5 млн рублей»: a
balance of that year, round 16): spending is not in the word list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.word_lists import context_data, entry, lookbehind_led_pattern, read_words
from analysis.vocab import MONEY_METRICS

if TYPE_CHECKING:
    import re

    from analysis.money.fact_record import Fact

__all__ = ["never_made", "with_never_made"]

# where the amount's clause ends or opens: a semicolon, or a comma before a conjunction that
# opens another statement («…, но так и не получила кредит»)
_CLAUSE_BREAK = lazy_compile(r"(?i);|,[ \u00a0]*(?:а|но|однако|хотя|и|зато|тогда[ \u00a0]+как)(?![а-яё])")


@dataclass(frozen=True)
class NeverMadeWords:
    """The words that deny money was ever made («так и не поступили», `never_made`)."""

    # (the look-behind said after the first letter, `lookbehind_led`: the same matches, and
    # sre scans for «н» in C instead of trying the look-behind at every position)
    never_made: re.Pattern[str] | None = entry(lookbehind_led_pattern, default=None)


@cache
def _denied() -> re.Pattern[str] | None:
    return read_words(context_data(), NeverMadeWords).never_made


def never_made(text: str, folded: str, fact: Fact, others: list[Fact]) -> bool:
    """Does the fact's own clause say its money was never made (see the module docstring)?
    `folded`: the text in lower case, same offsets (`scope.fold`); `others`: the facts of its
    sentence (a denial past another amount is that amount's)."""
    denied = _denied()
    if denied is None or fact.metric not in MONEY_METRICS:
        return False
    lo, hi = fact.sentence.start, fact.sentence.end
    start, end = fact.amount.start, fact.amount.end
    for o in others:
        if o.amount.end <= start:
            lo = max(lo, o.amount.end)
        elif o.amount.start >= end:
            hi = min(hi, o.amount.start)
    breaks = [m for m in _CLAUSE_BREAK.finditer(text, lo, hi)]
    lo = max([m.end() for m in breaks if m.end() <= start], default=lo)
    hi = min([m.start() for m in breaks if m.start() >= end], default=hi)
    return denied.search(folded, lo, hi) is not None


def with_never_made(text: str, facts: list[Fact], folded: str) -> list[Fact]:
    """The facts, each sum never made a plan with no year of its own (`folded`: the text in
    lower case, same offsets, made once per article)."""
    out = list(facts)
    for i, fact in enumerate(facts):
        if fact.metric not in MONEY_METRICS:
            continue
        same = [f for f in facts if f is not fact and f.sentence.start == fact.sentence.start]
        if never_made(text, folded, fact, same):
            out[i] = replace(fact, forecast=True, year=None, year_source=None)
    return out
