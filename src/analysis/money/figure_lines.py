"""A figure on a line of its own over the line that says what it is, as «Цифры недели» and
«Цифра дня» columns print them:

    1 404,6 рубля
    составила средняя номинальная зарплата в Беларуси в октябре.

The two lines are one sentence: the line under the figure gives its metric, time and place
(«Столько составил товарооборот … за январь–сентябрь», «На такую сумму … поставили»).
"""

from __future__ import annotations

from analysis.money.amounts import find_amounts

__all__ = ["figure_line_span"]

_MAX_LINE = 60  # a figure line is short


def _is_figure_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a short line holding one amount with its currency and nothing else
    (the amount grammar decides what an amount is: qualifiers, scales, currencies)?"""
    if end - start >= _MAX_LINE:
        return False
    line = text[start:end].strip(" \t\u00a0")
    if not any(c.isdigit() for c in line):
        return False
    found = find_amounts(line)
    return len(found) == 1 and found[0].surface == line and not found[0].implied_currency


def figure_line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph text[start:end] (one line) widened to the figure line above it or the
    line under a figure line; the line itself otherwise."""
    if start >= 2:
        above = text.rfind("\n", 0, start - 1) + 1
        if _is_figure_line(text, above, start - 1):
            return above, end
    if end < len(text) and _is_figure_line(text, start, end):
        below = text.find("\n", end + 1)
        below = len(text) if below < 0 else below
        if below > end + 1:
            return start, below
    return start, end
