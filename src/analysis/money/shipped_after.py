"""Shipments told right after a trade figure are that trade.

«Отгрузка» and «отгрузить» alone read as a maker's output (`data/metric_lemmas.csv`: a shipment
is export only when a destination follows). Told in the paragraph of an export figure, with no
place of their own, they go on about it: «…поставили в Беларусь семян на 1,35 млрд рублей. В
первом квартале отгрузки составили 610 млн рублей», «экспорт составил 620 тыс. долларов, и
весь этот объём ушёл в Россию. По итогам года планируется отгрузить продукции на 3–3,5 млн»
are the same export, as a bare «Экспорт — …» or «Годом ранее — …» would be (round 44). So is
a shipment opening the paragraph right after the figure's sentence, across the break: after a
wire's lead («Это на 12% меньше …, однако в третьем квартале отгрузки …»: round 46; «Брест, 28
июля (БЕЛТА) – Завод в январе–июне экспортировал в Россию … на $34 млн.» ¶ «Во втором квартале
отгрузки составили …»: round 48) or after any export told last («…шпалы: их отгружено на $96
млн.» ¶ «Во втором квартале отгрузки составили $188,3 млн.»: round 53, session 34): the next
paragraph breaks that export down. A shipment whose paragraph and sentence before told no
trade figure stays what its word says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lang import lemma
from analysis.vocab import FLOW_METRICS

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact
    from analysis.money.scope import AmountScope

__all__ = ["ships_on"]

_SHIPMENT = frozenset({"отгрузка", "отгрузить", "отгружать"})


def ships_on(scope: AmountScope, metric: str, head: str, prev: Fact | None) -> bool:
    """Is the amount, read `production` by a shipment word (`head`), a shipment told after a
    trade figure of its paragraph (`prev`, the figure before it)?"""
    if metric != "production" or prev is None or prev.metric not in FLOW_METRICS or not head:
        return False
    if lemma(head.lower()) not in _SHIPMENT:
        return False
    paragraph = scope.text.rfind("\n", 0, scope.start) + 1
    # the paragraph's own figure, or the sentence right before across a paragraph break
    return (prev.sentence.start >= paragraph
            or not scope.text[prev.sentence.end:scope.start].strip())

