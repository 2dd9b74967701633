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

__all__ = ["HashWriter", "arrow_forms", "arrow_rows", "arrow_schema", "arrow_table", "column_form",
           "csv_bytes", "hash_pickle", "library_versions", "plain_digest", "write_csv",
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


CSV_ROWS = 2000  # rows formatted at a time: a record's bytes depend on its own cells alone


def write_csv(table: PlainTable, path: Path) -> None:
    """The table's CSV at `path`, as ``frame.to_csv(path, index=False, encoding="utf-8")``,
    written `CSV_ROWS` rows at a time: the articles table of 100,000 articles made one
    string, then its UTF-8 copy, held twice its texts (~0.8 GB) for a moment."""
    with path.open("wb") as out:
        for start in range(0, max(len(table), 1), CSV_ROWS):
            out.write(csv_bytes(table, start, start + CSV_ROWS, header=start == 0))


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


def column_form(values: list[Any], kind: str) -> str:
    """How a column of `kind` (as stored: `_stored_kind`) is held in Arrow: ``large_string``,
    ``int64``, ``float64`` or ``bool`` by its kind; an ``object`` column by its first value
    (``string`` for text, ``date32`` for dates). Decided on the whole column, so that any of
    its row ranges converts alike (`arrow_rows`)."""
    if kind in _FORMS:
        return _FORMS[kind]
    first = next((v for v in values if v is not None and v == v), None)
    if isinstance(first, str):
        return "string"
    if isinstance(first, date):
        return "date32"
    raise TypeError(f"no Parquet form for an object column of {type(first).__name__}")


_FORMS = {"str": "large_string", "string": "large_string", "int64": "int64", "Int64": "int64",
          "float64": "float64", "bool": "bool"}
# the pandas metadata's types of an object column, by its form
_OBJECT_TYPES = {"string": ("unicode", "object"), "date32": ("date", "object")}


def _arrow_column(values: list[Any], form: str) -> Any:
    """The pyarrow array of one column in `form` (`column_form`): made from its buffers
    (``pa.array`` of Python values imports pandas to ask whether they are a Series)."""
    import numpy as np
    import pyarrow as pa

    valid = [v is not None and v == v for v in values]  # (no pandas NA in a plain table)
    if form == "large_string":
        return _strings(values, valid, pa.large_string(), np.int64)
    if form == "string":
        return _strings(values, valid, pa.string(), np.int32)
    if form == "int64":
        data = np.array([v if ok else 0 for v, ok in zip(values, valid, strict=True)], dtype=np.int64)
        return _fixed(pa.int64(), data, valid)
    if form == "float64":  # NaN is missing, as pyarrow reads pandas' floats
        data = np.array([v if ok else 0.0 for v, ok in zip(values, valid, strict=True)], dtype=np.float64)
        return _fixed(pa.float64(), data, valid)
    if form == "bool":
        bits = np.packbits(np.array(values, dtype=bool), bitorder="little")
        return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)])
    days = np.array([v.toordinal() - _EPOCH_DAY if ok else 0
                     for v, ok in zip(values, valid, strict=True)], dtype=np.int32)
    return _fixed(pa.date32(), days, valid)


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

    # each value's UTF-8 bytes appended as it is encoded: a list of every value's bytes
    # beside their join held the column twice more (the articles' texts, the register's
    # evidence: ~0.2 and ~0.1 GB at 100,000 articles)
    data = bytearray()
    lengths = []
    for v, ok in zip(values, valid, strict=True):
        encoded = v.encode("utf-8") if ok else b""
        lengths.append(len(encoded))
        data += encoded
    offsets = np.zeros(len(values) + 1, dtype=offset_type)
    np.cumsum(lengths, out=offsets[1:])
    bitmap, nulls = _validity(valid)
    return pa.Array.from_buffers(arrow_type, len(values),
                                 [bitmap, pa.py_buffer(offsets), pa.py_buffer(data)],
                                 null_count=nulls)



def arrow_forms(table: PlainTable) -> list[str]:
    """Each column's Arrow form (`column_form`) as the whole table decides it."""
    return [column_form(table.data[c], _stored_kind(table, c)) for c in table.columns]


def arrow_schema(table: PlainTable, forms: list[str]) -> Any:
    """The schema ``pa.Table.from_pandas(frame, preserve_index=False)`` gives the table's
    frame (after `store`'s stable types): the columns' types and pandas' metadata."""
    import pyarrow as pa

    described = []
    for c, form in zip(table.columns, forms, strict=True):
        kind = _stored_kind(table, c)
        logical, numpy_type = _PANDAS_TYPES[kind] if kind in _PANDAS_TYPES else _OBJECT_TYPES[form]
        described.append({"name": c, "field_name": c, "pandas_type": logical,
                          "numpy_type": numpy_type, "metadata": None})
    pandas_version, _numpy = library_versions()
    meta = json.dumps({"index_columns": [], "column_indexes": [], "columns": described,
                       "attributes": {}, "creator": {"library": "pyarrow", "version": pa.__version__},
                       "pandas_version": pandas_version}).encode("utf8")
    types = {"bool": pa.bool_(), "large_string": pa.large_string(), "string": pa.string(),
             "int64": pa.int64(), "float64": pa.float64(), "date32": pa.date32()}
    return pa.schema([pa.field(c, types[form]) for c, form in zip(table.columns, forms, strict=True)],
                     metadata={b"pandas": meta})


def arrow_rows(table: PlainTable, forms: list[str], schema: Any, start: int = 0,
               stop: int | None = None) -> Any:
    """Rows `start:stop` of the table as a pyarrow table of `schema` (`arrow_schema`)."""
    import pyarrow as pa

    arrays = [_arrow_column(table.data[c][start:stop], form)
              for c, form in zip(table.columns, forms, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


def arrow_table(table: PlainTable) -> Any:
    """The pyarrow table ``pa.Table.from_pandas(frame, preserve_index=False)`` makes of the
    table's frame (after `store`'s stable types), schema metadata included."""
    forms = arrow_forms(table)
    return arrow_rows(table, forms, arrow_schema(table, forms))


def write_parquet(table: PlainTable, path: Path) -> None:
    """The table as Parquet at `path`, as `store.to_parquet` writes its frame."""
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(table), path)


def plain_digest(table: PlainTable) -> str:
    """A sha256 of the table's columns, their types and values (`tables.unchanged`)."""
    digest = hashlib.sha256()
    digest.update(repr([(c, table.kinds[c]) for c in table.columns]).encode())
    # streamed into the hash, never all of the pickle at once (the articles table's texts
    # are ~0.4 GB at 100,000 articles)
    hash_pickle(digest, [table.data[c] for c in table.columns])
    return digest.hexdigest()


def hash_pickle(digest: Any, value: Any) -> None:
    """Feed `digest` the pickle of `value` as its values alone make it: without pickle's
    memo, which writes a reference for an object met before, so the bytes also told which
    cells were one object. Two runs on one corpus share objects differently (a cold run's
    articles share their encoding's name; read from the loader's cache, each file's have
    their own), and the same table got another digest, so it was written again."""
    pickler = pickle.Pickler(HashWriter(digest), protocol=5)
    pickler.fast = True  # no memo: every value written in full where it stands
    pickler.dump(value)


class HashWriter:
    """A file that hashes what is written to it."""

    def __init__(self, digest: Any) -> None:
        self.digest = digest

    def write(self, data: Any) -> int:  # bytes, or a PickleBuffer of a large array
        self.digest.update(data)
        return memoryview(data).nbytes
