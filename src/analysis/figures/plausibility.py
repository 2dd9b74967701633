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
   that a decade of growth is never an outlier). A series needs mentions
   from `min_articles` articles to judge. A regional figure read as national
   ($0.96 bn next to $50 bn years) is caught here.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.figures.rules import FigureRules, figure_rules

__all__ = ["flag_implausible"]

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


def _spread_partial_words(out: pd.DataFrame) -> None:
    """A headline repeats its lead: when one sentence of an article says a full-year value
    covers a partial period, every full-year mention of that value and year in the article
    shares the flag («$30,4 млрд» in the headline, «30,4 млрд — данные за январь–ноябрь»)."""
    said: dict[tuple, str] = {}
    keys = list(zip(out["article_id"], out["metric"], out["year"], out["value"],
                    out["period"].fillna("").astype(str), strict=True))
    for key, words in zip(keys, out["partial_words"], strict=True):
        if isinstance(words, str) and words:
            said.setdefault(key, words)
    if said:
        out["partial_words"] = [w if isinstance(w, str) and w else said.get(k)
                                for k, w in zip(keys, out["partial_words"], strict=True)]


def _positive(value: object) -> bool:
    """A value above zero (NaN and None are not)."""
    return isinstance(value, (int, float)) and value > 0


def flag_implausible(mentions: pd.DataFrame, rules: FigureRules | None = None) -> pd.DataFrame:
    """A copy of prepared mentions (`analysis.figures.mentions.prepare`) with `plausible` and
    `reason` (empty when plausible)."""
    rules = rules or figure_rules()
    out = mentions.copy()
    reasons: list[list[str]] = [[] for _ in range(len(out))]
    if out.empty:
        out["plausible"] = pd.Series(dtype="bool")
        out["reason"] = pd.Series(dtype="object")
        return out
    _spread_partial_words(out)
    region = out["region"].fillna("").astype(str)
    changes = [bool(c) for c in out["change"]] if "change" in out else [False] * len(out)
    full_year = out["period"].isna() | (out["period"].astype(str) == "")
    # one kind of goods' or one maker's trade («продукция «Могилевлифтмаш»», $180 млн) is a
    # part of the country's: the floors of a country's totals are not its own
    of_goods = (out["goods"].fillna("").astype(str) != "").tolist() if "goods" in out else [
        False] * len(out)
    for i, (words, usd, metric, scope) in enumerate(zip(out["partial_words"], out["usd"], out["metric"],
                                                         out["scope"], strict=True)):
        if isinstance(words, str) and words:
            reasons[i].append(f"its sentence says the data cover «{words}»: a partial period read as "
                              "the full year")
        if changes[i]:
            reasons[i].append("a change from another figure («на … больше», «вырос на …»), not a level")
        if usd is None or pd.isna(usd):
            continue
        low, high = rules.bounds_for(str(metric), "*" if of_goods[i] else str(scope))
        if not low <= abs(usd) <= high:  # (a balance may be negative: its size is bounded)
            reasons[i].append(f"{_money(usd)} is outside the sane range for {scope} {metric} "
                              f"({_money(low)} to {_money(high)})")
    # each series' rows by position, in row order (plain lists: a DataFrame a series cost
    # more than the arithmetic; the same logs, medians and spreads); one kind of goods' trade
    # is a series of its own, no mention of the total's (`goods`)
    goods = out["goods"].fillna("").astype(str) if "goods" in out else [""] * len(out)
    groups: dict[tuple, list[int]] = {}
    for pos, key in enumerate(zip(out["metric"].astype(str), out["scope"].astype(str), region,
                                  full_year.tolist(), goods, strict=True)):
        groups.setdefault(key, []).append(pos)
    usd_values = pd.to_numeric(out["usd"], errors="coerce").tolist()
    article = out["article_id"].astype(str).tolist()
    for (metric, scope, reg, full, _goods), rows in groups.items():
        rows = [pos for pos in rows if _positive(usd_values[pos])]
        if metric not in rules.series_metrics or len({article[pos] for pos in rows}) < rules.min_articles:
            continue
        logs = np.array([math.log10(usd_values[pos]) for pos in rows])
        median = float(np.median(logs))
        spread = max(rules.mad_k * _MAD_TO_SIGMA * float(np.median(np.abs(logs - median))),
                     rules.min_log10_spread)
        for pos, value in zip(rows, logs.tolist(), strict=True):
            if abs(value - median) > spread:
                ratio = 10 ** (value - median)
                what = ("likely a regional or partial figure" if ratio < 1
                        else "likely a wrong scale, a sum of several figures or another metric")
                share = f"{ratio:.0%} of" if ratio < 1 else f"{ratio:.1f}× "
                reasons[pos].append(
                    f"{_money(10 ** value)} is {share} the median of {len(rows)} "
                    f"{_scope_words(str(metric), str(scope), str(reg), bool(full))} mentions "
                    f"({_money(10 ** median)}): {what}")
    if "excluded" in out:  # struck out by the analyst: judged by no rule, counted nowhere
        reasons = [[] if x else r for r, x in zip(reasons, out["excluded"].astype(bool), strict=True)]
    out["plausible"] = [not r for r in reasons]
    out["reason"] = ["; ".join(r) for r in reasons]
    return out
