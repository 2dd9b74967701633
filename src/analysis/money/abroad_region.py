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
oblast's article «экспорт республики» is a Belarusian speaker's country's). For the same
reason an export or import of «республика» in an oblast's article, whichever way it goes
(«Экспорт республики в Россию вырос до 26 млрд»), is no trade of the oblast: it keeps a region
only when its own sentence names it (a turnover «республики с нижегородцами» is the region's
with Belarus, and has no flow).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.money.context import context_words
from analysis.money.region import ArticleText
from analysis.money.whole_trade import told_whole
from analysis.money.world_whole import region_of_whole
from analysis.vocab import FLOW_OTHER

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["without_borrowed_region"]

_REPUBLIC = "республик"
_FIRST_PERSON = "у нас"  # the writer's own side: a Belarusian outlet's is Belarus


def _speaks_as(words: str, region: str, belarusian_site: bool = False) -> bool:
    """Do the local words speak as `region`? «республика» does only for a republic: in an
    oblast's article it is a Belarusian speaker's own country («экспорт республики в третьи
    страны»); and «у нас» on a Belarusian outlet is Belarus («У нас это направление остаётся
    ключевым: на столичный рынок приходится пятая часть всего экспорта республики, который
    составил …» under a headline on Moscow: the republic's whole export, not Moscow's)."""
    if belarusian_site and words.startswith(_FIRST_PERSON):
        return False
    return _REPUBLIC not in words or _REPUBLIC in region.lower()


def without_borrowed_region(text: str, facts: list[Fact], belarusian_site: bool = False,
                            ctx: ArticleText | None = None) -> list[Fact]:
    """The facts, an export or import figure (one with a `flow`) without a region its own
    sentence does not name when it is trade abroad (`flow` other) not told as the region's, or
    the trade of a «республика» that is not the region (an oblast's article; `belarusian_site`:
    the article is a Belarusian outlet's, whose «у нас» is Belarus; `ctx`: the article's
    sentences and regions when the caller holds them)."""
    out = list(facts)
    for i, fact in enumerate(facts):
        if fact.flow is None or not fact.region:
            continue
        ctx = ctx or ArticleText(text)
        s = fact.sentence
        local = [m.group() for m in context_words().local.finditer(ctx.folded, s.start, s.end)]
        foreign_republic = bool(local) and not any(_speaks_as(w, fact.region, belarusian_site)
                                                   for w in local)
        if fact.flow != FLOW_OTHER and not foreign_republic:
            continue
        if any(r.normal == fact.region for r in ctx.regions(s.start, s.end)) and not told_whole(
                text, fact):
            continue  # (a region named as the market taking a share of the whole is the share's)
        if not foreign_republic and any(_speaks_as(w, fact.region, belarusian_site) for w in local):
            continue
        if not foreign_republic and region_of_whole(text, ctx, fact):
            continue  # a part of the region's foreign trade told in the sentence before
        out[i] = replace(fact, region=None)
    return out
