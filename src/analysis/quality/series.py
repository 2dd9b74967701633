"""Score a consolidated national series against a corpus's truth (`*_truth.json`).

The truth file gives `national_trade_usd` ({year: value}) and `national_trade_tolerance`
(relative). A year is **right** when the series has a point within the tolerance. A
national full-year trade figure is **implausibly small** when it is plausible, not a
forecast, and under half of that year's true value (a regional or partial figure read as
the national year): the issue asks for none.

`baseline_series` is the briefing's logic before consolidation (the largest national
full-year trade value of the amounts table per year), kept to report the first look; its
`small` counts the amounts rows a chart of every national full-year mention would show.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.figures import national_series

__all__ = ["SeriesScore", "baseline_series", "score_series", "series_truth"]


@dataclass
class SeriesScore:
    """How a series compares with the truth, year by year."""

    right: int
    years: int
    small: int  # plausible national full-year trade figures under half the true value
    wrong: dict[int, float | None] = field(default_factory=dict)  # year → value given (None: missing)

    def summary(self) -> str:
        wrong = ", ".join(f"{y}: {'missing' if v is None else f'{v / 1e9:.2f} bn'}"
                          for y, v in self.wrong.items())
        return (f"{self.right}/{self.years} years right; implausibly small national figures: {self.small}"
                + (f"; wrong: {wrong}" if wrong else ""))


def series_truth(path: str | Path) -> tuple[dict[int, float], float]:
    """The true national trade series (USD by year) and its relative tolerance."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    truth = {int(y): float(v) for y, v in data["national_trade_usd"].items()}
    return truth, float(data.get("national_trade_tolerance", 0.02))


def _compare(values: dict[int, float], truth: dict[int, float], tolerance: float) -> tuple[int, dict]:
    right, wrong = 0, {}
    for year, true in sorted(truth.items()):
        given = values.get(year)
        if given is not None and abs(given - true) <= tolerance * true:
            right += 1
        else:
            wrong[year] = given
    return right, wrong


def score_series(figures: pd.DataFrame, truth_file: str | Path,
                 metric: str = "trade_turnover") -> SeriesScore:
    """The consolidated national full-year `metric` series (USD) scored against the truth."""
    truth, tolerance = series_truth(truth_file)
    values = {p.year: p.value for p in national_series(figures, metric, "USD")}
    right, wrong = _compare(values, truth, tolerance)
    national = figures[(figures["metric"] == metric) & (figures["region"].fillna("") == "")
                       & (figures["period"].fillna("") == "") & ~figures["forecast"].astype(bool)
                       & figures["plausible"].astype(bool) & figures["year"].notna()]
    small = 0
    for year, usd in zip(national["year"], _usd(national), strict=True):
        true = truth.get(int(year))
        if true is not None and usd is not None and usd < 0.5 * true:
            small += 1
    return SeriesScore(right=right, years=len(truth), small=small, wrong=wrong)


def _usd(rows: pd.DataFrame) -> list[float | None]:
    out: list[float | None] = []
    for cur, value, conv, conv_cur in zip(rows["currency"], rows["value"], rows["converted_value"],
                                          rows["converted_currency"], strict=True):
        if cur == "USD":
            out.append(float(value))
        elif conv_cur == "USD" and pd.notna(conv):
            out.append(float(conv))
        else:
            out.append(None)
    return out


def baseline_series(amounts: pd.DataFrame, truth_file: str | Path,
                    metric: str = "trade_turnover") -> SeriesScore:
    """The first look: the largest national full-year value per year of the amounts table."""
    truth, tolerance = series_truth(truth_file)
    rows = amounts[(amounts["metric"] == metric) & amounts["region"].isna() & amounts["period"].isna()
                   & amounts["year"].notna() & (amounts["converted_currency"] == "USD")]
    values = rows.groupby("year")["converted_value"].max()
    right, wrong = _compare({int(y): float(v) for y, v in values.items()}, truth, tolerance)
    small = sum(1 for y, v in zip(rows["year"], rows["converted_value"], strict=True)
                if int(y) in truth and pd.notna(v) and v < 0.5 * truth[int(y)])
    return SeriesScore(right=right, years=len(truth), small=small, wrong=wrong)
