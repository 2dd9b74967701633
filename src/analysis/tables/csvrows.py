"""The CSV of a table whose rows are grouped by article, written by rows: an unchanged
article's rows are the previous file's bytes, only a changed article's rows are formatted.

Adding one article to a corpus of 1,000 changes the articles, amounts and entities tables by
that article's rows; formatting every row again was ~0.07 s of a ~1 s run. pandas formats
each cell of a CSV on its own, from its value and its column's type (`to_csv`: a float by
its shortest repr, a string quoted when it must be; no column of dates here, whose format
would depend on the whole column: such a table is always written whole). So an article's
rows are the same bytes whenever its values and the columns' types are the same, and its
values are those of its per-article result key (`tables.perarticle.article_key`: its
content, the code version, the NER switch), the promise the per-article cache rests on.

The previous run's file and an index of it are kept: for each table, the sha256 of the file,
its header, its columns' types, what else its cells depend on (the reference currency, the
pandas and numpy versions) and the byte range of each article's rows by result key. The
index lives in the per-article cache folder (``csvrows.marshal``, ~50 bytes an article and
table; the last `KEEP` files of each table, found by their sha256: output folders written
in turn from one cache, or moved, are spliced too). A table is spliced only when all of it
holds: the file on disk is one indexed (by its sha256), the header, types and context are
the same, each article's rows are one run, and few articles are new (`MOST_NEW`);
otherwise it is written whole by pandas and indexed again (its record boundaries found by
quote parity: a newline inside a quoted field follows an odd number of quotes). Without an
index nothing is spliced: the first run writes whole.
"""

from __future__ import annotations

import hashlib
import mmap
from array import array
from collections.abc import Iterable, Mapping
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.plaintable import PlainTable
from analysis.tables import plainwrite
from analysis.tables.rowindex import read_index, write_index

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["BY_ARTICLE", "KEEP", "MOST_NEW", "CsvRows", "article_runs", "packed", "record_ends", "short_key",
           "unpacked"]

BY_ARTICLE = ("articles", "amounts", "entities")  # tables whose rows are grouped by article
MOST_NEW = 64  # more articles to format than this: pandas writes the table whole
INDEX_FILE = "csvrows.marshal"
KEEP = 2  # index entries kept a table (one an output folder written from the cache)
KEY_BYTES = 32  # of a result key, in the index
_FORMAT = 1  # of the index file; another value is not read
# column types whose cells pandas formats one by one (a column of dates is formatted by
# what the whole column holds, a categorical by its categories)
_CELLWISE_KINDS = frozenset("biufO")


def article_runs(frame: pd.DataFrame | PlainTable) -> list[tuple[str, int, int]] | None:
    """Each article's rows as (article id, first row, row after the last), in row order;
    None when the table has no article column or an article's rows are not one run."""
    if "article_id" not in frame.columns:
        return None
    ids = frame.data["article_id"] if isinstance(frame, PlainTable) else frame["article_id"].tolist()
    runs: list[tuple[str, int, int]] = []
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            runs.append((ids[start], start, i))
            start = i
    if len({aid for aid, _s, _e in runs}) != len(runs) or not all(isinstance(a, str) for a, _s, _e in runs):
        return None
    return runs


def record_ends(lines: Iterable[bytes], start: int = 0) -> list[int]:
    """The byte offset after each CSV record of a file read as `lines` (from offset
    `start`): a record ends at a newline outside quotes, one after an even number of quote
    characters since the file began."""
    ends = []
    quotes = 0
    pos = start
    for line in lines:
        quotes += line.count(b'"')
        pos += len(line)
        if quotes % 2 == 0:
            ends.append(pos)
    return ends


def _types(frame: pd.DataFrame | PlainTable) -> str | None:
    """The columns' types, or None when a column's cells are not formatted one by one (a
    `PlainTable`'s are pandas' dtype names: the same text its frame's types give)."""
    if isinstance(frame, PlainTable):
        return repr([(c, frame.kinds[c]) for c in frame.columns])
    import pandas as pd

    for dtype in frame.dtypes:
        if dtype.kind not in _CELLWISE_KINDS or isinstance(
                dtype, pd.CategoricalDtype | pd.PeriodDtype | pd.IntervalDtype | pd.SparseDtype):
            return None
    return repr([(str(c), str(t)) for c, t in frame.dtypes.items()])


