"""What a figure is about: its `scope`, one of `analysis.vocab.FIGURE_SCOPES`.

- `belarus_oblast`: a trade metric, no Russian region, and one Belarusian oblast is the
  trading side (`oblast_side`): «товарооборот Могилевской области с Российской Федерацией
  составил $3,6 млрд» is the oblast's trade with Russia, not the two countries';
- `regional_oblast`: a Russian region's trade with one Belarusian oblast («товарооборот
  Смоленской области с Витебской областью»; «со Смоленской областью объем взаимной торговли
  составил $186,3 млн» in an article on Mogilev oblast's trade), not its trade with all of
  Belarus: the region's figure still, but never its whole trade with Belarus;
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
from analysis.entities.oblasts import names_country_side, oblast_named, trading_oblast
from analysis.figures.consolidate import FIGURE_COLUMNS
from analysis.vocab import (
    BELARUS_OBLAST,
    NATIONAL,
    PAIR_ABROAD,
    REGIONAL,
    REGIONAL_OBLAST,
    TRADE_METRICS,
)

__all__ = ["FIGURE_COLUMNS", "mention_scope", "oblast_side"]


def oblast_side(sentence: object, heading: object = None) -> bool:
    """Whether one Belarusian oblast is the Belarusian side of a trade figure: the sentence
    writes it as the side («товарооборот Могилевской области с …») and names no Belarus as
    a whole beside it; or the sentence names no Belarusian side at all (no country, no other
    oblast: «В этом году планируется выйти на показатель $3,9 млрд», «Объем экспорта услуг в
    эти регионы составил 48,9 млн рублей») in an article whose heading writes an oblast as
    the side («Могилевская область наращивает торговлю с Москвой …»)."""
    if names_country_side(sentence):
        return False
    if trading_oblast(sentence) is not None:
        return True
    oblast = trading_oblast(heading)
    if oblast is None:
        return False
    named = oblast_named(sentence)
    return named is None or named == oblast


def mention_scope(region: object, metric: object, sentence: object,
                  heading: object = None) -> str:
    """The scope of one mention (see the module docstring); `heading`: its article's title."""
    regional = isinstance(region, str) and bool(region)
    if metric in TRADE_METRICS and oblast_side(sentence, heading):
        return REGIONAL_OBLAST if regional else BELARUS_OBLAST
    if regional:
        return REGIONAL
    if metric in TRADE_METRICS and isinstance(sentence, str) and names_pair_trading_abroad(sentence):
        return PAIR_ABROAD
    return NATIONAL
