"""An agreement named by what it does: the money of «кредитный договор», «соглашение о кредите»
is a credit (rounds 6, 12), of «договор поручительства», «договор гарантии» a guarantee, which
is support, `financing` (session 24's reading of guarantees; session 45, metric45). The kinds
are data (`deal_kinds` of `data/money_context_ru.json`), read in the clause before the amount.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

__all__ = ["deal_kind"]


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((metric, compile_pattern("|".join(words), re.IGNORECASE))
                 for metric, words in context_data()["deal_kinds"].items())


def deal_kind(clause: str) -> str | None:
    """The metric of the agreement a clause names by its kind («кредитное соглашение»:
    credit; «договор поручительства»: financing), or None."""
    return next((metric for metric, rx in _kinds() if rx.search(clause)), None)
