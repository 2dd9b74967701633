"""A table as plain records, fast: `frame.to_dict("records")` without its per-cell cost.

pandas' ``to_dict("records")`` walks every cell through Python (an Arrow-backed string
column one scalar at a time): on a corpus's amounts it was a third of the figures stage.
`plain_records` converts each column once (``to_numpy(dtype=object)``: Python ints,
floats, bools, strings, Timestamps, as ``to_dict`` gives them) and zips them; a missing
value of a masked column (``pd.NA``) is None, as ``to_dict`` makes it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["plain_records"]


def _column(series: pd.Series) -> list[Any]:
    values = series.to_numpy(dtype=object)
    if getattr(series.dtype, "na_value", None) is pd.NA:  # Int64, boolean: NA reads as None
        return [None if v is pd.NA else v for v in values]
    return values.tolist()


def plain_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """``frame.to_dict("records")``: one dict per row, column → value."""
    columns = list(frame.columns)
    if not len(frame):
        return []
    return [dict(zip(columns, row, strict=True))
            for row in zip(*(_column(frame[c]) for c in columns), strict=True)]