class CsvRows:
    """The CSV tables of one output folder written by rows (see the module docstring).
    `folder`: the per-article cache folder (None: every table written whole, no index);
    `keys`: each article's result key by article id; `context`: what else a cell depends on
    (the reference currency). `open()` before the tables are written, `save()` once they
    are in place."""

    def __init__(self, folder: Path | None, keys: Mapping[str, str], context: str) -> None:
        self.folder = folder
        self.keys = keys
        pandas_version, numpy_version = plainwrite.library_versions()
        self.context = f"{context}|pandas {pandas_version}|numpy {numpy_version}"
        self.before: dict[str, Any] = {}  # table → its entries in the last runs' index
        self.after: dict[str, Any] = {}  # table → its entry in this run's
        self.path: Path | None = None
        self.spliced: list[str] = []  # tables spliced this run (for tests and benchmarks)

    def open(self) -> None:
        """Read the index of the last runs' tables (none when missing or unreadable)."""
        if self.folder is None:
            return
        self.path = self.folder / INDEX_FILE
        self.before = read_index(self.path, _FORMAT)

    def write(self, name: str, frame: pd.DataFrame | PlainTable, path: Path, previous: Path) -> None:
        """Write table `name` as CSV at `path` (a new file): spliced from `previous` (the
        folder's file of the last run) when the index allows it, else whole."""
        runs = article_runs(frame) if self.path is not None and name in BY_ARTICLE else None
        types = _types(frame) if runs is not None else None
        if runs is None or types is None or not all(a in self.keys for a, _s, _e in runs):
            _write_whole(frame, path)
            return
        head = _rows_csv(frame, 0, 0, header=True)
        entry = self._entry_before(name, previous, head, types)
        before = unpacked(entry) if entry is not None else None
        ranges: dict[bytes, tuple[int, int]] | None
        if before is not None and sum(
                short_key(self.keys[a]) not in before for a, _s, _e in runs) <= MOST_NEW:
            ranges = self._splice(frame, runs, before, head, previous, path)
            self.spliced.append(name)
        else:
            _write_whole(frame, path)
            ranges = self._ranges_of(path, runs, len(head))
        if ranges is not None:  # valid once the file's sha256 is known (`written`)
            self.after[name] = {"head": head, "types": types, "context": self.context,
                                **packed(ranges), "sha": None}

    def written(self, name: str, sha: str) -> None:
        """Table `name`'s CSV was written with this sha256."""
        if name in self.after:
            self.after[name]["sha"] = sha

    def save(self) -> None:
        """Keep the index of the tables written, beside those of the last runs (`KEEP` a
        table: output folders written in turn from one cache). A cache: written to a
        temporary file and renamed, not synced; a stale entry fails its sha256 check."""
        if self.path is None:
            return
        tables = {name: list(entries) for name, entries in self.before.items()
                  if isinstance(entries, list)}
        for name, entry in self.after.items():
            if entry.get("sha"):
                older = [e for e in tables.get(name, [])
                         if isinstance(e, dict) and e.get("sha") != entry["sha"]]
                tables[name] = [entry, *older][:KEEP]
        write_index(self.path, _FORMAT, tables)  # (unwritten: the next run writes whole)

    def _entry_before(self, name: str, previous: Path, head: bytes, types: str) -> dict | None:
        """The index entry of `previous` (found by its sha256) when this frame formats as
        its rows did (same header, column types and context)."""
        entries = self.before.get(name)
        if not isinstance(entries, list) or not entries:
            return None
        try:
            with previous.open("rb") as fh:
                sha = hashlib.file_digest(fh, "sha256").hexdigest()
        except OSError:
            return None
        for entry in entries:
            if isinstance(entry, dict) and entry.get("sha") == sha:
                if entry.get("head") == head and entry.get("types") == types and entry.get(
                        "context") == self.context:
                    return entry
                return None
        return None

    def _splice(self, frame: pd.DataFrame | PlainTable, runs: list[tuple[str, int, int]],
                before: dict[bytes, tuple[int, int]], head: bytes, previous: Path, path: Path,
                ) -> dict[bytes, tuple[int, int]]:
        """Write `frame`'s CSV at `path`: each article's rows from `previous` when indexed
        there, else formatted alone; the new file's ranges by key."""
        ranges: dict[bytes, tuple[int, int]] = {}
        with previous.open("rb") as old_fh, path.open("wb") as out:
            old = mmap.mmap(old_fh.fileno(), 0, access=mmap.ACCESS_READ)
            try:
                out.write(head)
                pos = len(head)
                for aid, first, stop in runs:
                    key = short_key(self.keys[aid])
                    kept = before.get(key)
                    rows = (old[kept[0]:kept[1]] if kept is not None
                            else _rows_csv(frame, first, stop, header=False))
                    out.write(rows)
                    ranges[key] = (pos, pos + len(rows))
                    pos += len(rows)
            finally:
                old.close()
        return ranges

    def _ranges_of(self, path: Path, runs: list[tuple[str, int, int]], head: int,
                   ) -> dict[bytes, tuple[int, int]] | None:
        """Each article's byte range by key in the file pandas wrote (None: its records
        are not one a row, which would be a surprise)."""
        with path.open("rb") as fh:
            fh.seek(head)
            ends = record_ends(fh, head)  # line by line: a large table is never all in memory
        if len(ends) != (runs[-1][2] if runs else 0):
            return None
        return {short_key(self.keys[aid]): ((ends[first - 1] if first else head), ends[stop - 1])
                for aid, first, stop in runs}


