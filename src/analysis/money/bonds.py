"""A bond issue named by «выпуск» alone.

«Объём выпуска — 2 млрд рублей» in a paragraph about bonds, «дебютный выпуск на 3 млрд
рублей разместил»: the issue is borrowing (`credit`, the bond convention of
tests/gold/README.md), not output, although «выпуск» is an output word elsewhere (rounds 11,
17). «Выпуск продукции на …» names its goods right after the word and stays output. The words
are data (`bond_issue` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, joined, read_words

__all__ = ["is_bond_issue"]


class BondWords(NamedTuple):
    """«выпуск» with no goods after it, a word for bonds, a verb of placing them."""

    bare_issue: re.Pattern[str]
    bonds: re.Pattern[str]
    placed: re.Pattern[str]


@cache
def _words() -> BondWords:
    return read_words(context_data()["bond_issue"], BondWords, joined(r"(?<!\w)(?:", ")"))


def is_bond_issue(scope: AmountScope) -> bool:
    """Is the «выпуск» before the amount a bond issue: bare, with a verb of placing in its
    sentence or bonds named earlier in its paragraph?"""
    low, amount_start = scope.folded, scope.amount.start
    words = _words()
    if words.bare_issue.search(low, scope.start, amount_start) is None:
        return False
    paragraph = low.rfind("\n", 0, scope.start) + 1
    return (words.placed.search(low, scope.start, scope.end) is not None
            or words.bonds.search(low, paragraph, amount_start) is not None)
