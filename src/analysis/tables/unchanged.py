"""Tables whose content did not change since the last write are not written again.

Adding one article to a corpus changes its articles, amounts and entities tables, but often
not its projects, problems or figures; writing a table (CSV and Parquet) costs more than
knowing it is the same. `content_digest(frame)` is a sha256 of the frame itself (its
columns, types and values, pickled: two frames with the same pickle are the same table); the
manifest keeps each table's digest (``contents``) beside its files' sha256. `kept_files`
gives the files of a table to keep as they are: only when the folder's manifest names the
same digest and every file of that table is still on disk with the sha256 the manifest
lists (a file changed or removed since is written again). A frame that pickles differently
but holds the same values is only written again: never the reverse.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.plaintable import PlainTable
from analysis.tables.plainwrite import hash_pickle, plain_digest

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["content_digest", "kept_files"]


def content_digest(frame: pd.DataFrame | PlainTable) -> str:
    """A sha256 of the table's columns, column types and values (a `PlainTable`'s of its
    own: a table made without pandas is always made so, `plainwrite.plain_digest`)."""
    if isinstance(frame, PlainTable):
        return plain_digest(frame)
    digest = hashlib.sha256()
    digest.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    # streamed into the hash, never all of it at once (the articles table's pickle is
    # hundreds of megabytes at 100,000 articles); values alone, not which were one object
    hash_pickle(digest, frame)
    return digest.hexdigest()


def kept_files(out: Path, manifest: dict, table: str, fmt: str, digest: str,
               file_sha: Callable[[Path], str]) -> dict[str, str] | None:
    """The files (relative path → sha256) of `table` in format `fmt` to keep in `out` as
    they are, or None when it must be written (see the module docstring). `manifest`: the
    folder's manifest as read (empty when there is none)."""
    if (manifest.get("contents") or {}).get(table) != digest:
        return None
    name = f"{table}.{fmt}"
    files = manifest.get("files") or {}
    listed = {f: h for f, h in files.items() if f == name or f.startswith(f"{name}/")}
    target = out / name
    on_disk = ({name} if target.is_file() else
               {f"{name}/{p.name}" for p in target.glob("*")} if target.is_dir() else set())
    if not listed or set(listed) != on_disk:
        return None
    if any(file_sha(out / f) != h for f, h in listed.items()):
        return None
    return listed
