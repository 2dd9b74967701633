"""Figures closed by «соответственно» that go on about the sentence before: «Российский экспорт в
Беларусь достиг 31,2 млрд, а белорусский экспорт в Россию — 25,2 млрд. Годом ранее соотношение
было 29,6 и 23,5 млрд соответственно»: the first figure is the first thing named before (the
Russian export), the second the second, in order. A sentence of this shape names nothing of its
own, so reading each figure as going on about the last figure before it would give both the
second thing's meaning. So do figures a clause opens with «соответственно» after the figures of
its sentence («экспорт … – 22,2 млрд, импорт … – 13,3 млрд; в 2020 году – соответственно 17,4 млрд
и 12,1 млрд»: round 52).

A list of as many years in the sentence pairs with its figures the same way: «в 2019, 2020 и
2021 годах стороны наторговали на 35,6, 29,5 и 38,5 млрд долларов соответственно» is 35,6 in
2019, 29,5 in 2020 and 38,5 in 2021 (`with_respective_years`; session 35). The year reader
alone gives such figures no year: a list of years is a span.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.forecast import is_future
from analysis.money.list_regions import respectively_word

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.fact_record import Fact

__all__ = ["respective_pairs", "with_respective_metrics", "with_respective_years"]

# (the adverb after the figures closes their clause: «… 29,6 и 23,5 млрд долларов
# соответственно.»; «Соответственно, …» opening a sentence means «accordingly» and pairs nothing)
_CLAUSE_END = lazy_compile(r"[ \u00a0]*(?:[.;!)]|\Z)")
# a list of years («2019, 2020 и 2021 годах», «2022 и 2023 гг.»): each year in digits, joined by
# commas and a last «и»
_YEAR = r"(?:19|20)\d\d(?!\d)"
_YEAR_LIST = lazy_compile(rf"(?<!\d){_YEAR}(?:[ \u00a0]*,[ \u00a0]*{_YEAR})*[ \u00a0]+и[ \u00a0]+{_YEAR}")
_YEAR_IN_LIST = lazy_compile(_YEAR)
_ANY_YEAR = lazy_compile(rf"(?<!\d){_YEAR}")


def _closes_with_respectively(text: str, start: int, end: int) -> bool:
    word = respectively_word()
    said = word.search(text, start, end) if word is not None else None
    return said is not None and _CLAUSE_END.match(text, said.end(), end) is not None


def _opens_with_respectively(text: str, start: int, figure_start: int) -> bool:
    """Does «соответственно» stand right before the figure at `figure_start` («…; в 2020 году
    – соответственно 17,4 млрд и 12,1 млрд»), `start` its sentence's start?"""
    word = respectively_word()
    if word is None:
        return False
    said = [m.end() for m in word.finditer(text, max(start, figure_start - 24), figure_start)]
    return bool(said) and not text[said[-1]:figure_start].strip()


def _run_after_word(text: str, start: int, facts: list[Fact], members: list[int]) -> dict[int, int]:
    """The figures a clause opens with «соответственно» before them, paired in order with as
    many figures told just before them in the sentence («экспорт … – 22,2 млрд, импорт … –
    13,3 млрд; в 2020 году – соответственно 17,4 млрд и 12,1 млрд»: round 52)."""
    k = next((k for k, i in enumerate(members)
              if _opens_with_respectively(text, start, facts[i].amount.start)), None)
    if k is None:
        return {}
    run, earlier = members[k:], members[:k]
    if len(run) < 2 or len(earlier) < len(run):
        return {}
    return dict(zip(run, earlier[-len(run):], strict=True))


def respective_pairs(text: str, facts: list[Fact]) -> dict[int, int]:
    """Figure index → the index of the earlier figure it stands for, for each figure of a
    sentence that closes with «соответственно» after two or more figures, all of which took
    their meaning from one earlier sentence holding as many figures."""
    by_sentence: dict[int, list[int]] = {}
    for i, fact in enumerate(facts):
        by_sentence.setdefault(fact.sentence.start, []).append(i)
    pairs: dict[int, int] = {}
    for start, members in by_sentence.items():
        if len(members) < 2:
            continue
        last, end = facts[members[-1]], facts[members[-1]].sentence.end
        if not _closes_with_respectively(text, last.amount.end, end):
            pairs.update(_run_after_word(text, start, facts, members))
            continue
        sources = {facts[i].context.start if facts[i].context else None for i in members}
        if len(sources) != 1 or (source := sources.pop()) is None or source >= start:
            continue
        named = by_sentence.get(source, [])
        if len(named) == len(members):
            pairs.update(zip(members, named, strict=True))
    return pairs


def with_respective_metrics(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, each figure of a «соответственно» sentence with the metric of the earlier
    figure it stands for."""
    pairs = respective_pairs(text, facts)
    if not pairs:
        return facts
    out = list(facts)
    for i, j in pairs.items():
        out[i] = replace(facts[i], metric=facts[j].metric)
    return out


def _listed_years(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[int]:
    """The years of the one list of years text[start:end] names outside the amounts at
    `spans`, in order; none when it names another year besides them."""
    lists = [m for m in _YEAR_LIST.finditer(text, start, end)
             if not any(a <= m.start() < b for a, b in spans)]
    if len(lists) != 1:
        return []
    listed = lists[0]
    alone = [m for m in _ANY_YEAR.finditer(text, start, end)
             if not listed.start() <= m.start() < listed.end()
             and not any(a <= m.start() < b for a, b in spans)]
    if alone:
        return []
    return [int(m.group()) for m in _YEAR_IN_LIST.finditer(text, listed.start(), listed.end())]


def with_respective_years(text: str, facts: list[Fact], published: date | None) -> list[Fact]:
    """The facts, each figure of a sentence closing with «соответственно» (or with it right
    before the first figure) after a list of years and as many figures with the year in the
    same place of the list («в 2019, 2020 и 2021 годах … на 35,6, 29,5 и 38,5 млрд долларов
    соответственно»); a year after the
    publication's makes its figure a forecast, as any figure's does."""
    by_sentence: dict[int, list[int]] = {}
    for i, fact in enumerate(facts):
        by_sentence.setdefault(fact.sentence.start, []).append(i)
    out = list(facts)
    for start, members in by_sentence.items():
        if len(members) < 2:
            continue
        last = facts[members[-1]]
        if not (_closes_with_respectively(text, last.amount.end, last.sentence.end)
                or _opens_with_respectively(text, start, facts[members[0]].amount.start)):
            # («… в 2022, 2023 и 2024 годах составили соответственно 620 млн, 740 млн и 690
            # млн долларов»: the adverb before the figures pairs them too; session 45)
            continue
        spans = [(facts[i].amount.start, facts[i].amount.end) for i in members]
        years = _listed_years(text, start, last.sentence.end, spans)
        if len(years) != len(members) or any(
                facts[i].year is not None and facts[i].year not in years for i in members):
            continue
        for i, year in zip(members, years, strict=True):
            fact = facts[i]
            out[i] = replace(fact, year=year, year_source="stated", forecast=fact.forecast or (
                fact.metric != "agreements" and is_future(year, published)))
    return out
