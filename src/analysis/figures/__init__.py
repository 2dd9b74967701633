"""Figures: money mentions → one consolidated number per fact (between `money` and `tables`).

`build_figures(amounts, articles, problems, corpus_dir)` gives the `figures` table (one row
per metric, region, scope, year, period, forecast and currency, with its value chosen by the
rule in `value_rule`, its sources, conflicts and plausibility) and the `duplicates` table
(copies of a story, counted once), after the analyst's `corrections.csv`. `national_series` reads the
national full-year series a chart plots.

Modules: `rules` (data/figure_rules.json), `mentions` (mention ids, forecast, source kind,
precision), `scope` (national, regional, the pair's trade abroad), `corrections`,
`plausibility`, `duplicates` (`reprint_resume`: the last run's reprint pairs), `value_rule`,
`consolidate`, `series`, `build`.
"""

from analysis.figures.build import FigureSet, build_figures, build_figures_plain
from analysis.figures.corrections import CORRECTIONS_FILE, read_corrections
from analysis.figures.duplicates import DUPLICATE_COLUMNS, find_duplicates
from analysis.figures.mentions import mention_ids
from analysis.figures.reprint_resume import ReprintPairs
from analysis.figures.rules import figure_rules
from analysis.figures.scope import FIGURE_COLUMNS
from analysis.figures.series import SeriesPoint, flow_series, national_series
from analysis.figures.signature import TextSignature, text_signature

__all__ = [
           "CORRECTIONS_FILE",
           "DUPLICATE_COLUMNS",
           "FIGURE_COLUMNS",
           "FigureSet",
           "ReprintPairs",
           "SeriesPoint",
           "TextSignature",
           "build_figures",
           "build_figures_plain",
           "figure_rules",
           "find_duplicates",
           "flow_series",
           "mention_ids",
           "national_series",
           "read_corrections",
           "text_signature",
]
