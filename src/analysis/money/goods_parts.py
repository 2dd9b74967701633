"""A trade figure of one kind of goods is a part of the total of its flow told before it.

Customs and statistics releases give the total first, then its commodity groups («Импорт из
Беларуси — 325 млн долларов. … В импорте лидирует металлопродукция — 27,9%, или 90,8 млн»):
the group's sum is inside the total, not beside it, so a reader never adds the two nor shows
the group as the total. The total is the nearest earlier figure of the same measure, flow,
region, year, period and currency that names no goods, and is larger.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.vocab import TRADE_METRICS

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["with_goods_totals"]


def with_goods_totals(facts: list[Fact]) -> list[Fact]:
    """The facts, each goods figure with no whole of its own marked as a part of its total."""
    out: list[Fact] = []
    for fact in facts:
        if fact.goods is not None and fact.part_of is None and fact.metric in TRADE_METRICS:
            total = next((t for t in reversed(out) if _is_total_of(t, fact)), None)
            if total is not None:
                fact = replace(fact, part_of=(total.amount.start, total.amount.end))
        out.append(fact)
    return out


def _is_total_of(total: Fact, part: Fact) -> bool:
    return (total.goods is None and total.part_of is None and total.metric == part.metric
            and total.flow == part.flow and total.region == part.region
            and total.year == part.year and total.period == part.period
            and not total.forecast and not part.forecast
            and total.amount.currency == part.amount.currency
            and total.amount.value > part.amount.value)
