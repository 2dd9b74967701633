"""A table as plain records, fast: `frame.to_dict("records")` without its per-cell cost.

pandas' ``to_dict("records")`` walks every cell through Python (an Arrow-backed string
column one scalar at a time): on a corpus's amounts it was a third of the figures stage.
`plain_records` converts each column once (``to_numpy(dtype=object)``: Python ints,
floats, bools, strings, Timestamps, as ``to_dict`` gives them) and zips them; a missing
value of a masked column (``pd.NA``) is None, as ``to_dict`` makes it.

Memory at corpus scale: an Arrow-backed string column made into Python objects is a new
string per cell (a sentence ~0.6 KB, a metric name ~60 bytes), and every row as a dict
~0.8 KB: hundreds of megabytes at 100,000 articles. So `iter_records` gives the same dicts
one at a time, converting `CHUNK` rows of each column at a time (for a pass that needs
each row once), `iter_column` one column so, and `plain_columns` the whole columns with
each distinct string held once (a column of a few distinct values costs a pointer a row).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


__all__ = ["CHUNK", "iter_column", "iter_records", "plain_columns", "plain_records"]

CHUNK = 4096  # rows converted at a time


def _values(series: pd.Series) -> list[Any]:
    import pandas as pd

    values = series.to_numpy(dtype=object)
    if getattr(series.dtype, "na_value", None) is pd.NA:  # Int64, boolean: NA reads as None
        return [None if v is pd.NA else v for v in values]
    return values.tolist()


def _column(series: pd.Series) -> list[Any]:
    """The column's values, equal strings one object (made `CHUNK` rows at a time, so the
    copies are let go as they come); a column of mostly distinct strings is left as made."""
    out: list[Any] = []
    seen: dict[str, str] | None = {}
    for start in range(0, len(series), CHUNK):
        part = _values(series.iloc[start:start + CHUNK])
        if seen is not None:
            part = [seen.setdefault(v, v) if type(v) is str else v for v in part]
            if len(seen) > (start + len(part)) // 2:  # mostly distinct: sharing saves nothing
                seen = None
        out.extend(part)
    return out


def iter_column(series: pd.Series) -> Iterator[Any]:
    """The values `plain_records` holds for one column, made `CHUNK` at a time."""
    for start in range(0, len(series), CHUNK):
        yield from _values(series.iloc[start:start + CHUNK])


def plain_columns(frame: pd.DataFrame) -> dict[str, list[Any]]:
    """Each column as the list of the values `plain_records` puts in its rows."""
    return {c: _column(frame[c]) for c in frame.columns}


def plain_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """``frame.to_dict("records")``: one dict per row, column → value."""
    return list(iter_records(frame))


def iter_records(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """The dicts of `plain_records`, made one at a time as they are asked for."""
    columns = list(frame.columns)
    for start in range(0, len(frame), CHUNK):
        part = frame.iloc[start:start + CHUNK]
        for row in zip(*(_values(part[c]) for c in columns), strict=True):
            yield dict(zip(columns, row, strict=True))
