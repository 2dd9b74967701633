"""Lists in running text: a lead line that ends with a colon and the items under it, each a
line opening with a bullet or a dash («Министр рассказал, на что пойдут деньги в 2024 году:»
over «• 620 млн — субсидии …»). The items are one sentence with their lead: its money words,
its time and its plan verb are theirs.
"""

from __future__ import annotations

import re

__all__ = ["list_lead"]

# A list item: a line opening with a bullet or a dash; a list has at most so many items
_ITEM = re.compile(r"[ \u00a0]*[•·▪●*—–-][ \u00a0]")
_LIST_REACH = 12


def list_lead(text: str, start: int) -> tuple[int, int] | None:
    """The lead line («…, на что пойдут деньги в 2024 году:») of the list whose item (a line
    opening with a bullet or a dash: «• 620 млн — субсидии …») holds `start`, else None. The
    items of a list are one sentence with their lead: its money words are theirs."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ITEM.match(text, line_start):
        return None
    for _ in range(_LIST_REACH):
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1].rstrip()
        if line.endswith(":"):
            return prev_start, line_start - 1
        if not _ITEM.match(text, prev_start):
            return None
        line_start = prev_start
    return None

