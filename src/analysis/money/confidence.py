"""How far a briefing can trust a money fact's row (`Fact.confidence`)."""

from __future__ import annotations

from analysis.money.amounts import Amount
from analysis.money.metric import NO_CUE

__all__ = ["confidence_of"]


def confidence_of(amount: Amount, *, metric: str, score: int, region_penalty: float) -> float:
    """How far a briefing can trust the row: explicit currency, a strong nearby metric cue."""
    conf = 0.95
    if amount.implied_currency:
        conf -= 0.25
    if metric == "other" and score == NO_CUE:
        conf -= 0.15  # no cue at all
    elif score > 6:
        conf -= 0.1  # a weak or distant cue
    conf -= region_penalty
    return round(max(conf, 0.1), 2)
