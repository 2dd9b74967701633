"""A process pool for the per-article step, started before the corpus is loaded.

A pool worker is a new Python: it imports the package and loads natasha's models and the
gazetteers before its first article (~0.7 s of CPU, measured on the benchmark's corpus), and
the first result of a cold 1,000-article run came 1.3 s after the pool was started. Started
when the extraction begins, the workers do that while this process imports, walks and loads
the corpus (~0.5 s), so their first chunk is waiting for them.

Whether to start early is a guess made before the articles exist: the corpus's files
against the results already in the cache. A wrong guess only costs time, never output:
a pool that was started is used for however many articles are new (the output does not
depend on the number of processes), and a pool not started is started by the per-article
step as before when enough articles are new.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
from dataclasses import dataclass
from datetime import date

from analysis.serverquiet import start_fork_server
from analysis.tables.perarticle import files_in as files_in  # (where the command line counts)

__all__ = ["WarmPool", "files_in", "start_pool", "warm_up"]

# What every worker imports before its first article, imported once by the forkserver the
# workers fork from (as `analysis.build.workers` does for the renderer): each worker then
# starts with the modules in place, sharing their pages, instead of importing them anew
# (~0.4 s of CPU a worker on a quiet machine, as much as its warm-up's models).
PRELOAD = ["analysis.tables.warmpool", "analysis.tables.perarticle", "analysis.entities",
           "analysis.entities.models", "analysis.entities.tagger_layers", "analysis.money",
           "analysis.projects", "analysis.figures", "natasha", "pymorphy3", "pymorphy3_dicts_ru"]

# A few sentences that take every model and table of the per-article step on their first
# article: money (an amount with its year), a person with a role for the NER and its
# morphology, a project cue for the register's syntax, an enterprise and a region.
WARM_UP_TEXT = (
    "Сборка тракторов МТЗ начнётся в Смоленской области\n"
    "Губернатор области Василий Анохин сообщил, что в 2025 году завод «Смоленские тракторы» "
    "начнёт сборку белорусских тракторов. Инвестиции в проект составят 500 млн рублей."
)


def warm_up(ner: bool) -> None:
    """What a worker does once, before its first chunk (and `briefing extract --watch` once
    its first round is done): the per-article step on a short article (its result is
    dropped; what stays is what the step loads on first use)."""
    from threadpoolctl import threadpool_limits

    from analysis.ingest import Article, Segment
    from analysis.tables.perarticle import extract_many

    text = WARM_UP_TEXT
    segments, pos = [], 0
    for line in text.split("\n"):
        segments.append(Segment(pos, pos, len(line)))
        pos += len(line) + 1
    article = Article(article_id="warm-up", file="warm-up.txt", title=text.split("\n")[0],
                      source=None, url=None, published=date(2025, 1, 15),
                      published_inferred=False, published_evidence=None, text=text,
                      original=text, segments=tuple(segments), sha256="")
    with threadpool_limits(limits=1, user_api="blas"):  # as the per-article step runs
        extract_many([article], ner)


def _warm_up_worker(ner: bool) -> None:
    """A pool worker's start: one BLAS thread for good, the values kept between processes
    (`analysis.exitstore`: a worker only reads them, it ends without exit handlers), then
    `warm_up`; then the warm heap (natasha's models, the dictionaries, the gazetteers, the
    compiled patterns: objects that live as long as the worker) is set aside from the cycle
    collector, whose passes then walk only what the articles make, and they come less often
    (`analysis.collector`). A worker forks from the forkserver, a fresh Python with the default
    thresholds: its ~200 passes over 300 articles walked the warm heap again and again
    (0.15–0.17 s of a worker's 3.4–4.2 s; 10 passes, 0.04–0.05 s, after; session 29)."""
    import gc

    from analysis.collector import collect_less
    from analysis.exitstore import keep_between_processes
    from analysis.tables.perarticle import one_blas_thread_in_this_worker

    one_blas_thread_in_this_worker()
    keep_between_processes()
    warm_up(ner)
    gc.collect()
    gc.freeze()
    collect_less()


def _ready() -> bool:
    return True


@dataclass
class WarmPool:
    """A started pool of `jobs` processes (forkserver: a clean child, not a fork of a
    process that may hold threads), each warmed up once."""

    executor: cf.ProcessPoolExecutor
    jobs: int

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WarmPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_pool(jobs: int, ner: bool) -> WarmPool:
    """A pool of `jobs` workers, all started now (the executor starts a worker per task
    submitted while none is idle), each warming up in the background."""
    context = multiprocessing.get_context("forkserver")
    # (acts when this process starts its forkserver: a server already running keeps its own)
    context.set_forkserver_preload(PRELOAD)
    start_fork_server(context)
    executor = cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                      initializer=_warm_up_worker, initargs=(ner,))
    for _ in range(jobs):
        executor.submit(_ready)
    return WarmPool(executor=executor, jobs=jobs)
