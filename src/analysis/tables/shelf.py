"""A key → pickled value store in one SQLite file: one open and one file for a whole corpus's
entries, instead of a small file each.

Written only by this package into its own cache folder. Values are pickled when put (what
is stored is the value as it was then) and written in one transaction at `close` (or every
`BATCH` entries), so a cold run does not pay a disk sync per entry; a run killed before
that loses only the unwritten entries (they are made again). A value that cannot be
unpickled (damaged, or from an older layout) reads as missing; a store that cannot be
opened or written only costs time.

A process that extracts again and again (`briefing extract --watch`) hands every shelf one
`ShelfMemory`: the values it read are kept unpickled (by file and key, up to a number of
entries), so a later round neither queries nor unpickles an unchanged article's entries. A
key names its content (the article's key, the code version), so a kept value is never
stale; a value put under a key drops what was kept under it.
"""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from typing import Any

__all__ = ["Shelf", "ShelfMemory"]

PICKLE_START = pickle.PROTO + bytes([5])  # what `pickle.dumps(…, protocol=5)` begins with
PICKLE_END = pickle.STOP
BATCH = 500  # entries kept before they are written (a bounded amount of memory)
# a concurrent writer (two builds on one cache) holds the file this long at most
BUSY_SECONDS = 30.0
QUERY_KEYS = 500  # keys asked in one query (SQLite allows 32,766 parameters; any size works)
# values a `ShelfMemory` keeps at most (a corpus of ~10,000 articles: about ten an article);
# past it, values are read from the file as without one
MEMORY_ENTRIES = 100_000


class ShelfMemory:
    """Values read from shelves, kept unpickled between the runs of one process (see the
    module docstring); at most `limit` of them, then no more are kept."""

    def __init__(self, limit: int = MEMORY_ENTRIES) -> None:
        self.limit = limit
        self.files: dict[str, dict[str, Any]] = {}
        self.size = 0

    def of(self, path: Path) -> dict[str, Any]:
        """The values kept for the shelf file `path`, by full key."""
        return self.files.setdefault(str(path), {})

    def keep(self, kept: dict[str, Any], key: str, value: Any) -> None:
        """Keep `value` under `key` in `kept` (one file's values), while there is room."""
        if key not in kept and self.size < self.limit:
            kept[key] = value
            self.size += 1

    def drop(self, kept: dict[str, Any], key: str) -> None:
        if kept.pop(key, None) is not None:
            self.size -= 1


class Shelf:
    """Pickled values by key in the SQLite file `path` (None: remembers nothing); `prefix`
    goes before every key (the code version: entries of other code are never read);
    `memory`: where the values read are kept for the process's next runs."""

    def __init__(self, path: Path | None, prefix: str = "", memory: ShelfMemory | None = None) -> None:
        self.path = path
        self.prefix = prefix
        self.pending: dict[str, bytes] = {}
        self.db: sqlite3.Connection | None = None
        self.memory = memory if path is not None else None
        self.kept: dict[str, Any] = memory.of(path) if memory is not None and path is not None else {}
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
        if key in self.kept:
            return self.kept[key]
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
            value = pickle.loads(data)
        except Exception:  # damaged or from an older layout: as if missing
            return None
        if self.memory is not None and key not in self.pending:
            self.memory.keep(self.kept, key, value)
        return value

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        """The values stored under `keys` (those missing or unreadable are left out): one
        query for many keys, not one each (a corpus's entries are read a field at a time)."""
        full = {self.prefix + key: key for key in keys}
        out: dict[str, Any] = {full[k]: self.kept[k] for k in full if k in self.kept}
        found: dict[str, bytes] = {full[k]: self.pending[k] for k in full
                                   if k in self.pending and full[k] not in out}
        wanted = [k for k in full if full[k] not in found and full[k] not in out]
        if self.db is not None:
            try:
                for start in range(0, len(wanted), QUERY_KEYS):
                    chunk = wanted[start:start + QUERY_KEYS]
                    marks = ",".join("?" * len(chunk))
                    found.update((full[k], v) for k, v in self.db.execute(
                        f"SELECT key, value FROM entries WHERE key IN ({marks})", chunk))
            except sqlite3.Error:
                pass  # as if missing: the caller makes them again
        for key, data in found.items():
            try:
                out[key] = value = pickle.loads(data)
            except Exception:  # damaged or from an older layout: as if missing
                continue
            if self.memory is not None and self.prefix + key not in self.pending:
                self.memory.keep(self.kept, self.prefix + key, value)
        return out

    def has(self, key: str) -> bool:
        """Whether a whole pickle is stored under `key`: its first and last bytes, checked
        in the file (it is unpickled only when used)."""
        key = self.prefix + key
        if key in self.pending or key in self.kept:
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

    def has_many(self, keys: list[str]) -> set[str]:
        """Those of `keys` under which `has` finds a whole pickle, one query for a few
        hundred keys (a corpus of 1,000 unchanged articles asked one at a time: 1,000
        queries)."""
        full = {self.prefix + key: key for key in keys}
        out = {key for k, key in full.items() if k in self.pending or k in self.kept}
        wanted = [k for k, key in full.items() if key not in out]
        if self.db is None:
            return out
        try:
            for start in range(0, len(wanted), QUERY_KEYS):
                chunk = wanted[start:start + QUERY_KEYS]
                marks = ",".join("?" * len(chunk))
                out.update(full[k] for (k,) in self.db.execute(
                    f"SELECT key FROM entries WHERE key IN ({marks}) AND substr(value, 1, 2) = ? "
                    "AND substr(value, -1) = ?", (*chunk, PICKLE_START, PICKLE_END)))
        except sqlite3.Error:
            pass  # as if missing: extracted again
        return out

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
        if self.memory is not None:  # read back from its pickle, not the object given
            self.memory.drop(self.kept, self.prefix + key)
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
