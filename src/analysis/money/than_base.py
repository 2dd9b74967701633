"""A time after «больше / меньше, чем» is the base a figure is compared with.

«Это на 12% меньше, чем годом ранее, однако в третьем квартале отгрузки … составили 78 млн»,
«оказался выше, чем в прошлом году, а в декабре составил …»: the time after «чем» is the base,
not the time of an amount in another clause (round 46; the calendar's comparison word looks
ahead past the time, which a search ending at the time cannot see). The base's own figure in
brackets right after it («чем годом ранее (тогда было 497 млн)», rounds 13, 38) keeps it.
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile

__all__ = ["THAN", "THAN_PHRASE", "than_base"]

# the comparison word «больше, чем», «ниже чем» (one definition: `money/year_after_base` reads
# the same word after an amount)
THAN = r"(?:больше|меньше|выше|ниже),?[ \u00a0]+чем"

# «на 12% меньше, чем годом ранее», «больше, чем в прошлом году»: the time after «чем» is the
# base compared with (the data's comparison word looks ahead past it, which a search ending
# at the time cannot see)
# (and a part of that year between: «чем за первое полугодие прошлого года», «чем в январе–
# марте 2024 года», session 45)
_PART_WORDS = r"(?:[IVа-яё]+[ \u00a0]*(?:[—–-][ \u00a0]*)?){0,3}"
_THAN_BEFORE = lazy_compile(r"(?i)(?<!\w)" + THAN + r"[ \u00a0]+(?:(?:в|во|за)[ \u00a0]+)?"
                            + _PART_WORDS + r"\Z")
_THAN_REACH = 60  # characters the comparison word may stand before the time
# The whole base phrase up to its year: «больше, чем за первое полугодие прошлого года»,
# «меньше, чем в январе–марте 2024 года» (a sentence that only compares states no time of
# its own: `money/time_words.py`; session 45)
THAN_PHRASE = lazy_compile(r"(?i)(?<!\w)" + THAN + r"[ \u00a0]+(?:(?:в|во|за)[ \u00a0]+)?"
                           + _PART_WORDS.replace("{0,3}", "{0,3}?")
                           + r"(?:(?:19|20)\d\d[ \u00a0]*(?:-?(?:м|го|му))?[ \u00a0]*)?"
                           r"(?:год(?:а|у|ом)?|г\.)(?![\w-])")
# the base's own figure in brackets right after it («чем годом ранее (тогда было 497 млн)»)
_BRACKETED_BASE = lazy_compile(r"[ \u00a0]*\([^()]*")


def than_base(text: str, s_start: int, start: int, end: int, amount_start: int) -> bool:
    """Is the time at text[start:end] the base of a «больше, чем …» comparison that the
    amount is not the bracketed figure of?"""
    return (_THAN_BEFORE.search(text, max(s_start, start - _THAN_REACH), start) is not None
            and _BRACKETED_BASE.fullmatch(text, end, amount_start) is None)
