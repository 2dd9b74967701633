"""One delivery is a deal, not a region's trade. «Минский тракторный завод отгрузил в
Оренбургскую область 120 тракторов … на общую сумму 1,1 млрд рублей» is the maker's export by
the gold's convention (a maker's deliveries into a named region), and the tables keep it so;
but it is one batch of machines, not what the region trades with Belarus in a year. A trade
figure (exports, imports) with a region, each of whose mentions counts the units delivered
before its amount («120 тракторов», «45 комбайнов»: `money.counted_goods`), is a delivery: the
briefing lists it with the deals (beside «Гомсельмаш»'s contract for 45 combines), not among
the region's trade figures, nor counts it as one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import as_text, isblank
from analysis.briefing.rows import has_region
from analysis.money import counted_goods
from analysis.vocab import FLOW_METRICS

__all__ = ["DELIVERY_METRICS", "is_delivery"]

DELIVERY_METRICS = FLOW_METRICS  # (the flows of goods: vocab's one definition)


def is_delivery(row: Mapping[str, Any], mention_index: Mapping[str, Mapping[str, Any]]) -> bool:
    """Is the trade figure `row` one delivery of counted goods into (or from) a region?"""
    if row.get("metric") not in DELIVERY_METRICS or not has_region(row):
        return False
    mentions = [mention_index.get(m) for m in ids(row.get("mention_ids")) or ids(row.get("mention_id"))]
    return bool(mentions) and all(m is not None and _counts_units(m) for m in mentions)


def _counts_units(mention: Mapping[str, Any]) -> bool:
    """Does the mention's sentence count units of goods before its amount?"""
    sentence, surface = as_text(mention.get("sentence")), as_text(mention.get("surface"))
    at = sentence.find(surface) if surface else -1
    if at < 0:  # (the sentence's clean text differs from the file's: its offsets, roughly)
        start, s_start = mention.get("start"), mention.get("sentence_start")
        if isblank(start) or isblank(s_start):
            return False
        at = max(0, int(start) - int(s_start))
    return counted_goods(sentence[:at])
