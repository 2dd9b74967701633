"""Convert amounts between currencies at annual average rates, never guessing.

The package ships `data/fx_annual_average.csv` (sources in `data/fx_sources.md`): one row per
(year, currency, quote_currency) with `rate` = units of quote per 1 unit of currency. A rate is
used as written, inverted, or crossed through RUB or USD (two legs of the same year). When no
chain exists the conversion has `value=None` and a note saying which rate is missing.

Belarusian rubles: on 1 July 2016 1 BYN = 10,000 BYR. A BYR figure is divided by 10,000 before
conversion; a BYN figure for 2015 or earlier is taken to be in BYR (per the rates README: "any
figure for 2015 or earlier is in BYR") and converted the same way, with a note; 2016 gets a
warning note because its first half was quoted in BYR.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.plaintable import is_missing
from analysis.vocab import CURRENCIES

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CURRENCIES", "RATE_DELIMITERS", "Conversion", "CrossRate", "Rates", "convert_frame",
           "rates_delimiter"]

# A rates file's separators, tried in order on its header: a spreadsheet saved as CSV in a
# Russian locale writes «;» (its decimal comma would clash with «,»), some tools a tab.
RATE_DELIMITERS = (",", ";", "\t")


def rates_delimiter(header: str) -> str:
    """The separator of a rates file: the first of RATE_DELIMITERS that makes a «year»
    column of its header line (else «,», and the missing columns are named)."""
    for delim in RATE_DELIMITERS:
        if "year" in (c.strip().lower() for c in next(csv.reader([header], delimiter=delim), [])):
            return delim
    return ","


_PIVOTS = ("RUB", "USD")
# The package table's label in notes and in `Conversion.tables` (not its install path: notes
# end up in reports, which must not depend on where the package is installed).
PACKAGE_TABLE = "the package rates table"
_REDENOMINATION = 10_000.0
# A rate written so coarsely that half its last digit is more than this share of it («1.0»
# BYN per dollar in 2014: ±5%) makes a rough conversion, and its note says so (ROUGH_NOTE).
ROUGH_SHARE = 0.01
ROUGH_NOTE = "rate rounded by its source: ±{pct}%"
ROUGH_PATTERN = lazy_compile(re.escape(ROUGH_NOTE).replace(r"\{pct\}", r"(\d+)"))


@dataclass(frozen=True)
class Conversion:
    """A value converted into the target currency, or why it could not be."""

    value: float | None  # None when no rate chain exists: never a guess
    rate: float | None  # units of target per 1 unit of the source currency
    year: int | None  # year of the rate used
    source: str | None  # source URL(s) of the rate(s)
    note: str
    # the rates tables its rates came from, in the order used (a file's name, "the package
    # rates table", "ECB reference rates"): where it converts, so nothing converts again to ask
    tables: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Rate:
    rate: float
    source: str
    table: str = ""  # the rates table the row came from (its label)
    rounding: float = 0.0  # half the last digit written, as a share of the rate


def _rounding(raw: str, rate: float) -> float:
    """Half the last digit of a rate as written («1.0» → 0.05), as a share of the rate."""
    digits = raw.replace(",", ".").partition(".")[2]
    return 0.5 * 10.0 ** -len(digits) / rate if digits.isdigit() or not digits else 0.0


class CrossRate(NamedTuple):
    """A rate for one year: units of target per 1 unit of currency, where from, and how."""

    rate: float
    source: str  # source URL(s), " ; "-separated when crossed
    how: str  # "same currency", "direct", "cross via RUB" …
    tables: tuple[str, ...] = ()  # the rates tables of its legs (`Conversion.tables`)
    rounding: float = 0.0  # the legs' rounding, as a share of the rate (`_Rate.rounding`)


class Rates:
    """Annual average exchange rates keyed by (year, currency, quote_currency)."""

    def __init__(self, table: dict[tuple[int, str, str], _Rate], path: str) -> None:
        self._table = table
        self.path = path

    @classmethod
    def load(cls, path: str | Path | None = None) -> Rates:
        """The package table, or a CSV with the same columns (year, currency, quote_currency,
        rate, source_url, note); rows with an empty rate are skipped (not found ≠ zero)."""
        if path is None:
            ref = resources.files("analysis") / "data" / "fx_annual_average.csv"
            with ref.open(encoding="utf-8") as fh:
                return cls(cls._parse(csv.DictReader(fh), PACKAGE_TABLE), PACKAGE_TABLE)
        with Path(path).open(encoding="utf-8", newline="") as fh:
            delim = rates_delimiter(fh.readline())
            fh.seek(0)
            return cls(cls._parse(csv.DictReader(fh, delimiter=delim), Path(path).name),
                       Path(path).name)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]], label: str) -> Rates:
        """A table from rows with the CSV's columns (year, currency, quote_currency, rate,
        source_url); `label` names it in notes ("the ECB layer", a file's name). A row's
        `rates_table` names the table it came from (else `label`)."""
        return cls(cls._parse(rows, label), label)

    def rows(self) -> list[dict[str, Any]]:
        """The table's rates as rows with the CSV's columns (to build another table on top),
        each naming the table it came from (`rates_table`)."""
        return [{"year": year, "currency": cur, "quote_currency": quote, "rate": str(r.rate),
                 "source_url": r.source, "rates_table": r.table}
                for (year, cur, quote), r in self._table.items()]

    def currencies(self) -> set[str]:
        """Codes the table prices, plus every code the parser produces."""
        return {c for (_, cur, quote) in self._table for c in (cur, quote)} | set(CURRENCIES)

    @staticmethod
    def _parse(rows: Any, label: str) -> dict[tuple[int, str, str], _Rate]:
        table: dict[tuple[int, str, str], _Rate] = {}
        for row in rows:
            raw = (row.get("rate") or "").strip()
            if not raw:
                continue
            rate = float(raw.replace(",", "."))
            if not math.isfinite(rate) or rate <= 0:
                continue
            key = (int(row["year"]), row["currency"].strip().upper(),
                   row["quote_currency"].strip().upper())
            table[key] = _Rate(rate=rate, source=(row.get("source_url") or "").strip(),
                               table=row.get("rates_table") or label,
                               rounding=_rounding(raw, rate))
        return table

    # ------------------------------------------------------------------ lookups
    def _leg(self, year: int, cur: str, quote: str) -> _Rate | None:
        """Rate quote-per-cur for `year`, direct or inverted."""
        if cur == quote:
            return _Rate(rate=1.0, source="")
        direct = self._table.get((year, cur, quote))
        if direct is not None:
            return direct
        inverse = self._table.get((year, quote, cur))
        if inverse is not None:
            return _Rate(rate=1.0 / inverse.rate, source=inverse.source, table=inverse.table,
                         rounding=inverse.rounding)
        return None

    def rate(self, currency: str, target: str, year: int) -> CrossRate | None:
        """The rate for `year`: direct, inverted, or crossed through RUB/USD."""
        leg = self._leg(year, currency, target)
        if leg is not None:
            how = "same currency" if currency == target else "direct"
            return CrossRate(rate=leg.rate, source=leg.source, how=how,
                             tables=(leg.table,) if leg.table else (), rounding=leg.rounding)
        for pivot in _PIVOTS:
            if pivot in (currency, target):
                continue
            first = self._leg(year, currency, pivot)
            second = self._leg(year, pivot, target)
            if first is not None and second is not None:
                sources = " ; ".join(dict.fromkeys(s for s in (first.source, second.source) if s))
                return CrossRate(rate=first.rate * second.rate, source=sources,
                                 how=f"cross via {pivot}", tables=tuple(dict.fromkeys(
                                     t for t in (first.table, second.table) if t)),
                                 rounding=first.rounding + second.rounding)
        return None

    def years(self) -> list[int]:
        return sorted({k[0] for k in self._table})

    # ------------------------------------------------------------------ conversion
    def convert(self, value: float | None, currency: str, target: str, year: int | None,
                basis: str = "figure year") -> Conversion:
        """`value` in `currency` → `target` at the annual average of `year`.

        `basis` says why that year was chosen; it goes into the note.
        """
        currency, target = (currency or "").upper(), (target or "").upper()
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return _failed(year, "no value to convert")
        if not currency:
            return _failed(year, "currency unknown")
        if year is None:
            if currency == target:
                return Conversion(value=float(value), rate=1.0, year=None, source=None,
                                  note="same currency")
            return _failed(None, "no year: neither the figure's year nor the publication year "
                                 "known")
        notes: list[str] = []
        amount = float(value)
        if currency == "BYR" or (currency == "BYN" and year <= 2015):
            amount /= _REDENOMINATION
            notes.append(f"{currency} {year}: pre-July-2016 Belarusian rubles (BYR), "
                         "divided by 10,000 to BYN")
            currency = "BYN"
        elif currency == "BYN" and year == 2016:
            notes.append("BYN 2016: the first half of 2016 was quoted in BYR; check the figure")
        if target == "BYR":
            return _failed(year, "BYR is not a target currency; use BYN")
        found = self.rate(currency, target, year)
        if found is None:
            notes.insert(0, f"no {currency}/{target} rate for {year} ({basis}) in {self.path}"
                         " — not guessed")
            return _failed(year, "; ".join(notes))
        notes.insert(0, f"{year} annual average ({basis}), {found.how}")
        if found.rounding > ROUGH_SHARE:  # «1.0» BYN per dollar (2014): good to about ±5%
            notes.append(ROUGH_NOTE.format(pct=math.ceil(found.rounding * 100)))
        return Conversion(value=amount * found.rate, rate=found.rate, year=year,
                          source=found.source or None, note="; ".join(notes), tables=found.tables)

    def convert_for(self, value: float | None, currency: str, target: str,
                    figure_year: int | None, published_year: int | None) -> Conversion:
        """Convert at the figure's year, else at the publication year."""
        if figure_year is not None:
            return self.convert(value, currency, target, figure_year, "figure year")
        return self.convert(value, currency, target, published_year, "publication year")


def _failed(year: int | None, note: str) -> Conversion:
    """No conversion: no value, no rate, and why."""
    return Conversion(value=None, rate=None, year=year, source=None, note=note)


def convert_frame(df: pd.DataFrame, target: str, rates: Rates | None = None) -> pd.DataFrame:
    """A copy of an amounts frame with converted_* and fx_* recomputed for `target`.

    The year is the figure's `year`, else the `fx_year` of a publication-year conversion
    (the frame does not carry the publication date).
    """
    import pandas as pd

    rates = rates or Rates.load()
    out = df.copy()
    values, fx_rates, years, sources, notes = [], [], [], [], []
    for row in out.itertuples(index=False):
        year = int_or_none(getattr(row, "year", None))
        basis = "figure year"
        if year is None:
            year = int_or_none(getattr(row, "fx_year", None))
            basis = "publication year"
        conv = rates.convert(row.value, row.currency, target, year, basis)
        values.append(conv.value)
        fx_rates.append(conv.rate)
        years.append(conv.year)
        sources.append(conv.source)
        notes.append(conv.note)
    out["converted_value"] = pd.array(values, dtype="Float64") if len(out) else values
    out["converted_currency"] = target.upper()
    out["fx_rate"] = pd.array(fx_rates, dtype="Float64") if len(out) else fx_rates
    out["fx_year"] = pd.array(years, dtype="Int64") if len(out) else years
    out["fx_source"] = sources
    out["fx_note"] = notes
    return out


def int_or_none(value: Any) -> int | None:
    """A table cell as a whole number, None when empty or not a number (pandas' NA too)."""
    if value is None or is_missing(value):
        return None
    try:
        if isinstance(value, float) and math.isnan(value):
            return None
        return int(value)
    except (TypeError, ValueError):
        return None
