"""Values a process computed, kept on disk for the next process: read when first asked, the
new ones written when the process exits.

A `briefing extract` that adds one article to a corpus is a new process: what the previous
one computed from the same inputs (a regular expression's compiled program, a word's
morphological analysis) is computed again unless it was kept. An `ExitStore` is one such
table, key → value, in one `marshal` file (plain values only: strings, numbers, bytes,
tuples, dicts, frozensets; fast to read, nothing executed when read) in the start-up cache
(`analysis.config.startup_cache_root`). Its file name carries a key for what the values
depend on (library versions, the code that made them): another key is another file.

Stores are used only once `keep_between_processes` was called (`briefing extract` and its
pool's workers): elsewhere `exit_store` gives None and callers compute as usual. A store is
written at exit only when the process added values (merged with the file as it is then);
grown past `max_entries` it keeps only what this process used. The store is best effort: a
file that cannot be read or written costs time, never a result.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
from pathlib import Path
from typing import Any

__all__ = ["ExitStore", "exit_store", "keep_between_processes", "stop_keeping"]


class ExitStore:
    """Values by key in the file `path` (see the module docstring)."""

    def __init__(self, path: Path, max_entries: int) -> None:
        self.path = path
        self.max_entries = max_entries
        self._values: dict[Any, Any] | None = None  # read when first asked
        self.used: set[Any] = set()
        self.added = 0

    @property
    def values(self) -> dict[Any, Any]:
        if self._values is None:
            self._values = self._read()
        return self._values

    def _read(self) -> dict[Any, Any]:
        try:
            found = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        return found if isinstance(found, dict) else {}

    def get(self, key: Any) -> Any | None:
        """The value kept under `key` (None: none)."""
        found = self.values.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def add(self, key: Any, value: Any) -> None:
        """Keep `value` under `key` (written at exit)."""
        self.values[key] = value
        self.used.add(key)
        self.added += 1

    def drop(self, key: Any) -> None:
        """Forget what is kept under `key` (a value found unusable)."""
        self.values.pop(key, None)
        self.used.discard(key)

    def save(self) -> None:
        """Write the file with this process's new values (nothing when there are none)."""
        if not self.added:
            return
        from analysis import atomic  # (atomic's own patterns compile through a store)

        values = {**self._read(), **self.values}
        if len(values) > self.max_entries:
            values = {k: v for k, v in values.items() if k in self.used}
        with contextlib.suppress(OSError, ValueError):
            atomic.write(self.path, marshal.dumps(values))
        self.added = 0


_folder: Path | None = None
_stores: dict[Path, ExitStore] = {}
# the same stores by (name, key): a pattern compiled asks for its store (~800 times in a run
# that adds one article), and a path joined and hashed each time costs more than the lookup
_by_name: dict[tuple[str, str], ExitStore] = {}


def keep_between_processes(folder: Path | None = None) -> None:
    """Use the stores from now on, in `folder` (default: the start-up cache); written when
    the process exits."""
    global _folder
    if folder is None:
        from analysis.config import startup_cache_root

        folder = startup_cache_root()
    if _folder is None:
        atexit.register(_save_all)
    _folder = Path(folder)
    _by_name.clear()  # another folder: other files


def exit_store(name: str, key: str, max_entries: int) -> ExitStore | None:
    """The store `name` under `key` (one per process), or None when stores are not in use."""
    if _folder is None:
        return None
    found = _by_name.get((name, key))
    if found is not None:
        return found
    path = _folder / f"{name}-{key}.marshal"
    if path not in _stores:
        _stores[path] = ExitStore(path, max_entries)
    _by_name[name, key] = _stores[path]
    return _stores[path]


def _save_all() -> None:
    for store in list(_stores.values()):
        store.save()


def stop_keeping() -> None:
    """Write what the stores added and stop using them (tests: back to computing as usual)."""
    global _folder
    _save_all()
    _stores.clear()
    _by_name.clear()
    _folder = None
