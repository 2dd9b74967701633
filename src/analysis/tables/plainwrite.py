"""A `PlainTable` written as pandas writes its DataFrame: the same CSV and Parquet bytes,
without importing pandas.

CSV: ``to_csv(index=False)`` is Python's csv writer (minimal quoting, ``\\n`` between
records) over each cell formatted alone: a missing value is empty, a float its shortest
repr, anything else ``str``. Parquet: ``to_parquet(index=False)`` (after `store`'s rule
that a column with no value is stored as strings) is pyarrow's table of the frame with
pandas' metadata in its schema (each column's logical and pandas type, the library
versions): made here from the columns and written by `pyarrow.parquet`. The versions are
read from the installed distributions' metadata, not by importing pandas or numpy.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import pickle
from datetime import date
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from analysis.plaintable import PlainTable, is_missing

__all__ = ["arrow_table", "csv_bytes", "library_versions", "plain_digest", "write_csv",
           "write_parquet"]


@cache
def library_versions() -> tuple[str, str]:
    """(pandas, numpy) versions as installed: what `pd.__version__` and `np.__version__`
    say, without importing either."""
    return metadata.version("pandas"), metadata.version("numpy")


def _cells(values: list[Any], kind: str) -> list[str]:
    """A column's cells as `to_csv` writes them (a missing value empty; `v == v` is False
    for NaN alone, and a plain table holds no pandas NA)."""
    if kind == "float64":
        return ["" if v is None or v != v else repr(v) for v in values]
    if kind in ("str", "string"):
        return ["" if v is None or v != v else v for v in values]
    return ["" if v is None or v != v else str(v) for v in values]


def csv_bytes(table: PlainTable, start: int = 0, stop: int | None = None, *,
              header: bool = True) -> bytes:
    """The CSV of rows `start:stop` (with the header line when `header`), as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(table.columns)
    columns = [_cells(table.data[c][start:stop], table.kinds[c]) for c in table.columns]
    writer.writerows(zip(*columns, strict=True))
    return buffer.getvalue().encode("utf-8")


def write_csv(table: PlainTable, path: Path) -> None:
    """The table's CSV at `path`, as ``frame.to_csv(path, index=False, encoding="utf-8")``."""
    path.write_bytes(csv_bytes(table))


# (pandas' logical type, numpy type) of each column type, as pyarrow's `from_pandas` records them
_PANDAS_TYPES = {"str": ("object", "str"), "string": ("object", "string"),
                 "int64": ("int64", "int64"), "Int64": ("int64", "Int64"),
                 "float64": ("float64", "float64"), "bool": ("bool", "bool")}


def _stored_kind(table: PlainTable, column: str) -> str:
    """A column's type as stored: one with no value at all (every column of an empty table)
    is stored as strings (`store._stable_types`)."""
    if all(is_missing(v) for v in table.data[column]):
        return "string"
    return table.kinds[column]


def _arrow_column(values: list[Any], kind: str) -> tuple[Any, tuple[str, str]]:
    """(pyarrow array, its pandas metadata types) of one column: made from its buffers
    (``pa.array`` of Python values imports pandas to ask whether they are a Series)."""
    import numpy as np
    import pyarrow as pa

    valid = [v is not None and v == v for v in values]  # (no pandas NA in a plain table)
    if kind in ("str", "string"):
        return _strings(values, valid, pa.large_string(), np.int64), _PANDAS_TYPES[kind]
    if kind in ("int64", "Int64"):
        data = np.array([v if ok else 0 for v, ok in zip(values, valid, strict=True)], dtype=np.int64)
        return _fixed(pa.int64(), data, valid), _PANDAS_TYPES[kind]
    if kind == "float64":  # NaN is missing, as pyarrow reads pandas' floats
        data = np.array([v if ok else 0.0 for v, ok in zip(values, valid, strict=True)], dtype=np.float64)
        return _fixed(pa.float64(), data, valid), _PANDAS_TYPES[kind]
    if kind == "bool":
        bits = np.packbits(np.array(values, dtype=bool), bitorder="little")
        return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)]), _PANDAS_TYPES[kind]
    first = next((v for v, ok in zip(values, valid, strict=True) if ok), None)
    if isinstance(first, str):
        return _strings(values, valid, pa.string(), np.int32), ("unicode", "object")
    if isinstance(first, date):
        days = np.array([v.toordinal() - _EPOCH_DAY if ok else 0
                         for v, ok in zip(values, valid, strict=True)], dtype=np.int32)
        return _fixed(pa.date32(), days, valid), ("date", "object")
    raise TypeError(f"no Parquet form for an object column of {type(first).__name__}")


_EPOCH_DAY = date(1970, 1, 1).toordinal()


def _validity(valid: list[bool]) -> tuple[Any, int]:
    """The validity bitmap of a column (None when every value is there) and its null count."""
    import numpy as np
    import pyarrow as pa

    nulls = valid.count(False)
    if not nulls:
        return None, 0
    return pa.py_buffer(np.packbits(np.array(valid, dtype=bool), bitorder="little")), nulls


def _fixed(arrow_type: Any, data: Any, valid: list[bool]) -> Any:
    """An array of fixed-width values (`data`: their numpy array)."""
    import pyarrow as pa

    bitmap, nulls = _validity(valid)
    return pa.Array.from_buffers(arrow_type, len(data), [bitmap, pa.py_buffer(data)], null_count=nulls)


def _strings(values: list[Any], valid: list[bool], arrow_type: Any, offset_type: Any) -> Any:
    """A string array: UTF-8 bytes end to end, each value's offsets (`offset_type`)."""
    import numpy as np
    import pyarrow as pa

    encoded = [v.encode("utf-8") if ok else b"" for v, ok in zip(values, valid, strict=True)]
    offsets = np.zeros(len(encoded) + 1, dtype=offset_type)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    bitmap, nulls = _validity(valid)
    return pa.Array.from_buffers(arrow_type, len(encoded),
                                 [bitmap, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))],
                                 null_count=nulls)


def arrow_table(table: PlainTable) -> Any:
    """The pyarrow table ``pa.Table.from_pandas(frame, preserve_index=False)`` makes of the
    table's frame (after `store`'s stable types), schema metadata included."""
    import pyarrow as pa

    arrays, described = [], []
    for c in table.columns:
        array, (logical, numpy_type) = _arrow_column(table.data[c], _stored_kind(table, c))
        arrays.append(array)
        described.append({"name": c, "field_name": c, "pandas_type": logical,
                          "numpy_type": numpy_type, "metadata": None})
    pandas_version, _numpy = library_versions()
    meta = json.dumps({"index_columns": [], "column_indexes": [], "columns": described,
                       "attributes": {}, "creator": {"library": "pyarrow", "version": pa.__version__},
                       "pandas_version": pandas_version}).encode("utf8")
    schema = pa.schema([pa.field(c, a.type) for c, a in zip(table.columns, arrays, strict=True)],
                       metadata={b"pandas": meta})
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(table: PlainTable, path: Path) -> None:
    """The table as Parquet at `path`, as `store.to_parquet` writes its frame."""
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(table), path)


def plain_digest(table: PlainTable) -> str:
    """A sha256 of the table's columns, their types and values (`tables.unchanged`)."""
    digest = hashlib.sha256()
    digest.update(repr([(c, table.kinds[c]) for c in table.columns]).encode())
    digest.update(pickle.dumps([table.data[c] for c in table.columns], protocol=5))
    return digest.hexdigest()
