"""«98 тыс. рублей против примерно 90 тысяч годом ранее»: a figure compared with «против» to a
money figure right before it is in that figure's currency, whatever its scale. So is an
elliptic figure after a dash that closes its clause, in the scale of a money figure shortly
before it («в Смоленской области около 26,5 тыс. рублей, а в Москве – свыше 70 тыс.», «37,5
тыс. рублей – средняя зарплата в Пскове. По области показатель ниже – 28,9 тыс.»): the
currency is left out as in «импорт – 3 млн». So is the first of two figures of one scale
coordinated before their one currency («оштрафовало две компании на 300 тыс. и 450 тыс.
рублей»: the currency is said once for both, as in «на 148 млн и 96 млн долларов»). Within
one sentence, «ещё» before a figure and «из них» after it leave the currency out as the dash
does («направил 210 тыс. рублей, ещё 140 тыс. выделено из фонда», «стоимостью 1,35 млн
рублей; 700 тыс. из них – кредит»); a figure with no scale word is of a scale's order when
its value is («обходится в 20.400 рублей, аналог – около 26 тыс.»; round 38). (A bare «90
тысяч» elsewhere is nearly always a count, and stays none.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lang.sentences import stop_before_capital
from analysis.lazypattern import lazy_compile
from analysis.money.around import UNIT_AFTER, counts_something

if TYPE_CHECKING:
    from analysis.money.grammar import Core

__all__ = ["compared_currency", "coordinated_currency", "elliptic_currency"]

# «против», with a comma before it and one qualifier word after it («примерно», «около»)
_AGAINST = lazy_compile(r"(?i),?[ \u00a0]+против[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")
_REACH = 30
# «…, а в Москве – свыше 70 тыс.»: a dash and at most one qualifier word before the figure
_DASH_BEFORE = lazy_compile(r"[ \u00a0]+[—–][ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")
# …and nothing after it in its clause (the dot of «тыс.» may end the sentence)
# (or a dash opening an aside or the predicate: «первый транш — 600 тыс. — уже поступил»)
_CLAUSE_END = lazy_compile(r"\.?[ \u00a0]*(?:[.;,)]|\n|\Z|[—–][ \u00a0])")
# «из них», «в том числе», «из которых»: the figure after it is a part of the one before
_PART_OF = lazy_compile(r"(?i)(?<![а-яё])(?:из[ \u00a0]+(?:них|которых|этой[ \u00a0]+суммы)"
                        r"|в[ \u00a0]+том[ \u00a0]+числе)(?![а-яё])")
# «300 тыс. и 450 тыс. рублей», «100 тыс. или 150 тыс. рублей»: the dot of the first scale,
# a conjunction, a repeated preposition («на 300 тыс. и на 450 тыс.»)
_COORDINATED = lazy_compile(r"(?i)\.?[ \u00a0]+(?:и|или|либо)[ \u00a0]+(?:(?:на|в|до|по)[ \u00a0]+)?\Z")
_ELLIPTIC_REACH = 160  # characters back to the figure whose currency is left out
# «…, ещё 140 тыс. выделено из фонда»: one more sum of the kind just named
_MORE_BEFORE = lazy_compile(r"(?i)(?<![а-яё])(?:ещё|еще)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")
# «стоимостью 1,35 млн рублей; 700 тыс. из них – кредит»: a part named right after the figure
_PART_AFTER = lazy_compile(r"(?i)\.?[ \u00a0]+из[ \u00a0]+(?:них|которых)(?![а-яё])")
_SENTENCE_END = stop_before_capital("«")
_MAGNITUDE = 10  # a figure with no scale word is of a scaled one's order within this ratio


def compared_currency(text: str, prev: Core | None, core: Core) -> str | None:
    """The currency `core` takes from `prev` when «против» sets one against the other."""
    if (prev is None or prev.currency is None or core.currency is not None
            or not core.has_scale or core.bare or core.start - prev.end > _REACH):
        return None
    if not _AGAINST.match(text, prev.end, core.start):
        return None
    end = core.end + (text[core.end:core.end + 1] == ".")  # (past the dot of «тыс.»)
    if UNIT_AFTER.match(text, end) or counts_something(text, end):
        return None  # «98 тыс. рублей против 90 тыс. тонн» compares unlike things
    return prev.currency


def elliptic_currency(text: str, before: list[Core], core: Core) -> str | None:
    """The currency an elliptic `core` («– свыше 70 тыс.») takes from the nearest money
    figure of the same scale among `before` (the cores before it, nearest last); a figure
    written without a scale word («20.400 рублей, российский аналог – около 26 тыс.») is of
    the same scale when its value is of the same order. «ещё» before the figure («…, ещё
    140 тыс. выделено») or «из них» after it («700 тыс. из них – кредит») leaves the currency
    out within one sentence as the dash does."""
    if core.currency is not None or not core.has_scale or core.bare:
        return None
    dash = _DASH_BEFORE.search(text, max(0, core.start - 20), core.start) is not None
    part_after = _PART_AFTER.match(text, core.end) is not None
    # (a figure that closes its clause in the sentence of a money figure of its scale is the
    # next item of a list whose currency was said once: «первое место принесло 120 тыс.
    # рублей, второе – 70 тыс., третье – 50 тыс.», also with a verb and no dash; round 40)
    in_sentence = (part_after or _MORE_BEFORE.search(text, max(0, core.start - 20), core.start)
                   or (not dash and _CLAUSE_END.match(text, core.end)))
    if not (dash or in_sentence):
        return None
    end = core.end + (text[core.end:core.end + 1] == ".")
    if (dash and not in_sentence and not _CLAUSE_END.match(text, core.end)) or UNIT_AFTER.match(
            text, end) or counts_something(text, end):
        return None
    for prev in reversed(before):
        if core.start - prev.end > _ELLIPTIC_REACH or "\n" in text[prev.end:core.start]:
            return None
        if in_sentence and _SENTENCE_END.search(text, prev.end, core.start):
            return None
        if prev.currency is None:
            continue
        if (prev.has_scale and prev.scale == core.scale) or (not prev.has_scale and _same_order(
                prev.number, core.number * core.scale)):
            return prev.currency
        if dash and prev.has_scale and not _SENTENCE_END.search(text, prev.end, core.start):
            # («выручка составила 11,3 млн рублей, чистая прибыль — 640 тыс.»: the items of
            # one sentence's list of figures, each in its own scale)
            return prev.currency
        if prev.has_scale and prev.scale > core.scale and (
                part_after or _PART_OF.search(text, prev.end, core.start)):
            # («предусмотрено 3,6 млн рублей, из них на компенсацию расходов – 400 тыс.»: a
            # part of the total, in a smaller scale)
            return prev.currency
    return None


def _same_order(a: float, b: float) -> bool:
    return a > 0 and b > 0 and 1 / _MAGNITUDE < a / b < _MAGNITUDE


def coordinated_currency(text: str, core: Core, nxt: Core | None) -> str | None:
    """The currency `core` («300 тыс.») takes from `nxt` («450 тыс. рублей»), the figure of
    the same scale coordinated right after it."""
    if (nxt is None or nxt.currency is None or core.currency is not None or not core.has_scale
            or core.bare or not nxt.has_scale or nxt.scale != core.scale or nxt.prefixed):
        return None
    if not _COORDINATED.match(text, core.end, nxt.start):
        return None
    return nxt.currency
