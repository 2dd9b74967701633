"""What the entity stage builds at start-up, kept on disk: built once, then loaded.

Every process that reads entities (a one-added `briefing extract`, each worker of a pool)
used to build the gazetteers from the data files with pymorphy3 (every case form of every
name: about a second) and load natasha's embeddings and vocabularies (seconds). A
`StartupStore` keeps such values in a folder (`analysis.config.startup_cache_root`,
beside the per-article cache):

- `load_or_build(name, key, build)`: a picklable value (the gazetteers), one file per name,
  replaced when its key changes;
- `arrays(name, key, build)`: numpy arrays as ``.npy`` files opened memory-mapped (natasha's
  embedding table: read from the page cache, shared by every worker, never copied).

The key says what the value was built from (`source_key`: the data files' and the code's
bytes, library versions). The store is best effort: a folder that cannot be written, or an
entry that cannot be read, only means the value is built in memory as before. The files
are pickles this package wrote into its own cache folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import shutil
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

import numpy as np

from analysis import atomic
from analysis.config import startup_cache_root

T = TypeVar("T")


def source_key(package_files: Iterable[str], libraries: Iterable[str] = ()) -> str:
    """A digest of files of the `analysis` package (paths relative to it, e.g.
    ``data/regions.csv``, ``entities/gazetteer.py``) and of installed libraries' versions."""
    digest = hashlib.sha256()
    root = resources.files("analysis")
    for name in package_files:
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(root.joinpath(name).read_bytes()).digest())
    for library in libraries:
        digest.update(f"{library}=={library_version(library)}\0".encode())
    return digest.hexdigest()[:20]


@cache
def library_version(library: str) -> str:
    """An installed library's version («absent» when it is not installed), looked up once per
    process: each lookup scans every installed distribution's metadata (~1 ms), and the
    gazetteers and natasha's tables ask for the same few libraries again and again."""
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


class StartupStore:
    """Start-up values on disk in `folder` (None: build every time, keep nothing)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.built: list[str] = []  # names built (not loaded) by this store, for tests

    def _path(self, name: str, key: str, suffix: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / f"{name}-{key}{suffix}"

    def load_or_build(self, name: str, key: str, build: Callable[[], T]) -> T:
        """The value stored as `name` under `key`, or `build()` (then stored)."""
        path = self._path(name, key, ".pickle")
        if path is not None and path.is_file():
            with contextlib.suppress(Exception):  # damaged or from another Python: rebuild
                with path.open("rb") as fh:
                    return pickle.load(fh)
        value = build()
        self.built.append(name)
        if path is not None:
            self._store(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return value

    def arrays(self, name: str, key: str,
               build: Callable[[], Mapping[str, np.ndarray]]) -> dict[str, np.ndarray]:
        """Named arrays stored as `name` under `key` (read-only views of the memory-mapped
        files), or
        `build()` (then stored: the next process maps them)."""
        folder = self._path(name, key, "")
        if folder is not None and (folder / "done").is_file():
            with contextlib.suppress(Exception):
                names = (folder / "done").read_text("utf-8").split()
                # plain arrays over the mapped files: a memmap's own indexing is slow Python
                return {n: np.load(folder / f"{n}.npy", mmap_mode="r").view(np.ndarray)
                        for n in names}
        value = dict(build())
        self.built.append(name)
        if folder is not None:
            self._store_arrays(folder, value)
        return value

    def _store(self, path: Path, data: bytes) -> None:
        with contextlib.suppress(OSError):  # an unwritable cache costs speed, not the run
            atomic.write(path, data)
            self._remove_other_keys(path)

    def _store_arrays(self, folder: Path, arrays: Mapping[str, np.ndarray]) -> None:
        with contextlib.suppress(OSError):
            for n, array in arrays.items():
                atomic.write_with(folder / f"{n}.npy", lambda tmp, a=array: _save_npy(tmp, a))
            atomic.write(folder / "done", " ".join(arrays))  # written last: the set is whole
            self._remove_other_keys(folder)

    @staticmethod
    def _remove_other_keys(kept: Path) -> None:
        """Entries of the same name under older keys (the data or a library changed)."""
        name = kept.name.rsplit("-", 1)[0]
        for other in kept.parent.glob(f"{name}-*"):
            if other == kept:
                continue
            if other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    other.unlink()


def _save_npy(path: str, array: np.ndarray) -> None:
    with open(path, "wb") as fh:
        np.save(fh, array)


# One per process on purpose: what it loads (gazetteer indexes, natasha's arrays,
# memory-mapped) backs the process's one set of gazetteers and models (`entities.gazetteer`,
# `entities.models.natasha_models`), themselves kept for the process; its folder is read from
# the environment once, when the first of them is loaded.
@cache
def startup_store() -> StartupStore:
    """The store of this process, in `analysis.config.startup_cache_root()`."""
    return StartupStore(startup_cache_root())
