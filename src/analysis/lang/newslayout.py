"""How Russian news lays out its opening: the agency dateline («МОСКВА, 3 апр — …») and the
wire agency it names («/ТАСС/»). Words in `data/news_layout_ru.json`; the money stage reads
the dateline (it never sets a region), the loader both (no headline, the outlet)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.lang.calendar import calendar
from analysis.patternstore import compile_pattern

__all__ = ["dateline_end", "is_masthead", "news_layout", "wire_agency"]

DATA = Path(__file__).resolve().parents[1] / "data" / "news_layout_ru.json"


@dataclass(frozen=True)
class NewsLayout:
    """The compiled patterns of `data/news_layout_ru.json`."""

    dateline: re.Pattern[str]
    wire_agency: re.Pattern[str]
    masthead: re.Pattern[str]


@cache
def news_layout() -> NewsLayout:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return NewsLayout(dateline=compile_pattern(data["dateline"], re.MULTILINE),
                      wire_agency=compile_pattern(data["wire_agency"]),
                      masthead=compile_pattern(data["masthead"].replace(
                          "{genitive_months}", "|".join(m.genitive for m in calendar().months))))


def dateline_end(text: str, start: int, end: int) -> int:
    """Where an agency dateline at `start` ends («МОСКВА, 3 апр — »), else `start`."""
    m = news_layout().dateline.match(text, start, end)
    return m.end() if m else start


def wire_agency(paragraph: str) -> str | None:
    """The agency a wire's opening names after its dateline («ОРЕЛ, 12 марта. /ТАСС/.»:
    «ТАСС»), else None."""
    m = news_layout().wire_agency.match(paragraph)
    if m is None:
        return None
    return (m.group("slash") or m.group("bracket") or m.group("dash") or "").strip() or None


def is_masthead(line: str) -> bool:
    """Whether a line only names an outlet or a place and a full date («Деловая газета
    «Северный курьер», 3 марта 2021 года»): the page's masthead, not its headline."""
    return news_layout().masthead.match(line.strip()) is not None
