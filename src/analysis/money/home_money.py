"""Money told in Belarusian rubles is spent, lent or made in Belarus: it carries no Russian
region its own sentence does not name.

A region is carried to an investment, a credit, a financing or an output from the sentences
before it or from the lead (`money.region`): in an article about a Russian region, «На
модернизацию цеха предприятие направило 5 млн рублей» is taken as spent there. When the sum is
in Belarusian rubles (BYN, or BYR before the 2016 redenomination: `money.rubles` decided it
from the outlet, the speaker, the payer or the words), the one who spends it is Belarusian — a
Belarusian plant's own funds, a Belarusian bank's credit, a Belarusian budget's money — and
the Russian region of the article (the partner region of a regional outlet, the region of the
headline) is none of it: charted by region it would put a Belarusian plant's modernisation in
Bryansk. Such a figure keeps a region only when its own sentence names it («вложит в сборочный
цех в Смоленске 12 млн белорусских рублей»), or the sentence before, or when it is the cost of
«the project» («Стоимость проекта оценивается в 15 млн белорусских рублей»: `project_cost` of
`data/money_context_ru.json`) and the headline and lead set the article in that region: the
project the article leads with is there (session 30's new user). Trade figures are left as they are: a Russian
region's trade with Belarus may well be counted in Belarusian rubles.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.money.project_money import of_the_project
from analysis.money.region import ArticleText
from analysis.vocab import MONEY_METRICS

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["without_region_for_belarusian_money"]

_BELARUSIAN_CURRENCIES = frozenset(("BYN", "BYR"))
_SPENT_METRICS = frozenset((*MONEY_METRICS, "production"))


def without_region_for_belarusian_money(text: str, facts: list[Fact],
                                        ctx: ArticleText | None = None) -> list[Fact]:
    """The facts, an investment, credit, financing or output in Belarusian rubles without a
    region its own sentence does not name."""
    out = list(facts)
    for i, fact in enumerate(facts):
        if not fact.region or fact.metric not in _SPENT_METRICS or (
                fact.amount.currency not in _BELARUSIAN_CURRENCIES):
            continue
        ctx = ctx or ArticleText(text)
        s = fact.sentence
        if any(r.normal == fact.region for r in ctx.regions(s.start, s.end)):
            continue
        sents, si = ctx.sentence_index(s.start)
        if si > 0 and any(r.normal == fact.region for r in ctx.regions(*sents[si - 1])):
            continue
        if of_the_project(ctx.folded, sents, si) and any(
                r.normal == fact.region for r in ctx.lead):
            # «Стоимость проекта …», or a sum put into it told right after its cost
            # («… вложений в проект составил 1,4 млрд. Белорусская сторона дополнительно
            # вложила …»): the project the lead sets in the region
            continue
        out[i] = replace(fact, region=None, regions=())
    return out

