"""The Parquet file of a table whose rows are grouped by article, made by rows: an unchanged
article's rows are taken from the last run's table as Arrow data, only a new or changed
article's rows are converted from Python values.

Adding one article to a corpus of 1,000 rebuilt the Arrow arrays of the articles, amounts
and entities tables from every cell (`plainwrite`: the texts encoded, the numbers packed,
~0.05 s of a ~1 s run). An article's rows are a function of its per-article result key (the
promise `tables.csvrows` rests on), and a column's Arrow values are a function of its
cells and its Arrow type. So each table written is also kept in the per-article cache
folder as an Arrow IPC file (``arrowrows-<table>.arrow``, uncompressed: read by mapping it,
nothing decoded), with each article's row range by result key in an index
(``parquetrows.marshal``). The next run maps that file and, when its schema is the one this
table gets (`plainwrite.arrow_schema`: every column's type and pandas' metadata, compared
whole), takes an unchanged article's rows from it; the pieces are joined into one contiguous
table and written by `pyarrow.parquet` as the whole table is: the same bytes as a cold
run's file (tests/test_parquet_rows.py).

Anything else — no index, a kept file that is not the one indexed (size and time, rows), another
context (the reference currency), another schema, an article's rows not one run, more than
`MOST_NEW` articles to convert, a kept file that cannot be read — converts the table whole
(and keeps it for the next run). A table made by pandas (a corpus of several parts, the
analyst's corrections) leaves the kept one as it was: its rows stay those of its keys.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from analysis.plaintable import PlainTable
from analysis.tables import plainwrite
from analysis.tables.csvrows import BY_ARTICLE, MOST_NEW, article_runs, packed, short_key, unpacked
from analysis.tables.rowindex import read_index, write_index

__all__ = ["INDEX_FILE", "ParquetRows", "kept_file"]

INDEX_FILE = "parquetrows.marshal"
_FORMAT = 2  # of the index file; another value is not read


def kept_file(folder: Path, name: str) -> Path:
    """The Arrow IPC file of table `name` kept in the per-article cache `folder`."""
    return folder / f"arrowrows-{name}.arrow"


class ParquetRows:
    """The Parquet tables of one output folder made by rows (see the module docstring).
    `folder`: the per-article cache folder; `keys`: each article's result key by article id;
    `context`: what else a row's values depend on (the reference currency: `CsvRows.context`).
    `open()` before the tables are written, `save()` once they are in place."""

    def __init__(self, folder: Path, keys: Mapping[str, str], context: str) -> None:
        self.folder = folder
        self.path = folder / INDEX_FILE
        self.keys = keys
        self.context = context
        self.before: dict[str, Any] = {}  # table → its entry in the last run's index
        self.after: dict[str, Any] = {}  # table → its entry in this run's
        self.spliced: list[str] = []  # tables made by rows this run (for tests and benchmarks)

    def open(self) -> None:
        """Read the index of the last run's kept tables (none when missing or unreadable)."""
        self.before = read_index(self.path, _FORMAT)

    def write(self, name: str, table: PlainTable, path: Path, previous: Path | None = None) -> None:
        """Write table `name` as Parquet at `path` (a new file): by rows from the table kept
        by the last run when the index allows it, else whole; keep it for the next run.
        (`previous`, the output folder's last file, is not read: the kept table is.)"""
        runs = article_runs(table) if name in BY_ARTICLE else None
        if not runs or not all(a in self.keys for a, _s, _e in runs):
            plainwrite.write_parquet(table, path)
            return
        import pyarrow.parquet as pq

        forms = plainwrite.arrow_forms(table)
        schema = plainwrite.arrow_schema(table, forms)
        keys = [short_key(self.keys[a]) for a, _s, _e in runs]
        ranges = self._ranges_before(name)
        old = None
        if ranges is not None and sum(k not in ranges for k in keys) <= MOST_NEW:
            entry = self.before[name]
            old = _read(kept_file(self.folder, name), entry.get("stamp"), entry.get("rows"), schema)
        if old is not None and ranges is not None:
            whole = _joined(table, forms, schema, runs, keys, ranges, old)
            self.spliced.append(name)
        else:
            whole = plainwrite.arrow_rows(table, forms, schema)
        pq.write_table(whole, path)
        stamp = _keep(whole, kept_file(self.folder, name))
        if stamp is not None:
            self.after[name] = {**packed({k: (first, stop) for k, (_a, first, stop)
                                          in zip(keys, runs, strict=True)}),
                                "stamp": stamp, "context": self.context, "rows": whole.num_rows}

    def save(self) -> None:
        """Keep the index of the tables kept this run beside the last run's entries of the
        others; a cache: written to a temporary file and renamed, not synced."""
        tables = {**self.before, **self.after}
        write_index(self.path, _FORMAT, tables)  # (unwritten: the next run writes whole)

    def _ranges_before(self, name: str) -> dict[bytes, tuple[int, int]] | None:
        """Each article's row range by key in the kept table, when its file is the one
        indexed (same size and modification time) and made in the same context."""
        entry = self.before.get(name)
        if not isinstance(entry, dict) or entry.get("context") != self.context or entry.get(
                "stamp") != _stamp(kept_file(self.folder, name)):
            return None
        return unpacked(entry)


