"""The corpora of a build: content keys, one extraction each, and the facts the set needs.

Facts (data date, regions with projects) depend on the corpus content and on the code
that extracts them; they are remembered in the manifest under that pair so that a no-op
build needs no table at all (and imports no pandas).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from analysis.build.reportset import ConfigError
from analysis.tables.fingerprints import corpus_fingerprint


class CorpusError(Exception):
    """A corpus of the set could not be extracted (exit status 1; nothing rendered)."""


def compute_corpus_info(corpus_dir: Path) -> dict[str, Any]:
    """Extract the corpus once (warming the on-disk cache) and note what the set needs:
    the data date and every Russian region (official name, as the projects table holds
    it) with at least one project."""
    from analysis.entities import is_russian_region
    from analysis.tables import dataset

    try:
        with dataset.StageProgress(f"extract {corpus_dir.name}") as progress:
            ds = dataset.cached(corpus_dir, progress=progress)
    except OSError as exc:
        raise CorpusError(f"extracting {corpus_dir} failed: {exc.strerror or exc}") from exc
    except Exception as exc:
        raise CorpusError(f"extracting {corpus_dir} failed: {type(exc).__name__}: {exc}") from exc
    if ds.articles.empty:
        shown = "; ".join(f"{r.file}: {r.reason}" for r in ds.problems.head(3).itertuples())
        raise CorpusError(f"corpus {corpus_dir} holds no readable article"
                          + (f" ({len(ds.problems)} file(s) not read: {shown})" if shown else "")
                          + ": nothing to brief")
    for warning in ds.correction_problems:  # the analyst's corrections.csv: lines not applied
        print(f"briefing build: warning: {corpus_dir.name}/{warning}", file=sys.stderr)
    regions: set[str] = set()
    if "region" in ds.projects.columns:
        regions = {str(r) for r in ds.projects["region"].dropna() if is_russian_region(str(r))}
    return {"data_as_of": ds.data_as_of, "regions_with_projects": sorted(regions)}


class Corpora:
    """Corpus content keys and the facts derived from each corpus, for one build."""

    def __init__(self, manifest: dict[str, Any], code: str,
                 on_extract: Callable[[], Any] | None = None) -> None:
        self.manifest = manifest
        self.code = code
        self.keys: dict[Path, str] = {}
        self.warmed: set[Path] = set()
        self.on_extract = on_extract

    def key(self, corpus: Path) -> str:
        """The corpus's content fingerprint (ConfigError when the folder is missing)."""
        if corpus not in self.keys:
            if not corpus.is_dir():
                raise ConfigError(f"corpus folder {corpus} not found")
            self.keys[corpus] = corpus_fingerprint(corpus)
        return self.keys[corpus]

    def slot(self, corpus: Path) -> str:
        """Where the manifest keeps this corpus content's facts for this code."""
        return f"{self.key(corpus)}-{self.code}"

    def info(self, corpus: Path) -> dict[str, Any]:
        """The corpus's facts: from the manifest, else by extracting it."""
        known = self.manifest["corpora"].get(self.slot(corpus))
        return known if known is not None else self.warm(corpus)

    def warm(self, corpus: Path) -> dict[str, Any]:
        """Extract (or load from the on-disk cache) once in this process."""
        if corpus not in self.warmed:
            if self.slot(corpus) not in self.manifest["corpora"] and self.on_extract:
                # New corpus content or code: its jobs will be rendered, so let the workers
                # start and warm up on the other cores while this one extracts.
                self.on_extract()
            self.manifest["corpora"][self.slot(corpus)] = compute_corpus_info(corpus)
            self.warmed.add(corpus)
        return self.manifest["corpora"][self.slot(corpus)]

    def live_slots(self) -> set[str]:
        """The manifest slots of the corpora this build used."""
        return {self.slot(c) for c in self.keys}
