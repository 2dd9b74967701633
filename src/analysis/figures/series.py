"""A consolidated series: one value per year of a metric, Russia–Belarus as a whole, full year.

What the trade-by-year chart plots and the quality scorer checks: the plausible,
non-forecast, full-year, national figures of a metric (not the two countries' trade abroad:
`analysis.figures.scope`; not one kind of goods' trade: `goods`). A year's point is the
figure stated in the wanted currency; failing that, the converted value of the figure in
another currency with the most independent sources.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.vocab import NATIONAL

__all__ = ["SeriesPoint", "national_series"]


@dataclass(frozen=True)
class SeriesPoint:
    """One year of a series, and the figure it comes from."""

    year: int
    value: float
    currency: str
    figure_id: str
    n_sources: int
    conflict: bool


def national_series(figures: pd.DataFrame, metric: str = "trade_turnover",
                    currency: str = "USD") -> list[SeriesPoint]:
    """The national full-year series of `metric` in `currency`, by year (see the docstring)."""
    if figures.empty:
        return []
    # (a table without `scope`, made by hand: national is no region)
    national = (figures["scope"] == NATIONAL) if "scope" in figures \
        else (figures["region"].fillna("") == "")
    total = (figures["goods"].fillna("") == "") if "goods" in figures else True
    rows = figures[(figures["metric"] == metric) & national & total
                   & (figures["period"].fillna("") == "") & ~figures["forecast"].astype(bool)
                   & figures["plausible"].astype(bool) & figures["year"].notna()]
    points = []
    for year, group in rows.groupby("year", sort=True):
        same = group[group["currency"] == currency]
        if len(same):
            best, value = same.iloc[0], float(same.iloc[0]["value"])
        else:
            other = group[(group["converted_currency"] == currency) & group["converted_value"].notna()]
            if other.empty:
                continue
            best = other.sort_values("n_sources", ascending=False, kind="stable").iloc[0]
            value = float(best["converted_value"])
        points.append(SeriesPoint(year=int(year), value=value, currency=currency,
                                  figure_id=str(best["figure_id"]), n_sources=int(best["n_sources"]),
                                  conflict=bool(best["conflict"])))
    return points
