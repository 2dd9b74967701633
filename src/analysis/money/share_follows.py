"""A share of one market told right after an export or import figure that names no market:
«Экспорт шин достиг 398 млн долларов … На Россию приходится 72% экспорта предприятия»,
«Экспорт препаратов … достиг 21,6 млн долларов, основная доля – Россия», «Экспортная выручка
за квартал — 9,6 млрд рублей. Беларусь остаётся вторым по значимости рынком». The figure is
the whole the share is taken of: every market's (`other`; tests/gold/README.md, `flow`: a
firm's or a country's total export is `other` even when the text says Russia is its main
share), not the market the headline or an earlier sentence names.

The words are data (`market_share_after` of `data/trade_flow_ru.json`), read in the rest of
the figure's sentence and in the next sentence (the next paragraph's first when the figure's
paragraph ends with it) — unless that next sentence tells a sum of its own before the share
(«Этот показатель превысил результат прошлого года — 3,9 млн. Всего экспорт … составил 98 млн,
из них на Беларусь пришлось 11,6 млн»: the share is of the 98 million, round 44).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lang.case import fold_case
from analysis.lang.sentences import stop_before_capital
from analysis.lazypattern import lazy_compile
from analysis.money.trade_flow_data import flow_data
from analysis.patternstore import compile_pattern

__all__ = ["share_follows"]

# a sum in words the share's sentence may tell before the share: «98 млн долларов», «$12 млн»
_SUM = lazy_compile(r"(?:\d[ \u00a0]*(?:млн|млрд|трлн|тыс|миллион|миллиард|долл|руб|евро)|\$[ \u00a0]*\d)")
# (no line break: the next paragraph's sentence is searched for from its line break on)
_SENTENCE_END = stop_before_capital(line_end=True)


@cache
def _share() -> re.Pattern[str]:
    data = flow_data()
    return compile_pattern(r"(?<![а-яё])(?:" + "|".join(data["market_share_after"]) + r")")


def share_follows(text: str, end: int) -> bool:
    """Is a share of one market told after a figure ending at `end`, in the rest of its
    sentence or in the next sentence (the next paragraph's first, when its own ends)?"""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = _SENTENCE_END.search(text, end, line_end)
    first = stop.end() if stop is not None else line_end
    if not text[first:line_end].strip():  # the paragraph ends: the next one's first sentence
        first = line_end
        line_end = text.find("\n", first + 1)
        line_end = len(text) if line_end < 0 else line_end
    nxt = _SENTENCE_END.search(text, first, line_end)
    hi = nxt.end() if nxt is not None else line_end
    found = _share().search(fold_case(text), end, hi)
    if found is not None and found.start() >= first and _SUM.search(text, first, found.start()):
        return False  # the next sentence's own sum is the whole its share is taken of
    return found is not None
