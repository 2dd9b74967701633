"""Atomic writes: a temp file in the target's folder, fsync, then rename.

Readers (a browser, a mail client, a concurrent build) see the old file or the new one,
never half of one; a failed write leaves the previous good file in place. Import-light on
purpose: `build` uses it on a no-op rebuild, which must not pay for heavy imports.

`check_output_folder` is the check every command makes before long work: the folder can be
written to (or created), and has room (a few MB) for what will be written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from analysis.lazypattern import lazy_compile

SHARED_MODE = 0o644  # mkstemp creates 0600; reports and tables are meant to be shared
# Room a command wants in its output folder before it starts: a briefing (HTML with its
# charts, PDF, executed notebook) takes 1–3 MB, the seed tables 0.2 MB.
MIN_FREE_BYTES = 8 * 1024 * 1024


class OutputFolderError(OSError):
    """An output folder that cannot take the outputs: `full` says whether it lacks room
    (the work failed: exit 1) rather than write access (a bad --out: exit 2)."""

    def __init__(self, message: str, *, full: bool) -> None:
        super().__init__(errno.ENOSPC if full else errno.EACCES, message)
        self.full = full
        self.message = message

    def __str__(self) -> str:
        return self.message


def check_output_folder(folder: str | Path, min_free: int = MIN_FREE_BYTES) -> None:
    """Make sure that `folder` (or, when it does not exist yet, the folder it would be created
    in) can be written to and has `min_free` bytes of room; creates nothing. Raises
    OutputFolderError naming the folder and what to do."""
    folder = Path(folder)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputFolderError(f"output folder {folder} cannot be created: {existing} is a file, "
                                "not a folder; choose another folder with --out", full=False)
    if not os.access(existing, os.W_OK | os.X_OK):
        # access(2) also says EROFS for a read-only file system, even to root
        why = "read-only file system" if _read_only(existing) else "permission denied"
        raise OutputFolderError(f"output folder {folder} cannot be written to ({why}): choose "
                                "another folder with --out", full=False)
    usage = shutil.disk_usage(existing)
    if usage.total == 0:  # /proc, /sys: writable to root by access(2), but no disk at all
        raise OutputFolderError(f"output folder {folder} cannot be written to (a virtual file "
                                "system, not a disk): choose another folder with --out",
                                full=False)
    free = usage.free
    if free < min_free:
        raise OutputFolderError(f"output folder {folder} is full ({free / 1024 / 1024:.1f} MB free, "
                                f"{min_free / 1024 / 1024:.0f} MB needed): free some space or choose "
                                "another folder with --out", full=True)


def _read_only(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (not POSIX)
        return False


def sync_file(path: str | Path) -> None:
    """Flush a written file to the disk (so that a full disk fails here, not later)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Temp files carry the writer's pid, so that a later run can tell a dead writer's leftovers
# (`remove_stale_temps`) from a live writer's file.
_TEMP_NAME = lazy_compile(r"^\..+\.(\d+)-[^.]+\.tmp$")


def _temp_beside(target: Path) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp")
    os.close(fd)
    return tmp


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def remove_stale_temps(folder: str | Path) -> list[Path]:
    """Remove the temp files that killed writers left in `folder`; returns them."""
    removed = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            m = _TEMP_NAME.match(path.name)
            if m and not pid_alive(int(m.group(1))):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


@contextlib.contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold a Ctrl-C back until the block is done (a few renames that must not be split); a
    SIGTERM too where a handler of the program's own stops on it (`analysis.termination`)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    on_term = signal.getsignal(signal.SIGTERM)
    if callable(on_term):
        signal.signal(signal.SIGTERM, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if callable(on_term):
            signal.signal(signal.SIGTERM, on_term)
    if signal.SIGTERM in caught and callable(on_term):
        on_term(signal.SIGTERM, None)  # the program's own stop (it raises)
    if caught:
        raise KeyboardInterrupt


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
    with deferred_interrupt():
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
        sync_file(tmp)
        os.chmod(tmp, SHARED_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
