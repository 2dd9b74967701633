"""Atomic writes: a temp file in the target's folder, fsync, then rename.

Readers (a browser, a mail client, a concurrent build) see the old file or the new one,
never half of one; a failed write leaves the previous good file in place. Import-light on
purpose: `build` uses it on a no-op rebuild, which must not pay for heavy imports.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

SHARED_MODE = 0o644  # mkstemp creates 0600; reports and tables are meant to be shared


def _temp_beside(target: Path) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    return tmp


def write_all(files: Mapping[Path, bytes]) -> None:
    """Write every file to a temp file first, then rename them all; if any write fails,
    nothing is replaced and the temp files are removed."""
    temps: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            tmp = _temp_beside(Path(target))
            temps.append((tmp, Path(target)))
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, SHARED_MODE)
    except BaseException:
        for tmp, _ in temps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    for tmp, target in temps:
        os.replace(tmp, target)


def write(target: str | Path, data: bytes | str) -> None:
    """Write one file atomically; text is written as UTF-8."""
    write_all({Path(target): data.encode("utf-8") if isinstance(data, str) else data})


def write_with(target: str | Path, writer: Callable[[str], object]) -> None:
    """Atomically write a file produced by `writer(temp_path)` (e.g. DataFrame.to_parquet)."""
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        writer(tmp)
        os.chmod(tmp, SHARED_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
