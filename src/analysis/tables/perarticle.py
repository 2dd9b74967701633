"""The per-article step of an extraction (money facts, entities, the register's reading of
each article and the duplicate finder's signature of its text), cached per article and
spread over every core.

Each article's result is kept in one SQLite file, ``<cache>/results.sqlite``
(`analysis.tables.shelf`), one entry per field (facts, entities, project reading), keyed by
the article as the loader built it (id, text, title, dates, offsets: everything the steps
read), the package code version and the NER switch. Adding one article to a corpus
extracts that article; the others come from the cache, and the steps that look across
articles (the register's merge, the tables) run again from the cached results, each reading
only the field it needs. New results are written in batches (one transaction, not a
synced file an article: that cost 8 ms an article).

`jobs` > 1 runs the misses in a process pool; results are put back in article order, so the
output does not depend on the number of jobs. The cache holds pickles written by this
package into its own cache folder; a damaged or unreadable entry is extracted again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from threadpoolctl import threadpool_limits

# the cache's names are read from here too (the step and its cache were one module)
from analysis.collector import pause_for_few
from analysis.tables.articlecache import PIECES_FILE as PIECES_FILE
from analysis.tables.articlecache import RESULT_FIELDS as RESULT_FIELDS
from analysis.tables.articlecache import RESULTS_FILE as RESULTS_FILE
from analysis.tables.articlecache import ArticleCache as ArticleCache
from analysis.tables.articlecache import ArticleResult as ArticleResult
from analysis.tables.articlecache import article_key as article_key
from analysis.tables.fingerprints import code_version

if TYPE_CHECKING:  # (the pool's module, multiprocessing with it, is imported when a pool starts)
    from analysis.tables.warmpool import WarmPool

# Below this many misses a pool costs more than it saves: each worker starts a Python, imports
# the package and loads the NER models (seconds), and NER takes ~25 ms an article.
POOL_THRESHOLD = 400
# Articles whose NER is tagged together (the tagger reads short texts in batches: measured
# a third less tagging time than one article at a time; more gains little).
NER_CHUNK = 64


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


def idle_jobs() -> int:
    """The default number of processes of a local extraction: the cores that the machine's
    1-minute load average leaves idle (whole cores; at least one). Measured on a 2-core
    machine shared with other users (load 5–7, a cold run, tables identical either way):
    1,000 articles 10.1–10.3 s on one job against 14.3–17.2 s on two, 5,000 articles 82 s
    against 97 s. A pool's workers start Pythons and load models (~1.2 s of CPU each) and
    hand every result over a pipe; on busy cores they only take turns with each other."""
    cores = default_jobs()
    try:
        busy = int(os.getloadavg()[0])
    except (AttributeError, OSError):  # no load average on this system: every core
        return cores
    return max(1, min(cores, cores - busy))


def start_pool(jobs: int, ner: bool) -> WarmPool:
    """`tables.warmpool.start_pool`: a process that extracts few articles starts no pool and
    never imports multiprocessing."""
    from analysis.tables import warmpool

    return warmpool.start_pool(jobs, ner)


def files_in(root: Path) -> int:
    """How many files the folder holds, at any depth (a guess at its articles: cheap, a
    directory walk without reading a file)."""
    return sum(len(files) for _, _, files in os.walk(root))


def early_pool(corpus_dir: str | Path, cache: ArticleCache, *, ner: bool, engine: str,
               jobs: int) -> WarmPool | nullcontext[None]:
    """A pool started now when the per-article step will likely want one (a local engine on
    several processes, and at least `POOL_THRESHOLD` more files than cached results);
    else nothing (the step starts its own pool if the guess was wrong)."""
    if engine != "local" or jobs < 2:
        return nullcontext()
    if files_in(Path(corpus_dir)) - cache.stored() < POOL_THRESHOLD:
        return nullcontext()
    return start_pool(jobs, ner)


def extract_one(article: Any, ner: bool) -> ArticleResult:
    """Money facts, entities and the project reading of one article."""
    return extract_many([article], ner)[0]


def extract_many(articles: Sequence[Any], ner: bool) -> list[ArticleResult]:
    """`extract_one` of each article, their NER tagged together (`find_entities_many`: the
    tagger reads short texts in batches); what a pool worker runs on a chunk. An article the
    step stops on (a bug met by an unusual text) gets `failed_result` instead of stopping the
    whole corpus: one odd file among 100,000 must not cost the analyst the other 99,999."""
    from analysis import entities

    try:
        found = entities.find_entities_many(articles, ner=ner)
    except Exception as error:  # any bug: find which article, keep the rest
        if len(articles) == 1:
            return [failed_result(articles[0], error)]
        return [result for a in articles for result in extract_many([a], ner)]
    return [_result(a, ents) for a, ents in zip(articles, found, strict=True)]


def _result(article: Any, found: list[Any]) -> ArticleResult:
    from analysis import figures, money, projects

    try:
        return ArticleResult(facts=money.describe(article), entities=found,
                             projects=projects.read_projects(article, found),
                             signature=figures.text_signature(article.text))
    except Exception as error:  # see `extract_many`
        return failed_result(article, error)


def failed_result(article: Any, error: Exception) -> ArticleResult:
    """The result of an article the step stopped on: nothing found in it, and why."""
    from analysis import figures, projects

    return ArticleResult(facts=[], entities=[], projects=projects.empty_reading(article),
                         signature=figures.text_signature(article.text),
                         failure=f"{type(error).__name__}: {error}"[:300])


@cache
def one_blas_thread_in_this_worker() -> Any:
    """A pool or Dask worker does one article at a time on one core: numpy's BLAS threads
    would only fight the other workers (measured: natasha's tagger 3× slower). numpy is
    imported first: the limit acts only on the BLAS libraries already loaded, and a new
    worker has not loaded numpy yet (without it the workers tagged on every core: a cold
    1,000-article run's two workers took 6.1 s of CPU each where one process takes 8.3 s)."""
    import numpy  # noqa: F401  (loads the BLAS library the limit below is about)
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _extract_pair(item: tuple[Any, bool]) -> ArticleResult:
    one_blas_thread_in_this_worker()
    return extract_one(*item)


def _extract_chunk(item: tuple[list[Any], bool]) -> list[ArticleResult]:
    one_blas_thread_in_this_worker()
    return extract_many(*item)


@dataclass(frozen=True)
class Engine:
    """Where the misses are extracted: "local" (this process, or a pool of `jobs`) or "dask"
    (a Dask bag on a local cluster of `jobs` workers, or on the cluster at `scheduler`)."""

    name: str = "local"
    jobs: int = 1
    scheduler: str | None = None


def extract_articles(articles: Sequence[Any], *, ner: bool, cache: ArticleCache,
                     engine: Engine = Engine(), advance: Callable[[], None] | None = None,
                     pool: WarmPool | None = None, code: str | None = None,
                     told: Callable[[PerArticleStats], None] | None = None,
                     ) -> tuple[ArticleResults, PerArticleStats]:
    """Every article's result by article id, from the cache or extracted (here, in a pool of
    `engine.jobs` processes, or on Dask), in article order (`ArticleResults`: read from
    the cache one at a time when asked). `pool`: a pool started earlier
    (`analysis.tables.warmpool`), used for the misses however few they are. `code`: the
    package's `code_version()`, when the caller has it. `told` hears, before any article
    is extracted, how many will be and how many are in the cache (the progress line)."""
    with threadpool_limits(limits=1, user_api="blas"):
        # natasha's tagger multiplies small matrices: on two or more BLAS threads it spends
        # its time waiting for them (3× slower on a busy two-core machine)
        return _extract_articles(articles, ner=ner, cache=cache, engine=engine, advance=advance,
                                 pool=pool, code=code or code_version(), told=told)


def _extract_articles(articles: Sequence[Any], *, ner: bool, cache: ArticleCache,
                      engine: Engine, advance: Callable[[], None] | None,
                      pool: WarmPool | None, code: str,
                      told: Callable[[PerArticleStats], None] | None = None,
                      ) -> tuple[ArticleResults, PerArticleStats]:
    keys = [article_key(a, code, ner) for a in articles]
    results = ArticleResults(cache, ner)
    stored = cache.has_many(keys)  # one query a few hundred articles
    for a, key in zip(articles, keys, strict=True):
        results.expect(a, key)
    misses = [i for i, key in enumerate(keys) if key not in stored]
    stats = PerArticleStats(hits=len(articles) - len(misses), extracted=len(misses))
    if told is not None:
        told(stats)
    if advance is not None:
        for _ in range(stats.hits):
            advance()
    # one article added to a cached corpus: the rest of the process runs without the cycle
    # collector's passes (`analysis.collector`; only in a process that ends with its command)
    pause_for_few(len(misses))
    if engine.name == "dask" and misses:
        from analysis.tables.daskengine import run_on_dask

        done: Iterable[ArticleResult] = run_on_dask(
            [(articles[i], ner) for i in misses], _extract_pair, workers=engine.jobs,
            scheduler=engine.scheduler)
    else:
        done = _run(articles, misses, ner, engine.jobs, advance, pool)
    for i, result in zip(misses, done, strict=True):
        results.add(articles[i].article_id, result)  # to the cache as it comes, not kept
    cache.flush()
    return results, stats


class ArticleResults(Mapping[str, ArticleResult]):
    """Every article's result by article id, in article order, read from the cache when
    asked (one at a time, one field at a time: a corpus's facts and entities are never all
    in memory). Without a cache folder the results are kept in memory. A cache entry that
    cannot be read when asked (removed or damaged meanwhile) is extracted again."""

    def __init__(self, cache: ArticleCache, ner: bool) -> None:
        self.cache = cache
        self.ner = ner
        self.keys: dict[str, str] = {}
        self.articles: dict[str, Any] = {}
        self.kept: dict[str, ArticleResult] = {}

    def expect(self, article: Any, key: str) -> None:
        self.keys[article.article_id] = key
        self.articles[article.article_id] = article

    def add(self, article_id: str, result: ArticleResult) -> None:
        if self.cache.root is None or not self.cache.put(self.keys[article_id], result):
            self.kept[article_id] = result

    def _anew(self, article_id: str) -> ArticleResult:
        found = extract_one(self.articles[article_id], self.ner)
        self.add(article_id, found)
        return found

    def __getitem__(self, article_id: str) -> ArticleResult:
        if article_id in self.kept:
            return self.kept[article_id]
        key = self.keys[article_id]  # KeyError: not an article of this run
        found = self.cache.get(key)
        return found if found is not None else self._anew(article_id)

    def value(self, article_id: str, name: str) -> Any:
        """One field of an article's result (only that field is read from the cache)."""
        if article_id in self.kept:
            return getattr(self.kept[article_id], name)
        key = self.keys[article_id]
        found = self.cache.get_field(key, name)
        return found if found is not None else getattr(self._anew(article_id), name)

    def many(self, articles: Sequence[Any], name: str) -> list[Any]:
        """Field `name` of each of `articles`' results, in order (read a few hundred at a
        time in one query)."""
        stored = self.cache.get_fields([self.keys[a.article_id] for a in articles], name)
        return [stored[key] if (key := self.keys[a.article_id]) in stored
                else self.value(a.article_id, name) for a in articles]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def field(self, name: str) -> Mapping[str, Any]:
        """One field of every result («facts», «entities», «projects», «signature») as a
        mapping by article id."""
        return ResultField(self, name)


class ResultField(Mapping[str, Any]):
    """`ArticleResults` seen through one field of `ArticleResult`."""

    def __init__(self, results: ArticleResults, name: str) -> None:
        self.results = results
        self.name = name

    def __getitem__(self, article_id: str) -> Any:
        return self.results.value(article_id, self.name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)


def _run(articles: Sequence[Any], misses: list[int], ner: bool, jobs: int,
         advance: Callable[[], None] | None, warm: WarmPool | None = None,
         ) -> Iterator[ArticleResult]:
    """The misses' results in their order (a generator: each chunk is stored before the
    next is extracted). A `warm` pool, already started, is used whenever there is a miss."""
    workers = warm.jobs if warm is not None else jobs
    pooled = bool(misses) and (warm is not None or (jobs > 1 and len(misses) >= POOL_THRESHOLD))
    size = min(NER_CHUNK, max(1, len(misses) // (workers * 4))) if pooled else NER_CHUNK
    chunks = ([articles[i] for i in misses[k:k + size]] for k in range(0, len(misses), size))
    if not pooled:
        for chunk in chunks:
            yield from _advancing(extract_many(chunk, ner), advance)
        return
    if warm is None:
        warm = start_pool(jobs, ner)
    with warm:
        # map keeps the input order: output independent of jobs
        for done in warm.executor.map(_extract_chunk, ((chunk, ner) for chunk in chunks)):
            yield from _advancing(done, advance)


def _advancing(results: list[ArticleResult],
               advance: Callable[[], None] | None) -> Iterator[ArticleResult]:
    for result in results:
        yield result
        if advance is not None:
            advance()
