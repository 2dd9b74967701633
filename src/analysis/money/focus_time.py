"""The time in focus: how far a figure's own sentence speaks for it, and the time a figure
with none of its own takes from the figures just before it.

- `own_reach`: the sentence up to where a clause about something else begins (a time told
  after «; годом ранее …» or in a bracket with a figure of its own is not the figure's);
- `figures_before`: a result (a balance after exports and imports) takes the time of the
  figure just before it in its paragraph;
- `results_time`: may a result take the time of a results report («подвёл итоги 2024 года»)?
- `counted_back_from`: «Годом ранее было 188 млн» after a figure of a period is the same
  period a year before;
- `planned_year`: a plan for the year («План на год – $1,6 млрд») after a sentence that told
  a past year's figure and the year in progress so far is a plan for the latest of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.carried_time import CarriedTime
from analysis.money.context import reports_results, states_trade_balance
from analysis.money.coordinated import timed_predicate_in
from analysis.money.region import SentenceSpan
from analysis.money.whole_spans import whole_year
from analysis.money.year import counts_back

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analysis.money.fact_record import Fact
    from analysis.money.scope import AmountScope

__all__ = ["article_focus", "balance_time", "counted_back_from", "figures_before", "own_reach",
           "planned_year", "results_time"]

# A results report reaches the figures of its own paragraph and the next two lines (a
# headline's report covers the lead and the first body paragraph).
_RESULTS_REACH = 2
# where a clause about something else begins: «;», «, хотя …», «, но …», «, а …» (a comment
# on the figure itself, «, что на 46 млн больше, чем годом ранее», is still the figure's)
_COMMENT = lazy_compile(r"(?i)[ \u00a0]*(?:что|это|чем)(?!\w)")
# («46,3 млн против 12,8 млн годом ранее»: «против» opens the comparison base, whose time it is)
_CLAUSE_AFTER = lazy_compile(r";|,[ \u00a0]+(?:хотя|но|а|однако)[ \u00a0]|[ \u00a0]против[ \u00a0]")


def own_reach(scope: AmountScope) -> str:
    """The lower-cased sentence up to where a clause about something else begins: a time
    told there («… около 4,9 млрд долларов; годом ранее Подмосковье было вторым», «…, хотя
    годом ранее город был третьим»), or in a bracket that holds a figure of its own («71,1
    млрд (9 мес. 2024: 79,8 млрд)»), is that clause's, not the figure's."""
    stop = _CLAUSE_AFTER.search(scope.text, scope.amount.end, scope.end)
    end = stop.start() if stop else scope.end
    nxt = min((o.start for o in scope.others if o.start >= scope.amount.end), default=end)
    comma = scope.text.rfind(",", scope.amount.end, min(nxt, end))
    if nxt < end and comma >= 0 and not _COMMENT.match(scope.text, comma + 1):
        # «4,3 млрд, или 33% экспорта, который в прошлом году составил 12,9 млрд»: the next
        # figure's clause (not a comment on this one: «, что на 46 млн больше, чем годом ранее»)
        end = comma
    bracket = scope.text.find("(", scope.amount.end, end)
    if bracket >= 0 and any(o.start > bracket for o in scope.others):
        end = bracket  # «Итого: 71,1 млрд ₽ (9 мес. 2024: 79,8 млрд ₽)»: the bracket's figure's time
    # «в прошлом году закупила … на 96,5 млн, а в марте подписала договор на 120 млн»: the
    # predicate before, with its own sum, is a clause of its own (session 30)
    begin = max((o.end for o in scope.others if o.end <= scope.amount.start
                 and timed_predicate_in(scope.text, o.end, scope.amount.start)), default=scope.start)
    return scope.lowered[begin - scope.start:end - scope.start]


def figures_before(prev: Fact | None, sents: list[SentenceSpan]) -> CarriedTime | None:
    """The time of the figure just before, in the same paragraph, when it has one and is no
    plan: what a result stated after it (a balance after exports and imports) takes."""
    if prev is None or prev.year is None or prev.forecast or prev.sentence.start < sents[0].start:
        return None
    return CarriedTime(year=prev.year, period=prev.period, source=None,
                       sentence=SentenceSpan(prev.sentence.start, prev.sentence.end),
                       inherited_source=prev.year_source)


def results_time(text: str, when: CarriedTime, paragraph_start: int, date_source: str) -> bool:
    """May a result figure take this time: a results report («подвёл итоги 2024 года») in
    its paragraph or up to `_RESULTS_REACH` lines before, read from a stated year or a known date (a
    «прошлый год» counted from a guessed date is no year)?"""
    if text.count("\n", when.sentence.end, paragraph_start) > _RESULTS_REACH:
        return False  # a price further down («шина стоит от 4,5 млн») is not a result
    if when.source == "relative" and date_source == "inferred":
        return False
    return reports_results(text, when.sentence.start, when.sentence.end)


def counted_back_from(scope: AmountScope, focus: Fact | None) -> Fact | None:
    """The figure in focus (`focus`: the one just before, in this or the previous sentence)
    whose period a figure dated back from it takes: «Выручка за I квартал — 214,6 млн. Годом
    ранее было 188 млн» is the first quarter a year before. None when the sentence does not
    count back from the focus («годом ранее», «год назад»). (Read only for a sentence that
    names no period of its own; «Годом ранее за весь год — 1,9 млрд» after a figure for January–
    May counts back to the whole year, no period: round 44.)"""
    if focus is None or focus.period is None or focus.forecast or not counts_back(scope.lowered):
        return None
    return None if whole_year(scope.lowered[:scope.amount.start - scope.start]) else focus


def article_focus(facts: Sequence[Fact], trade_metrics: frozenset[str]) -> CarriedTime | None:
    """The time of the article's first reported trade figure with a year of its own: a trade
    figure in a later paragraph with no time of its own, and no earlier sentence of its
    paragraph or lead that states one, speaks of the year the article is about («Товарооборот
    … по итогам прошлого года составил 1,38 млрд. … Для сравнения: в 2021 году … ¶ Ввезли мы
    на 940 млн»: the year past, not the comparison)."""
    for f in facts:
        if f.metric in trade_metrics and f.year is not None and not f.forecast:
            return CarriedTime(year=f.year, period=f.period, source=None,
                               sentence=SentenceSpan(f.sentence.start, f.sentence.end),
                               inherited_source=f.year_source)
    return None


def balance_time(text: str, start: int, end: int, facts: Sequence[Fact],
                 trade_metrics: frozenset[str]) -> CarriedTime | None:
    """The time of a trade balance with none of its own (text[start:end] its sentence): the
    balance of the exports and imports the article reports («Сальдо торговли с Беларусью
    сложилось положительным — 200 млн долларов» after a customs office's figures for
    January–October), so the time of its first reported trade figure; None for another result."""
    if not states_trade_balance(text, start, end):
        return None
    return article_focus(facts, trade_metrics)


# «План на год», «прогноз на весь год», «задача на год»: a plan for a whole year it does not name
_PLAN_FOR_YEAR = lazy_compile(r"(?<![\w-])(?:прогноз|план|задач)\w*(?:[ \u00a0]+[а-яё]+)?[ \u00a0]+на"
                              r"(?:[ \u00a0]+весь)?[ \u00a0]+год(?![\w-])")


def planned_year(low: str, when: CarriedTime, facts: Sequence[Fact]) -> CarriedTime:
    """The year a plan for the year (lower-cased `low`: «план на год – $1,6 млрд») is for,
    carried from the sentence `when` came from: the latest year of that sentence's figures
    («в 2025 году составил $1,46 млрд, а за январь–апрель 2026 года – $512 млн»: 2026, the
    year in progress, not the past year its first figure told; round 53)."""
    if when.year is None or _PLAN_FOR_YEAR.search(low) is None:
        return when
    latest = max((f.year for f in facts if f.year is not None
                  and when.sentence.start <= f.sentence.start < when.sentence.end), default=None)
    return when._replace(year=latest) if latest is not None and latest > when.year else when
