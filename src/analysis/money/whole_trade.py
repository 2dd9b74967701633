"""A trade figure told as the whole of a trade («всего молочного экспорта республики, который
в 2012 году составил $2,1 млрд», «весь экспорт предприятия — 40 млн»): every market's, flow
`other`, unless the noun phrase names its market («весь экспорт в Россию»): so is one told
with no market after a figure of one market («экспорт камня в Россию составил $38,6 млн, а
весь экспорт «Гранита» — $126 млн», round 44). A sentence that gives one market's share of
it («на столичный рынок приходится пятая часть всего экспорта …») tells that market's part,
not the whole's market. Words: `whole_trade`,
`whole_trade_market` of `data/trade_flow_ru.json`."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.trade_flow_data import flow_data
from analysis.money.word_lists import joined, pattern, read_words

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["told_whole", "whole_alone"]

_PHRASE_END = lazy_compile(r"[,;:.!?()—–]")


class _Patterns(NamedTuple):  # entries of data/trade_flow_ru.json
    whole_trade: re.Pattern[str]
    whole_trade_market: re.Pattern[str]
    whole_trade_share: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    any_case = joined(flags=re.IGNORECASE)
    return read_words(flow_data(), _Patterns, {"whole_trade": any_case, "whole_trade_market": pattern,
                                               "whole_trade_share": any_case})


# «три четверти: $7,9 млн из $10,5 млн», «40 млн долларов из 55 млн»: the figure after
# «из» right after another figure is the whole the first is a part of (session 30)
_OUT_OF = lazy_compile(r"(?i)(?:\d|млн|млрд|тыс|долл\w*|руб\w*|евро)\.?[ \u00a0]+из[ \u00a0]+\Z")


def told_whole(text: str, fact: Fact) -> bool:
    """Does the figure's sentence, before the figure, tell it as the whole trade a market takes
    a share of («на столичный рынок приходится пятая часть всего молочного экспорта
    республики, который … составил»; «на Россию приходилась … три четверти: $7,9 млн из
    $10,5 млн»), its noun phrase naming no market of its own?"""
    whole, market, share = _patterns()
    if _OUT_OF.search(text, max(fact.sentence.start, fact.amount.start - 12), fact.amount.start) and (
            share.search(text, fact.sentence.start, fact.amount.start) is not None):
        end = _PHRASE_END.search(text, fact.amount.end, fact.sentence.end)
        return market.search(text, fact.amount.end, end.start() if end else fact.sentence.end) is None
    for m in whole.finditer(text, fact.sentence.start, fact.amount.start):
        if share.search(text, fact.sentence.start, m.start()) is None:
            continue
        end = _PHRASE_END.search(text, m.end(), fact.amount.start)
        phrase_end = end.start() if end else fact.amount.start
        if market.search(text, m.end(), phrase_end) is None:
            return True
    return False


# «…, из них экспорт — 2,3 млрд»: the export part of a seller's revenue told just before
_EXPORT_OF_REVENUE = lazy_compile(r"(?i)[ \u00a0]*,[ \u00a0]*(?:из[ \u00a0]+(?:них|которых)"
                                  r"|в[ \u00a0]+том[ \u00a0]+числе)[ \u00a0]+экспорт\w*[ \u00a0]*"
                                  r"[—–:-]?[ \u00a0]*(?:на[ \u00a0]+)?")
_TIME_WORD = lazy_compile(r"(?i)(?<![а-яё])(?:год|года|месяц|квартал|период|полугоди)")
_REVENUE = lazy_compile(r"(?i)(?<![а-яё])(?:выручк|продаж|реализаци)\w*")


def whole_alone(text: str, fact: Fact, since: int) -> bool:
    """Is the figure told as a whole trade in its own stretch (from `since`, the end of the
    figure before it in its sentence), its noun phrase naming no market («а весь экспорт
    «Гранита» с учётом щебня — $126 млн»), or as the export part of a seller's revenue told
    just before («Общая выручка компании — 11,7 млрд рублей, из них экспорт — 2,3 млрд»: its
    export to every market, round 44)?"""
    whole, market, _ = _patterns()
    if _EXPORT_OF_REVENUE.fullmatch(text, since, fact.amount.start) and _REVENUE.search(
            text, fact.sentence.start, since):
        return True  # «Общая выручка компании … 11,7 млрд рублей, из них экспорт — 2,3 млрд»
    for m in whole.finditer(text, since, fact.amount.start):
        if _TIME_WORD.search(m.group()):
            continue  # «за весь прошлый год импорт района …»: a whole year, not a whole trade
        end = _PHRASE_END.search(text, m.end(), fact.amount.start)
        phrase_end = end.start() if end else fact.amount.start
        if market.search(text, m.end(), phrase_end) is None:
            return True
    return False
