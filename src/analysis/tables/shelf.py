"""A key → pickled value store in one SQLite file: one open and one file for a whole corpus's
entries, instead of a small file each.

Written only by this package into its own cache folder. Values are pickled when put (what
is stored is the value as it was then) and written in one transaction at `close` (or every
`BATCH` entries), so a cold run does not pay a disk sync per entry; a run killed before
that loses only the unwritten entries (they are made again). A value that cannot be
unpickled (damaged, or from an older layout) reads as missing; a store that cannot be
opened or written only costs time.
"""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from typing import Any

__all__ = ["Shelf"]

PICKLE_START = pickle.PROTO + bytes([5])  # what `pickle.dumps(…, protocol=5)` begins with
PICKLE_END = pickle.STOP
BATCH = 500  # entries kept before they are written (a bounded amount of memory)
# a concurrent writer (two builds on one cache) holds the file this long at most
BUSY_SECONDS = 30.0
QUERY_KEYS = 500  # keys asked in one query (SQLite allows 32,766 parameters; any size works)


class Shelf:
    """Pickled values by key in the SQLite file `path` (None: remembers nothing); `prefix`
    goes before every key (the code version: entries of other code are never read)."""

    def __init__(self, path: Path | None, prefix: str = "") -> None:
        self.path = path
        self.prefix = prefix
        self.pending: dict[str, bytes] = {}
        self.db: sqlite3.Connection | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=BUSY_SECONDS)
            self.db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB)")
        except sqlite3.Error:
            self.db = None  # an unusable cache file: work without it

    def get(self, key: str) -> Any | None:
        """The value stored under `key`, or None."""
        key = self.prefix + key
        data = self.pending.get(key)
        if data is None and self.db is not None:
            try:
                row = self.db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error:
                row = None
            data = row[0] if row else None
        if data is None:
            return None
        try:
            return pickle.loads(data)
        except Exception:  # damaged or from an older layout: as if missing
            return None

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        """The values stored under `keys` (those missing or unreadable are left out): one
        query for many keys, not one each (a corpus's entries are read a field at a time)."""
        full = {self.prefix + key: key for key in keys}
        found: dict[str, bytes] = {full[k]: self.pending[k] for k in full if k in self.pending}
        wanted = [k for k in full if full[k] not in found]
        if self.db is not None:
            try:
                for start in range(0, len(wanted), QUERY_KEYS):
                    chunk = wanted[start:start + QUERY_KEYS]
                    marks = ",".join("?" * len(chunk))
                    found.update((full[k], v) for k, v in self.db.execute(
                        f"SELECT key, value FROM entries WHERE key IN ({marks})", chunk))
            except sqlite3.Error:
                pass  # as if missing: the caller makes them again
        out: dict[str, Any] = {}
        for key, data in found.items():
            try:
                out[key] = pickle.loads(data)
            except Exception:  # damaged or from an older layout: as if missing
                continue
        return out

    def has(self, key: str) -> bool:
        """Whether a whole pickle is stored under `key`: its first and last bytes, checked
        in the file (it is unpickled only when used)."""
        key = self.prefix + key
        if key in self.pending:
            return True
        if self.db is None:
            return False
        try:
            row = self.db.execute(
                "SELECT 1 FROM entries WHERE key = ? AND substr(value, 1, 2) = ? "
                "AND substr(value, -1) = ?", (key, PICKLE_START, PICKLE_END)).fetchone()
        except sqlite3.Error:
            return False
        return row is not None

    def count(self, pattern: str) -> int:
        """How many keys (of this prefix) match the SQL LIKE `pattern` (0 when unreadable)."""
        if self.db is None:
            return 0
        try:
            row = self.db.execute("SELECT count(*) FROM entries WHERE key LIKE ?",
                                  (self.prefix + pattern,)).fetchone()
        except sqlite3.Error:
            return 0
        return int(row[0]) if row else 0

    def put(self, key: str, value: Any) -> None:
        """Store `value` under `key` (pickled now; written by `BATCH` or at `close`)."""
        if self.db is None:
            return
        self.pending[self.prefix + key] = pickle.dumps(value, protocol=5)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending entries in one transaction."""
        if self.db is None or not self.pending:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)",
                                    list(self.pending.items()))
        except sqlite3.Error:
            pass  # a full disk or a locked file: the entries are made again next run
        self.pending.clear()

    def close(self) -> None:
        """Write what is pending and close the file."""
        self.flush()
        if self.db is not None:
            self.db.close()
            self.db = None

    def __enter__(self) -> Shelf:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
