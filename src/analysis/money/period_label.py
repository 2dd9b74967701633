"""One label per span of months, for figures: «9 месяцев», «январь–сентябрь» and «за три
квартала» are one period, and a consolidated figure must not split over their wordings.

The amounts table keeps the label its sentence gives (`analysis.money.period`); the figures
stage keys and shows the canonical one. A span that starts in January is labelled as the gold
annotation and the briefings write it: the first quarter «I квартал», the first half
«I полугодие», any other length a month range («январь–май», «январь–сентябрь»); January to December is
the whole year (no period). Other
periods (a later quarter or half, one month, «с начала года», «май–июль») keep their label.
"""

from __future__ import annotations

from analysis.lang import calendar
from analysis.money.period import period_last_month

__all__ = ["canonical_period"]

_CAL = calendar()
_MONTH_NAMES = tuple(m.nominative for m in _CAL.months)
_FIRST = _CAL.roman[0]  # «I»


def _from_january(label: str) -> bool:
    """A label whose span starts in January: a range from January, «N месяцев», or the
    first quarter or half-year."""
    head = label.split()[0]
    return (label.startswith(f"{_MONTH_NAMES[0]}–") or (label.endswith("месяцев") and head.isdigit())
            or label in (f"{_FIRST} {_CAL.quarter_word}", f"{_FIRST} {_CAL.half_word}"))


def canonical_period(label: str | None) -> str | None:
    """The one label of the period `label` names (see the module docstring)."""
    if not label or not isinstance(label, str) or not _from_january(label):
        return label
    last = period_last_month(label)
    if last == 12:
        return None  # «январь–декабрь», «12 месяцев»: the whole year
    if last is None or not 1 < last:
        return label
    if last == 3:
        return f"{_FIRST} {_CAL.quarter_word}"
    if last == 6:
        return f"{_FIRST} {_CAL.half_word}"
    return f"{_MONTH_NAMES[0]}–{_MONTH_NAMES[last - 1]}"
