"""Writing and reading a `Dataset`: CSV (UTF-8) for people, Parquet for the briefings.

A table set is all or nothing. `write` puts every table into a staging folder inside the
output folder first (a full disk or a dead process fails there, before any old table is
touched), then renames them into place and writes the manifest (`MANIFEST`, which also holds
the extraction options) last: it names every table file with its sha256. `load` reads only a
set whose files match its manifest, so a reader never mixes tables of two runs. A table
whose content is the one already on disk (its digest in the manifest, its files intact) is
not written again (`analysis.tables.unchanged`).

A table of more than `PARTITION_ROWS` rows (the entities of a corpus of tens of thousands
of articles) is written as a Parquet dataset: a folder ``<name>.parquet/`` of parts, each
part in the manifest; ``pd.read_parquet`` and `load` read the folder as one table. The CSV
beside it stays one file (for people and spreadsheets).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import atomic
from analysis.plaintable import PlainTable
from analysis.tables import plainwrite
from analysis.tables.compact import release_memory
from analysis.tables.csvrows import CsvRows
from analysis.tables.parquetrows import ParquetRows
from analysis.tables.record import TABLES, Dataset
from analysis.tables.unchanged import content_digest, kept_files

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FORMATS", "MANIFEST", "PARTITION_ROWS", "IncompleteTables", "TablesWriteError", "load",
           "to_parquet", "write"]

FORMATS = ("csv", "parquet")
PARTITION_ROWS = 250_000  # a larger table is a Parquet dataset (a folder of parts)
RELEASE_ROWS = 20_000  # after writing a larger table, its buffers are handed back
RELEASE_ARTICLES = 2_000  # after each table of a corpus of more articles too
# `write(let_go=True)`: the articles table last. Its Parquet writer takes the most scratch
# (the texts: ~+0.4 GB at 100,000 articles); written last, it meets a process that has let
# every other table go
LET_GO_ORDER = ("problems", "amounts", "entities", "projects", "figures", "duplicates", "articles")
MANIFEST = "meta.json"  # written last; {"files": {name: sha256}, "corpus_dir": …, options}
_STAGING_PREFIX = ".tables-staging-"
CONTENTS = "contents"  # in the manifest: {table: content digest}, to keep unchanged tables


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
    # a megabyte at a time: the articles table of a large corpus is hundreds of megabytes
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _write_table(frame: pd.DataFrame | PlainTable, path: Path, fmt: str, partition_rows: int,
                 by_rows: CsvRows | ParquetRows | None = None, previous: Path | None = None,
                 ) -> list[Path]:
    """Write one table; the files written (a Parquet dataset's parts, else `path`).
    `by_rows`: the file is made by rows from `previous`, the last run's file, when it can
    (`analysis.tables.csvrows`, `analysis.tables.parquetrows`: a `PlainTable`'s Parquet)."""
    if isinstance(frame, PlainTable) and fmt == "parquet" and len(frame) > partition_rows:
        frame = frame.frame()  # a dataset of parts: written from the frame
    if fmt == "csv" and isinstance(by_rows, CsvRows) and previous is not None:
        by_rows.write(path.stem, frame, path, previous)
    elif (fmt == "parquet" and isinstance(by_rows, ParquetRows) and isinstance(frame, PlainTable)
          and previous is not None):
        by_rows.write(path.stem, frame, path, previous)
    elif isinstance(frame, PlainTable):
        if fmt not in FORMATS:
            raise ValueError(f"unknown table format {fmt!r}: use csv or parquet")
        (plainwrite.write_csv if fmt == "csv" else plainwrite.write_parquet)(frame, path)
    elif fmt == "csv":
        frame.to_csv(path, index=False, encoding="utf-8")
    elif fmt == "parquet" and len(frame) > partition_rows:
        return _write_parts(frame, path, partition_rows)
    elif fmt == "parquet":
        to_parquet(frame, path)
    else:
        raise ValueError(f"unknown table format {fmt!r}: use csv or parquet")
    atomic.sync_file(path)
    return [path]


def _write_parts(frame: pd.DataFrame, folder: Path, partition_rows: int) -> list[Path]:
    """A large table as a Parquet dataset: `folder` holds parts of `partition_rows` rows,
    one schema (``pd.read_parquet(folder)`` reads them back in order)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(_stable_types(frame), preserve_index=False)
    folder.mkdir()
    parts = []
    for k, start in enumerate(range(0, len(frame), partition_rows)):
        part = folder / f"part-{k:05d}.parquet"
        pq.write_table(table.slice(start, partition_rows), part)
        atomic.sync_file(part)
        parts.append(part)
    return parts


def write(ds: Dataset, out_dir: str | Path, formats: Iterable[str] = FORMATS, *,
          partition_rows: int = PARTITION_ROWS, let_go: bool = False) -> list[Path]:
    """Write every table as CSV (UTF-8) and Parquet, all or nothing (see the module
    docstring); returns the paths written. Raises TablesWriteError (the old set stays).

    A table of more than `partition_rows` rows is written as a Parquet dataset, a folder
    ``<name>.parquet/`` of parts (a corpus of 100,000 articles has millions of entity
    rows: parts can be read, filtered and copied one at a time).

    `let_go`: each table leaves `ds` once written (it is None there after: `briefing
    extract` reads nothing of it afterwards), the articles table last (`LET_GO_ORDER`); the
    files and the manifest are the same."""
    out = Path(out_dir)
    formats = tuple(formats)
    by_rows = ds.by_rows if "csv" in formats else None
    # the Parquet files of the same tables by rows too, from the Arrow tables the last run kept
    parquet_rows = (ParquetRows(ds.by_rows.folder, ds.by_rows.keys, ds.by_rows.context)
                    if "parquet" in formats and ds.by_rows is not None and ds.by_rows.folder is not None
                    else None)
    writers: dict[str, CsvRows | ParquetRows | None] = {"csv": by_rows, "parquet": parquet_rows}
    try:
        out.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(out)
        staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=out))
    except OSError as exc:
        raise TablesWriteError(out, exc) from exc
    try:
        tops: list[str] = []  # what is swapped in: table files and dataset folders
        before = _manifest_of(out)
        contents: dict[str, str] = {}  # table → content digest (`tables.unchanged`)
        large = len(ds.stored_tables()["articles"]) > RELEASE_ARTICLES
        for writer in writers.values():
            if writer is not None:
                writer.open()
        tables = ds.stored_tables()
        listed: dict[str, dict[str, str]] = {}  # by table: its files as written
        for name in LET_GO_ORDER if let_go else TABLES:
            frame = tables.pop(name)
            contents[name] = digest = content_digest(frame)
            table_files = listed[name] = {}  # relative to the folder (parts too)
            for fmt in formats:
                kept = kept_files(out, before, name, fmt, digest, _sha256)
                if kept is not None:  # the same table is on disk: it stays as it is
                    table_files.update(kept)
                    continue
                path = staging / f"{name}.{fmt}"
                writer = writers.get(fmt)
                for written in _write_table(frame, path, fmt, partition_rows, writer, out / path.name):
                    table_files[written.relative_to(staging).as_posix()] = sha = _sha256(written)
                    if isinstance(writer, CsvRows) and written == path:
                        writer.written(name, sha)
                tops.append(path.name)
                # a large table's Arrow copy and CSV buffers go back before the next table
                # (a small one's are not worth the ~0.4 ms a call of trimming the heap); in
                # a large corpus every table's (its register: a few hundred rows whose
                # evidence cells are ~0.1 GB at 100,000 articles, kept to the end otherwise)
                if len(frame) > RELEASE_ROWS or large:
                    release_memory(collect=False)
            if let_go:  # its buffers go before the next table is written
                object.__setattr__(ds, name, None)
                del frame
                if large:
                    release_memory(collect=False)
        # the manifest lists the tables in `TABLES` order, whatever order they were written in
        contents = {name: contents[name] for name in TABLES}
        files = {f: sha for name in TABLES for f, sha in listed[name].items()}
        manifest = {"corpus_dir": ds.corpus_dir, **ds.meta, CONTENTS: contents, "files": files}
        (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        atomic.sync_file(staging / MANIFEST)
        # Everything is on disk: swap in. The old manifest goes first, so that a reader
        # meanwhile sees an incomplete set rather than a mixed one; renames need no space.
        with atomic.deferred_interrupt():
            (out / MANIFEST).unlink(missing_ok=True)
            for name in tops:
                _clear(out / name, staging, (staging / name).is_dir())
                os.replace(staging / name, out / name)
            os.replace(staging / MANIFEST, out / MANIFEST)
    except OSError as exc:
        raise TablesWriteError(out, exc) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for writer in writers.values():  # the index of the files now in place, for the next run
        if writer is not None:
            writer.save()
    return [out / name for name in files]


def _manifest_of(out: Path) -> dict:
    """The manifest of the set in `out` ({} when there is none or it cannot be read)."""
    try:
        found = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _clear(target: Path, staging: Path, folder: bool) -> None:
    """Make way for a new table at `target` (a dataset `folder` or a file): a dataset folder
    of an earlier run is moved into the staging folder (removed with it); a file is replaced
    by the rename itself, unless a folder takes its place."""
    if target.is_dir() and not target.is_symlink():
        os.replace(target, staging / f".old-{target.name}")
    elif folder:
        target.unlink(missing_ok=True)


def to_parquet(frame: pd.DataFrame, path: str | Path) -> None:
    """Write one table as Parquet with a schema that does not depend on the corpus."""
    _stable_types(frame).to_parquet(path, index=False)


def _stable_types(frame: pd.DataFrame) -> pd.DataFrame:
    # Columns that are entirely empty have no type pandas can infer; store them as
    # strings so the schema is stable whatever the corpus holds.
    empty = [col for col in frame.columns if frame[col].isna().all()]
    if not empty:
        return frame
    fixed = frame.copy()
    for col in empty:
        fixed[col] = fixed[col].astype("string")
    return fixed


def load(out_dir: str | Path) -> Dataset:
    """Read tables written by `write` (Parquet), checked against their manifest.

    FileNotFoundError when tables are missing, IncompleteTables when the files do not match
    the manifest (or there is none): both say to run `briefing extract` again.
    """
    import pandas as pd

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
    manifest.pop(CONTENTS, None)
    for name in (f"{n}.parquet" for n in TABLES):
        listed = ({name: files.get(name)} if (out / name).is_file() else
                  {f: h for f, h in files.items() if f.startswith(f"{name}/")})
        on_disk = ({name} if (out / name).is_file() else
                   {f"{name}/{p.name}" for p in (out / name).glob("*.parquet")})
        if not listed or set(listed) != on_disk or any(
                h != _sha256(out / f) for f, h in listed.items()):
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
