"""A speaker's region kept over the sentences after the one that calls it «у нас».

«Смотрите, за восемь месяцев товарооборот у нас — где-то миллиард сто миллионов долларов. В
прошлом году за весь год было около полутора миллиардов. Думаю, к концу этого года выйдем на
миллиард семьсот»: a regional minister's answer speaks of his region's trade all through; the
«у нас» of its first sentence (read as the one region the article has named before: a radio
transcript, an interview whose lead names none) holds for the trade figures after it in the
paragraph, as a region named there would (round 68's «Утренний гость»). A sentence between
that turns to the two countries ends it, as it ends a named region's reach.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["spoken_before"]


class _Span(Protocol):
    start: int
    end: int


def spoken_before(local: re.Pattern[str], national: re.Pattern[str], folded: str,
                  sents: Sequence[_Span], idx: int, reach: int) -> bool:
    """Does one of the `reach` sentences before sentence `idx` of the paragraph speak as the
    region («у нас», «экспорт области»: `local`), with no sentence about the two countries
    (`national`) between?"""
    for j in range(idx - 1, max(-1, idx - 1 - reach), -1):
        s = sents[j]
        if local.search(folded, s.start, s.end):
            return True
        if national.search(folded, s.start, s.end):
            return False
    return False
