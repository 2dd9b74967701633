"""Kernel connection files: kept in one folder of ours, named after the process that started
the kernel, so that none is left behind.

jupyter_client writes a kernel's ports and key to a JSON file (by default a ``tmp*.json`` in
the temp folder) and removes it when the kernel is shut down. A process that exits before
its kernel's shutdown has finished, or is killed, leaves the file. Ours live in
``<jupyter runtime dir>/briefing-kernels/<pid>-<random>.json``: `remove_stale` deletes the
files of processes that are gone, and every `KernelPool` calls it when it is created.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from analysis.atomic import pid_alive

__all__ = ["connection_dir", "new_connection_file", "remove_stale"]

FOLDER_NAME = "briefing-kernels"


def connection_dir() -> Path:
    """Where our kernels' connection files live (inside Jupyter's runtime folder, which
    $JUPYTER_RUNTIME_DIR moves)."""
    from jupyter_core.paths import jupyter_runtime_dir

    return Path(jupyter_runtime_dir()) / FOLDER_NAME


def new_connection_file() -> Path:
    """A fresh connection file name for a kernel this process starts."""
    folder = connection_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}.json"


def remove_stale() -> list[Path]:
    """Remove the connection files of processes that no longer run; returns them."""
    removed = []
    with contextlib.suppress(OSError):
        for path in connection_dir().glob("*.json"):
            pid = path.name.split("-", 1)[0]
            if pid.isdigit() and not pid_alive(int(pid)):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed
