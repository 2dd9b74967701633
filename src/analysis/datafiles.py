"""The package's JSON data files (`src/analysis/data`), each parsed once a process for all of
its readers: several modules read words from one file (`goods_ru.json` feeds the goods of
money facts and the purchases of a briefing; `zone_names_ru.json` the regions and the
institutions), and each used to parse it again."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["data_json"]


@cache
def data_json(name: str) -> Any:
    """The parsed `data/<name>`, shared by every reader: read it, never change it."""
    return json.loads((resources.files("analysis") / "data" / name).read_text(encoding="utf-8"))
