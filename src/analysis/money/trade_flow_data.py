"""`data/trade_flow_ru.json`, parsed once a process for every reader of its words: the sides
of a trade (`flow_sides`), the speaker's voice, shares, a place's parts, the whole of a trade."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["flow_data"]


@cache
def flow_data() -> dict[str, Any]:
    """The file's words, keyed as in the file (read only: every reader shares this dict)."""
    return json.loads((resources.files("analysis") / "data" / "trade_flow_ru.json")
                      .read_text(encoding="utf-8"))
