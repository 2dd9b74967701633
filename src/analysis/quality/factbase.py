"""Score the fact base's traps against a messy corpus's truth (`*_truth.json`).

For each kind of trap the truth lists, how many stay out of the national full-year result
series (the figures a trade-by-year chart may plot: national, full year, not a forecast,
plausible):

- `forecasts` ({file, year, value}): a forecast read as a result leaks;
- `regional` ({file, value}): a regional figure read as the national one leaks;
- `partial_in_lead` (files): a partial-year figure of that file presented as the year leaks
  (a value of the file in the series candidates that differs from the year's true value);
- `duplicates`, `reprints` (groups of files): a group is found when `duplicates` links all
  of its files; `extra` counts listed copies outside every true group.

Copies that the loader read once have no mentions of their own; their truth items are
skipped. Only counts are returned, so a held-out corpus can be scored without its errors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

__all__ = ["FactBaseScore", "score_fact_base"]


@dataclass
class FactBaseScore:
    """Traps kept out of the series (and how many were checked), copies found."""

    forecasts_out: int
    forecasts: int
    regional_out: int
    regional: int
    partial_out: int
    partial: int
    groups_found: int
    groups: int
    extra_copies: int

    def summary(self) -> str:
        return (f"forecasts kept out {self.forecasts_out}/{self.forecasts}, regional kept out "
                f"{self.regional_out}/{self.regional}, partial years kept out {self.partial_out}/"
                f"{self.partial}, copy groups found {self.groups_found}/{self.groups} "
                f"({self.extra_copies} extra)")


def _candidates(figures: pd.DataFrame, metric: str) -> set[str]:
    """The mention ids of the national full-year result figures of `metric`."""
    rows = figures[(figures["metric"] == metric) & (figures["region"].fillna("") == "")
                   & (figures["period"].fillna("") == "") & ~figures["forecast"].astype(bool)
                   & figures["plausible"].astype(bool)]
    return {m for ids in rows["mention_ids"] for m in str(ids).split(";") if m}


def _mentions(amounts: pd.DataFrame, file: str, value: float | None = None) -> pd.DataFrame:
    rows = amounts[amounts["file"] == file]
    if value is not None:
        rows = rows[(rows["value"] - value).abs() <= 1e-3 * value]
    return rows


def score_fact_base(amounts: pd.DataFrame, figures: pd.DataFrame, duplicates: pd.DataFrame,
                    truth_file: str | Path, metric: str = "trade_turnover") -> FactBaseScore:
    """Count the traps of the truth kept out of the series, and the copies found."""
    truth = json.loads(Path(truth_file).read_text(encoding="utf-8"))
    series_truth = {int(y): float(v) for y, v in truth["national_trade_usd"].items()}
    inside = _candidates(figures, metric)
    counts = dict.fromkeys(("forecasts_out", "forecasts", "regional_out", "regional", "partial_out",
                            "partial"), 0)
    for kind in ("forecasts", "regional"):
        for item in truth.get(kind, []):
            rows = _mentions(amounts, item["file"], float(item["value"]))
            if rows.empty:
                continue  # a copy read once, or an amount the money stage missed
            counts[kind] += 1
            counts[f"{kind}_out"] += int(not set(rows["mention_id"]) & inside)
    for file in truth.get("partial_in_lead", []):
        rows = _mentions(amounts, file)
        rows = rows[rows["mention_id"].isin(inside)]
        counts["partial"] += 1
        wrong = [v for y, v in zip(rows["year"], rows["value"], strict=True)
                 if pd.notna(y) and int(y) in series_truth
                 and abs(v - series_truth[int(y)]) > 0.02 * series_truth[int(y)]]
        counts["partial_out"] += int(not wrong)
    linked = {frozenset((r.file, r.duplicate_of_file)) for r in duplicates.itertuples()}
    groups = truth.get("duplicates", []) + truth.get("reprints", [])
    found = sum(1 for g in groups if all(any(f in pair for pair in linked) for f in g))
    true_files = {f for g in groups for f in g}
    extra = sum(1 for f in duplicates["file"] if f not in true_files)
    return FactBaseScore(**counts, groups_found=found, groups=len(groups), extra_copies=extra)
