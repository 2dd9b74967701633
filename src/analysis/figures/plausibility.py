"""Which mentions are implausible, and why (they stay in the tables, flagged).

A mention is implausible when

1. **its sentence names a partial period** while the mention reads as the full year
   («составил 30,4 млрд долларов — такие данные за январь–ноябрь»), or **tells it as a change**
   from another figure («что на 50,8 млн долларов больше»: `change` in `data/figure_rules.json`);
2. **it breaks a hard bound** (`bounds_usd` in `data/figure_rules.json`, by metric and scope:
   no national trade turnover under $1 bn a year, nothing bilateral over $1 trillion);
3. **it lies far outside its series** (for metrics that are one quantity per scope and year,
   `series_metrics`: trade turnover; a deal metric such as investment, and export or import
   (a firm's, a sector's, either direction's), has many legitimate sizes a year): the other
   mentions of the same metric and scope (the same region, Russia–Belarus as a whole, or
   the two countries' trade abroad; full-year or partial) across years and sources. On
   log10 of the USD values, a mention is an outlier when it is further from the median than
   `mad_k` robust deviations (MAD × 1.4826) and than `min_log10_spread` (a factor of 3, so
   that a decade of growth is never an outlier). A part of a year is compared at its yearly
   rate (a quarter's figure four times, nine months' four thirds): a first quarter's $11,8 bn
   is no outlier beside January–September's $38,2 bn (newuser33, session 33). A series needs
   mentions
   from `min_articles` articles to judge. A regional figure read as national
   ($0.96 bn next to $50 bn years) is caught here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from analysis.figures.rules import FigureRules, figure_rules
from analysis.money.period import period_months
from analysis.plaintable import is_missing

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TOO_LARGE", "TOO_SMALL", "flag_implausible", "implausible_reasons"]

# the side of its bounds a reason says a figure breaks (the briefing reads them back: a figure
# too small for the two countries is likely one firm's, `briefing.firms`; data/labels.json)
TOO_SMALL = "too small"
TOO_LARGE = "too large"

_MAD_TO_SIGMA = 1.4826


def _money(usd: float) -> str:
    if usd >= 1e9:
        return f"{usd / 1e9:.3g} bn USD"
    if usd >= 1e6:
        return f"{usd / 1e6:.3g} mn USD"
    return f"{usd:,.0f} USD"


def _scope_words(metric: str, scope: str, region: str, full_year: bool) -> str:
    where = f"{region} " if region else f"{scope} "
    return f"{where}{'full-year' if full_year else 'partial-period'} {metric}"


def _spread_partial_words(cols: Mapping[str, list]) -> list[object] | None:
    """A headline repeats its lead: when one sentence of an article says a full-year value
    covers a partial period, every full-year mention of that value and year in the article
    shares the flag («$30,4 млрд» in the headline, «30,4 млрд — данные за январь–ноябрь»).
    The column spread so, or None when no sentence says so."""
    said: dict[tuple, str] = {}
    keys = list(zip(cols["article_id"], cols["metric"], cols["year"], cols["value"],
                    ["" if is_missing(p) else str(p) for p in cols["period"]], strict=True))
    for key, words in zip(keys, cols["partial_words"], strict=True):
        if isinstance(words, str) and words:
            said.setdefault(key, words)
    if not said:
        return None
    return [w if isinstance(w, str) and w else said.get(k)
            for k, w in zip(keys, cols["partial_words"], strict=True)]


def _yearly_factor(period: object, full_year: bool) -> float:
    """What a figure of `period` is multiplied by to compare it at a yearly rate (1 for a
    full year and for a part whose length the label does not say)."""
    if full_year or not isinstance(period, str):
        return 1.0
    months = period_months(period)
    return 12 / months if months and 0 < months < 12 else 1.0


def _positive(value: object) -> bool:
    """A value above zero (NaN and None are not)."""
    return isinstance(value, (int, float)) and value > 0


def flag_implausible(mentions: pd.DataFrame, rules: FigureRules | None = None) -> pd.DataFrame:
    """A copy of prepared mentions (`analysis.figures.mentions.prepare`) with `plausible` and
    `reason` (empty when plausible)."""
    import pandas as pd

    rules = rules or figure_rules()
    out = mentions.copy()
    if out.empty:
        out["plausible"] = pd.Series(dtype="bool")
        out["reason"] = pd.Series(dtype="object")
        return out
    cols = {c: out[c].tolist() for c in _READ if c in out}
    spread = _spread_partial_words(cols)
    if spread is not None:
        out["partial_words"] = spread
    reasons = implausible_reasons(cols, rules, spread)
    out["plausible"] = [not r for r in reasons]
    out["reason"] = ["; ".join(r) for r in reasons]
    return out


# the columns of prepared mentions the rules read (`goods`, `change`, `excluded` when there)
_READ = ("article_id", "metric", "year", "value", "period", "partial_words", "region", "change",
         "goods", "usd", "scope", "excluded")


def implausible_reasons(cols: Mapping[str, list], rules: FigureRules,
                        spread: list[object] | None = None) -> list[list[str]]:
    """Why each prepared mention is implausible (none: plausible), from its columns as pandas
    hands their values on (a missing string or float NaN); `spread`: the partial words of
    `_spread_partial_words`, when made already."""
    count = len(cols["article_id"])
    reasons: list[list[str]] = [[] for _ in range(count)]
    partial = spread if spread is not None else _spread_partial_words(cols) or cols["partial_words"]
    region = ["" if is_missing(r) else str(r) for r in cols["region"]]
    changes = [bool(c) for c in cols["change"]] if "change" in cols else [False] * count
    full_year = [is_missing(p) or str(p) == "" for p in cols["period"]]
    # one kind of goods' or one maker's trade («продукция «Могилевлифтмаш»», $180 млн) is a
    # part of the country's: the floors of a country's totals are not its own
    goods = ["" if is_missing(g) else str(g) for g in cols["goods"]] if "goods" in cols else [""] * count
    for i, (words, usd, metric, scope) in enumerate(zip(partial, cols["usd"], cols["metric"],
                                                         cols["scope"], strict=True)):
        if isinstance(words, str) and words:
            reasons[i].append(f"its sentence says the data cover «{words}»: a partial period read as "
                              "the full year")
        if changes[i]:
            reasons[i].append("a change from another figure («на … больше», «вырос на …»), not a level")
        if usd is None or is_missing(usd):
            continue
        low, high = rules.bounds_for(str(metric), "*" if goods[i] != "" else str(scope))
        if not low <= abs(usd) <= high:  # (a balance may be negative: its size is bounded)
            # (which side it breaks says what it likely is: under a national floor one firm's
            # or one sector's figure; over a ceiling a misread currency or scale)
            side = TOO_SMALL if abs(usd) < low else TOO_LARGE
            reasons[i].append(f"{_money(usd)} is outside the sane range for {scope} {metric} "
                              f"({_money(low)} to {_money(high)}): {side}")
    # each series' rows by position, in row order (plain lists: a DataFrame a series cost
    # more than the arithmetic; the same logs, medians and spreads); one kind of goods' trade
    # is a series of its own, no mention of the total's (`goods`)
    groups: dict[tuple, list[int]] = {}
    for pos, key in enumerate(zip([str(m) for m in cols["metric"]], [str(s) for s in cols["scope"]],
                                  region, full_year, goods, strict=True)):
        groups.setdefault(key, []).append(pos)
    usd_values = [math.nan if is_missing(v) else v * _yearly_factor(p, full)
                  for v, p, full in zip(cols["usd"], cols["period"], full_year, strict=True)]
    article = [str(a) for a in cols["article_id"]]
    for (metric, scope, reg, full, _goods), rows in groups.items():
        rows = [pos for pos in rows if _positive(usd_values[pos])]
        if metric not in rules.series_metrics or len({article[pos] for pos in rows}) < rules.min_articles:
            continue
        logs = np.array([math.log10(usd_values[pos]) for pos in rows])
        median = float(np.median(logs))
        spread_k = max(rules.mad_k * _MAD_TO_SIGMA * float(np.median(np.abs(logs - median))),
                       rules.min_log10_spread)
        for pos, value in zip(rows, logs.tolist(), strict=True):
            if abs(value - median) > spread_k:
                ratio = 10 ** (value - median)
                what = ("likely a regional or partial figure" if ratio < 1
                        else "likely a wrong scale, a sum of several figures or another metric")
                share = f"{ratio:.0%} of" if ratio < 1 else f"{ratio:.1f}× "
                rate = "" if full else " (at a yearly rate)"
                reasons[pos].append(
                    f"{_money(10 ** value)}{rate} is {share} the median of {len(rows)} "
                    f"{_scope_words(str(metric), str(scope), str(reg), bool(full))} mentions "
                    f"({_money(10 ** median)}): {what}")
    if "excluded" in cols:  # struck out by the analyst: judged by no rule, counted nowhere
        reasons = [[] if bool(x) else r for r, x in zip(reasons, cols["excluded"], strict=True)]
    return reasons
