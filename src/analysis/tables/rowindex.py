"""The index a table writer keeps in the per-article cache folder between runs (`csvrows`,
`parquetrows`): a marshal file of ``{"format": N, "tables": {...}}``. A cache: written to a
temporary file and renamed, not synced; an unreadable or other-format file is no index."""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any

__all__ = ["read_index", "write_index"]


def read_index(path: Path, file_format: int) -> dict[str, Any]:
    """The tables of the index at `path`, or {} when it is missing, unreadable or of
    another format."""
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if isinstance(found, dict) and found.get("format") == file_format and isinstance(
            found.get("tables"), dict):
        return found["tables"]
    return {}


def write_index(path: Path, file_format: int, tables: dict[str, Any]) -> None:
    """Keep `tables` at `path`; on an OSError nothing is kept (the next run writes whole)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}")
        temp.write_bytes(marshal.dumps({"format": file_format, "tables": tables}))
        os.replace(temp, path)
    except OSError:
        pass
