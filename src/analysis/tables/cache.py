"""The on-disk cache of extracted tables: one entry per corpus content, code version and
extraction options, so a build extracts once and every notebook it launches reads the same
tables.

Entries live under `analysis.config.cache_root()`; the key comes from
`analysis.tables.fingerprints` (the corpus's bytes, not its mtimes, and the package code).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.config import cache_root, resolve_corpus
from analysis.tables.fingerprints import code_version, corpus_fingerprint
from analysis.tables.record import Dataset
from analysis.tables.store import MANIFEST, load, write

if TYPE_CHECKING:
    from analysis.ingest import Progress


def cache_key(corpus_dir: str | Path, currency: str = "USD", ner: bool = True) -> str:
    """The cache entry's name: corpus content, code version, currency, NER or fast path."""
    return f"{corpus_fingerprint(corpus_dir)}-{code_version()}-{currency}-{'ner' if ner else 'fast'}"


def cached(corpus: str | Path, currency: str = "USD", ner: bool = True,
           progress: Progress | None = None) -> Dataset:
    """The corpus's tables, from the cache when its content and the code are unchanged
    (`progress` hears of the extraction when there is one)."""
    # `dataset` re-exports this function, so it is imported here; the lookup at call time
    # also lets a test or notebook replace `dataset.extract`.
    from analysis.tables import dataset
    from analysis.tables.perarticle import ArticleCache, early_pool

    corpus_dir = resolve_corpus(corpus)
    target = cache_root() / cache_key(corpus_dir, currency, ner)
    if not (target / MANIFEST).exists():
        jobs = dataset.idle_jobs()  # a pool only on idle cores
        pool = early_pool(corpus_dir, ArticleCache(cache_root()), ner=ner, engine="local",
                          jobs=jobs)
        with pool as started:  # before the corpus is loaded (None: no pool wanted yet)
            ds = dataset.extract(corpus_dir, currency=currency, ner=ner, progress=progress,
                                 jobs=jobs, article_cache=cache_root(), pool=started)
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target.parent))
        try:
            write(ds, staging, formats=("parquet",))
            try:
                os.rename(staging, target)  # atomic; loses harmlessly to a concurrent writer
            except OSError:
                pass
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    ds = load(target)
    ds.corpus_dir = str(corpus_dir)
    return ds
