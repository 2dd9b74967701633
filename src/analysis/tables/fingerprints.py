"""What a cached table or a rendered briefing depends on: the code version and the corpus.

One recipe each, standard library only: `briefing build` decides a no-op rebuild with them
and must not pay for pandas or the extraction modules.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Package files that cannot change an extracted table or a rendered briefing: editing them
# must not invalidate every cached table and force a rebuild of every briefing.
CODE_HASH_EXCLUDE_DIRS = frozenset({"build", "__pycache__"})
CODE_HASH_EXCLUDE_FILES = frozenset({"cli.py", "__main__.py", "tables/watch.py"})


# The exit store (`analysis.exitstore`) of `code_version`'s last answer with the stat of every
# file it read: a `briefing extract` process finds it there instead of reading ~420 files
# (~20 ms of CPU, more of wall time on a busy disk).
CODE_FILES_STORE = "code-files"
# a file changed this recently may change again within its clock's tick: not kept
_SETTLED_NS = 2_000_000_000


def code_version(package_dir: Path = PACKAGE_DIR) -> str:
    """Hash of the package's code, data tables and templates. When the exit stores are in
    use, the last process's answer is taken while every file it hashed has the same stat
    (inode, size, modification and change times) and none was added or removed."""
    from analysis.exitstore import exit_store

    store = exit_store(CODE_FILES_STORE, hashlib.sha256(str(package_dir).encode()).hexdigest()[:16], 4)
    if store is None:
        return _hashed_code(package_dir)
    stats = _code_file_stats(package_dir)
    kept = store.get("version")
    if stats and isinstance(kept, tuple) and len(kept) == 2 and kept[0] == stats:
        return kept[1]
    hashed: list[str] = []
    version = _hashed_code(package_dir, hashed)
    settled = time.time_ns() - _SETTLED_NS
    # kept only when the walk saw the very files hashed, none of them changing meanwhile
    if (stats and sorted(hashed) == [s[0] for s in stats] and stats == _code_file_stats(package_dir)
            and all(s[3] < settled and s[4] < settled for s in stats)):
        store.add("version", (stats, version))
    return version


def _code_file_stats(package_dir: Path) -> tuple[tuple[str, int, int, int, int], ...]:
    """(relative path, inode, size, modification and change times) of each file `code_version`
    hashes, in its order (a folder walk: another listing than `Path.rglob`'s only means
    hashing again)."""
    found = []
    root = os.fspath(package_dir)
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in CODE_HASH_EXCLUDE_DIRS]
        inside = folder[len(root):].strip(os.sep).replace(os.sep, "/")
        for name in files:
            path = os.path.join(folder, name)
            rel = f"{inside}/{name}" if inside else name
            if os.path.splitext(name)[1] in {".pyc", ".pyo"} or rel in CODE_HASH_EXCLUDE_FILES:
                continue
            try:
                st = os.stat(path)
            except OSError:
                return ()
            if not stat.S_ISREG(st.st_mode):
                continue
            found.append((rel, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return tuple(sorted(found))


def _hashed_code(package_dir: Path, hashed: list[str] | None = None) -> str:
    """`code_version` read from the files (`hashed` is given each file's relative path)."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*")):
        rel = path.relative_to(package_dir)
        if (not path.is_file() or path.suffix in {".pyc", ".pyo"}
                or CODE_HASH_EXCLUDE_DIRS.intersection(rel.parts[:-1])
                or rel.as_posix() in CODE_HASH_EXCLUDE_FILES):
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
        if hashed is not None:
            hashed.append(rel.as_posix())
    return digest.hexdigest()[:16]


def corpus_fingerprint(corpus_dir: str | Path) -> str:
    """Hash of every entry in the corpus folder (names and bytes); never raises for one entry.

    Symlinks are hashed as links (their target's name; the loader does not follow those
    leaving the folder), and what cannot be read — a locked file, a locked folder, a pipe —
    by its name, kind and stat, so the key still changes when it does.
    """
    root = Path(corpus_dir)
    digest = hashlib.sha256()
    entries: list[tuple[str, str]] = []  # (relative path, what it is) in walk order

    def unreadable_folder(exc: OSError) -> None:
        rel = Path(exc.filename or root).relative_to(root).as_posix() if exc.filename else "."
        entries.append((rel + "/", f"unreadable folder: {exc.strerror}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable_folder):
        dirs.sort()
        for name in [*sorted(files), *(d for d in dirs if os.path.islink(os.path.join(folder, d)))]:
            path = Path(folder, name)
            entries.append((path.relative_to(root).as_posix(), _entry_digest(path)))
    for rel, what in sorted(entries):
        digest.update(rel.encode() + b"\0" + what.encode() + b"\0")
    return digest.hexdigest()[:16]


def _entry_digest(path: Path) -> str:
    """What one entry of a corpus folder is: its content hash, or why it has none."""
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            return f"symlink to {os.readlink(path)}"
    except OSError as exc:
        return f"unreadable ({exc.strerror})"
    if not stat.S_ISREG(st.st_mode):
        return f"not a file: mode {st.st_mode:o}"  # a pipe would block a read forever
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return f"unreadable ({exc.strerror}): {st.st_size} bytes, mtime {st.st_mtime_ns}"
