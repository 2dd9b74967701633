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
trade figure stays what its word says, unless the article told a supply or an export before it
(`supplied_before`): «по договору поставки … общая сумма – 19,4 млн, отгружено пока на 11,2
млн», «Российские поставщики уже получили заказы. Петербургский завод отгрузит насосы на …»,
«Стоимость первой партии, отгруженной в марте, составила …» after «завод обязался поставить»
deliver the goods of that supply: the shipper's export (rounds 26, 36, 49, 61). A shipment
that opens the article, a plant's or an industry's whole shipments, stays output (rounds 25, 36).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lang import lemma
from analysis.money.context import context_data
from analysis.money.first_naming import named_before
from analysis.money.shipment import SHIPPING_CLAUSE
from analysis.patternstore import compile_pattern
from analysis.vocab import FLOW_METRICS

if TYPE_CHECKING:
    import re
    from collections.abc import Sequence

    from analysis.money.fact_record import Fact
    from analysis.money.scope import AmountScope

__all__ = ["ships_on", "supplied_before"]

_SHIPMENT = frozenset({"отгрузка", "отгрузить", "отгружать"})


def ships_on(scope: AmountScope, metric: str, head: str, prev: Fact | None) -> bool:
    """Is the amount, read `production` by a shipment word (`head`), a shipment told after a
    trade figure of its paragraph (`prev`, the figure before it)?"""
    if metric != "production" or prev is None or prev.metric not in FLOW_METRICS or not head:
        return False
    if lemma(head.lower()) not in _SHIPMENT or not _governs(scope, head):
        return False
    paragraph = scope.text.rfind("\n", 0, scope.start) + 1
    # the paragraph's own figure, or the sentence right before across a paragraph break
    return (prev.sentence.start >= paragraph
            or not scope.text[prev.sentence.end:scope.start].strip())



@cache
def _supply() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{w})" for w in context_data()["supply_before"]))


def supplied_before(scope: AmountScope, metric: str, head: str, earlier: Sequence[Fact]) -> bool:
    """Is the amount, read `production` by a shipment word (`head`) with no place of its own,
    a delivery of a supply the article told before it: a supply word before the amount
    (`supply_before`: a supply contract, suppliers, «обязался поставить») or an export figure
    among the `earlier` facts?"""
    if metric != "production" or not head or lemma(head.lower()) not in _SHIPMENT:
        return False
    if not _governs(scope, head):
        return False
    # (the supply words before the amount: the article searched once, `named_before`)
    return (any(f.metric == "export" for f in earlier)
            or named_before(_supply(), scope.folded, scope.amount.start))


def _governs(scope: AmountScope, head: str) -> bool:
    """Does the shipment word `head` stand before the amount in its clause? «… и ещё 11 млн
    после первой отгрузки» (the word after the sum), «Истец отгрузил продукцию в полном
    объёме, однако покупатель перечислил только 21,4 млн» (another clause's verb) ship nothing.
    A colon is no new clause here: what follows it tells the shipments before it («отгрузки
    восстановились: их объём составил 78 млн»)."""
    low, end = scope.folded, scope.amount.start
    lo = max([m.end() for m in SHIPPING_CLAUSE.finditer(low, scope.start, end)
              if m.group() != ":"], default=scope.start)
    return low.find(head.lower(), lo, end) >= 0
