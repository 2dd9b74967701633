"""The heading of a list: what its items measure when they say nothing of it themselves.

An infographic caption or a digest sets its sections under short headings with no final
stop («ТОРГОВЛЯ», «РЕГИОНЫ (товарооборот с РБ, янв.–июнь)», «ПОСТАВКИ В РФ», «Цены»,
«Кредиты и деньги») over items that open with a bullet or a dash («• Москва — 3,62 млрд $»).
An item with no metric word of its own measures what its heading names (rounds 12 and 14); a
line of totals («Итого: 71,1 млрд ₽») closing the items is one of them.
"""

from __future__ import annotations

import re

from analysis.money.carry import end_of
from analysis.money.metric import NO_CUE, MetricCue, sentence_cue

__all__ = ["heading_cue", "list_heading"]

# A list item: a line opening with a bullet or a dash (as `analysis.money.lists` reads it)
_ITEM = re.compile(r"[ \u00a0]*[•·▪●*—–-][ \u00a0]")
# A line of totals right after the items is one of them
_TOTAL = re.compile(r"(?i)[ \u00a0]*(?:итого|всего)\b")
_LIST_REACH = 12  # items a heading may stand over
_HEADING_LENGTH = 60  # a heading is short: a few words and maybe a bracket
# a heading ends with no stop of a sentence, nor a colon (a lead line: `lists.list_lead`)
_SENTENCE_MARK = re.compile(r"[.!?:;…»\"]\s*\Z|[.!?][ \u00a0]")


def _line_at(text: str, start: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", line_start)
    return line_start, len(text) if line_end < 0 else line_end


def _is_heading(line: str) -> bool:
    line = line.strip()
    return (0 < len(line) <= _HEADING_LENGTH and any(c.isalpha() for c in line)
            and not _ITEM.match(line) and not _SENTENCE_MARK.search(line))


def list_heading(text: str, start: int) -> tuple[int, int] | None:
    """The heading line (its span) of the list whose item holds `start`: the short line with
    no final stop just above the item and the items before it («ЦЕНЫ» over «— Трактор …: от
    7,9 млн ₽»), else None. The article's first line is its title, no heading."""
    line_start, _ = _line_at(text, start)
    if not _ITEM.match(text, line_start):
        if not _TOTAL.match(text, line_start) or line_start == 0:
            return None
        before, _ = _line_at(text, line_start - 1)
        if not _ITEM.match(text, before):
            return None  # «Итого» closes a list only right after its items
    for _ in range(_LIST_REACH):
        if line_start == 0:
            return None
        prev_start, prev_end = _line_at(text, line_start - 1)
        if not _ITEM.match(text, prev_start):
            if prev_start == 0 or not _is_heading(text[prev_start:prev_end]):
                return None
            return prev_start, prev_end
        line_start = prev_start
    return None


def heading_cue(text: str, start: int) -> tuple[MetricCue, tuple[int, int]] | None:
    """The metric cue of the heading over the list item that holds `start`, and the
    heading's span (the context an item inherits from), else None."""
    heading = list_heading(text, start)
    if heading is None:
        return None
    cue = sentence_cue(end_of(text, heading))
    return None if cue.score == NO_CUE else (cue, heading)
