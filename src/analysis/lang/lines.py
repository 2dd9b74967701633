"""Lines of a text read upwards: the one walk that list readers share when they look for the
heading over a list's items («Контракты, подписанные на форуме:», «Основные регионы-покупатели:»,
«ЭКСПОРТ ПО РЫНКАМ, млн долл.:»). Each reader keeps its own test of what an item line and a
heading are; the walk itself lives here."""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["lines_above"]


def lines_above(text: str, line_start: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line above the line that starts at `line_start`, nearest
    first, up to the text's first line (``end`` is the position of the line's break)."""
    start = line_start
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        yield above, start - 1
        start = above
