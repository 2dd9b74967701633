"""A trade figure as a whole or a part (`analysis.money.flow.with_flow`): a total told before
its pair's part, a total opening its sentence with no side, trade told between the two
countries, a share of a whole told before the figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lang.morph import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.flow_clause import SIDES
from analysis.money.flow_sides import named_sides
from analysis.money.flow_words import flow_words
from analysis.money.focus import PART_OF_BEFORE
from analysis.vocab import FLOW_OTHER

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["between_the_two", "opens_total", "told_as_part", "whole_before_its_part"]

# «на долю граждан России пришлось …», «на ее долю»: a share of a whole
_SHARE_OF = lazy_compile(r"(?i)(?<![а-яё])на[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?долю(?![а-яё])")
_WORD = lazy_compile(r"[а-яё]+")


def whole_before_its_part(text: str, facts: list[Fact], readings: dict, i: int) -> bool:
    """Is figure `i`, naming no market, followed in its sentence by a figure of its kind told
    the pair's market («Экспорт за десять месяцев – $14,2 млн, в Россию поставлено продукции
    на $11,5 млн», «фабрика «Неман» экспортировала продукции на 145 млн долларов, при этом
    поставки в Россию не превысили 3 млн»)? Then it is the whole, every market's (rounds 28,
    33; tests/gold/README.md, `flow`: a total export is `other`)."""
    fact = facts[i]
    # (not a share of the later one: «порядка 4,3 млрд долларов, или около 33% белорусского
    # экспорта товаров в Россию, который … составил 12,9 млрд долларов», round 16)
    return any(j > i and facts[j].sentence.start == fact.sentence.start
               and facts[j].metric == fact.metric and readings[j][0].market_told
               and readings[j][0].flow != FLOW_OTHER
               and "%" not in text[fact.amount.end:facts[j].amount.start] for j in readings)


def opens_total(text: str, fact: Fact) -> bool:
    """Does the figure's sentence open with a total's word («Всего», «В целом», «Итого») and
    name its trade word before the figure, but no side at all («Всего экспорт продукции … из
    края … достиг»)? A list's or table's total («Всего за год — 1 497,6») adds up its items,
    and a total naming a side («Всего … застраховал российских контрактов на») is read by it."""
    words = flow_words()
    s = fact.sentence
    if words.total_opener is None or words.total_opener.match(text, s.start) is None:
        return False
    trade = words.out_words | words.in_words
    if not any(lemma(w) in trade for w in _WORD.findall(text.lower(), s.start, fact.amount.start)):
        return False
    return not named_sides(text, s.start, s.end)


def between_the_two(text: str, facts: list[Fact], i: int) -> bool:
    """Is figure `i` told as trade between the two countries (a part of their turnover, or
    its sentence names both sides)?"""
    fact = facts[i]
    spans = {fact.sentence.start, *([fact.context.start] if fact.context else [])}
    if any(f.metric == "trade_turnover" and f.sentence.start in spans for f in facts):
        return True
    return {side for _, _, side in named_sides(text, fact.sentence.start, fact.sentence.end)} >= set(SIDES)


def told_as_part(text: str, fact: Fact) -> bool:
    """Is the figure told as a part of a whole before it in its sentence («на долю граждан
    России пришлось …», «…, из них в Россию — …»)?"""
    lo = fact.sentence.start
    return bool(_SHARE_OF.search(text, lo, fact.amount.start)
                or PART_OF_BEFORE.search(text, lo, fact.amount.start))
