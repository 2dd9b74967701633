"""A Russian region is kept by a figure of trade with third countries only when the figure's
own sentence names it.

A region is carried to a trade figure from the sentences before it or from the lead
(`money.region`): in an article about a region's trade with Belarus, «Экспорт — 402 млн» is the
region's. A figure whose goods go neither way between the two (`flow` «other») is another
matter: «Беларусь нарастила поставки в третьи страны: экспорт … составил 9,4 млрд» in an article
whose headline names Yaroslavl is Belarus's export to the world, and the headline's region is
none of it. Such a figure keeps a region only when its own sentence names the region («ярославские
компании поставили в Казахстан …») or speaks as the region («у нас», «экспорт области», «наш
регион»: `money_context_ru.json`'s `local` words).
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
        if context_words().local.search(ctx.folded, s.start, s.end):
            continue
        out[i] = replace(fact, region=None)
    return out
