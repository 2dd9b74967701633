"""Where a ranking that a sentence or a list item goes on with begins (`money.buyers_ranked`).

A ranking of buyers often runs past its sentence: «Крупнейший покупатель — Москва: на неё
пришлось 2,1 млрд долларов белорусского экспорта. Далее следуют Московская область — 0,97
млрд, Смоленская — 412 млн …», «Крупнейший заказчик — … завод: ему отгружено моторов на 41,2
млн. На второе место вышел … — 12,8 млн». The second sentence ranks the same buyers, so a
reader takes its places as buyers too. A list's item line («• Москва и Московская область –
4,1 млн долларов») ranks as the heading line over the list does («Основные российские
регионы-покупатели:»). The opening words are data (`ranking_goes_on` in
`data/money_context_ru.json`; rounds 46, 65).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from analysis.lang.lines import lines_above
from analysis.lang.sentences import sentence_opening
from analysis.lazypattern import lazy_compile
from analysis.money.word_lists import context_data, entry, joined, read_words

__all__ = ["ranking_opening"]

# an item line of a list: a bullet or a dash first («• Москва – 4,1», «– Смоленская – 1,7»)
_ITEM_LINE = lazy_compile(r"[ \u00a0\t]*[•·▪◦*–—-][ \u00a0\t]*\S")
_LIST_LINES = 12  # a list of buyers is short: its heading is no further up than this


@dataclass(frozen=True)
class RankedOnWords:
    """The words that open a sentence going on with a ranking («Далее следуют»)."""

    goes_on: re.Pattern[str] | None = entry(joined(r"(?i)[ \u00a0]*(?:", r")"), key="ranking_goes_on",
                                            default=None)


@cache
def _goes_on() -> re.Pattern[str] | None:
    return read_words(context_data(), RankedOnWords).goes_on


def _sentence_before(text: str, opening: int) -> int:
    """The opening of the sentence that ends right before `opening` (in its paragraph)."""
    line = text.rfind("\n", 0, opening) + 1
    end = opening - 1
    while end > line and text[end - 1] in " \u00a0":
        end -= 1
    # (the stop at end - 1 closes that sentence: its opening is read from before the stop)
    return sentence_opening(text, max(line, end - 1), line)


def _heading_over(text: str, line: int) -> int | None:
    """The start of the heading line over the list whose item line starts at `line`: the
    nearest line above that ends with a colon, over item lines and blank lines only."""
    for above, end in islice(lines_above(text, line), _LIST_LINES):
        heading = text[above:end].strip()
        if heading.endswith(":"):
            return above
        if heading and not _ITEM_LINE.match(text, above):
            return None
    return None


def ranking_opening(text: str, opening: int) -> int:
    """Where the ranking the sentence opening at `opening` belongs to begins: the sentence
    before it when it goes on with a ranking («Далее следуют …», «На втором месте …»), the
    heading line over a list's item line; else `opening` itself."""
    goes_on = _goes_on()
    if goes_on is not None and goes_on.match(text, opening):
        before = _sentence_before(text, opening)
        if before < opening:
            return before
    line = text.rfind("\n", 0, opening) + 1
    if text[line:opening].strip() == "" and _ITEM_LINE.match(text, line):
        heading = _heading_over(text, line)
        if heading is not None:
            return heading
    return opening
