"""Parts of a sum are not sums of their own: «850 млн рублей, из них 320 млн рублей — на первую
очередь» is one investment of 850 млн, and 320 млн of it has a purpose. The amounts table names
the whole a part belongs to (`part_of`, money/part_of.py); a figure is a part when every one of
its mentions is, and its whole is in the briefing. The table marks it («часть суммы 850 млн
руб. [2.1]»), the chart does not draw it beside its whole, the lead never calls it the largest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import isblank

__all__ = ["whole_of"]


def whole_of(row: Mapping[str, Any],
             mention_index: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The mention of the sum the figure (or amount) `row` is a part of, when each of its
    mentions is a part and the first one's whole is in the briefing; else None."""
    mention_ids = ids(row.get("mention_ids")) or ids(row.get("mention_id"))
    mentions = [mention_index.get(m) for m in mention_ids]
    if not mentions or any(m is None or isblank(m.get("part_of")) for m in mentions):
        return None
    return mention_index.get(str(mentions[0]["part_of"]))
