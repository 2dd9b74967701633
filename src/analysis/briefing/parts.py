"""Parts of a sum are not sums of their own: «850 млн рублей, из них 320 млн рублей — на первую
очередь» is one investment of 850 млн, and 320 млн of it has a purpose. The amounts table names
the whole a part belongs to (`part_of`, money/part_of.py); a figure is a part when every one of
its mentions is — or, when a reprint restates it rounded with no whole of its own («примерно
900 млн» for «860 млн»), the mention its value comes from and most of the others are — and its
whole is in the briefing. The table marks it («часть суммы 850 млн
руб. [2.1]»), the chart does not draw it beside its whole, the lead never calls it the largest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import isblank

__all__ = ["series_whole_of", "whole_of"]


def whole_of(row: Mapping[str, Any],
             mention_index: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The mention of the sum the figure (or amount) `row` is a part of, when the mention
    its value comes from is a part and more than half of its mentions are (see the module
    docstring), and that one's whole is in the briefing; else None."""
    mention_ids = ids(row.get("mention_ids")) or ids(row.get("mention_id"))
    mentions = [mention_index.get(m) for m in mention_ids]
    parts = [m for m in mentions if m is not None and not isblank(m.get("part_of"))]
    if not mentions or 2 * len(parts) <= len(mentions):
        return None
    lead = mention_index.get(str(row.get("value_mention_id") or "")) or mentions[0]
    if lead is None or isblank(lead.get("part_of")):
        return None
    return mention_index.get(str(lead["part_of"]))


def series_whole_of(row: Mapping[str, Any],
                    mention_index: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """`whole_of`, when the whole measures what the part does: «оборот 4,3 млрд, из них
    1,6 млрд …» is one turnover and a share of it, so the share is no point of the turnover's
    series; «товарооборот 52,1 млрд, из них на экспорт пришлось 27,9 млрд» gives the export
    series its own point."""
    whole = whole_of(row, mention_index)
    if whole is None or whole.get("metric") != row.get("metric"):
        return None
    return whole
