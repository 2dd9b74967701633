"""A figure converted into another currency («1,46 млрд белорусских рублей. В пересчёте по
среднегодовому курсу это около 520 млн долларов», «5,6 млрд долларов, или около 500 млрд
российских рублей», «612 млн белорусских рублей, что по курсу соответствует 254 млн
долларов») is the same fact said in other money: it measures what the figure it converts
measures, for the same time. `describe` reads every amount on its own first; this pass then
hands each conversion the meaning of the figure before it.

A conversion follows its figure at once, in another currency, with only a conversion's words
between them (`data/money_context_ru.json`, `conversion`: «или», «это», «что … соответствует»,
«в пересчёте», «по курсу», «в российских рублях — …»); a figure in the same currency is
another figure («те же 4,8 млрд долларов превращаются в 408 млрд рублей» converts, the next
rate's «в 422 млрд» is a second conversion of the same sum, left as read)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.lang.sentences import stop_before_capital
from analysis.lazypattern import lazy_compile
from analysis.money.word_lists import context_data, joined, read_words

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["conversion_between", "converted"]

_BRACKET = lazy_compile(r"[ \u00a0]*\([ \u00a0]*(?:\w+[ \u00a0]+)?")
# a bracket holding nothing but the figure in another currency, perhaps rounded («380 млн
# российских рублей (около $5,8 млн)», round 53): the figure said again, its conversion
_BRACKET_ALONE = lazy_compile(r"[ \u00a0]*\([ \u00a0]*(?:(?:около|примерно|порядка|почти)[ \u00a0]+)?")
_BRACKET_CLOSE = lazy_compile(r"[ \u00a0]*\)")
# a dash or comma before a figure that a rate closes («58 млрд рублей — примерно 3,9 млн
# долларов по текущему курсу», round 60): the rate says it is the same sum in other money
_DASHED = lazy_compile(r"[ \u00a0]*[—–,-][ \u00a0]*(?:(?:около|примерно|порядка|почти)[ \u00a0]+)?")
_MAX_GAP = 160  # characters between the figure and its conversion
_SENTENCE_BREAK = stop_before_capital()


class _Patterns(NamedTuple):  # `conversion` of data/money_context_ru.json
    gap: re.Pattern[str]  # words joining a conversion to its figure, the whole gap
    rate_after: re.Pattern[str]  # a rate right after it


@cache
def _patterns() -> _Patterns:
    return read_words(context_data()["conversion"], _Patterns,
                      {"gap": joined("(?is)"), "rate_after": joined("(?i)")})


def _is_conversion(text: str, prev: Fact, fact: Fact) -> bool:
    a, b = prev.amount, fact.amount
    if a.currency is None or b.currency is None or a.currency == b.currency:
        return False
    return conversion_between(text, a.end, b.start, b.end)


def conversion_between(text: str, end: int, start: int, next_end: int) -> bool:
    """Do only a conversion's words stand between a figure ending at `end` and the next one,
    text[start:next_end] («…, или около», «. В пересчёте по курсу это», a bracket with a rate
    after the figure, or holding the figure alone: «(около $5,8 млн)»)?"""
    if start - end > _MAX_GAP or start < end:
        return False
    gap, rate_after = _patterns()
    between = text[end:start]
    breaks = list(_SENTENCE_BREAK.finditer(between))
    if len(breaks) > 1:
        return False
    if breaks and not gap.fullmatch(between[breaks[0].start() + 1:]):
        # a conversion told in a sentence of its own says so there («. В пересчёте по курсу
        # это …»); «…, это 108% к прошлому году. Экспорт — 6,4 млн долларов» is a new figure
        return False
    if gap.fullmatch(between):
        return True
    # «кредит на 1,2 млрд юаней (около 16 млрд российских рублей по текущему курсу)»
    return bool((_BRACKET.fullmatch(between) or _DASHED.fullmatch(between))
                and rate_after.match(text, next_end)) or bool(
        _BRACKET_ALONE.fullmatch(between) and _BRACKET_CLOSE.match(text, next_end))


def converted(text: str, facts: list[Fact]) -> list[Fact]:
    """`facts` with each conversion taking its figure's metric, year, period and forecast,
    and the figure's span (`converts`): the same sum, never a second figure."""
    out: list[Fact] = []
    for fact in facts:
        prev = out[-1] if out else None
        if prev is not None and _is_conversion(text, prev, fact):
            fact = dataclasses.replace(
                fact, metric=prev.metric, year=prev.year, period=prev.period,
                forecast=prev.forecast, year_source=prev.year_source,
                context=fact.context or prev.sentence,
                converts=prev.converts or (prev.amount.start, prev.amount.end))
        out.append(fact)
    return out
