"""A Russian region is kept by a figure of trade with third countries only when the figure's
own sentence names it.

A region is carried to a trade figure from the sentences before it or from the lead
(`money.region`): in an article about a region's trade with Belarus, «Экспорт — 402 млн» is the
region's. A figure whose goods go neither way between the two (`flow` «other») is another
matter: «Беларусь нарастила поставки в третьи страны: экспорт … составил 9,4 млрд» in an article
whose headline names Yaroslavl is Belarus's export to the world, and the headline's region is
none of it. Such a figure keeps a region only when its own sentence names the region («ярославские
компании поставили в Казахстан …») or speaks as the region («у нас», «экспорт области», «наш
регион»: `money_context_ru.json`'s `local` words; «республика» only for a republic — in an
oblast's article «экспорт республики» is a Belarusian speaker's country's).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.money.context import context_words
from analysis.money.region import ArticleText
from analysis.vocab import FLOW_OTHER

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["without_borrowed_region"]

_REPUBLIC = "республик"


def _speaks_as(words: str, region: str) -> bool:
    """Do the local words speak as `region`? «республика» does only for a republic: in an
    oblast's article it is a Belarusian speaker's own country («экспорт республики в третьи
    страны»)."""
    return _REPUBLIC not in words or _REPUBLIC in region.lower()


def without_borrowed_region(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, a figure of trade abroad (`flow` other) without a region its own sentence
    does not name."""
    ctx: ArticleText | None = None
    out = list(facts)
    for i, fact in enumerate(facts):
        if fact.flow != FLOW_OTHER or not fact.region:
            continue
        ctx = ctx or ArticleText(text)
        s = fact.sentence
        if any(r.normal == fact.region for r in ctx.regions(s.start, s.end)):
            continue
        if any(_speaks_as(m.group(), fact.region)
               for m in context_words().local.finditer(ctx.folded, s.start, s.end)):
            continue
        out[i] = replace(fact, region=None)
    return out
