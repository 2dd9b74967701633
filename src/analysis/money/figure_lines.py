"""A figure on a line of its own over the line that says what it is, as «Цифры недели» and
«Цифра дня» columns print them:

    1 404,6 рубля
    составила средняя номинальная зарплата в Беларуси в октябре.

The two lines are one sentence: the line under the figure gives its metric, time and place
(«Столько составил товарооборот … за январь–сентябрь», «На такую сумму … поставили»).
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile

__all__ = ["figure_line_span"]

_MAX_LINE = 60  # a figure line is short
# a qualifier, a number with its scale, a currency: nothing else on the line
_FIGURE_LINE = lazy_compile(
    r"(?i)[ \t\u00a0]*(?:(?:свыше|более|около|почти|порядка|примерно|до|от)[ \u00a0]+)?"
    r"(?:[$€][ \u00a0]?)?\d[\d \u00a0]*(?:[,.]\d+)?"
    r"(?:[ \u00a0]*(?:тыс\.|млн|млрд|трлн|тысяч\w*|миллион\w*|миллиард\w*))?"
    r"(?:[ \u00a0]*(?:[$€]|долл\.(?:[ \u00a0]*США)?|доллар\w*(?:[ \u00a0]+США)?|евро"
    r"|(?:российск\w+[ \u00a0]+|белорусск\w+[ \u00a0]+)?рубл\w*|руб\.))"
    r"[ \t\u00a0]*")


def _is_figure_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a figure and nothing else (a short line)?"""
    return end - start < _MAX_LINE and _FIGURE_LINE.fullmatch(text, start, end) is not None


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
