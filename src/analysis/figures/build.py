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
from typing import TYPE_CHECKING

from analysis.figures.consolidate import consolidate, consolidate_plain
from analysis.figures.corrections import apply_corrections, read_corrections
from analysis.figures.duplicates import (
    DUPLICATE_COLUMNS,
    Duplicates,
    TextSignature,
    duplicate_rows,
    find_duplicates,
)
from analysis.figures.mentions import KeptRows, mention_ids, prepare
from analysis.figures.plain_mentions import latest_dates, pandas_values, prepare_columns
from analysis.figures.plausibility import flag_implausible
from analysis.figures.reprint_resume import ReprintPairs
from analysis.figures.rules import FigureRules, figure_rules
from analysis.money import Rates
from analysis.plaintable import PlainTable

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FigureSet", "build_figures", "build_figures_plain"]


@dataclass
class FigureSet:
    """What the figures stage adds to a dataset."""

    # the amounts table with `mention_id` (first column) and `scope`
    amounts: pd.DataFrame | PlainTable
    figures: pd.DataFrame | PlainTable
    duplicates: pd.DataFrame | PlainTable
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
    import pandas as pd

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
    figures = consolidate(mentions, duplicates, rules.series_metrics, rules.body_kinds,
                          rules.plan_or_done)
    # (the rows of `mentions` are those of `with_ids`, in order: corrections change values)
    with_ids.insert(with_ids.columns.get_loc("region") + 1, "scope",
                    pd.Series(mentions["scope"].to_numpy(), index=with_ids.index, dtype="object"))
    return FigureSet(amounts=with_ids, figures=figures, duplicates=duplicates.table,
                     problems=applied.problems, corrected_mentions=applied.corrected,
                     corrected_figures=int(figures["corrected"].sum()) if len(figures) else 0)


def build_figures_plain(amounts: PlainTable, articles: PlainTable, problems: PlainTable,
                        corpus_dir: str | Path | None = None, rules: FigureRules | None = None,
                        signatures: Sequence[TextSignature] | None = None,
                        kept: KeptRows | None = None,
                        reprints: ReprintPairs | None = None) -> FigureSet | None:
    """`build_figures` of plain tables (`analysis.plaintable`), without pandas: the same
    tables, as `PlainTable`s. None when the corpus folder holds the analyst's corrections
    (they are applied to a frame: `build_figures`). `kept`: values as `plain_mentions` keeps
    them (dates, not Timestamps). `reprints`: the last run's reprint pairs, kept
    (`figures.reprint_resume`)."""
    rules = rules or figure_rules()
    if corpus_dir is not None:
        corrections = read_corrections(corpus_dir)
        if corrections.items or corrections.problems:
            return None
    own = [c for c in amounts.columns if c != "scope"]
    table = PlainTable(own, {c: amounts.data[c] for c in own}, {c: amounts.kinds[c] for c in own})
    ids = [str(a) for a in pandas_values(articles, "article_id")]
    precision = (articles.data["published_precision"] if "published_precision" in articles.data
                 else ["day"] * len(ids))
    dates = latest_dates(ids, articles.data["published"], precision)
    titles = dict(zip(ids, articles.data["title"], strict=True)) if "title" in articles.data else {}
    mentions = prepare_columns(table, dict(zip(ids, dates, strict=True)), rules, Rates.load(), kept,
                               titles)
    texts = [t if isinstance(t, str) else "" for t in articles.data["text"]]
    copies = list(zip(*(map(str, pandas_values(problems, c)) for c in ("file", "reason")), strict=True))
    rows, original = duplicate_rows(ids, texts, [str(f) for f in pandas_values(articles, "file")], dates,
                                    copies, rules, signatures, kept=reprints)
    duplicates = Duplicates(table=PlainTable.from_rows(rows, DUPLICATE_COLUMNS, {"similarity": "float64"}),
                            original=original)
    figures = consolidate_plain(mentions, duplicates, rules.series_metrics, rules.body_kinds,
                                rules.plan_or_done)
    columns = ["mention_id", *own]
    columns.insert(columns.index("region") + 1, "scope")
    data = {**table.data, "mention_id": mentions["mention_id"], "scope": mentions["scope"]}
    kinds = {**table.kinds, "mention_id": "str" if len(table) else "object", "scope": "object"}
    return FigureSet(amounts=PlainTable(columns, data, kinds), figures=figures,
                     duplicates=duplicates.table,
                     corrected_figures=sum(map(bool, figures.data["corrected"])))
