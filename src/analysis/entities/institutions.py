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

__all__ = ["names_institution"]


def names_institution(text: str, end: int, role: str | None) -> bool:
    """Whether the region's adjective ending at `end` («Московской») opens the proper name
    of a national institution («… бирже»)."""
    return role == "adjective" and _institution_after().match(text, end) is not None


@cache
def _institution_after() -> re.Pattern[str]:
    data = data_json("zone_names_ru.json")
    return compile_pattern(data["institution_after_adjective"], re.IGNORECASE)
