"""The money of «the project» an article is about takes the region of its headline.

An article about one plant or joint venture often names other regions in its lead besides
the site: the farms of two regions the first machines went to («Первые машины переданы
хозяйствам Брянской и Орловской областей»). Its sum «Итоговый объём вложений в проект составил
1,4 млрд рублей» names no place, and the lead's one region cannot be had. The headline that
names one Russian region («В Клинцах собрали первый комбайн …») names where the project is:
the project's cost («вложений в проект», «стоимость проекта»: `project_cost` of
`data/money_context_ru.json`) and a sum told right after it in its paragraph («Белорусская
сторона дополнительно вложила в оснастку …»: money put into the same project) are that
region's (newuser32 a10; `money.region`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from analysis.ingest import headline_end, headline_start
from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.entities import RegionMention

__all__ = ["headline_region", "of_the_project", "project_cost", "tells_project_cost"]


@cache
def project_cost() -> re.Pattern[str]:
    """«стоимость проекта», «вложений в проект», «бюджет проекта» (`project_cost`)."""
    return compile_pattern(context_data()["project_cost"])


def tells_project_cost(sentence: str) -> bool:
    """Does the sentence tell the cost of, or the money put into, «the project»?"""
    return project_cost().search(sentence.lower()) is not None


def of_the_project(folded: str, sents: Sequence[tuple[int, int]], idx: int) -> bool:
    """Does sentence `idx` of the paragraph `sents` tell the project's cost, or come right
    after a sentence of the paragraph that does (money put into the same project)?"""
    pattern = project_cost()
    return any(pattern.search(folded, *sents[j]) is not None
               for j in (idx, idx - 1) if j >= 0)


def headline_region(text: str, regions: Callable[[int, int], list[RegionMention]]) -> str | None:
    """The one Russian region the headline (the text's first line, or the line under a date
    line that opens it) names, else None."""
    end = headline_end(text)
    if end <= 0:
        return None
    named = {r.normal for r in regions(headline_start(text), end)}
    return named.pop() if len(named) == 1 else None
