"""A region's adjective that opens the proper name of a national institution, not the place.

«разместил на Московской бирже облигации», «Санкт-Петербургская товарно-сырьевая биржа»: an
exchange lists the whole country's papers and deals, so its city is no figure's region
(`russian_regions_in` leaves it out). The words are data (`zone_names_ru.json`,
`institution_after_adjective`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.datafiles import data_json
from analysis.patternstore import compile_pattern

__all__ = ["names_institution", "names_time_zone"]


def names_institution(text: str, end: int, role: str | None) -> bool:
    """Whether the region's adjective ending at `end` («Московской») opens the proper name
    of a national institution («… бирже»)."""
    return role == "adjective" and _institution_after().match(text, end) is not None


@cache
def _institution_after() -> re.Pattern[str]:
    data = data_json("zone_names_ru.json")
    return compile_pattern(data["institution_after_adjective"], re.IGNORECASE)


def names_time_zone(text: str, start: int, end: int, role: str | None) -> bool:
    """Whether the region's adjective text[start:end] («московское», «московскому») names a
    time zone with «время» right before or after it («Время московское», «по московскому
    времени»): a clock, no place (`time_zone_around_adjective`)."""
    if role != "adjective":
        return False
    before, after = _time_zone()
    return before.search(text, max(0, start - 12), start) is not None or (
        after.match(text, end) is not None)


@cache
def _time_zone() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = data_json("zone_names_ru.json")["time_zone_around_adjective"]
    return (compile_pattern(data["before"], re.IGNORECASE),
            compile_pattern(data["after"], re.IGNORECASE))
