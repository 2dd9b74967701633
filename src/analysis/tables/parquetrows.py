"""The Parquet file of a table whose rows are grouped by article, made by rows: an unchanged
article's rows are taken from the previous file as Arrow data, only a new or changed
article's rows are converted from Python values.

Adding one article to a corpus of 1,000 rebuilt the Arrow arrays of the articles, amounts
and entities tables from every cell (`plainwrite`: the texts encoded, the numbers packed,
~0.05 s of a ~1 s run). An article's rows are a function of its per-article result key (the
promise `tables.csvrows` rests on), and a column's Arrow values are a function of its
cells and its Arrow type; so when the previous file is the one indexed (its sha256) and its
schema is the one this table gets (`plainwrite.arrow_schema`: every column's type and
pandas' metadata, compared whole), its rows of an unchanged article are this run's. The
previous file is read by pyarrow (C, ~0.01 s for the three tables), the pieces are joined
into one contiguous table and written by `pyarrow.parquet` as the whole table is: the same
bytes as a cold run's file (tests/test_parquet_rows.py).

The index (``parquetrows.marshal`` in the per-article cache folder) keeps for each table
the last `KEEP` files written: the sha256 and each article's row range by result key.
Anything else — no index, another file, another schema, an article's rows not one run, more
than `MOST_NEW` articles to convert, a dataset of parts — writes the table whole and indexes
it again.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from analysis.plaintable import PlainTable
from analysis.tables import plainwrite
from analysis.tables.csvrows import BY_ARTICLE, KEEP, MOST_NEW, article_runs, packed, short_key, unpacked

__all__ = ["INDEX_FILE", "ParquetRows"]

INDEX_FILE = "parquetrows.marshal"
_FORMAT = 1  # of the index file; another value is not read


class ParquetRows:
    """The Parquet tables of one output folder made by rows (see the module docstring).
    `folder`: the per-article cache folder; `keys`: each article's result key by article id.
    `open()` before the tables are written, `save()` once they are in place."""

    def __init__(self, folder: Path, keys: Mapping[str, str]) -> None:
        self.path = folder / INDEX_FILE
        self.keys = keys
        self.before: dict[str, Any] = {}  # table → its entries in the last runs' index
        self.after: dict[str, Any] = {}  # table → its entry in this run's
        self.spliced: list[str] = []  # tables made by rows this run (for tests and benchmarks)

    def open(self) -> None:
        """Read the index of the last runs' files (none when missing or unreadable)."""
        try:
            found = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return
        if isinstance(found, dict) and found.get("format") == _FORMAT and isinstance(
                found.get("tables"), dict):
            self.before = found["tables"]

    def write(self, name: str, table: PlainTable, path: Path, previous: Path) -> None:
        """Write table `name` as Parquet at `path` (a new file): by rows from `previous`
        (the folder's file of the last run) when the index allows it, else whole."""
        runs = article_runs(table) if name in BY_ARTICLE else None
        if not runs or not all(a in self.keys for a, _s, _e in runs):
            plainwrite.write_parquet(table, path)
            return
        import pyarrow.parquet as pq

        forms = plainwrite.arrow_forms(table)
        schema = plainwrite.arrow_schema(table, forms)
        keys = [short_key(self.keys[a]) for a, _s, _e in runs]
        ranges = self._ranges_before(name, previous)
        old = None
        if ranges is not None and sum(k not in ranges for k in keys) <= MOST_NEW:
            old = _read(previous, schema)
        if old is not None and ranges is not None:
            whole = _joined(table, forms, schema, runs, keys, ranges, old)
            self.spliced.append(name)
        else:
            whole = plainwrite.arrow_rows(table, forms, schema)
        pq.write_table(whole, path)
        self.after[name] = {**packed({k: (first, stop) for k, (_a, first, stop)
                                      in zip(keys, runs, strict=True)}), "sha": None}

    def written(self, name: str, sha: str) -> None:
        """Table `name`'s Parquet file was written with this sha256."""
        if name in self.after:
            self.after[name]["sha"] = sha

    def save(self) -> None:
        """Keep the index of the files written beside those of the last runs (`KEEP` a
        table); a cache: written to a temporary file and renamed, not synced."""
        tables = {name: list(entries) for name, entries in self.before.items()
                  if isinstance(entries, list)}
        for name, entry in self.after.items():
            if entry.get("sha"):
                older = [e for e in tables.get(name, [])
                         if isinstance(e, dict) and e.get("sha") != entry["sha"]]
                tables[name] = [entry, *older][:KEEP]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            temp.write_bytes(marshal.dumps({"format": _FORMAT, "tables": tables}))
            os.replace(temp, self.path)
        except OSError:
            pass  # the next run writes its tables whole

    def _ranges_before(self, name: str, previous: Path) -> dict[bytes, tuple[int, int]] | None:
        """Each article's row range by key in `previous`, when it is a file indexed (by its
        sha256)."""
        entries = self.before.get(name)
        if not isinstance(entries, list) or not entries or not previous.is_file():
            return None
        try:
            with previous.open("rb") as fh:
                sha = hashlib.file_digest(fh, "sha256").hexdigest()
        except OSError:
            return None
        for entry in entries:
            if isinstance(entry, dict) and entry.get("sha") == sha:
                return unpacked(entry)
        return None


def _read(previous: Path, schema: Any) -> Any:
    """The previous file as a pyarrow table, when its schema is `schema` (types and pandas'
    metadata alike); else None."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        old = pq.ParquetFile(previous).read(use_threads=False)
    except (OSError, pa.ArrowException):
        return None
    return old if old.schema.equals(schema, check_metadata=True) else None


def _joined(table: PlainTable, forms: list[str], schema: Any, runs: list[tuple[str, int, int]],
            keys: list[bytes], ranges: dict[bytes, tuple[int, int]], old: Any) -> Any:
    """The whole table: each article's rows from `old` when its key is there (neighbouring
    ranges taken as one slice), the rest converted (neighbouring rows at once); one
    contiguous table, as `plainwrite.arrow_rows` makes it."""
    import pyarrow as pa

    pieces: list[tuple[bool, int, int]] = []  # (from old, first, stop)
    for key, (_aid, first, stop) in zip(keys, runs, strict=True):
        kept = ranges.get(key)
        # (a range that is not the article's row count in the old file would be a damaged index)
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
