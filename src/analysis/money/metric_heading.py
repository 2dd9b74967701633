"""The heading of a list: what its items measure when they say nothing of it themselves.

An infographic caption or a digest sets its sections under short headings with no final
stop («ТОРГОВЛЯ», «РЕГИОНЫ (товарооборот с РБ, янв.–июнь)», «ПОСТАВКИ В РФ», «Цены»,
«Кредиты и деньги») over items that open with a bullet or a dash («• Москва — 3,62 млрд $»).
An item with no metric word of its own measures what its heading names (rounds 12 and 14); a
line of totals («Итого: 71,1 млрд ₽») closing the items is one of them. What a heading and
an item are is `analysis.money.lists`'s.
"""

from __future__ import annotations

from analysis.money.carry import end_of
from analysis.money.lists import list_heading
from analysis.money.metric import NO_CUE, MetricCue, sentence_cue

__all__ = ["heading_cue"]


def heading_cue(text: str, start: int) -> tuple[MetricCue, tuple[int, int]] | None:
    """The metric cue of the heading over the list item that holds `start`, and the
    heading's span (the context an item inherits from), else None."""
    heading = list_heading(text, start)
    if heading is None:
        return None
    cue = sentence_cue(end_of(text, heading))
    return None if cue.score == NO_CUE else (cue, heading)
