"""«В следующем году» counted from the year a story tells of, not from the writing.

«Десять лет назад Белагропромбанк … пообещал уже в следующем году прокредитовать … до 50 млн
долларов» in a column of 2018 is 2009's promise, the year after 2008; «В 2008 году завод
подписал договор и в следующем году получил кредит на 12 млн» is 2009's (round 67: a «ten
years ago» column). A year ahead counts from the past year its sentence has set before it — a
year written in digits, or «N лет назад» — when that year lies two or more years before the
writing (a year just ended is ambiguous: «В 2023 году … , в следующем году планируем …» read
in 2024 is the writer's next year, and is left to the publication).
"""

from __future__ import annotations

from analysis.money.year_mentions import year_mentions
from analysis.money.years_ago import years_ago

__all__ = ["narrative_base"]

_MIN_BACK = 2  # years before the writing a story's year must lie to count from it


def narrative_base(text: str, s_start: int, at: int, published_year: int | None) -> int | None:
    """The past year the sentence sets before `at` (the nearest), when it lies at least
    `_MIN_BACK` years before `published_year`; None otherwise."""
    if published_year is None:
        return None
    told = [(m.start, m.year) for m in year_mentions(text, s_start, at)
            if not m.is_span and (m.preposition or m.has_word)]
    if "назад" in text[s_start:at]:
        told += [(a, published_year - back) for a, _, back in years_ago(text, s_start, at)]
    if not told:
        return None
    year = max(told)[1]
    return year if year <= published_year - _MIN_BACK else None
