"""The export and import told as the parts of a foreign-trade whole (`money.flow`, step 3):
«Внешнеторговый оборот Орловской области в 2017 году составил 724,5 млн долларов. Экспорт
составил 231,8 млн долларов, импорт – 492,7 млн». A region's or a country's foreign trade
with no partner of the pair named is its trade with every country; the export and import
figures the next sentence tells with no side of their own split that whole, so they go to
(come from) every market, not the pair's other side (rounds 16, 36, 66), and keep the region
the whole names. A third country named as the main buyer right after an export figure («…
составил 3,12 млрд долларов. Основной покупатель – Китай») makes it every market's too. The
words are `world_whole_ru.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from analysis.datafiles import data_json
from analysis.lang import fold_yo
from analysis.lang.sentences import stop_before_capital
from analysis.lazypattern import lazy_compile
from analysis.money.flow_sides import named_sides, sides_in, third_party_in, world_in
from analysis.money.side_roles import PARTNER
from analysis.money.word_lists import entry, joined, read_words

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact
    from analysis.money.region import ArticleText, SentenceSpan

__all__ = ["main_buyer_abroad", "region_of_whole", "world_whole_before"]


@dataclass(frozen=True)
class WorldWholeWords:
    """The words of world_whole_ru.json: foreign trade as a whole («внешнеторговый оборот»,
    «внешняя торговля»), the head that names a figure's main buyer abroad («Основной
    покупатель –»)."""

    foreign_trade: re.Pattern[str] = entry(joined("(?i)(?:", ")"))
    main_buyer: re.Pattern[str] = entry(joined("(?i)"), key="main_buyer_abroad")


@cache
def _words() -> WorldWholeWords:
    return read_words(data_json("world_whole_ru.json"), WorldWholeWords)


def world_whole_before(text: str, ctx: ArticleText, facts: list[Fact], i: int
                       ) -> SentenceSpan | None:
    """The sentence just before figure `i`'s in its paragraph when it tells a turnover figure
    of foreign trade as a whole (no side of the pair but the trader's own country named, or
    the world named) and figure `i`'s sentence names no side: the figure is a part of that
    whole, every market's; None otherwise."""
    fact = facts[i]
    s = fact.sentence
    if named_sides(text, s.start, s.end):
        return None
    sents, si = ctx.sentence_index(fact.amount.start)
    if si == 0:
        return None
    span = sents[si - 1]
    if not any(f.metric == "trade_turnover" and span.start <= f.amount.start < span.end
               for f in facts):
        return None
    folded = fold_yo(ctx.folded[span.start:span.end])  # lower case, «ё» as «е»
    world = world_in(text, span.start, span.end)
    if _words().foreign_trade.search(folded) is None and not world:
        return None
    if not world and _PARTNER_WORD.search(folded):
        return None  # «Внешнеторговый оборот области с республикой …»: with one partner
    named = named_sides(text, span.start, span.end)
    if len({side for _, _, side in named}) > 1 or any(
            _WITH.search(text, max(span.start, a - 24), a) for a, _, _ in named) or any(
            m.role == PARTNER for m in sides_in(text, span.start, span.end)):
        return None  # «… с Республикой Беларусь», «с республикой», «с Россией»: with a side
    return span


def region_of_whole(text: str, ctx: ArticleText, fact: Fact) -> bool:
    """Does the foreign-trade whole figure `fact` was read as a part of (its `context`, the
    sentence before) name the figure's region? «Внешнеторговый оборот Псковской области с
    дальним зарубежьем … Экспорт – 64,3 млн долларов»: the export is the region's with the
    world, and keeps the region its own sentence does not name (`money.abroad_region`)."""
    c = fact.context
    if c is None or not fact.region or c.start >= fact.sentence.start:
        return False
    folded = fold_yo(ctx.folded[c.start:c.end])
    return (_words().foreign_trade.search(folded) is not None or world_in(text, c.start, c.end)) and any(
        r.normal == fact.region for r in ctx.regions(c.start, c.end))


def main_buyer_abroad(text: str, end: int) -> bool:
    """Is a country outside the pair named as the main buyer in the rest of the sentence of a
    figure ending at `end` or in the next one («… составил 3,12 млрд долларов. Основной
    покупатель – Китай»)? Then the figure is every market's."""
    stop = _SENTENCE_END.search(text, end)
    first = stop.end() if stop is not None else len(text)
    nxt = _SENTENCE_END.search(text, first)
    hi = nxt.end() if nxt is not None else len(text)
    stretch = text[end:hi]
    if not any(stem in stretch for stem in _BUYER_STEMS):
        return False  # (most figures: no buyer named, the pattern is not tried)
    head = _words().main_buyer.search(text, end, hi)
    return head is not None and third_party_in(text, head.end(), min(hi, head.end() + 24), bare=True)


# «с» or «со» before a side, an adjective perhaps between: the trade's partner
_WITH = lazy_compile(r"(?i)(?<![а-яё])со?[ \u00a0]+(?:[а-яё-]+[ \u00a0]+)?\Z")
# «с республикой», «со странами»: a partner of the trade named after «с» (not «по сравнению
# с 2016 годом», «с начала года», «с учётом …»)
_PARTNER_WORD = lazy_compile(r"(?<![а-яё])(?<!сравнению )со?[ \u00a0]+(?!начала|учет|учёт)[а-яё]")
# the stems every main buyer's head holds (lower case: a head opens a sentence capitalised
# only in its first letter, «Основной покупатель»)
_BUYER_STEMS = ("покуп", "рын", "потреб", "импорт")
# a sentence's end: a stop before a capital or the line's end, or a line break
_SENTENCE_END = stop_before_capital(line_end=True, line_break=True)
