"""The tables every briefing reads: extraction once per corpus, cached on disk.

`extract` runs the whole pipeline (corpus → amounts/facts → entities → projects) and
returns a `Dataset` of DataFrames. The other names notebooks, the build and the command
line use live next door and are re-exported here: `write`/`load` (`analysis.tables.store`),
`cached`/`cache_key` (`analysis.tables.cache`: keyed by the corpus content and the package
code version, so a build extracts once and every notebook it launches reads the same
tables), `resolve_corpus` (`analysis.config`), `StageProgress` (`analysis.tables.progress`:
what a long extraction reports to).
"""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import ingest
from analysis.config import resolve_corpus
from analysis.tables.cache import cache_key, cached
from analysis.tables.coldload import build_in_child, is_cold
from analysis.tables.compact import (
    PART_ARTICLES,
    frame_in_parts,
    releaser,
    restore_arrow_pool,
    system_arrow_pool,
)
from analysis.tables.csvrows import CsvRows
from analysis.tables.derived import (
    ArticlePieces,
    ReadAhead,
    ShelvedLabels,
    ShelvedProducts,
    ShelvedRows,
)
from analysis.tables.fingerprints import code_version
from analysis.tables.perarticle import (
    ArticleCache,
    Engine,
    PerArticleStats,
    default_jobs,
    extract_articles,
    idle_jobs,
)
from analysis.tables.progress import StageProgress
from analysis.tables.record import TABLES, Dataset
from analysis.tables.shelf import Shelf, ShelfMemory
from analysis.tables.spill import read_back, set_aside
from analysis.tables.store import IncompleteTables, TablesWriteError, load, write

if TYPE_CHECKING:
    from analysis.tables.warmpool import WarmPool

# In the per-article cache folder: the articles built from each file (`analysis.ingest.memo`)
LOADED_SHELF = "loaded.sqlite"
# the problems table's reason for an article the per-article step stopped on
STOPPED_REASON = ("the extraction stopped on this article ({failure}); its amounts, entities "
                  "and projects are left out of the tables, every other article is in them. "
                  "This is a bug: please report it with this file")

__all__ = ["TABLES", "Dataset", "IncompleteTables", "StageProgress", "TablesWriteError", "cache_key",
           "cached", "default_jobs", "extract", "idle_jobs", "load", "resolve_corpus", "write"]


