"""`build_figures`: the amounts of a corpus → its figures and duplicates tables.

The steps, in order: stable mention ids on the amounts; the analyst's corrections
(`corrections.csv` in the corpus folder, `analysis.figures.corrections`); the mentions
prepared (forecast, source kind, precision; `analysis.figures.mentions`); implausible ones
flagged (`analysis.figures.plausibility`); copies of a story found
(`analysis.figures.duplicates`); one row per figure and scope (`analysis.figures.consolidate`,
`analysis.figures.scope`). The amounts table comes back with `mention_id`
first and each mention's `scope` after its region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.figures.consolidate import consolidate
from analysis.figures.corrections import apply_corrections, read_corrections
from analysis.figures.duplicates import TextSignature, find_duplicates
from analysis.figures.mentions import KeptRows, mention_ids, prepare
from analysis.figures.plausibility import flag_implausible
from analysis.figures.rules import FigureRules, figure_rules

__all__ = ["FigureSet", "build_figures"]


@dataclass
class FigureSet:
    """What the figures stage adds to a dataset."""

    amounts: pd.DataFrame  # the amounts table with `mention_id` (first column) and `scope`
    figures: pd.DataFrame
    duplicates: pd.DataFrame
    problems: list[dict] = field(default_factory=list)  # {file, reason}: corrections that matched nothing
    corrected_mentions: int = 0
    corrected_figures: int = 0


def build_figures(amounts: pd.DataFrame, articles: pd.DataFrame, problems: pd.DataFrame | None = None,
                  corpus_dir: str | Path | None = None, rules: FigureRules | None = None,
                  signatures: Sequence[TextSignature] | None = None,
                  kept: KeptRows | None = None) -> FigureSet:
    """The figures and duplicates of a corpus from its amounts, articles and problems tables
    (`signatures`: the articles' `text_signature`s, in order, when they were kept; `kept`:
    each article's prepared mention values of an earlier run, `mentions.prepare`)."""
    rules = rules or figure_rules()
    # the scope is decided here: a dataset's amounts table carries the one it was given
    with_ids = amounts.drop(columns=["scope"], errors="ignore")
    with_ids.insert(0, "mention_id", mention_ids(amounts))
    corrections = read_corrections(corpus_dir) if corpus_dir is not None else None
    applied = apply_corrections(with_ids, corrections)
    # an analyst's correction changes an article's rows: then every row is prepared anew
    unchanged = corrections is None or not corrections.items
    mentions = flag_implausible(prepare(applied.amounts, articles, rules,
                                        kept=kept if unchanged else None), rules)
    duplicates = find_duplicates(articles, problems, rules, signatures)
    figures = consolidate(mentions, duplicates, rules.series_metrics, rules.body_kinds)
    # (the rows of `mentions` are those of `with_ids`, in order: corrections change values)
    with_ids.insert(with_ids.columns.get_loc("region") + 1, "scope",
                    pd.Series(mentions["scope"].to_numpy(), index=with_ids.index, dtype="object"))
    return FigureSet(amounts=with_ids, figures=figures, duplicates=duplicates.table,
                     problems=applied.problems, corrected_mentions=applied.corrected,
                     corrected_figures=int(figures["corrected"].sum()) if len(figures) else 0)
