"""A large corpus the loader's cache does not know: its articles built in a child process.

Building a file's articles makes many short-lived objects (the file's paragraphs, the
cleaner's pieces, the segments before they are joined) among the few an article keeps, and
what is kept then pins the heap's arenas: the process holds the freed memory from the
loading to the end of the run. Measured on 10,094 synthetic articles: a process that built
them held 103 MiB after the loading, one that read the same articles from the loader's cache
(`analysis.ingest.memo`, the warm run) 75 MiB; letting the built articles go and reading them
back in the same process still held 88 MiB. At 100,000 articles a cold run held ~170 MiB
more than a warm one through every later step, its peak included.

So a corpus of which the cache knows fewer files than it holds by more than `COLD_FILES` is
loaded first in a child process (from the forkserver: a clean process, never a fork of this
one with its pool's threads), which builds every file's articles into the loader's cache and
exits; this process then loads the corpus as a warm run does. Its articles are then also the
objects a warm run has: values a cold build shares between articles of different files (an
encoding's name, a date precision) are one object per file, as read from the cache, so the
tables pickle alike cold and warm (their content digests in the manifest).
"""

from __future__ import annotations

import multiprocessing
import queue
from pathlib import Path
from typing import Any

from analysis import ingest
from analysis.tables.compact import PART_ARTICLES
from analysis.tables.perarticle import files_in
from analysis.tables.shelf import Shelf

__all__ = ["COLD_FILES", "build_in_child", "is_cold"]

# files the cache may lack before the articles are built apart: one part's worth (a week's
# new articles are built here, as before: a child costs ~1 s of start-up)
COLD_FILES = PART_ARTICLES


def is_cold(corpus_dir: Path, memo_path: Path, prefix: str) -> bool:
    """True when the loader's cache knows fewer entries of this code than the corpus holds
    files, by more than `COLD_FILES` (each text file is remembered twice, seen and built; a
    web page once: a guess, never a wrong output)."""
    with Shelf(memo_path, prefix=prefix) as memo:
        known = memo.count("%")
    return files_in(corpus_dir) - known > COLD_FILES


def build_in_child(corpus_dir: Path, memo_path: Path, prefix: str, *, max_bytes: int,
                   progress: ingest.Progress | None = None) -> bool:
    """Build the corpus's articles into the loader's cache in a child process (see the module
    docstring); False when the child failed (the caller's load then builds what is missing).
    The child's stages and steps are told to `progress` here, as the loader tells its own (a
    long cold load keeps its bar on a terminal)."""
    if progress is not None:
        progress.stage("reading, splitting and cleaning every file (in a child process)")
    context = multiprocessing.get_context("forkserver")
    reports = context.Queue() if progress is not None else None
    child = context.Process(target=_build, args=(str(corpus_dir), str(memo_path), prefix, max_bytes,
                                                 reports),
                            name="briefing-cold-load")
    child.start()
    if progress is not None and reports is not None:
        _relay(child, reports, progress)
    child.join()
    return child.exitcode == 0


def _relay(child: Any, reports: Any, progress: ingest.Progress) -> None:
    """Tell `progress` what the child reports until it ends (and what it left in the queue)."""
    while True:
        try:
            report = reports.get(timeout=0.2)
        except queue.Empty:
            if not child.is_alive():
                break
            continue
        if report is None:  # the child's last word
            break
        kind, name, count = report
        if kind == "stage":
            progress.stage(name, count)
        else:
            progress.advance(count)


class _Reports:
    """The child's side of the loader's progress: stages at once, steps a batch at a time
    (a queue message per file would cost more than the file)."""

    _BATCH = 200

    def __init__(self, reports: Any) -> None:
        self.reports, self.steps = reports, 0

    def stage(self, name: str, total: int | None = None) -> None:
        self.flush()
        self.reports.put(("stage", name, total))

    def advance(self, steps: int = 1) -> None:
        self.steps += steps
        if self.steps >= self._BATCH:
            self.flush()

    def flush(self) -> None:
        if self.steps:
            self.reports.put(("advance", "", self.steps))
            self.steps = 0


def _build(corpus_dir: str, memo_path: str, prefix: str, max_bytes: int, reports: Any = None) -> None:
    """The child: load the corpus with the loader's cache (written when the shelf closes)."""
    told = _Reports(reports) if reports is not None else None
    with Shelf(Path(memo_path), prefix=prefix) as memo:
        ingest.load_corpus(corpus_dir, max_bytes=max_bytes, memo=memo, seen=memo, progress=told)
    if told is not None:
        told.flush()
        reports.put(None)
