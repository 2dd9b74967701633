"""What a figure is about: its `scope`, one of `analysis.vocab.FIGURE_SCOPES`.

- `regional`: the mention names a Russian region;
- `pair_abroad`: no region, a trade metric, and a sentence that makes Russia and Belarus
  together the one side of an import or export («Беларусь и Россия импортировали
  автокомпоненты на сумму свыше $19 млрд»: `entities.names_pair_trading_abroad`, phrases in
  `data/belarus_side_ru.json`): what the two countries bought or sold abroad, not trade
  between them;
- `national`: Russia–Belarus as a whole.

A mention's scope is decided here once (`mention_scope`, called by `mentions.prepare`);
everything after reads it: plausibility bounds per scope (`bounds_usd` in
`data/figure_rules.json`), the median rule's series, the consolidated figures, the series a
chart plots, the downloads and the briefing's label. `consolidate_by_scope` keeps the scopes
apart: a figure's mentions share its scope (a pair's imports are never a source of a
Russia–Belarus trade figure, nor in conflict with one), and the figure carries it in its
`scope` column.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from analysis.entities import names_pair_trading_abroad
from analysis.figures.consolidate import FIGURE_COLUMNS as CONSOLIDATED_COLUMNS
from analysis.figures.consolidate import consolidate
from analysis.figures.duplicates import Duplicates
from analysis.vocab import NATIONAL, PAIR_ABROAD, REGIONAL, TRADE_METRICS

__all__ = ["FIGURE_COLUMNS", "consolidate_by_scope", "mention_scope"]

# The figures table: consolidation's columns with the scope after the region.
FIGURE_COLUMNS = [c for col in CONSOLIDATED_COLUMNS
                  for c in ((col, "scope") if col == "region" else (col,))]
# The figures table's order (`consolidate`'s), for the scopes' figures put together.
_ORDER = ["metric", "region", "year", "period", "forecast", "currency", "plausible"]
_ASCENDING = [True, True, True, True, True, True, False]


def mention_scope(region: object, metric: object, sentence: object) -> str:
    """The scope of one mention (see the module docstring)."""
    if isinstance(region, str) and region:
        return REGIONAL
    if metric in TRADE_METRICS and isinstance(sentence, str) and names_pair_trading_abroad(sentence):
        return PAIR_ABROAD
    return NATIONAL


def consolidate_by_scope(mentions: pd.DataFrame, duplicates: Duplicates,
                         series_metrics: frozenset[str]) -> pd.DataFrame:
    """The figures table (`FIGURE_COLUMNS`) from prepared, flagged mentions: the pair's
    trade abroad consolidated apart from the rest, each figure with its mentions' scope."""
    apart = (mentions["scope"] == PAIR_ABROAD).to_numpy(dtype=bool) if len(mentions) else None
    if apart is None or not apart.any():
        return _with_scope(consolidate(mentions, duplicates, series_metrics), mentions)
    parts = [consolidate(mentions[~apart], duplicates, series_metrics) if (~apart).any() else None,
             _apart_ids(consolidate(mentions[apart], duplicates, series_metrics))]
    table = pd.concat([p for p in parts if p is not None], ignore_index=True)
    table = table.sort_values(_ORDER, ascending=_ASCENDING, kind="stable", na_position="last")
    return _with_scope(table.reset_index(drop=True), mentions)


def _apart_ids(figures: pd.DataFrame) -> pd.DataFrame:
    """The pair's figures with ids of their own: consolidation hashes a figure's key, which
    a Russia–Belarus figure of the same metric, year and currency shares."""
    figures["figure_id"] = ["fig-" + hashlib.sha1(f"{fid}|{PAIR_ABROAD}".encode()).hexdigest()[:10]
                            for fid in figures["figure_id"]]
    return figures


def _with_scope(figures: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """`figures` with the scope of the mention each value cites (all its mentions share it)."""
    by_mention = dict(zip(mentions["mention_id"], mentions["scope"], strict=True)) if len(mentions) else {}
    figures.insert(figures.columns.get_loc("region") + 1, "scope",
                   pd.Series([by_mention.get(m) for m in figures["value_mention_id"]],
                             index=figures.index, dtype="object"))
    return figures
