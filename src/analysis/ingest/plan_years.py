"""Is a year a plan names a target or a near plan? «запуск производства намечен на 2026
год», «начнут выпуск в 2026 году»: a start or a finish set for a whole year is a target, often
years after the text was written, so it never dates the text (`ingest.pubdates`); a part of
the year («во второй половине 2025 года») is a near plan, and a year's planned volume
(«увеличить выпуск до … в 2022 г.») is usually told in that year. The words are data
(`data/calendar_ru.json`: `start_words`, `year_part_words`).
"""

from __future__ import annotations

import re

from analysis.lang import calendar
from analysis.lazypattern import lazy_compile

__all__ = ["sets_a_start"]

_REACH = 80  # characters before the year read for its clause
# a part of the year right before it: a near plan («во второй половине 2025 года», «в конце 2025 года»)
_YEAR_PART = lazy_compile(r"(?<![\w-])(?:" + "|".join(calendar().year_part_words) + r")\s+$", re.I)
# a start or a finish set for a year («запуск намечен на 2026 год», «начнут выпуск в 2026 году»)
_START = lazy_compile(r"(?<![\w-])(?:" + "|".join(calendar().start_words) + r")(?!\w)", re.I)
_CLAUSE_START = lazy_compile(r".*[,;:.!?\n]", re.S)


def sets_a_start(text: str, year_at: int) -> bool:
    """Does the clause before the year at `year_at` set a start or a finish for that whole
    year (not a part of it)?"""
    before = text[max(0, year_at - _REACH):year_at]
    if _YEAR_PART.search(before):
        return False
    cut = _CLAUSE_START.match(before)
    return bool(_START.search(before, cut.end() if cut else 0))
