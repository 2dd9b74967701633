"""Writing and reading a `Dataset`: CSV (UTF-8) for people, Parquet for the briefings.

A table set is all or nothing. `write` puts every table into a staging folder inside the
output folder first (a full disk or a dead process fails there, before any old table is
touched), then renames them into place and writes the manifest (`MANIFEST`, which also holds
the extraction options) last: it names every table file with its sha256. `load` reads only a
set whose files match its manifest, so a reader never mixes tables of two runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis import atomic
from analysis.tables.record import TABLES, Dataset

__all__ = ["FORMATS", "MANIFEST", "IncompleteTables", "TablesWriteError", "load", "to_parquet", "write"]

FORMATS = ("csv", "parquet")
MANIFEST = "meta.json"  # written last; {"files": {name: sha256}, "corpus_dir": …, options}
_STAGING_PREFIX = ".tables-staging-"


class TablesWriteError(OSError):
    """The tables could not be written; the previous set in the folder is unchanged."""

    def __init__(self, out: Path, cause: OSError) -> None:
        self.out = out
        self.cause = cause
        why = cause.strerror or str(cause)
        where = f" ({cause.filename})" if cause.filename and str(cause.filename) != str(out) else ""
        self.message = (f"could not write the tables to {out}/: {why}{where}; "
                        "the tables there before this run are unchanged")
        super().__init__(cause.errno, self.message)

    def __str__(self) -> str:
        return self.message


class IncompleteTables(RuntimeError):
    """A folder whose tables do not match their manifest (an interrupted or older write)."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_table(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    if fmt == "csv":
        frame.to_csv(path, index=False, encoding="utf-8")
    elif fmt == "parquet":
        to_parquet(frame, path)
    else:
        raise ValueError(f"unknown table format {fmt!r}: use csv or parquet")
    atomic.sync_file(path)


def write(ds: Dataset, out_dir: str | Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write every table as CSV (UTF-8) and Parquet, all or nothing (see the module
    docstring); returns the paths written. Raises TablesWriteError (the old set stays)."""
    out = Path(out_dir)
    formats = tuple(formats)
    try:
        out.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(out)
        staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=out))
    except OSError as exc:
        raise TablesWriteError(out, exc) from exc
    try:
        files: dict[str, str] = {}
        for name, frame in ds.tables().items():
            for fmt in formats:
                path = staging / f"{name}.{fmt}"
                _write_table(frame, path, fmt)
                files[path.name] = _sha256(path)
        manifest = {"corpus_dir": ds.corpus_dir, **ds.meta, "files": files}
        (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        atomic.sync_file(staging / MANIFEST)
        # Everything is on disk: swap in. The old manifest goes first, so that a reader
        # meanwhile sees an incomplete set rather than a mixed one; renames need no space.
        with atomic.deferred_interrupt():
            (out / MANIFEST).unlink(missing_ok=True)
            for name in files:
                os.replace(staging / name, out / name)
            os.replace(staging / MANIFEST, out / MANIFEST)
    except OSError as exc:
        raise TablesWriteError(out, exc) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out / name for name in files]


def to_parquet(frame: pd.DataFrame, path: str | Path) -> None:
    """Write one table as Parquet with a schema that does not depend on the corpus."""
    # Columns that are entirely empty have no type pandas can infer; store them as
    # strings so the schema is stable whatever the corpus holds.
    fixed = frame.copy()
    for col in fixed.columns:
        if fixed[col].isna().all():
            fixed[col] = fixed[col].astype("string")
    fixed.to_parquet(path, index=False)


def load(out_dir: str | Path) -> Dataset:
    """Read tables written by `write` (Parquet), checked against their manifest.

    FileNotFoundError when tables are missing, IncompleteTables when the files do not match
    the manifest (or there is none): both say to run `briefing extract` again.
    """
    out = Path(out_dir)
    again = f"run `briefing extract CORPUS --out {out}` again"
    missing = [n for n in TABLES if not (out / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(f"{out} lacks {', '.join(m + '.parquet' for m in missing)}: {again}")
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise IncompleteTables(f"{out} has no readable {MANIFEST}: the table set is incomplete (an "
                               f"interrupted run) or was written by an older version; {again}") from None
    files = manifest.pop("files", None) or {}
    for name in (f"{n}.parquet" for n in TABLES):
        if files.get(name) != _sha256(out / name):
            raise IncompleteTables(f"{out}/{name} does not match {MANIFEST}: the tables come from "
                                   f"different runs; {again}")
    frames = {n: pd.read_parquet(out / f"{n}.parquet") for n in TABLES}
    return Dataset(**frames, corpus_dir=manifest.pop("corpus_dir", ""), meta=manifest)


def _remove_stale_staging(out: Path) -> None:
    """Remove staging folders that runs killed mid-write left behind (their process is gone)."""
    for stale in out.glob(f"{_STAGING_PREFIX}*"):
        pid = stale.name.removeprefix(_STAGING_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not atomic.pid_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
