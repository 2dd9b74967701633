"""The words of an article as reprints are compared (`figures.duplicates`).

A reprint rounds or hedges the wire's figures («187,3 млн» → «около 187 млн», «14,2%» →
«14%», «860 млн» → «примерно 900 млн»): compared word for word, each rounded figure breaks
the five runs that hold it, and a short syndicated story falls under the reprint threshold.
So every number but a year (the story's time, which a reprint keeps) is one mark, and the
hedging words of `figure_rules.json` («около», «примерно») are left out.

Read so, the same outlet's note on another month or year («товарооборот … составил …, что на
… больше, чем годом ранее») shares most of its runs with the last one; what tells a copy
from it is its figures: a reprint's agree with the story's as rounding allows
(`figures_agree`: most of the fewer figures within `rules.rounding` of one of the other's).
"""

from __future__ import annotations

from bisect import bisect_left

from analysis.figures.rules import FigureRules
from analysis.lazypattern import lazy_compile

__all__ = ["NUMBER_MARK", "compared_words", "figures_agree", "stated_figures"]

# A number a reprint keeps as written: a year (the story's time, never rounded).
_YEAR = lazy_compile(r"(?:19|20)\d\d")
NUMBER_MARK = "#"
_WORD = lazy_compile(r"\w+")
_NUMBER = lazy_compile(r"(?<![\w,.])\d+(?:[.,]\d+)?(?![\w])")
# `figures_agree`: a relative margin around the rounding bounds (a float errs by ~1e-16),
# and figures below this bound (a value past it is searched from the start)
_MARGIN = 1e-9
_LARGE = 1e300


def compared_words(text: str, rules: FigureRules) -> list[str]:
    """The words of a text as reprints are compared (case set aside): a reprint rounds or
    hedges the wire's figures («187,3 млн» → «около 187 млн», «14,2%» → «14%»), so every
    number but a year is one mark (a decimal's two parts too), and the hedging words
    (`rules.hedge_words`) are left out; otherwise one rounded figure breaks five runs."""
    words: list[str] = []
    for word in _WORD.findall(text.lower()):
        if word in rules.hedge_words:
            continue
        if word[0].isdigit() and not _YEAR.fullmatch(word):
            if words and words[-1] == NUMBER_MARK:
                continue  # «187,3»: one number
            word = NUMBER_MARK
        words.append(word)
    return words


def stated_figures(text: str) -> tuple[float, ...]:
    """The numbers a text states but its years, in order («187,3» → 187.3)."""
    return tuple(float(m.group().replace(",", ".")) for m in _NUMBER.finditer(text)
                 if not _YEAR.fullmatch(m.group()))


def figures_agree(first: tuple[float, ...], second: tuple[float, ...], rules: FigureRules) -> bool:
    """Do two texts' figures agree as a reprint's do: at least `rules.min_figure_share` of the
    fewer figures each find a figure of the other within `rules.rounding` of the larger
    («около 900» for «860», «187» for «187,3»), each used once. Texts with no figures agree."""
    fewer, more = sorted((first, second), key=len)
    if not fewer:
        return True
    left = sorted(more)
    rounding = rules.rounding
    # Figures are never negative («\\d+»): the figures within rounding of a value lie between
    # value·(1 − rounding) and value / (1 − rounding), so the search starts there (bisect) and
    # stops past it. The margins are far wider than a float's rounding, so the first figure
    # found is the one a search from the start finds; anything else is searched so.
    bounded = 0 <= rounding < 0.5 and all(0 <= x < _LARGE for x in left) and all(
        0 <= x < _LARGE for x in fewer)
    found = 0
    for value in fewer:
        if bounded:
            start = bisect_left(left, value * (1 - rounding) * (1 - _MARGIN))
            past = value / (1 - rounding) * (1 + _MARGIN)
            match = None
            for k in range(start, len(left)):
                other = left[k]
                if abs(value - other) <= rounding * max(value, other):
                    match = k
                    break
                if other > past:
                    break
        else:
            match = next((k for k, other in enumerate(left)
                          if abs(value - other) <= rounding * max(abs(value), abs(other))), None)
        if match is not None:
            found += 1
            del left[match]
    return found >= rules.min_figure_share * len(fewer)
