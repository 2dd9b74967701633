"""The per-article step of an extraction (money facts and entities), cached per article and
spread over every core.

Each article's result is kept under ``<cache>/articles/<key[:2]>/<key>.pickle``, keyed by the
article as the loader built it (id, text, title, dates, offsets: everything the facts and
entities read), the package code version and the NER switch. Adding one article to a corpus
extracts that article; the others come from the cache, and the steps that look across
articles (the register, the tables) run again from the cached results.

`jobs` > 1 runs the misses in a process pool; results are put back in article order, so the
output does not depend on the number of jobs. The cache holds pickles written by this
package into its own cache folder; a damaged or unreadable entry is extracted again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from analysis import atomic
from analysis.tables.fingerprints import code_version

ARTICLES_FOLDER = "articles"
# Below this many misses a pool costs more than it saves: each worker starts a Python, imports
# the package and loads the NER models (seconds), and NER takes ~25 ms an article.
POOL_THRESHOLD = 400


@dataclass(frozen=True)
class ArticleResult:
    """What the per-article step found in one article."""

    facts: list[Any]  # analysis.money.Fact
    entities: list[Any]  # analysis.entities.Entity


@dataclass(frozen=True)
class PerArticleStats:
    """How one run went: articles read from the cache and articles extracted."""

    hits: int
    extracted: int


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def article_key(article: Any, code: str, ner: bool) -> str:
    """The cache key of one article's result."""
    digest = hashlib.sha256(pickle.dumps(article, protocol=5))
    digest.update(f"|{code}|{'ner' if ner else 'fast'}".encode())
    return digest.hexdigest()


class ArticleCache:
    """Per-article results on disk (`root` None: no cache)."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / ARTICLES_FOLDER / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> ArticleResult | None:
        if self.root is None:
            return None
        try:
            with open(self.path(key), "rb") as fh:
                found = pickle.load(fh)
        except Exception:  # missing, damaged or from an older layout: extract again
            return None
        return found if isinstance(found, ArticleResult) else None

    def put(self, key: str, result: ArticleResult) -> None:
        if self.root is None:
            return
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic.write(path, pickle.dumps(result, protocol=5))
        except OSError:
            pass  # a cache that cannot be written only costs time next run


def extract_one(article: Any, ner: bool) -> ArticleResult:
    """Money facts and entities of one article (what a pool worker runs)."""
    from analysis import entities, money

    return ArticleResult(facts=money.describe(article),
                         entities=entities.find_entities(article, ner=ner))


@cache
def _one_blas_thread_in_this_worker() -> Any:
    """A pool or Dask worker does one article at a time on one core: numpy's BLAS threads
    would only fight the other workers (measured: natasha's tagger 3× slower)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _extract_pair(item: tuple[Any, bool]) -> ArticleResult:
    _one_blas_thread_in_this_worker()
    return extract_one(*item)


@dataclass(frozen=True)
class Engine:
    """Where the misses are extracted: "local" (this process, or a pool of `jobs`) or "dask"
    (a Dask bag on a local cluster of `jobs` workers, or on the cluster at `scheduler`)."""

    name: str = "local"
    jobs: int = 1
    scheduler: str | None = None


def extract_articles(articles: Sequence[Any], *, ner: bool, cache: ArticleCache,
                     engine: Engine = Engine(), advance: Callable[[], None] | None = None,
                     ) -> tuple[dict[str, ArticleResult], PerArticleStats]:
    """Every article's result by article id, from the cache or extracted (here, in a pool of
    `engine.jobs` processes, or on Dask), in article order."""
    with threadpool_limits(limits=1, user_api="blas"):
        # natasha's tagger multiplies small matrices: on two or more BLAS threads it spends
        # its time waiting for them (3× slower on a busy two-core machine)
        return _extract_articles(articles, ner=ner, cache=cache, engine=engine, advance=advance)


def _extract_articles(articles: Sequence[Any], *, ner: bool, cache: ArticleCache,
                      engine: Engine, advance: Callable[[], None] | None,
                      ) -> tuple[dict[str, ArticleResult], PerArticleStats]:
    code = code_version()
    keys = [article_key(a, code, ner) for a in articles]
    results: dict[str, ArticleResult] = {}
    misses: list[int] = []
    for i, (a, key) in enumerate(zip(articles, keys, strict=True)):
        found = cache.get(key)
        if found is None:
            misses.append(i)
        else:
            results[a.article_id] = found
            if advance is not None:
                advance()
    if engine.name == "dask" and misses:
        from analysis.tables.daskengine import run_on_dask

        done = run_on_dask([(articles[i], ner) for i in misses], _extract_pair,
                           workers=engine.jobs, scheduler=engine.scheduler)
    else:
        done = _run(articles, misses, ner, engine.jobs, advance)
    for i, result in zip(misses, done, strict=True):
        results[articles[i].article_id] = result
        cache.put(keys[i], result)
    ordered = {a.article_id: results[a.article_id] for a in articles}
    return ordered, PerArticleStats(hits=len(articles) - len(misses), extracted=len(misses))


def _run(articles: Sequence[Any], misses: list[int], ner: bool, jobs: int,
         advance: Callable[[], None] | None) -> list[ArticleResult]:
    out: list[ArticleResult] = []
    if jobs <= 1 or len(misses) < POOL_THRESHOLD:
        for i in misses:
            out.append(extract_one(articles[i], ner))
            if advance is not None:
                advance()
        return out
    import concurrent.futures as cf
    import multiprocessing

    # forkserver: a clean child, not a fork of a process that may hold threads or kernels
    context = multiprocessing.get_context("forkserver")
    chunk = max(1, min(32, len(misses) // (jobs * 8)))
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for result in pool.map(_extract_pair, ((articles[i], ner) for i in misses),
                               chunksize=chunk):
            out.append(result)  # map keeps the input order: output independent of jobs
            if advance is not None:
                advance()
    return out
