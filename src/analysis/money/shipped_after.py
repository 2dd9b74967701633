"""Shipments told right after a trade figure are that trade.

«Отгрузка» and «отгрузить» alone read as a maker's output (`data/metric_lemmas.csv`: a shipment
is export only when a destination follows). Told in the paragraph of an export figure, with no
place of their own, they go on about it: «…поставили в Беларусь семян на 1,35 млрд рублей. В
первом квартале отгрузки составили 610 млн рублей», «экспорт составил 620 тыс. долларов, и
весь этот объём ушёл в Россию. По итогам года планируется отгрузить продукции на 3–3,5 млн»
are the same export, as a bare «Экспорт — …» or «Годом ранее — …» would be (round 44). So is
a shipment in the sentence right after the figure across the paragraph break after a wire's
lead, when that sentence opens pointing back at it («Это на 12% меньше …, однако в третьем
квартале отгрузки …»: round 46), or when the figure is the wire's lead itself, the paragraph
that opens on the agency's dateline («Брест, 28 июля (БЕЛТА) – Завод в январе–июне
экспортировал в Россию … на $34 млн.» ¶ «Во втором квартале отгрузки составили …»): the next
paragraph breaks the lead's figure down (round 48). A shipment whose paragraph and sentence
before told no trade figure stays what its word says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lang import lemma
from analysis.lang.newslayout import dateline_end
from analysis.lazypattern import lazy_compile
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
    # the paragraph's own figure, or the sentence right before across a paragraph break when
    # the new paragraph opens pointing back at it (a wire's lead, then «Это на 12% меньше …,
    # однако в третьем квартале отгрузки …»)
    return prev.sentence.start >= paragraph or (
        not scope.text[prev.sentence.end:scope.start].strip()
        and (_POINTS_BACK.match(scope.text, scope.start) is not None
             or _is_wire_lead(scope.text, prev.sentence.start)))


def _is_wire_lead(text: str, start: int) -> bool:
    """Does the sentence at `start` stand in a paragraph that opens on an agency's dateline
    («Брест, 28 июля (БЕЛТА) – …»: a wire's lead)?"""
    para = text.rfind("\n", 0, start) + 1
    end = text.find("\n", para)
    return dateline_end(text, para, len(text) if end < 0 else end) > para


# a sentence opening on a demonstrative that points back at the figure just told
_POINTS_BACK = lazy_compile(r"(?:Это|Этот|Эта|Эти|При[ \u00a0]+этом|Такой|Такая|Такие)(?![\w-])")
