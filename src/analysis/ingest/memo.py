"""What the loader may remember between runs: the articles built from one file.

Splitting, cleaning and dating a file's articles costs most of the loading (~1.3 ms a
file); the result depends only on the file's bytes and path, its article id base, the
corpus's taglines and today's date. `load_corpus(..., memo=...)` asks a `BuiltMemo` (the
tables stage's on-disk store, which adds the code version to the key) for the `BuiltFile`
under `built_key(...)` and builds the file only when it is not there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from analysis.ingest.article import Article, Problem

__all__ = ["BuiltFile", "BuiltMemo", "built_key", "taglines_key"]


@dataclass(frozen=True)
class BuiltFile:
    """The articles of one file and the problems building them reported."""

    articles: list[Article]
    problems: list[Problem]


class BuiltMemo(Protocol):
    """Where built files are remembered (`analysis.tables` keeps them on disk)."""

    def get(self, key: str) -> BuiltFile | None:
        """The file built under `key`, or None (never stored, or unreadable)."""

    def put(self, key: str, value: BuiltFile) -> None:
        """Remember `value` under `key` (a store that cannot write only costs time)."""


def taglines_key(taglines: Iterable[str], splitting: Iterable[str], today: date) -> str:
    """What every file's build shares: the corpus's taglines and today's date."""
    digest = hashlib.sha256()
    for line in sorted(taglines):
        digest.update(line.encode() + b"\0")
    digest.update(b"\1")
    for line in splitting:  # in order: the first that matches cuts
        digest.update(line.encode() + b"\0")
    digest.update(today.isoformat().encode())
    return digest.hexdigest()


def built_key(rel: str, raw_sha: str, base: str, shared: str) -> str:
    """The key of one file's build: its path, bytes, id base and the corpus's `shared` key."""
    return hashlib.sha256("\0".join((rel, raw_sha, base, shared)).encode()).hexdigest()
