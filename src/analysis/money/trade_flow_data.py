"""`data/trade_flow_ru.json`, parsed once a process for every reader of its words: the sides
of a trade (`flow_sides`), the speaker's voice, shares, a place's parts, the whole of a trade."""

from __future__ import annotations

from functools import cache
from typing import Any

from analysis.datafiles import data_json

__all__ = ["flow_data"]


@cache
def flow_data() -> dict[str, Any]:
    """The file's words, keyed as in the file (read only: every reader shares this dict)."""
    return data_json("trade_flow_ru.json")