def _write_whole(frame: pd.DataFrame | PlainTable, path: Path) -> None:
    """The whole table's CSV at `path` (pandas' `to_csv`, or its bytes made without it)."""
    if isinstance(frame, PlainTable):
        plainwrite.write_csv(frame, path)
    else:
        frame.to_csv(path, index=False, encoding="utf-8")


def _rows_csv(frame: pd.DataFrame | PlainTable, start: int, stop: int, *, header: bool) -> bytes:
    """The CSV of rows `start:stop` (with the header line when `header`), as UTF-8."""
    if isinstance(frame, PlainTable):
        return plainwrite.csv_bytes(frame, start, stop, header=header)
    return frame.iloc[start:stop].to_csv(index=False, header=header).encode("utf-8")


def short_key(key: str) -> bytes:
    """A result key as the index keeps it: its first 32 characters (a sha256's first 128
    bits in hex), as bytes."""
    return key.encode("utf-8")[:KEY_BYTES].ljust(KEY_BYTES, b" ")


def packed(ranges: dict[bytes, tuple[int, int]]) -> dict[str, bytes]:
    """An entry's ranges as two blobs (keys, start and end of each): ~50 bytes an article on
    disk and in memory, not a dict of strings (~300 bytes; 100,000 articles, three tables)."""
    return {"keys": b"".join(ranges), "bounds": array("q", chain.from_iterable(ranges.values())).tobytes()}


def unpacked(entry: dict) -> dict[bytes, tuple[int, int]] | None:
    """The ranges of a packed entry by key (None: not a whole entry)."""
    keys, bounds = entry.get("keys"), entry.get("bounds")
    if not isinstance(keys, bytes) or not isinstance(bounds, bytes) or len(keys) % KEY_BYTES:
        return None
    numbers = array("q")
    try:
        numbers.frombytes(bounds)
    except ValueError:
        return None
    count = len(keys) // KEY_BYTES
    if len(numbers) != 2 * count:
        return None
    return {keys[i * KEY_BYTES:(i + 1) * KEY_BYTES]: (numbers[2 * i], numbers[2 * i + 1])
            for i in range(count)}
