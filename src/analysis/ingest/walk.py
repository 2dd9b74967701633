"""Walking a corpus folder: which files are read, and why the others are not.

`walk_corpus(root)` lists the regular files under `root` in path order and, as problems,
everything it did not list and a user could wonder about:

- a folder it cannot open (permission denied, I/O error) — its files are not read;
- a symlink that leaves the corpus folder (``passwd.txt -> /etc/passwd``) — never followed;
- a broken symlink, or a symlink to a folder (its files are read where they really are);
- something that is not a regular file (a named pipe would block the reader forever).

Hidden files and folders (``.git``, ``.DS_Store``, editor swap files) are left out without a
word. Nothing here raises for one bad entry; a missing root is the caller's check.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from analysis.ingest.article import Problem

__all__ = ["CorpusFile", "Walk", "walk_corpus"]


@dataclass(frozen=True)
class CorpusFile:
    """One regular file of the corpus (a symlink inside the corpus: its target's size)."""

    path: Path
    rel: str  # path relative to the corpus folder, with "/"
    size: int  # bytes
    # (mtime, ctime in ns, inode): a file whose size and stamp are unchanged was not written
    # since (ctime moves on any write, and no tool sets it back)
    stamp: tuple[int, int, int] = (0, 0, 0)


@dataclass
class Walk:
    """What a walk found: the files to read, in path order, and what was left out."""

    files: list[CorpusFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def walk_corpus(root: Path) -> Walk:
    """Every readable regular file under `root` (see the module docstring for the rest)."""
    root = Path(root)
    real_root = root.resolve()
    walk = Walk()
    folders = [root]
    while folders:
        folder = folders.pop()
        rel_folder = folder.relative_to(root).as_posix()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            walk.problems.append(Problem(f"{rel_folder}/", (
                f"folder not readable ({exc.strerror or exc}): its files were not read")))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue  # .git, .DS_Store, editor swap files
            path = Path(entry.path)
            rel = path.relative_to(root).as_posix()
            if entry.is_symlink():
                _symlink(path, rel, real_root, walk)
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                walk.problems.append(Problem(rel, f"unreadable: {exc.strerror or exc}"))
                continue
            if stat.S_ISDIR(st.st_mode):
                folders.append(path)
            elif stat.S_ISREG(st.st_mode):
                walk.files.append(CorpusFile(path=path, rel=rel, size=st.st_size, stamp=stat_stamp(st)))
            else:
                walk.problems.append(Problem(rel, "not a regular file (a pipe, socket or device): not read"))
    walk.files.sort(key=lambda f: f.rel)
    walk.problems.sort(key=lambda p: p.file)
    return walk


def stat_stamp(st: os.stat_result) -> tuple[int, int, int]:
    """What changes when a file is rewritten, even at the same size and mtime (the loader's
    and `--watch`'s test of an unchanged file)."""
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _symlink(path: Path, rel: str, real_root: Path, walk: Walk) -> None:
    """A symlink is read only when it points at a regular file inside the corpus folder."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        why = getattr(exc, "strerror", None) or exc
        walk.problems.append(Problem(rel, f"broken symlink ({why}): not read"))
        return
    if not target.is_relative_to(real_root):
        walk.problems.append(Problem(rel, f"symlink to {target}, outside the corpus folder: not followed"))
        return
    if target.is_dir():
        walk.problems.append(Problem(rel, (
            f"symlink to the folder {target.relative_to(real_root).as_posix() or '.'} of this corpus: "
            "not followed (its files are read there)")))
        return
    try:
        st = target.stat()
    except OSError as exc:
        walk.problems.append(Problem(rel, f"unreadable: {exc.strerror or exc}"))
        return
    if stat.S_ISREG(st.st_mode):
        walk.files.append(CorpusFile(path=path, rel=rel, size=st.st_size, stamp=stat_stamp(st)))
    else:
        walk.problems.append(Problem(rel, "not a regular file (a pipe, socket or device): not read"))
