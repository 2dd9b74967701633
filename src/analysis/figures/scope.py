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
chart plots, the downloads and the briefing's label. The scope is part of consolidation's key
(`analysis.figures.consolidate`): a figure's mentions share its scope (a pair's imports are
never a source of a Russia–Belarus trade figure, nor in conflict with one), and the figure
carries it in its `scope` column.
"""

from __future__ import annotations

from analysis.entities import names_pair_trading_abroad
from analysis.figures.consolidate import FIGURE_COLUMNS
from analysis.vocab import NATIONAL, PAIR_ABROAD, REGIONAL, TRADE_METRICS

__all__ = ["FIGURE_COLUMNS", "mention_scope"]


def mention_scope(region: object, metric: object, sentence: object) -> str:
    """The scope of one mention (see the module docstring)."""
    if isinstance(region, str) and region:
        return REGIONAL
    if metric in TRADE_METRICS and isinstance(sentence, str) and names_pair_trading_abroad(sentence):
        return PAIR_ABROAD
    return NATIONAL
