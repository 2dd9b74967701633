"""Which region of an enumeration belongs to which amount.

Russian news lists places with their sums elliptically: «Продажи через дилеров в Москве
превысили $96 млн, в Смоленской области — $31,4 млн, в Санкт-Петербурге — $27,8 млн»;
«поставки в Москву — на $610 млн, в Санкт-Петербург — на $284 млн и в Смоленскую область —
на $97 млн». Each item is a place, a dash and its sum, so a region named after an amount and
followed by its own dash and the next amount opens the next item: it is that amount's, not
the one before it, however near it stands. The words allowed between such a region and its
amount are data (`list_item_region` in money_context_ru.json).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.money.alternation import lookbehind_led
from analysis.money.context import context_data
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["opens_next_item", "respective_region", "respectively_word"]


@cache
def _item_tail() -> re.Pattern[str] | None:
    """The rest of a region's name, the item's dash and a preposition, up to its amount."""
    pattern = context_data().get("list_item_region")
    return compile_pattern(pattern, re.IGNORECASE) if pattern else None


def opens_next_item(scope: AmountScope, mention_start: int) -> bool:
    """Is the region named at `mention_start`, after the amount of `scope`, the head of the
    next item of an enumeration («…, в Смоленской области — $31,4 млн»)?"""
    tail = _item_tail()
    if tail is None or mention_start < scope.amount.end:
        return False
    following = [o.start for o in scope.others if o.start >= mention_start]
    if not following:
        return False
    return tail.fullmatch(scope.text, mention_start, min(following)) is not None


@cache
def respectively_word() -> re.Pattern[str] | None:
    """«соответственно» (`respectively`, money_context_ru.json), in any case: the word that pairs
    the things named before with the figures before it, in order."""
    pattern = context_data().get("respectively")
    # (its look-behind said after its first letter: `lookbehind_led`, same matches)
    return compile_pattern(lookbehind_led(pattern), re.IGNORECASE) if pattern else None


def respective_region(scope: AmountScope, regions: list[tuple[int, str]]) -> str | None:
    """«Московская область и Республика Татарстан, куда поставлено техники на 148 млн и 96 млн
    долларов соответственно»: the region paired with the amount of `scope` by «соответственно»
    — the amounts before the word and the regions (`regions`: offset, name) before those
    amounts, as many of each, in order; None when the sentence pairs nothing."""
    word = respectively_word()
    amount = scope.amount
    if word is None:
        return None
    said = word.search(scope.folded, amount.end, scope.end)
    if said is None:
        return None
    first = min(o.start for o in scope.others)
    listed = sorted(o.start for o in scope.others if o.start < said.start())
    names: list[str] = []
    for at, name in sorted(regions):
        if at < first and name not in names:
            names.append(name)
    if len(listed) < 2 or len(names) != len(listed):
        return None
    return names[listed.index(amount.start)]
