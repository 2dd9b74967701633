"""«Пять лет назад», «десять лет тому назад», «3 года назад»: a year counted back from the
time of writing.

«Для сравнения: пять лет назад было около 1,4 млрд» in a text of 2025 speaks of 2020, not of
the year in focus: with no year read, the figure took the focus's 2025 and, told in the past,
became this year's turnover «с начала года» (newuser40 F1). The count is any number the money
grammar spells (`money.values.NUMERALS`, every case form) or digits; the phrase is data
(`years_ago` of `data/calendar_ru.json`). «Год назад», «два года назад» stay the calendar's
focus years (`focus_years`): counted from the figure in focus, else from the publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from analysis.lang.calendar import calendar
from analysis.money.values import NUMERALS
from analysis.patternstore import compile_pattern

__all__ = ["years_ago"]


@cache
def _years_ago() -> re.Pattern[str]:
    phrase = calendar().years_ago or "(?!)"
    words = sorted((w for w, v in NUMERALS.items() if v.is_integer() and 1 <= v <= 100),
                   key=lambda w: (-len(w), w))  # longest first, one order in every process
    count = r"(?P<n>\d{1,3}|" + "|".join(words) + ")"
    return compile_pattern(r"(?i)(?<![\w-])" + phrase.replace("{count}", count) + r"(?!\w)")


def years_ago(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, N) of each «N лет назад» in text[start:end] (N whole years back)."""
    for m in _years_ago().finditer(text, start, end):
        n = m.group("n").lower()
        yield m.start(), m.end(), int(n) if n.isdigit() else int(NUMERALS[n])
