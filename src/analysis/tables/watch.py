"""Resident extraction: `briefing extract --watch` extracts, then extracts again whenever the
corpus folder changes, in the same process.

Why: a one-added run as a new process pays for what no cache on disk can keep — Python's
imports (pandas, the stage packages: ~0.6 s of CPU), the regular expressions compiled at
import, natasha's models and the gazetteers loaded for the new article — about as much as
the run's own work. A process that stays up pays for them once; each later round costs
the loader, the new articles and the steps across articles.

A change is seen by polling: each entry's path, size, modification and change times and
inode, one directory walk without reading a file (standard library only; hidden entries,
which the loader does not read, are left out; the change time moves on any write, even one
that keeps the size and sets the modification time back). A round runs when that picture
differs from the one taken before the previous round, so a file changed while a round ran
is read by the next. Each round is an ordinary extraction (the per-article cache
on disk, tables written atomically and only when changed): stopping the watch at any time
leaves the last whole set of tables.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from analysis.ingest.walk import stat_stamp

__all__ = ["FolderState", "folder_state", "pause", "watch_folder"]

# (path relative to the root, size, modification and change times in ns, inode) of every entry
FolderState = frozenset[tuple[str, int, int, int, int]]


def folder_state(root: Path) -> FolderState:
    """What the folder holds now, by stat alone (an entry that vanishes meanwhile is left out;
    a folder that cannot be listed counts as itself, so the loader reports it)."""
    entries: set[tuple[str, int, int, int, int]] = set()
    for folder, dirs, files in os.walk(root):
        # hidden entries (an editor's swap file, .git) are not read by the loader either
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in (*files, *dirs):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            entries.add((os.path.relpath(path, root), st.st_size, *stat_stamp(st)))
    return frozenset(entries)


def pause(seconds: float) -> None:
    """Wait between two looks at the folder (a name of its own so a test can drive time)."""
    time.sleep(seconds)


def watch_folder(root: Path, run: Callable[[], object], *, interval: float,
                 rounds: int | None = None, idle: Callable[[], object] | None = None) -> int:
    """`run()` now, then again each time the folder under `root` changes, looking every
    `interval` seconds, until `rounds` runs were made (None: until Ctrl-C while waiting).
    `idle()` is called once after the first run, before the first wait: what a later
    round's new article will need (models) is loaded while nothing else happens.
    Returns how many runs were made. Ctrl-C during a run is not caught: the caller reports
    an interrupted extraction as it does without `--watch`."""
    state = folder_state(root)
    run()
    done = 1
    if idle is not None and (rounds is None or done < rounds):
        try:
            idle()
        except KeyboardInterrupt:
            return done
    while rounds is None or done < rounds:
        try:
            pause(interval)
            now = folder_state(root)
        except KeyboardInterrupt:
            break
        if now != state:
            state = now  # taken before the run: a change during the run makes another
            run()
            done += 1
    return done
