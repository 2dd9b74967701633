"""One firm's trade is not the two countries' (new user 29: about 25 single-firm figures —
one plant's exports to Russia, a holding's sales — stood in the trade table under «Россия —
Беларусь», each flagged «слишком мала» yet labelled national).

A trade figure of no region and national scope is listed apart, in a table of its own after
the trade tables, naming whose it is, when

- the money stage read it as one maker's own trade (`goods` «продукция «МТЗ»», «техника
  «Амкодор»»: `analysis.money.goods`, the interview's «мы», a firm as the subject), or
- it is an export or an import the figures stage's checks find too small to be the two
  countries' (the plausibility reason's «too small» under a national floor: one firm's
  sales, or a part of the whole — one kind of goods). A turnover too small for the two
  countries is likely a region's read as theirs (a firm has sales, not a turnover with a
  country): it keeps its row in the trade table, flagged.

It is never a point of the national series, the lead or a card (it never was: the goods and
the flag keep it out), and it is no longer in the table of the two countries' and the
regions' trade. Its firm is the maker its goods name, else the one enterprise its sentence
names («экспорт завода …» after «Череповецкий канатно-метизный завод»), else «не названо».
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from analysis.briefing.formatting import as_text, isblank
from analysis.briefing.rows import has_region
from analysis.entities import find_enterprises
from analysis.figures.plausibility import TOO_SMALL
from analysis.money.goods import kind_and_maker, maker_of
from analysis.vocab import FLOW_METRICS, NATIONAL, TRADE_METRICS

__all__ = ["firm_name", "firm_trade", "goods_of_firm"]



def firm_trade(row: Mapping[str, Any]) -> bool:
    """Is a trade figure one firm's (or a part of the whole) rather than the two countries'?
    See the module docstring."""
    if row.get("metric") not in TRADE_METRICS or has_region(row):
        return False
    scope = row.get("scope")
    if not isblank(scope) and scope != NATIONAL:
        return False
    goods = as_text(row.get("goods")).strip()
    return (bool(goods) and maker_of(goods) is not None) or (
        row.get("metric") in FLOW_METRICS and TOO_SMALL in as_text(row.get("reason")))


def firm_name(row: Mapping[str, Any]) -> str | None:
    """The firm whose figure it is: the maker its goods name, else the one enterprise its
    cited sentence names; None when neither says."""
    goods = as_text(row.get("goods")).strip()
    maker = maker_of(goods) if goods else None
    if maker is not None:
        return maker
    found = {e.normal for e in find_enterprises(as_text(row.get("sentence"))) if e.type == "enterprise"}
    return found.pop() if len(found) == 1 else None


def goods_of_firm(goods: str, firm: str | None) -> str:
    """The goods as a table shows them beside a column naming `firm`: its own products
    («продукция «Минский моторный завод»») say nothing more than the firm («экспорт Беларуси в
    Россию», not «…: продукция «Минский моторный завод»»: newuser40 F8), a kind of its goods
    keeps the kind («техника «Амкодор»» → «техника»); other goods, or another maker's, as they are."""
    if not goods or firm is None or maker_of(goods) != firm:
        return goods
    split = kind_and_maker(goods)
    return split[0] if split else ""
