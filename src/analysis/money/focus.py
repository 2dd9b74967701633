"""Figures said again, and the figure in focus.

- `echo_of`: a bare figure said again («Окончательно — 660») is an earlier figure of the
  same value and currency;
- `headline_echoes`: a headline figure takes the metric and year of the body figure that repeats it,
  and a bare one («Пятьдесят миллионов на новую технику») all its meaning;
- `focus_before`: a figure dated back from the focus («Год назад … было 801 млн», «Это
  рекорд: в 2021-м было чуть больше 800 миллионов») does not move the focus a continuing
  sentence takes its time from;
- `whole_of_part`: nor does a part told last («…, из которых 780 млн пришлось на экспорт»):
  the next sentence goes on about the whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from analysis.ingest import headline_end
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.year import counts_back
from analysis.patternstore import compile_pattern
from analysis.vocab import FLOW_METRICS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analysis.money.amounts import Amount
    from analysis.money.fact_record import Fact

__all__ = ["AGAINST_BEFORE", "PART_OF_BEFORE", "echo_of", "echo_period", "focus_before",
           "headline_echoes", "inside_bracket", "looked_back_from", "set_against", "whole_of_part"]

_FLOW_METRICS = frozenset(FLOW_METRICS)  # (a set: asked of every figure)

# «против» (and a word) right before a figure: a base it is set against, no figure in focus
AGAINST_BEFORE = lazy_compile(r"(?i)(?<![\w-])против[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")

# «, из которых …», «, из них …», «, из него …», «, в том числе …»: a part of the figure before it
# («, почти весь — в Россию ($8,9 млн)», «, большая часть — в Россию»: the part told after
# its whole, as «из них»)
PART_OF_BEFORE = lazy_compile(
    # («…, около 70% из них ушло в Россию»: a share of the figure before «из них», as in «…, из
    # них около 70% …»)
    r"(?i),[ \u00a0]+(?:(?:(?:около|почти|более|свыше|порядка|примерно)[ \u00a0]+)?\d+(?:[,.]\d+)?"
    r"[ \u00a0]*%[ \u00a0]+)?(?:из[ \u00a0]+(?:которых|которого|которой|них|него|нее|неё)"
    r"|в[ \u00a0]+том[ \u00a0]+числе"
    r"|(?:почти|практически)[ \u00a0]+(?:весь|вся|всё|все)|(?:большая|б[оó]льшая|основная)"
    r"[ \u00a0]+часть)(?![\w-])")


# a sentence that opens with the parts of the figure before it
_PARTS_SENTENCE = lazy_compile(r"(?i)[ \u00a0]*(?:из[ \u00a0]+(?:них|которых)|в[ \u00a0]+том[ \u00a0]+числе)"
                             r"(?![\w-])")
_SAME_FIGURE = lazy_compile(r"(?i)(?<!\w)(?:те|тех|та|ту|тот|то)[ \u00a0]+же[ \u00a0]")


def echo_period(text: str, amount: Amount, echo: Fact, s_start: int) -> str | None:
    """The period of the figure an echo says again when it says «те же» («те же 4,8 млрд
    долларов превращаются в …»: the same figure, of the same time); else None (an echo in a
    reply, «700 млн — это был прогноз», keeps no time the question was asked in)."""
    if _SAME_FIGURE.search(text, max(s_start, amount.start - 12), amount.start + 8):
        return echo.period
    return None


def echo_of(facts: list[Fact], amount: Amount, s_start: int, text: str = "") -> Fact | None:
    """An earlier figure of another sentence with the same value and currency: the one this
    cue-less amount says again. Given the article's `text` (the caller's choice: an amount
    that goes on from a figure of its own sentence), a headline's figure is none: the headline
    says the body again, not the other way round («подписано соглашений более чем на
    полмиллиарда долларов» over «товарооборот … достиг 392 млн долларов, а к 2020 году может
    превысить 500 млн»: round 59; `headline_echoes` reads the headline from the body)."""
    title_end = headline_end(text) if text else -1
    return next((f for f in reversed(facts) if f.sentence.start != s_start
                 and f.amount.start > title_end
                 and f.amount.currency == amount.currency and f.amount.value > 0
                 and abs(f.amount.value - amount.value) <= 1e-6 * f.amount.value), None)


# a headline's «почти», «около», «более»: it rounds a body figure within this share of it
_ROUNDED = frozenset({"approx", "almost", "over", "at_least", "under"})
_ROUNDING = 0.03


def headline_echoes(text: str, facts: list[Fact]) -> list[Fact]:
    """A headline figure with no year takes the year of the body figure that says the same
    value again («… выросли до 410 млн долларов» in the title, «Экспорт … в 2024 году вырос до
    410 млн долларов» below); a bare one, whose currency came from that body figure, takes
    all its meaning. Every headline figure the body says again measures what the body's
    does, and is a plan when the body's is: a headline shortens («ФРП одобрил 1,4 млрд рублей на
    проекты» over «одобрил льготные займы на общую сумму 1,4 млрд рублей»; rounds 10, 18, 66)."""
    title_end = headline_end(text)
    out = facts
    for i, f in enumerate(facts):
        if f.amount.start >= title_end or title_end < 0:
            break
        bare = f.amount.implied_currency  # «Пятьдесят миллионов на новую технику»
        body = next((b for b in facts[i + 1:] if b.sentence.start > title_end
                     and b.amount.currency == f.amount.currency
                     and abs(b.amount.value - f.amount.value) <= 1e-6 * f.amount.value), None)
        if body is None and (f.amount.qualifier in _ROUNDED or _whole_number(f.amount)
                             or _shown_step(f.amount) is not None):
            # «закупили российской рыбы почти на $150 млн» over «импорт … составил 148,3 млн
            # долларов»: a headline rounds the body's figure (news usage; round 26), as it
            # drops the decimals («получил 14 млн рублей господдержки» over «финансовую
            # поддержку на 14,2 млн рублей»: round 34)
            # («Зарплата — 7,2 миллиона …» over «составила 7 215 000 рублей»: a figure with
            # decimals rounds the body's to the digits it shows; round 65)
            reach = (_ROUNDING * f.amount.value
                     if f.amount.qualifier in _ROUNDED or _whole_number(f.amount)
                     else (_shown_step(f.amount) or 0.0) / 2)
            body = next((b for b in facts[i + 1:] if b.sentence.start > title_end
                         and b.amount.currency == f.amount.currency and b.amount.value
                         and abs(b.amount.value - f.amount.value) <= reach * (1 + 1e-9)),
                        None)
        if body is not None and body.metric != f.metric:
            out = out if out is not facts else list(facts)
            out[i] = replace(out[i], metric=body.metric)
        if body is not None and body.forecast != f.forecast:
            # «… ищет в России $120 млн» over «рассчитывает привлечь до $120 млн»; «купят шесть
            # тракторов за 21,4 млн» over «контракт заключён … по цене 21 406 992 рубля»: the
            # headline's tense shortens, the body tells whether the money is a plan (round 66)
            out = out if out is not facts else list(facts)
            out[i] = replace(out[i], forecast=body.forecast)
        if (body is not None and f.period is None and body.period is not None
                and f.year in (None, body.year)):
            # «за квартал выдал поручительств на 412 млн» over «в январе–марте выдал … 412 млн»:
            # the body's figure says the span the headline shortens
            out = out if out is not facts else list(facts)
            out[i] = replace(out[i], period=body.period)
        if f.year is not None and not bare:
            continue
        if body is not None and not (body.year is not None or bare):
            body = None
        if body is not None:
            out = out if out is not facts else list(facts)
            out[i] = replace(out[i], year=body.year, year_source=body.year_source,
                             context=body.sentence)
            if bare:  # a bare headline figure is wholly the body's: what it measures too
                out[i] = replace(out[i], metric=body.metric, period=body.period,
                                 forecast=body.forecast, region=body.region)
    return out


# the figure's number as written: its decimals after a comma or point («7,2», «1 142,7»)
_SHOWN_NUMBER = lazy_compile(r"\d[\d \u00a0]*(?:[.,](\d+))?")


def _shown_step(amount: Amount) -> float | None:
    """The step of the last digit a figure with decimals shows («7,2 миллиона»: 100 000);
    None for a figure with none or with a range."""
    m = _SHOWN_NUMBER.search(amount.surface)
    if m is None or m.group(1) is None or amount.value_high is not None:
        return None
    number = float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", "."))
    if not number:
        return None
    return amount.value / number * 10.0 ** -len(m.group(1))


def _whole_number(amount: Amount) -> bool:
    """Is the figure a whole number of its scale («14 млн рублей», not «14,2 млн»)?"""
    return amount.qualifier == "exact" and "," not in amount.surface and "." not in amount.surface.split()[0]


@cache
def _look_back() -> re.Pattern[str]:
    """The past copula that sets a figure of an earlier year against the one in focus («в
    2021-м было чуть больше 800 миллионов»: `look_back_copula`)."""
    words = context_data()["look_back_copula"]
    return compile_pattern(r"(?i)(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")


def focus_before(facts: list[Fact], prev: Fact) -> Fact:
    """The figure in focus a continuing sentence takes its time from: the previous figure,
    or, when that one was dated back from the focus («Год назад … было 801 млн»), the
    figure of an earlier sentence it was counted from; a figure in brackets after another of
    its sentence («выше показателя 2020 года (5,2 млрд долларов)», a base or a conversion)
    leaves the focus on the figure the sentence is about."""
    if inside_bracket(prev) or set_against(prev):
        # («61,3 млн долларов против 78,6 млн в 2008 году. Экспорт области — 27,4 млн»: a
        # base set against the figure before it with «против» is no focus either; session 31)
        outer = next((f for f in reversed(facts) if f.sentence.start == prev.sentence.start
                      and f.amount.start < prev.amount.start and not inside_bracket(f)
                      and not set_against(f)), None)
        if outer is not None:
            return outer
    if prev.year_source == "stated" and _look_back().search(prev.sentence.text):
        return looked_back_from(facts, prev) or prev
    if prev.year_source != "relative" or not counts_back(prev.sentence.text.lower()):
        return prev
    # (the figure it was counted from may stand in its own sentence: «составил $186 млн
    # против $97 млн годом ранее»)
    return next((f for f in reversed(facts) if f.amount.start < prev.amount.start
                 and f.year is not None and not f.forecast), prev)


def looked_back_from(facts: Sequence[Fact], prev: Fact) -> Fact | None:
    """The figure in focus a figure of an earlier year looks back from: «… в 2023 году
    составил 1 млрд 120 млн долларов. Это рекорд: в 2021-м было чуть больше 800 миллионов»
    (an earlier year told as what «было» looks back from), «Для сравнения: в 2017 году …
    получили чуть более 300 млн» (round 52); None when `prev` is no such figure."""
    if prev.year_source != "stated" or prev.year is None or not _look_back().search(prev.sentence.text):
        return None
    focus = next((f for f in reversed(facts) if f.sentence.end <= prev.sentence.start
                  and f.year is not None and not f.forecast), None)
    if focus is not None and focus.year > prev.year and (
            "\n" not in prev.sentence.text and focus.sentence.end >= prev.sentence.start - 2):
        return focus
    return None


def set_against(fact: Fact) -> bool:
    """Is the figure a base set against another with «против» («против 78,6 млн в 2008
    году», «против примерно 90 тысяч»)?"""
    told = fact.amount.start - fact.sentence.start
    return AGAINST_BEFORE.search(fact.sentence.text, max(0, told - 24), told) is not None


def inside_bracket(fact: Fact) -> bool:
    """Does the figure stand in a bracket («(5,2 млрд долларов)», «(в январе–сентябре
    прошлого года – 668,0 млн долларов)»)?"""
    before = fact.sentence.text[:fact.amount.start - fact.sentence.start]
    return before.rfind("(") > before.rfind(")")


def whole_of_part(text: str, facts: list[Fact], prev: Fact) -> Fact:
    """The figure a continuing sentence goes on about: the previous one, or the whole it was
    a part of («1,04 млрд долларов, из которых 780 млн пришлось на экспорт. В Минске
    рассчитывают выйти на 1,5 млрд»: the turnover, not the export)."""
    whole = next((f for f in reversed(facts) if f.sentence.start == prev.sentence.start
                  and f.amount.end <= prev.amount.start), None)
    if whole is not None and PART_OF_BEFORE.search(text, whole.amount.end, prev.amount.start):
        return whole
    if _PARTS_SENTENCE.match(text, prev.sentence.start):
        # «… составил 712,6 млн долларов. Из них наш экспорт — 405 млн, ввоз — около 307 млн.»:
        # the whole told in the sentence before, in the same paragraph
        whole = next((f for f in reversed(facts) if f.sentence.end <= prev.sentence.start), None)
        if whole is not None and "\n" not in text[whole.amount.end:prev.sentence.start]:
            return whole
    parts = [f for f in facts if f.sentence.start == prev.sentence.start]
    if len(parts) >= 2 and all(f.metric in _FLOW_METRICS for f in parts):
        # «Товарооборот … достиг 20,4 млрд. Белорусский экспорт в Россию составил 7,1 млрд,
        # российские поставки в Беларусь — 13,3 млрд.» and then «По итогам года ожидаем выхода
        # на 28 млрд»: the sentence of the two flows breaks down the turnover told right
        # before it in its paragraph, which stays the figure gone on about (round 54)
        whole = next((f for f in reversed(facts) if f.sentence.end <= prev.sentence.start), None)
        if whole is not None and whole.metric == "trade_turnover" and not whole.forecast and (
                "\n" not in text[whole.amount.end:prev.sentence.start]):
            return whole
    return prev
