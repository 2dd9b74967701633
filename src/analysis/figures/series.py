"""A consolidated series: one value per year of a metric, Russia–Belarus as a whole, full year.

What the trade-by-year chart plots and the quality scorer checks: the plausible,
non-forecast, full-year, national figures of a metric (not the two countries' trade abroad:
`analysis.figures.scope`; not one kind of goods' trade: `goods`; with a flow, the figures of
that direction only: `flow`). A year's point is the
figure stated in the wanted currency; failing that, the converted value of the figure in
another currency with the most independent sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.vocab import NATIONAL

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SeriesPoint", "flow_series", "national_series"]


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
                    currency: str = "USD", flow: str | None = None) -> list[SeriesPoint]:
    """The national full-year series of `metric` in `currency`, by year (see the docstring);
    with `flow`, only the figures of that flow (`analysis.money.flow`), a year's largest
    first (a firm's or a sector's exports of the flow are smaller than the country's)."""
    if figures.empty:
        return []
    # (a table without `scope`, made by hand: national is no region)
    national = (figures["scope"] == NATIONAL) if "scope" in figures \
        else (figures["region"].fillna("") == "")
    total = (figures["goods"].fillna("") == "") if "goods" in figures else True
    one_flow = (figures["flow"].fillna("") == flow) if flow is not None and "flow" in figures else (
        flow is None)
    rows = figures[(figures["metric"] == metric) & national & total & one_flow
                   & (figures["period"].fillna("") == "") & ~figures["forecast"].astype(bool)
                   & figures["plausible"].astype(bool) & figures["year"].notna()]
    points = []
    for year, group in rows.groupby("year", sort=True):
        if flow is not None:
            group = group.sort_values("value", ascending=False, kind="stable")
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


def flow_series(figures: pd.DataFrame, flow: str, currency: str = "USD") -> list[SeriesPoint]:
    """One flow's national series (`flow`: BY→RU or RU→BY): the exporter's exports, and for a
    year with none, the importer's imports of the same goods — one flow counted by two
    statistics offices (a mirror figure), never added to each other."""
    points = {p.year: p for p in national_series(figures, "import", currency, flow)}
    points.update({p.year: p for p in national_series(figures, "export", currency, flow)})
    return [points[y] for y in sorted(points)]
