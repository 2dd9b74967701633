"""Several Russian regions one figure is spread over, told together.

- «…поставило в Смоленскую, Брянскую и Псковскую области сельхозтехники на 21 млн рублей»:
  regions named in a row, joined by commas and «и» with nothing but their names between, are
  one market of the sentence's one amount: no one region's figure, and not the two countries'
  either (`listed_together`);
- «Инвестиции в оба объекта составили 6,8 млн»: a figure about the sites told before («в оба
  объекта», «на обе площадки», «в эти три пункта»: `sites_together` in money_context_ru.json)
  is about their regions: the one region they share, or several when they lie in different
  ones (`sites_regions`).

The amounts table keeps such a figure's region empty (the gold writers' convention for regions
named together) and lists the regions in its `regions` column; the figures stage gives it the
scope of several regions (`analysis.figures.scope`), kept apart from the national series and
from any one region's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import NamedTuple

from analysis.entities import RegionMention
from analysis.lazypattern import lazy_compile
from analysis.money.alternation import lookbehind_led
from analysis.money.context import context_data
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["REGIONS_JOIN", "Listed", "listed_together", "names_sites_together", "sites_regions"]

REGIONS_JOIN = "; "  # how the `regions` column joins its names
_LINK_REACH = 40  # characters from one region's start to the next one's in a list
_LINK_BREAK = lazy_compile(r"[\d—–;:()]")  # a figure, a dash, a clause: no list of names
_AND = lazy_compile(r"[ \u00a0]и[ \u00a0]")
_COMMA = lazy_compile(r",[ \u00a0]")
# what ends the amount's clause between it and a list («…томографа: треть его пациентов —
# жители Брянской, Смоленской и Калужской областей»: the list is the patients', not the sum's)
_CLAUSE_BREAK = lazy_compile(r"[,;:.!?()—–]")
_SITES_BACK = 3  # sentences back (over paragraphs) where the sites of «оба объекта» are told


def _linked(text: str, a: RegionMention, b: RegionMention) -> bool:
    between = text[a.start:b.start]
    return (len(between) <= _LINK_REACH and not _LINK_BREAK.search(between)
            and (_AND.search(between) is not None or _COMMA.search(between) is not None))


class Listed(NamedTuple):
    """Regions named together near an amount: their names, in the text's order, and whether
    the list stands in the amount's own clause (the market it is spread over: «поставило в
    Смоленскую, Брянскую и Псковскую области техники на …»), not in a clause of its own
    («собрало трамваи для Ульяновска, Самары и Казани, выручка составила …»)."""

    names: tuple[str, ...]
    of_amount: bool


def listed_together(scope: AmountScope, own: Sequence[RegionMention],
                    nearest: RegionMention) -> Listed | None:
    """The regions of the list `nearest` (the region nearest the amount) belongs to, when
    the list joins at least two regions and closes with «и» («в Смоленскую, Брянскую и
    Псковскую области», «Брянской и Смоленской областей»); None when `nearest` stands
    alone."""
    text = scope.text
    ordered = sorted(own)
    at = ordered.index(nearest)
    low = high = at
    while low > 0 and _linked(text, ordered[low - 1], ordered[low]):
        low -= 1
    while high + 1 < len(ordered) and _linked(text, ordered[high], ordered[high + 1]):
        high += 1
    chain = ordered[low:high + 1]
    if not any(_AND.search(text, a.start, b.start) for a, b in itertools.pairwise(chain)):
        return None
    names = tuple(dict.fromkeys(r.normal for r in chain))
    if len(names) < 2:
        return None
    amount = scope.amount
    between = ((chain[-1].start, amount.start) if chain[-1].start < amount.start
               else (amount.end, chain[0].start))
    return Listed(names, _CLAUSE_BREAK.search(text, *between) is None)


def names_sites_together(scope: AmountScope) -> bool:
    """Does the amount's sentence speak of the sites told before, together («в оба объекта»,
    «на обе площадки», «в эти три пункта»)?"""
    return _sites_pattern().search(scope.folded, scope.start, scope.end) is not None


def sites_regions(earlier: Iterable[tuple[int, int]],
                  regions_of: Callable[[int, int], list[RegionMention]]
                  ) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """The regions of the sites a «в оба объекта» figure is about: those of the nearest of
    the `earlier` sentences (nearest first, at most three) that names any, with that
    sentence; None when none does."""
    for start, end in itertools.islice(earlier, _SITES_BACK):
        named = tuple(dict.fromkeys(r.normal for r in regions_of(start, end)))
        if named:
            return named, (start, end)
    return None


@cache
def _sites_pattern() -> re.Pattern[str]:
    """`sites_together` of money_context_ru.json as one pattern over folded text."""
    words = context_data().get("sites_together") or ["(?!)"]
    # (the look-behind said after each first letter, `lookbehind_led`: speed, session 35)
    return compile_pattern(lookbehind_led(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)"))
