"""What a briefing is about: the region and year filters, currency conversion, coverage.

`select(...)` applies a briefing's filters to its tables once, at load; the sections only
read the result.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.briefing.formatting import isblank, to_date
from analysis.briefing.rows import split_ids, year_of

# Open bounds of the year filter (a year filter with one bound only).
_NO_LOWER_YEAR, _NO_UPPER_YEAR = -10**6, 10**6
# Columns a converted amounts table carries (empty tables get them too).
CONVERTED_COLUMNS = ("converted_value", "converted_currency", "fx_rate", "fx_year")


@dataclass(frozen=True)
class Filters:
    """A briefing's selection: one region (official name; "" for all) and a year range
    (0 for an open bound)."""

    region: str = ""
    year_from: int = 0
    year_to: int = 0

    @property
    def by_year(self) -> bool:
        return bool(self.year_from or self.year_to)


@dataclass(frozen=True)
class Selection:
    """The figures and projects a briefing shows."""

    amounts: pd.DataFrame
    projects: pd.DataFrame
    excluded_undated: int = 0  # amounts left out of a year filter for lack of any date


def _in_region(amounts: pd.DataFrame, projects: pd.DataFrame, region: str) -> list[bool]:
    # a project's own investment figure belongs to the project's region even when the
    # sentence that gives it does not name the region
    linked = set()
    for row in projects.to_dict("records"):
        if isblank(row.get("investment_value")):
            continue
        for aid in split_ids(row.get("article_ids")):
            linked.add((aid, float(row["investment_value"])))
    return [
        (str(r.get("region") or "") == region if not isblank(r.get("region")) else False)
        or (not isblank(r["value"]) and (str(r["article_id"]), float(r["value"])) in linked)
        for r in amounts.to_dict("records")
    ]


def _project_in_years(row: Mapping[str, Any], lo: int, hi: int) -> bool:
    first, last = to_date(row.get("first_seen")), to_date(row.get("last_seen"))
    if first is None and last is None:
        return False
    return (first or last).year <= hi and (last or first).year >= lo


def select(articles: pd.DataFrame, amounts: pd.DataFrame, projects: pd.DataFrame,
           filters: Filters) -> Selection:
    """The amounts and projects within `filters`. An amount without a year of its own takes
    its article's publication year; one with neither is left out of a year filter."""
    a, p = amounts, projects
    excluded = 0
    if filters.region:
        p = p[p["region"].fillna("").astype(str) == filters.region] if len(p) else p
        if len(a):
            a = a[_in_region(a, p, filters.region)]
    if filters.by_year:
        lo = filters.year_from or _NO_LOWER_YEAR
        hi = filters.year_to or _NO_UPPER_YEAR
        if len(a):
            art_year = published_years(articles)
            # (a figure recalled as earlier news, «Напомним, ранее …», is of no publication year)
            years = [(year_of(r) or (None if r.get("year_source") == "earlier"
                                     else art_year.get(str(r["article_id"]))))
                     for r in a.to_dict("records")]
            excluded = sum(1 for y in years if y is None)
            a = a[[y is not None and lo <= y <= hi for y in years]]
        if len(p):
            p = p[[_project_in_years(row, lo, hi) for row in p.to_dict("records")]]
    return Selection(amounts=a.reset_index(drop=True), projects=p.reset_index(drop=True),
                     excluded_undated=excluded)


def published_years(articles: pd.DataFrame) -> dict[str, int | None]:
    """{article_id: publication year} (None when the article has no date)."""
    out: dict[str, int | None] = {}
    for row in articles.to_dict("records"):
        d = to_date(row.get("published"))
        out[str(row.get("article_id"))] = d.year if d else None
    return out


def convert(amounts: pd.DataFrame, currency: str, rates: Any = None,
            articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The amounts with converted_* and fx_* columns for `currency`, converted by `rates`
    (an `analysis.money.LayeredRates`; default: the package table and the ECB layer). The
    year is the figure's own, else its article's publication year (`fx_basis` says which)."""
    from analysis import money

    a = amounts.copy()
    if not len(a):
        for col in (*CONVERTED_COLUMNS, "fx_origin", "fx_tables", "fx_basis", "fx_note", "fx_source"):
            if col not in a:
                a[col] = pd.Series(dtype="object")
        return a
    rates = rates if rates is not None else default_rates()
    years = published_years(articles) if articles is not None else {}
    return money.convert_amounts(a, currency, rates, years)


@functools.cache
def default_rates() -> Any:
    """The package table and the ECB layer (loaded once per process)."""
    from analysis import money

    return money.LayeredRates.load()


def rates_for(user_file: str | None) -> Any:
    """The rates a briefing converts with: your file over the defaults, when given."""
    if not user_file:
        return default_rates()
    from analysis import money

    return money.LayeredRates.load(user_file)


def _latest_conversion(value: float, currency: str, target: str, rates: Any,
                       before: int | None = None) -> tuple[float, int] | None:
    """`value` at the latest year (before `before`, when given) whose rates convert it, and
    that year; None when no such year converts it."""
    years = (y for y in rates.years() if before is None or y < before)
    for year in sorted(years, reverse=True):
        conv = rates.convert(value, currency, target, year).conversion
        if conv.value is not None:
            return float(conv.value), year
    return None


def rough_value(value: float, currency: str, target: str, rates: Any = None) -> float:
    """For ranking only (never shown): the value at the latest year the rates can convert
    it. NaN when no year can — such a figure ranks last rather than at a guessed rate."""
    if currency == target or not currency:
        return value
    latest = _latest_conversion(value, currency, target,
                                rates if rates is not None else default_rates())
    return latest[0] if latest is not None else float("nan")


def at_latest_rate(value: float, currency: str, target: str, year: int,
                   rates: Any = None) -> tuple[float, int] | None:
    """A sum whose own year has no rate (the year of writing, whose annual average is not
    known yet; a year the sources lack) at the latest earlier year's rate, and that year:
    shown labelled so, beside the missing rate («нет курса за 2026 г.; по последнему
    известному курсу, 2025 г., ≈ …»), never charted, added or compared. None when no
    earlier year converts it."""
    if not currency or currency == target:
        return None
    return _latest_conversion(value, currency, target,
                              rates if rates is not None else default_rates(), before=year)


def coverage(dataset: Any, articles: pd.DataFrame) -> dict[str, Any]:
    """The corpus's coverage (articles, first and last publication date): the dataset's
    own when it has one, else computed from the articles."""
    cov = getattr(dataset, "coverage", None)
    if isinstance(cov, dict):
        return dict(cov)
    dated = sorted(((d, i) for i, row in enumerate(articles.to_dict("records"))
                    if (d := to_date(row.get("published")))), key=lambda p: p[0])
    cov: dict[str, Any] = {"articles": len(articles), "date_from": None, "date_to": None}
    rows = articles.to_dict("records")
    for end, pos in (("date_from", 0), ("date_to", -1)):
        if dated:
            day, i = dated[pos]
            row = rows[i]
            evidence, precision = row.get("published_evidence"), row.get("published_precision")
            cov.update({end: day.isoformat(),
                        f"{end}_precision": precision if isinstance(precision, str) else None,
                        # a bool, numpy's or a csv's «True»
                        f"{end}_inferred": str(row.get("published_inferred")) == "True",
                        f"{end}_evidence": evidence if isinstance(evidence, str) else ""})
    return cov
