"""The per-article cache: what the per-article step found in one article (`ArticleResult`),
its key (the article as the loader built it, the code version, the NER switch) and the SQLite
files that keep the results field by field and what the steps across articles made of them
(`ArticleCache`). `analysis.tables.perarticle` runs the step over it."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

from analysis.tables.shelf import Shelf, ShelfMemory

RESULTS_FILE = "results.sqlite"
PIECES_FILE = "pieces.sqlite"  # what the steps across articles made of the results


@dataclass(frozen=True)
class ArticleResult:
    """What the per-article step found in one article."""

    facts: list[Any]  # analysis.money.Fact
    entities: list[Any]  # analysis.entities.Entity
    # analysis.projects.ProjectReading: the register's merge runs from it, never re-reading
    projects: Any = None
    # analysis.figures.TextSignature: the duplicate finder's view of the text (its word runs)
    signature: Any = None
    # why the step stopped on this article ("" when it did not): its other fields are then
    # empty and the problems table names the file (`perarticle.failed_result`). Last, as the
    # cache's mark of a whole result; never None, which the cache reads as a missing field.
    failure: str = ""


RESULT_FIELDS = tuple(f.name for f in fields(ArticleResult))


def article_key(article: Any, code: str, ner: bool) -> str:
    """The cache key of one article's result."""
    # the dataclass fields only: what a step computed and cached on the article (its
    # sentences) must not change the key
    state = ([getattr(article, f.name) for f in fields(article)] if is_dataclass(article)
             else article)
    if isinstance(state, list):
        # a text pickled keeps a UTF-8 copy of itself inside the string (CPython caches it),
        # ~2 KB an article for as long as the article lives: its bytes are pickled instead
        state = [_utf8(v) if isinstance(v, str) else v for v in state]
    digest = hashlib.sha256(pickle.dumps(state, protocol=5))
    digest.update(f"|{code}|{'ner' if ner else 'fast'}".encode())
    return digest.hexdigest()


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


class ArticleCache:
    """Per-article results on disk, field by field (`root` None: no cache); `memory`: the
    values read kept for the process's next runs (`briefing extract --watch`)."""

    def __init__(self, root: Path | None, memory: ShelfMemory | None = None) -> None:
        self.root = root
        self.memory = memory
        self._shelf: Shelf | None = None
        self._pieces: Shelf | None = None

    @property
    def shelf(self) -> Shelf:
        """The results file, opened on first use."""
        if self._shelf is None:
            self._shelf = Shelf(self.root / RESULTS_FILE if self.root is not None else None,
                                memory=self.memory)
        return self._shelf

    def has(self, key: str) -> bool:
        """Whether a whole result is stored under `key` (its last field: the fields of a
        result are written in one transaction)."""
        return self.root is not None and self.shelf.has(f"{key}:{RESULT_FIELDS[-1]}")

    def has_many(self, keys: list[str]) -> set[str]:
        """Those of `keys` under which a whole result is stored (`has`, a few hundred keys
        a query)."""
        if self.root is None:
            return set()
        last = f":{RESULT_FIELDS[-1]}"
        return {k.removesuffix(last) for k in self.shelf.has_many([key + last for key in keys])}

    def stored(self) -> int:
        """How many whole results the cache holds, of any code version (a guess at the
        hits to come, before the articles exist: `analysis.tables.warmpool`)."""
        if self.root is None or not (self.root / RESULTS_FILE).is_file():
            return 0
        with Shelf(self.root / RESULTS_FILE) as shelf:  # not kept open: asked once, early
            return shelf.count(f"%:{RESULT_FIELDS[-1]}")

    def get_field(self, key: str, name: str) -> Any | None:
        """One field of the result under `key` (None: missing or unreadable)."""
        if self.root is None:
            return None
        return self.shelf.get(f"{key}:{name}")

    def get(self, key: str) -> ArticleResult | None:
        """The whole result under `key` (None when a field is missing or unreadable)."""
        if self.root is None:
            return None
        found = {name: self.get_field(key, name) for name in RESULT_FIELDS}
        if any(value is None for value in found.values()):
            return None
        return ArticleResult(**found)

    def get_fields(self, keys: list[str], name: str) -> dict[str, Any]:
        """Field `name` of the results under `keys`, by key (missing or unreadable ones left
        out), in one query a few hundred keys."""
        if self.root is None:
            return {}
        found = self.shelf.get_many([f"{key}:{name}" for key in keys])
        return {key: found[f"{key}:{name}"] for key in keys if f"{key}:{name}" in found}

    @property
    def pieces(self) -> Shelf:
        """The file of what was made from the results (`analysis.tables.derived`: an
        article's rows of a table), opened on first use."""
        if self._pieces is None:
            self._pieces = Shelf(self.root / PIECES_FILE if self.root is not None else None,
                                 memory=self.memory)
        return self._pieces

    def get_pieces(self, keys: list[str], name: str) -> dict[str, Any]:
        """Piece `name` made from the results under `keys`, by key (missing ones left out)."""
        if self.root is None:
            return {}
        found = self.pieces.get_many([f"{key}:{name}" for key in keys])
        return {key: found[f"{key}:{name}"] for key in keys if f"{key}:{name}" in found}

    def put_piece(self, key: str, name: str, value: Any) -> None:
        """Store piece `name` made from the result under `key`."""
        if self.root is not None:
            self.pieces.put(f"{key}:{name}", value)

    def put(self, key: str, result: ArticleResult) -> bool:
        """Store `result` under `key`; False when there is no cache or it cannot be written."""
        if self.root is None or self.shelf.db is None:
            return False
        for name in RESULT_FIELDS:
            self.shelf.put(f"{key}:{name}", getattr(result, name))
        return True

    def flush(self) -> None:
        """Write the results kept for writing (the shelf writes in batches)."""
        for shelf in (self._shelf, self._pieces):
            if shelf is not None:
                shelf.flush()

    def close(self) -> None:
        """Write what is kept for writing and close the file (it opens again when used)."""
        for shelf in (self._shelf, self._pieces):
            if shelf is not None:
                shelf.close()
        self._shelf = self._pieces = None
