"""The year of an agency dateline that states none («УЛЬЯНОВСК, 13 ноября. …»), when the text
gives no year but the span of a programme it tells of («дорожную карту на 2027–2028 годы»).

A span dates no text by itself (a programme is told of before it and while it runs). But one
that is not over by today says the story is of the programme's time, not an archive's: the
dateline's day is then the latest such day not after today — the year a release of the same
visit that names a near plan («на первое полугодие 2027 года») is dated in, and what a stated
date later than today leaves (`latest_dateline_day`). Inferred, and the evidence says so.
"""

from __future__ import annotations

from datetime import date

from analysis.lang.newslayout import dateline_end

__all__ = ["dateline_day_in_running_plan", "latest_day_not_after"]


def dateline_day_in_running_plan(text: str, day_at: int, day: int, month: int, span_ends: list[int],
                                 today: date) -> date | None:
    """The day of a dateline at `day_at` («13 ноября» at the start of its paragraph) in the
    latest year it is not after `today`, when a programme's span the text names ends this year
    or later (`span_ends`: the last years of its spans); None otherwise."""
    if not span_ends or max(span_ends) < today.year or day_at < 0:
        return None
    line_start = text.rfind("\n", 0, day_at) + 1
    if dateline_end(text, line_start, len(text)) <= day_at:
        return None  # a day told in the story, not the dateline's
    return latest_day_not_after(day, month, today)


def latest_day_not_after(day: int, month: int, today: date) -> date | None:
    """«13 ноября» with no year: that day in the latest year it is not after `today`."""
    for year in (today.year, today.year - 1, today.year - 2):  # (29 February: a leap year)
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when <= today:
            return when
    return None
