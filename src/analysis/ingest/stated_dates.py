"""Stated publication dates: a date as metadata or page markup gives it, read into its first
day and precision (`parse_date`). The text's own clues are `pubdates.infer_date`'s job."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from analysis.lazypattern import lazy_compile


class StatedDate(NamedTuple):
    """A date as metadata states it: the first day of the period, and its precision."""

    published: date
    precision: str  # "day" | "month" | "year"


_STATED_FORMATS: tuple[tuple[re.Pattern[str], tuple[int, ...], str], ...] = tuple(
    (lazy_compile(rx), order, precision) for rx, order, precision in (
        # (format, which groups give year, month, day, precision)
        (r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", (0, 1, 2), "day"),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", (2, 1, 0), "day"),
        (r"(\d{4})-(\d{1,2})", (0, 1), "month"),
        (r"(\d{4})", (0,), "year"),
    ))


def parse_date(value: str) -> StatedDate:
    """A stated date (metadata.csv, HTML markup) → first day of the period and precision.

    Raises ValueError for anything else (or an impossible day).
    """
    v = value.strip()
    for rx, order, precision in _STATED_FORMATS:
        if m := rx.fullmatch(v):
            parts = [int(m.group(i + 1)) for i in order] + [1] * (3 - len(order))
            return StatedDate(date(*parts), precision)
    raise ValueError(value)
