"""Russia's federal districts named in a text («по Уральскому федеральному округу», «УрФО»).

A figure told of a federal district is several regions' together: no one region's, and not
Russia's as a whole (`analysis.figures.scope`). The names are data
(`data/federal_districts_ru.json`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from analysis.patternstore import compile_pattern

__all__ = ["federal_district_in"]


@cache
def _districts() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each district's pattern (its adjective before «федеральный округ» in any case, or
    its abbreviation as a whole word) and its name."""
    text = resources.files("analysis").joinpath("data", "federal_districts_ru.json").read_text("utf-8")
    out = []
    for row in json.loads(text)["districts"]:
        pattern = (rf"(?<![\w-])(?:{re.escape(row['stem'])}\w*[ \u00a0]+федеральн\w*[ \u00a0]+округ\w*"
                   rf"|{re.escape(row['abbreviation'])}(?![\w-]))")
        out.append((compile_pattern(pattern, re.IGNORECASE), row["name"]))
    return tuple(out)


def federal_district_in(text: object) -> str | None:
    """The one federal district `text` names, else None (none, or several)."""
    if not isinstance(text, str) or ("округ" not in text.lower() and "ФО" not in text.upper()):
        return None
    named = {name for rx, name in _districts() if rx.search(text)}
    return named.pop() if len(named) == 1 else None
