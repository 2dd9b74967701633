"""A year told as the start a sum is counted from: «Всего с момента создания фонда в 2016 году».

«Всего с начала работы на белорусском рынке в 2019 году экспорт превысил 230 млн рублей»: the
year names when the work began, and the sum runs from then to the time of writing, so the
figure has no year of its own (as «всего с конца 2007 года набралось $3,5 млрд» has none:
`year._SINCE_PART`). The words are data (`since_start_words` of `data/calendar_ru.json`); a
word of the event must stand between them and «в N году», so «с начала 2025 года» (the year
so far) is not read so.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lang.calendar import calendar
from analysis.patternstore import compile_pattern

__all__ = ["counted_since"]

_REACH = 100  # characters before the year the phrase may open


@cache
def _since_start() -> re.Pattern[str]:
    words = calendar().since_start_words or ("(?!)",)
    # the opening words, a word of the event (not «года»), up to five more words with no
    # clause mark, then «в» right before the year
    return compile_pattern(rf"(?<![\w-])(?:{'|'.join(words)})[ \u00a0]+(?!год)[а-яё]+"
                      r"(?:[ \u00a0]+[^\s\d.;:!?,()«»]+){0,5}?[ \u00a0]+во?[ \u00a0]+\Z")


def counted_since(text: str, s_start: int, year_start: int) -> bool:
    """Does the year mention at `year_start` close a phrase that counts from an event's start
    («с момента создания фонда в 2016 году», `since_start_words`) in its sentence (from
    `s_start`)?"""
    lo = max(s_start, year_start - _REACH)
    window = text[lo:year_start].lower()
    if "момент" not in window and "начал" not in window:
        return False  # (most year mentions: no such phrase before them)
    return _since_start().search(window) is not None
