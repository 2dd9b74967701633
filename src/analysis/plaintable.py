"""A table without pandas: columns of plain Python values, each with the pandas type the
same rows would get in a DataFrame.

Adding one article to a corpus rebuilds every table, and importing pandas alone is ~0.8 G
instructions of a ~7.9 G run (session 20); a stage that makes its table as a `PlainTable`
lets the command line write it (`analysis.tables.plainwrite`: the same CSV and Parquet
bytes pandas writes) without a DataFrame. A notebook or a test that asks for the frame gets
`frame()`: the DataFrame the stage made before, built when first asked.

Column types (`kind`) are pandas' dtype names: ``str`` (pandas' default string type),
``object`` (strings, dates or a mix, as Python objects), ``int64``, ``Int64`` (integers
with missing values), ``float64``, ``bool``. `from_rows` gives each column the type
``pd.DataFrame(rows)`` infers from its values unless the caller fixes it (a stage that
casts a column, e.g. ``astype("Int64")``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

__all__ = ["KINDS", "PlainTable", "infer_kind", "is_missing"]

KINDS = frozenset({"str", "object", "string", "int64", "Int64", "float64", "bool"})


def is_missing(value: Any) -> bool:
    """What ``pd.isna`` says of one cell, without pandas: None, NaN, and pandas' NaT and NA
    (a value not equal to itself, or one whose equality is itself missing)."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except TypeError:  # pd.NA: its comparisons are NA
        return True


def infer_kind(values: Sequence[Any]) -> str:
    """The dtype ``pd.DataFrame`` gives a column of these values (for the value types the
    tables hold: strings, ints, floats, bools, dates, None): strings and missing values are
    ``str``; ints alone ``int64``, with a missing value or a float ``float64``; bools alone
    ``bool``; anything else (all missing, dates, a mix) ``object``."""
    types = set(map(type, values))
    missing = _NONE in types
    types.discard(_NONE)
    if float in types:  # NaN is missing: a column of strings and NaN is pandas' strings
        nans = [v != v for v in values if type(v) is float]
        missing = missing or any(nans)
        if all(nans):
            types.discard(float)
    if not types:
        return "object"
    if types == {str}:
        return "str"
    if types == {bool}:
        return "object" if missing else "bool"
    if types == {int}:
        return "float64" if missing else "int64"
    if types <= {int, float}:
        return "float64"
    return "object"


_NONE = type(None)


@dataclass
class PlainTable:
    """Columns in order (`columns`), each a list of plain values (`data`) and its pandas
    dtype name (`kinds`; see the module docstring)."""

    columns: list[str]
    data: dict[str, list[Any]]
    kinds: dict[str, str]

    def __post_init__(self) -> None:
        lengths = {len(self.data[c]) for c in self.columns}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        unknown = {k for k in self.kinds.values() if k not in KINDS}
        if unknown:
            raise ValueError(f"unknown column types {sorted(unknown)}")

    @classmethod
    def from_rows(cls, rows: Sequence[Mapping[str, Any]], columns: Sequence[str],
                  kinds: Mapping[str, str] | None = None) -> PlainTable:
        """The table ``pd.DataFrame(rows, columns=columns)`` would be (a key a row lacks is
        missing), then each column of `kinds` cast to that type."""
        try:  # every row holds every column (the stages' rows): the columns cut in C
            cut = list(zip(*map(itemgetter(*columns), rows), strict=True)) if len(columns) > 1 else None
        except KeyError:
            cut = None
        if cut is not None and rows:
            data = dict(zip(columns, map(list, cut), strict=True))
        else:
            data = {c: [r.get(c) for r in rows] for c in columns}
        return cls.of_columns(data, columns, kinds)

    @classmethod
    def of_columns(cls, data: Mapping[str, list[Any]], columns: Sequence[str],
                   kinds: Mapping[str, str] | None = None) -> PlainTable:
        """A table of whole columns; a column `kinds` does not fix is inferred."""
        fixed = dict(kinds or {})
        out: dict[str, list[Any]] = {}
        types: dict[str, str] = {}
        for c in columns:
            values = list(data[c])
            kind = fixed.get(c) or infer_kind(values)
            out[c], types[c] = _cast(values, kind), kind
        return cls(list(columns), out, types)

    def __len__(self) -> int:
        return len(self.data[self.columns[0]]) if self.columns else 0

    @property
    def empty(self) -> bool:
        return len(self) == 0

    def rows(self, start: int = 0, stop: int | None = None) -> list[tuple[Any, ...]]:
        """The rows `start:stop` as tuples, columns in order."""
        return list(zip(*(self.data[c][start:stop] for c in self.columns), strict=True))

    def frame(self) -> Any:
        """The pandas DataFrame of this table (same columns, dtypes and values)."""
        import pandas as pd

        series = {}
        for c in self.columns:
            kind, values = self.kinds[c], self.data[c]
            if kind == "object":
                series[c] = pd.Series(values, dtype=object)
            elif kind == "float64":
                series[c] = pd.Series([math.nan if v is None else v for v in values], dtype="float64")
            else:
                series[c] = pd.Series(values, dtype=kind)
        return pd.DataFrame(series, columns=self.columns)


def _cast(values: list[Any], kind: str) -> list[Any]:
    """`values` as a column of `kind` holds them (pandas' cast: missing stays None, a
    float column's ints become floats, a bool column's values bools)."""
    # (`v == v` is False for NaN alone: a plain row holds no pandas NA)
    if kind == "float64":
        return [float(v) if v is not None and v == v else None for v in values]
    if kind in ("int64", "Int64"):
        return [int(v) if v is not None and v == v else None for v in values]
    if kind == "bool":
        return [bool(v) for v in values]
    if kind in ("str", "string"):
        return [v if v is not None and v == v else None for v in values]
    return values
