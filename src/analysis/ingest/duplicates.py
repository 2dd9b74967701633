"""Identical files count once.

A folder of saved news often holds the same file twice («итоги - копия.txt», «page (1).html»,
a download saved again). Each group of byte-identical files is read once; the one kept is
the copy metadata.csv names, else one whose name carries no copy marker (`COPY_NUMBER`, `COPY_WORDS`),
else the first in path order. The others are listed as problems naming the kept one.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from analysis.ingest.article import Problem
from analysis.ingest.walk import CorpusFile
from analysis.lazypattern import lazy_compile

__all__ = ["COPY_NUMBER", "COPY_WORDS", "distinct_files"]

# What file managers and browsers add to the name of a second copy (data, not code): a
# number in brackets, or one of these words standing apart in the name.
COPY_NUMBER = r"\(\d+\)"  # «page (1).html», «download (2).txt»
COPY_WORDS: tuple[str, ...] = (
    "копия",  # «итоги - копия.txt» (Windows, Russian)
    "copy",  # «report - Copy.txt», «report_copy.txt»
    "download",  # a browser's default name for a saved file
)
_COPY = lazy_compile(rf"{COPY_NUMBER}|(?:^|[\s_.-])(?:{'|'.join(COPY_WORDS)})(?:$|[\s_.-])", re.I)
_CHUNK = 1 << 20


def _digest(path: Path) -> str | None:
    """sha256 of a file, read in chunks; None when it cannot be read (the reader says why)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def distinct_files(files: list[CorpusFile], *, named: frozenset[str], problems: list[Problem],
                   digests: dict[str, str] | None = None) -> list[CorpusFile]:
    """`files` with every group of identical files reduced to one (see the module docstring);
    the dropped copies are appended to `problems`. Keeps path order. `digests`: the sha256
    of files known unchanged since an earlier run read them (`ingest.seen`), by path: those
    are not read again."""
    digests = digests or {}
    by_size: dict[int, list[CorpusFile]] = {}
    for f in files:
        by_size.setdefault(f.size, []).append(f)
    dropped: set[str] = set()
    for same_size in by_size.values():
        if len(same_size) < 2:
            continue  # a file of unique size has no identical twin: no need to hash it
        groups: dict[str, list[CorpusFile]] = {}
        for f in same_size:
            if (digest := digests.get(f.rel) or _digest(f.path)) is not None:
                groups.setdefault(digest, []).append(f)
        for group in groups.values():
            if len(group) < 2:
                continue
            kept = min(group, key=lambda f: (f.rel not in named, bool(_COPY.search(Path(f.rel).stem)), f.rel))
            for f in group:
                if f is not kept:
                    dropped.add(f.rel)
                    problems.append(Problem(f.rel, f"identical to {kept.rel}: counted once (as {kept.rel})"))
    return [f for f in files if f.rel not in dropped]