def extract(corpus_dir: str | Path, currency: str = "USD", ner: bool = True, *,
            max_bytes: int = ingest.MAX_ARTICLE_BYTES, progress: ingest.Progress | None = None,
            jobs: int = 1, article_cache: Path | None = None, engine: str = "local",
            scheduler: str | None = None, pool: WarmPool | None = None,
            memory: ShelfMemory | None = None, read_before: dict | None = None) -> Dataset:
    """Run every extraction step over a corpus folder.

    `max_bytes`: files larger than this are listed in the problems table, not read.
    `progress` hears of each stage (and each file and article); see `tables.progress`.
    `jobs`: processes for the per-article step (facts and entities); `article_cache`: the
    folder of per-article results (None: extract every article), see `tables.perarticle`.
    `engine` "dask" runs the per-article step as a Dask bag (`tables.daskengine`): on a local
    cluster of `jobs` workers, or on the cluster at `scheduler`. `pool`: the per-article
    step's pool, started by the caller before the corpus is loaded (`perarticle.early_pool`:
    its workers load their models meanwhile), closed here when the step is done.
    `memory`: what this process read from the cache folder in an earlier run, kept for the
    next (`briefing extract --watch`; `tables.shelf.ShelfMemory`), and `read_before` the
    files it read then (`ingest.load_corpus`: one unchanged since is not read again).
    """
    memo_path = article_cache / LOADED_SHELF if article_cache is not None else None
    results_cache = ArticleCache(article_cache, memory)
    with pool if pool is not None else nullcontext():
        code = code_version()  # hashed once a run (~7 ms: every file of the package)
        # a large corpus the loader's cache does not know: built in a child process first,
        # whose heap takes the build's leftovers away (`tables.coldload`)
        if (memo_path is not None and memory is None and read_before is None
                and is_cold(Path(corpus_dir), memo_path, code)):
            build_in_child(Path(corpus_dir), memo_path, code, max_bytes=max_bytes,
                           progress=progress)
        with Shelf(memo_path, prefix=code, memory=memory) as memo:
            loaded = ingest.load_corpus(corpus_dir, max_bytes=max_bytes, progress=progress,
                                        memo=memo if memo_path is not None else None,
                                        read_before=read_before,
                                        seen=memo if memo_path is not None else None)
        articles = loaded.articles
        release_memory = releaser(len(articles))
        release_memory()  # the files' paragraphs the loader held
        # Each stage's typed objects, once per article, handed on to the register.
        # the stage's line says how many articles are read now and how many come from the
        # cache (a week's new articles alone are read: the analyst sees it)
        def told(split: PerArticleStats) -> None:
            if progress is not None:
                progress.stage(f"amounts, facts and entities: {split.extracted} read, "
                               f"{split.hits} from the cache", split.hits + split.extracted)

        results, stats = extract_articles(
            articles, ner=ner, cache=results_cache,
            engine=Engine(name=engine, jobs=jobs, scheduler=scheduler),
            advance=progress.advance if progress is not None else None, pool=pool, code=code,
            told=told)
    # Imported here so that `briefing build` can decide a no-op build without
    # paying for the extraction modules' start-up (morphology dictionaries, NER).
    from analysis import figures, money, projects

    found = results.field("entities")
    # articles the per-article step stopped on: named in the problems table, the rest kept
    stopped = [ingest.Problem(file=a.file, reason=STOPPED_REASON.format(failure=failure))
               for a, failure in zip(articles, results.many(articles, "failure"), strict=True)
               if failure]
    if progress is not None:
        progress.stage("tables and project register")  # the figures are part of it
    # Each table a part at a time, and what a step freed handed back before the next one:
    # the process's memory is then the tables', not every step's leftovers (`tables.compact`).
    release_memory()
    rates = money.Rates.load()
    # an unchanged article's rows and investment figures are read, not made again from its
    # facts and entities (`tables.derived`)
    pieces = ArticlePieces(results, currency=currency, rates=rates)
    # the tables of a corpus of one part are made without pandas (`analysis.plaintable`),
    # a larger one's through Arrow a part at a time (`tables.compact`)
    plain = len(articles) <= PART_ARTICLES
    # its tables' buffers handed back when freed, until they are written (`tables.compact`)
    arrow_pool = system_arrow_pool() if not plain else None
    amounts = pieces.amounts_table(articles) if plain else frame_in_parts(pieces.amounts_frame, articles)
    release_memory()
    # read by neither the register nor the figures: a large corpus's is set aside in a
    # temporary file until they are done (`tables.spill`)
    entity_table = (pieces.entities_table(articles) if plain
                    else set_aside(pieces.entities_frame, articles,
                                   str(article_cache) if article_cache is not None else None,
                                   part=PART_ARTICLES))
    release_memory()
    # the merge reads articles in publication order: their readings are read ahead in it
    merge_order = [a.article_id for a in sorted(
        articles, key=lambda a: (a.published or date.max, a.article_id))]
    # the last run's merge state, when its articles begin this order: only the rest are
    # merged, and only theirs are read (`tables.mergestate`)
    from analysis.tables.mergestate import MergeState

    state = (MergeState(article_cache, f"{code}|{currency}",
                        [(aid, results.keys[aid]) for aid in merge_order])
             if article_cache is not None else None)
    resumed = state.resume(results.articles) if state is not None else None
    unmerged = merge_order[resumed[1]:] if resumed is not None else merge_order
    # product labels are read from the results file (`tables.derived`), for the consolidation
    # and the table alike
    labels = ShelvedLabels(results, code)
    register = projects.project_table(projects.registered_projects(
        articles, entities=found, readings=ReadAhead(results, "projects", unmerged),
        investments=dict(zip(unmerged, pieces.investments.many(
            [results.articles[aid] for aid in unmerged]), strict=True)),
        resume=resumed, keep=state.keep if state is not None else None, label=labels),
        label=labels, product=ShelvedProducts(results, code))
    # the resumed state holds its projects, their evidence and so every article it cites
    # (6,400 of 10,000 on a run that adds none): none of it is read past the register
    del resumed, state, merge_order, unmerged
    # the CSV tables grouped by article are written by rows, an unchanged article's from the
    # last run's file (`tables.csvrows`): its rows are a function of its result key
    by_rows = CsvRows(article_cache, results.keys, context=currency) if article_cache is not None else None
    # each article's word runs as the per-article step made them (an unchanged one's are read)
    signatures = results.many(articles, "signature")
    # the figures stage's prepared rows of an unchanged article are read, not made again
    # (the plain stage's apart: its dates are not pandas' Timestamps)
    keys = results.keys

    def kept(name: str) -> ShelvedRows | None:
        return ShelvedRows(results_cache, keys, f"{name}:{currency}") if article_cache is not None else None

    results_cache.close()  # results extracted again while read (a damaged entry) are kept
    loaded.problems.extend(stopped)
    articles_table, problems_table = loaded.articles_table(), loaded.problems_table()
    # The register was the last step to read the articles: the articles table keeps their
    # texts (the same strings), the rest of each article (offsets, sentences) goes before
    # the figures, the largest step across articles.
    # (`pieces` reads through the results: it holds every article too)
    del loaded, articles, results, pieces
    found = None  # (the register closed over it) it holds the results' index
    release_memory()
    # the last run's reprint pairs: only the new articles' are counted (`figures.reprint_resume`)
    reprints = (figures.ReprintPairs(article_cache, code, keys) if article_cache is not None else None)
    consolidated = (figures.build_figures_plain(amounts, articles_table, problems_table, corpus_dir,
                                                signatures=signatures, kept=kept("figure_rows_plain"),
                                                reprints=reprints)
                    if plain else None)
    if consolidated is None:  # a large corpus, or the analyst's corrections: through pandas
        consolidated = figures.build_figures(
            amounts.frame() if plain else amounts, articles_table.frame(), problems_table.frame(),
            corpus_dir, signatures=signatures, kept=kept("figure_rows"))
    results_cache.close()  # the prepared rows made for new articles are written
    release_memory()
    if not plain:  # (its buffers from the pool its parts were made with)
        entity_table = read_back(entity_table)
    if arrow_pool is not None:
        restore_arrow_pool(arrow_pool)
    if consolidated.problems:  # corrections that matched nothing, or could not be read
        import pandas as pd

        problems_table = pd.concat([problems_table.frame(), pd.DataFrame(consolidated.problems)],
                                   ignore_index=True)
    return Dataset(
        articles=articles_table,
        problems=problems_table,
        amounts=consolidated.amounts,
        entities=entity_table,
        projects=register,
        figures=consolidated.figures,
        duplicates=consolidated.duplicates,
        corpus_dir=str(corpus_dir),
        meta={"currency": currency, "ner": ner, "articles_from_cache": stats.hits,
              "articles_extracted": stats.extracted},
        by_rows=by_rows,
    )

