"""Mentions made ready for consolidation, on plain columns (`analysis.plaintable`): what
`mentions.prepare` and `plausibility.flag_implausible` add to the amounts, without pandas.

The columns hold what pandas' frame would hand the row rules (`pandas_values`: a missing
string or float is NaN, a missing integer of an ``Int64`` column None), so the rules of
`mentions` and `plausibility` see the same values whichever way the stage ran, and the
tables come out byte for byte the same (`build_figures` and `plain_build.build_plain`).
An article's prepared values are read from `kept` (`tables.derived.ShelvedRows`, their own
piece: its dates are `datetime.date`, not pandas' Timestamps) when an earlier run made them.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from analysis.figures.bounds import interval_of, usd_of
from analysis.figures.mentions import (
    ROW_COLUMNS,
    KeptRows,
    changes_of,
    contrasts_of,
    forecast_of,
    partial_words_of,
    values_by_article,
    with_areas,
)
from analysis.figures.plausibility import implausible_reasons
from analysis.figures.rules import FigureRules
from analysis.figures.scope import mention_scopes
from analysis.figures.so_far import YEAR_SO_FAR, told_so_far
from analysis.money import Rates, canonical_period
from analysis.plaintable import PlainTable, is_missing

__all__ = ["latest_dates", "pandas_values", "plain_mention_ids", "prepare_columns"]

NAN = math.nan


def pandas_values(table: PlainTable, column: str) -> list[Any]:
    """A column's values as pandas hands them on (`figures.records`): a missing value of a
    string or float column NaN, of an ``Int64`` column None, of an object column as it is."""
    kind, values = table.kinds[column], table.data[column]
    if kind in ("str", "string", "float64"):
        return [NAN if v is None else v for v in values]
    return list(values)


def plain_mention_ids(article_ids: Sequence[Any], starts: Sequence[Any], ends: Sequence[Any]) -> list[str]:
    """`mentions.mention_ids` of plain columns: ``<article_id>@<start>-<end>``, a repeat «/2»."""
    seen: dict[str, int] = {}
    out = []
    for aid, start, end in zip(article_ids, starts, ends, strict=True):
        ident = f"{aid}@{_int_text(start)}-{_int_text(end)}"
        seen[ident] = seen.get(ident, 0) + 1
        out.append(ident if seen[ident] == 1 else f"{ident}/{seen[ident]}")
    return out


def _int_text(value: Any) -> str:
    return "<NA>" if is_missing(value) else str(int(value))


def latest_dates(ids: Sequence[str], published: Sequence[Any], precision: Sequence[Any]) -> list[date | None]:
    """`duplicates.latest_possible_dates` of plain columns: each date at the end of its
    precision (a year's on 31 December, a month's on its last day)."""
    out: list[date | None] = []
    for d, p in zip(published, precision, strict=True):
        if not isinstance(d, date):
            out.append(None)
        elif p == "year":
            out.append(date(d.year, 12, 31))
        elif p == "month":
            out.append(date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]))
        else:
            out.append(d)
    return out


def _row_values(cols: dict[str, list], dates: dict[str, date | None], titles: dict[str, Any],
                rules: FigureRules, rates: Rates) -> dict[str, list]:
    """`mentions._row_values` of plain columns (whole articles' rows)."""
    period = [canonical_period(p) for p in cols["period"]]
    published = [dates.get(str(a)) for a in cols["article_id"]]
    forecast, bounds, usd = [], [], []
    names = ("value", "qualifier", "value_low", "value_high", "surface", "year", "currency", "metric")
    for pos, stated in enumerate(cols["forecast"]):
        row = {n: cols[n][pos] for n in names}
        row["published"], row["period"] = published[pos], period[pos]
        forecast.append(forecast_of(row, stated))
        if forecast[-1] and told_so_far({**row, "sentence": cols["sentence"][pos],
                                          "start": cols["start"][pos],
                                          "sentence_start": cols["sentence_start"][pos]}, stated):
            forecast[-1], period[pos] = False, YEAR_SO_FAR  # (the year so far, told in the past)
        bounds.append(interval_of(row))
        usd.append(usd_of(rates, row))
    kinds = [rules.source_kind("" if is_missing(s) else str(s)) for s in cols["sentence"]]
    sentence_cols = {"article_id": cols["article_id"], "sentence_start": cols["sentence_start"],
                     "start": cols["start"], "end": cols["end"], "period": period}
    rows = [{"sentence": s, "sentence_start": ss, "start": st, "surface": sf} for s, ss, st, sf in zip(
        cols["sentence"], cols["sentence_start"], cols["start"], cols["surface"], strict=True)]
    return {
        "period": period, "published": published, "forecast": forecast,
        "source_kind": [k.kind for k in kinds], "source_rank": [k.rank for k in kinds],
        "qualifier_rank": [rules.qualifier_rank.get(str(q), 0) for q in cols["qualifier"]],
        "low": [b[0] for b in bounds], "high": [b[1] for b in bounds],
        "partial_words": partial_words_of(sentence_cols, cols["sentence"], rules),
        "change": changes_of(rows, rules), "contrasted": contrasts_of(rows, rules), "usd": usd,
        **dict(zip(("scope", "area"), mention_scopes(
            cols["region"], cols["metric"], cols["sentence"], [str(a) for a in cols["article_id"]],
            *(cols.get(c) or [None] * len(cols["region"]) for c in ("sentence_start", "sentence_end")),
            titles, cols.get("regions")), strict=True)),
    }


def _runs(article_ids: list[Any]) -> list[tuple[str, int, int]] | None:
    """(article id, first row, end row) of each article's rows; None when one's rows are split."""
    runs: list[tuple[str, int, int]] = []
    for pos, aid in enumerate(str(a) for a in article_ids):
        if runs and runs[-1][0] == aid:
            runs[-1] = (aid, runs[-1][1], pos + 1)
        else:
            runs.append((aid, pos, pos + 1))
    return runs if len({aid for aid, _, _ in runs}) == len(runs) else None


def prepare_columns(amounts: PlainTable, dates: dict[str, date | None], rules: FigureRules,
                    rates: Rates, kept: KeptRows | None,
                    titles: dict[str, Any] | None = None) -> dict[str, list]:
    """The columns `prepare` then `flag_implausible` give (plain values, see the module
    docstring): the amounts' own, `mention_id`, `stated`, `ROW_COLUMNS`, `plausible`, `reason`.
    `titles`: each article's title by id (the scope reads an oblast's article by it)."""
    titles = titles or {}
    cols = {c: pandas_values(amounts, c) for c in amounts.columns}
    cols["mention_id"] = plain_mention_ids(cols["article_id"], cols["start"], cols["end"])
    runs = _runs(cols["article_id"]) if kept is not None else None
    if not len(amounts):
        values: dict[str, list] = {c: [] for c in ROW_COLUMNS}
    elif kept is None or runs is None:
        values = _row_values(cols, dates, titles, rules, rates)
    else:
        values = values_by_article(runs, kept, lambda rows: _row_values(
            {c: [v[p] for p in rows] for c, v in cols.items()}, dates, titles, rules, rates))
    cols.update(values)
    cols["region"] = with_areas(cols["region"], cols["area"], cols["scope"])
    cols["stated"] = [not (False if is_missing(v) else bool(v)) for v in cols["implied_currency"]]
    cols["usd"] = [NAN if v is None else v for v in cols["usd"]]  # a float column's missing value
    reasons = implausible_reasons(cols, rules) if len(amounts) else []
    cols["plausible"] = [not r for r in reasons]
    cols["reason"] = ["; ".join(r) for r in reasons]
    return cols
