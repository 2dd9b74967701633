"""The metric an amount's own sentence gives it, before any figure around it is read
(`money.facts.describe` then lets a continuation, a topic, a part or a table's label change
it): the nearest cue (`money.metric`), a construction's own metric (`money.constructions`),
and the readings that override a cue of the sentence: Belarusian goods sold in Russia are an
export, a support payout is financing, an insurer's payout is other, a unit price is other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from analysis.money.belarusian_sales import sells_belarusian_goods_in_russia
from analysis.money.constructions import construction_metric
from analysis.money.metric import MetricCue, metric_of
from analysis.money.scope import AmountScope
from analysis.money.support import insurer_payout, is_support_payout
from analysis.money.unit_price import is_unit_price

__all__ = ["OwnMetric", "own_metric"]


class OwnMetric(NamedTuple):
    """The sentence's cue, and the metric and score it comes to."""

    cue: MetricCue
    metric: str
    score: int


def own_metric(scope: AmountScope, names_a_region: Callable[[], bool]) -> OwnMetric:
    """The metric of the amount of `scope` by its own sentence; `names_a_region`: does the
    sentence (else the article) name a Russian region (asked only when it decides)."""
    cue = metric_of(scope)
    metric, score = construction_metric(scope, cue.metric, cue.score)
    if sells_belarusian_goods_in_russia(scope, metric, cue.head, names_a_region):
        metric = "export"  # «белорусские производители реализовали продукции на …»
    elif is_support_payout(scope, metric, cue.head):
        metric = "financing"  # «компенсацию получили 117 хозяйств, выплачено 249,6 млн»
    metric = insurer_payout(scope, metric)  # «страховщики выплатили … возмещения»: other
    if is_unit_price(scope, metric):
        metric, score = "other", 0  # «по 750–900 рублей за килограмм»: a price
    return OwnMetric(cue, metric, score)
