"""The fact tables of each corpus of a build, as CSV and XLSX under ``<out>/tables/``.

Written once per corpus content and code (the manifest remembers which, under
``"tables"``), so a build with nothing new writes nothing; the index links them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from analysis.build.corpora import Corpora


def corpus_label(corpus: Path) -> str:
    """A file-name-safe label for a corpus folder ("seeds", "messy-trade", "my_corpus": an
    underscore is kept, so the folder's own name stays readable)."""
    return re.sub(r"[^a-z0-9_]+", "-", corpus.name.lower()).strip("-_") or "corpus"


def _current(entry: dict[str, Any] | None, slot: str, out: Path) -> bool:
    return bool(entry) and entry.get("slot") == slot and all(
        (out / rel).is_file() for rel in entry.get("outputs", {}).values())


def write_corpus_tables(out: Path, corpora: Corpora, manifest: dict[str, Any],
                        folders: Iterable[Path]) -> list[str]:
    """Write the tables of every corpus in `folders` that are missing or stale; returns
    one line per corpus whose tables could not be written."""
    tables = manifest.setdefault("tables", {})
    problems: list[str] = []
    for corpus in dict.fromkeys(folders):
        label = corpus_label(corpus)
        slot = corpora.slot(corpus)
        if _current(tables.get(label), slot, out):
            continue
        try:
            from analysis.briefing import as_outputs, write_corpus_downloads
            from analysis.tables import dataset

            written = write_corpus_downloads(dataset.cached(corpus), out, label)
        except Exception as exc:  # the briefings stand; say which tables are missing
            problems.append(f"tables of corpus {corpus}: {type(exc).__name__}: {exc}")
            continue
        tables[label] = {"slot": slot, "corpus": str(corpus), "outputs": {
            key: Path(os.path.relpath(path, out.resolve())).as_posix()
            for key, path in as_outputs(written).items()}}
    return problems
