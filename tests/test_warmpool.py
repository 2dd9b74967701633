"""The pool started before the corpus is loaded (`analysis.tables.warmpool`): started only
when many articles are likely new, and its results are those of one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS

from analysis import cli, ingest
from analysis.tables import dataset, perarticle
from analysis.tables.perarticle import ArticleCache, Engine, extract_articles
from analysis.tables.warmpool import WarmPool, files_in, start_pool


def test_files_in_counts_files_at_any_depth(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("x.txt", "a/y.txt", "a/b/z.html"):
        (tmp_path / name).write_text("Текст", encoding="utf-8")
    assert files_in(tmp_path) == 3


def test_no_early_pool_for_one_job_dask_or_a_mostly_cached_corpus(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(perarticle, "POOL_THRESHOLD", 3)
    cache = ArticleCache(tmp_path / "cache")
    for args in ({"engine": "local", "jobs": 1}, {"engine": "dask", "jobs": 2}):
        pool = perarticle.early_pool(SEEDS, cache, ner=False, **args)
        assert not isinstance(pool, WarmPool)
    extract_articles(ingest.load_corpus(SEEDS).articles, ner=False, cache=cache)
    cache.close()
    assert cache.stored() == files_in(SEEDS) == 5  # every seed file is one article
    assert not isinstance(perarticle.early_pool(SEEDS, cache, ner=False, engine="local", jobs=2),
                          WarmPool)


def test_an_early_pool_for_a_new_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(perarticle, "POOL_THRESHOLD", 3)
    pool = perarticle.early_pool(SEEDS, ArticleCache(tmp_path / "cache"), ner=False,
                              engine="local", jobs=2)
    assert isinstance(pool, WarmPool)
    pool.close()


def test_a_warm_pool_gives_the_results_of_one_process_even_for_few_articles() -> None:
    articles = ingest.load_corpus(SEEDS).articles
    alone, _ = extract_articles(articles, ner=False, cache=ArticleCache(None), engine=Engine(jobs=1))
    assert len(articles) < perarticle.POOL_THRESHOLD  # no pool of its own for so few
    with start_pool(2, ner=False) as pool:
        pooled, stats = extract_articles(articles, ner=False, cache=ArticleCache(None),
                                         engine=Engine(jobs=2), pool=pool)
        assert stats.extracted == 5
        assert list(pooled) == list(alone) and pooled == alone


def test_an_extraction_on_an_early_pool_gives_the_tables_of_one_process(tmp_path: Path) -> None:
    with start_pool(2, ner=False) as pool:
        pooled = dataset.extract(SEEDS, ner=False, jobs=2, article_cache=tmp_path / "cache",
                                 pool=pool)
    assert pooled.meta["articles_extracted"] == 5
    alone = dataset.extract(SEEDS, ner=False, jobs=1)
    for name in dataset.TABLES:
        assert getattr(pooled, name).equals(getattr(alone, name)), name


def test_the_command_line_starts_the_pool_for_a_new_corpus(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = []
    real = perarticle.start_pool

    def counted(jobs: int, ner: bool) -> WarmPool:
        started.append(jobs)
        return real(jobs, ner)

    monkeypatch.setattr(perarticle, "POOL_THRESHOLD", 3)
    monkeypatch.setattr(perarticle, "start_pool", counted)
    args = ["extract", str(SEEDS), "--no-ner", "--jobs", "2", "--cache", str(tmp_path / "cache")]
    assert cli.main([*args, "--out", str(tmp_path / "cold")]) == 0
    assert started == [2]  # once: the per-article step used the pool the command started
    assert cli.main([*args, "--out", str(tmp_path / "again")]) == 0
    assert started == [2]  # every article cached: no pool
    for name in dataset.TABLES:
        assert ((tmp_path / "cold" / f"{name}.csv").read_bytes()
                == (tmp_path / "again" / f"{name}.csv").read_bytes()), name


def _blas_threads_in_a_worker() -> list[int]:
    from threadpoolctl import threadpool_info

    return [int(lib["num_threads"]) for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_a_workers_blas_runs_one_thread_after_its_warm_up() -> None:
    """A new worker has not imported numpy when its start limits BLAS to one thread; the
    limit must still hold once the warm-up has loaded the models (on two threads the tagger
    spins: a worker's CPU was 1.4× what its articles take in one process)."""
    with start_pool(1, ner=False) as pool:
        threads = pool.executor.submit(_blas_threads_in_a_worker).result(timeout=120)
    assert threads and set(threads) == {1}


def test_the_default_jobs_are_the_idle_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """On cores other work keeps busy a pool loses to one process (measured at 1,000 and
    5,000 articles): the default counts only the cores the load average leaves idle."""
    monkeypatch.setattr(perarticle, "default_jobs", lambda: 4)
    for load, jobs in ((0.2, 4), (1.5, 3), (3.9, 1), (12.0, 1)):
        monkeypatch.setattr(perarticle.os, "getloadavg", lambda load=load: (load, load, load))
        assert perarticle.idle_jobs() == jobs


def test_the_forkservers_preload_holds_what_a_worker_imports() -> None:
    """The pool's forkserver imports `PRELOAD` once and the workers fork from it. A name it
    cannot import is skipped without a word, and a module the step needs but the list lacks
    is imported again by every worker: a new process that imports the list and then warms up
    as a worker does must import no module of the package, natasha or pymorphy3 after."""
    import subprocess
    import sys

    script = (
        "import importlib, sys\n"
        "from analysis.tables.warmpool import PRELOAD, warm_up\n"
        "for name in PRELOAD: importlib.import_module(name)\n"
        "before = set(sys.modules)\n"
        "warm_up(True)\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=300)
    later = done.stdout.split()
    assert not [m for m in later if m.split(".")[0] in ("analysis", "natasha", "pymorphy3",
                                                        "slovnet", "navec", "razdel")], later