def _stamp(path: Path) -> list[int] | None:
    """(size, modification time in ns) of a file; None when there is none. (Not its inode:
    a cache folder copied with its times, or restored, is still the same cache.)"""
    try:
        found = path.stat()
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns]


def _keep(whole: Any, path: Path) -> list[int] | None:
    """Keep `whole` at `path` as an Arrow IPC file (written beside and renamed); its stamp,
    or None when it could not be written (the next run converts the table whole)."""
    import pyarrow as pa

    temp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with pa.OSFile(str(temp), "wb") as sink, pa.ipc.new_file(sink, whole.schema) as writer:
            writer.write_table(whole)
        os.replace(temp, path)
    except (OSError, pa.ArrowException):
        temp.unlink(missing_ok=True)
        return None
    return _stamp(path)


def _read(kept: Path, stamp: Any, rows: Any, schema: Any) -> Any:
    """The kept table, mapped (nothing copied or decoded), when the file opened still has
    the `stamp` indexed (checked on the open file: another run replacing it meanwhile is
    not read), the `rows` indexed and the schema `schema` (types and pandas' metadata
    alike); else None."""
    import mmap

    import pyarrow as pa

    try:
        with kept.open("rb") as fh:
            found = os.fstat(fh.fileno())
            if [found.st_size, found.st_mtime_ns] != stamp:
                return None
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        old = pa.ipc.open_file(pa.BufferReader(pa.py_buffer(mapped))).read_all()
    except (OSError, ValueError, pa.ArrowException):
        return None
    if old.num_rows != rows or not old.schema.equals(schema, check_metadata=True):
        return None
    return old


def _joined(table: PlainTable, forms: list[str], schema: Any, runs: list[tuple[str, int, int]],
            keys: list[bytes], ranges: dict[bytes, tuple[int, int]], old: Any) -> Any:
    """The whole table: each article's rows from `old` when its key is there (neighbouring
    ranges taken as one slice), the rest converted (neighbouring rows at once); one
    contiguous table, as `plainwrite.arrow_rows` makes it."""
    import pyarrow as pa

    pieces: list[tuple[bool, int, int]] = []  # (from old, first, stop)
    for key, (_aid, first, stop) in zip(keys, runs, strict=True):
        kept = ranges.get(key)
        # (a range that is not the article's row count in the old table: a damaged index)
        whole = kept is not None and 0 <= kept[0] and kept[1] - kept[0] == stop - first and (
            kept[1] <= old.num_rows)
        piece = (True, *kept) if whole else (False, first, stop)
        if pieces and pieces[-1][0] == piece[0] and pieces[-1][2] == piece[1]:
            pieces[-1] = (piece[0], pieces[-1][1], piece[2])
        else:
            pieces.append(piece)
    parts = [old.slice(first, stop - first) if from_old
             else plainwrite.arrow_rows(table, forms, schema, first, stop)
             for from_old, first, stop in pieces]
    return pa.concat_tables(parts).combine_chunks()
