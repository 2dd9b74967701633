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

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import ingest
from analysis.config import resolve_corpus
from analysis.tables.cache import cache_key, cached
from analysis.tables.progress import StageProgress
from analysis.tables.record import TABLES, Dataset
from analysis.tables.store import IncompleteTables, TablesWriteError, load, write

__all__ = ["TABLES", "Dataset", "IncompleteTables", "StageProgress", "TablesWriteError", "cache_key",
           "cached", "extract", "load", "resolve_corpus", "write"]


def extract(corpus_dir: str | Path, currency: str = "USD", ner: bool = True, *,
            max_bytes: int = ingest.MAX_ARTICLE_BYTES, progress: ingest.Progress | None = None) -> Dataset:
    """Run every extraction step over a corpus folder.

    `max_bytes`: files larger than this are listed in the problems table, not read.
    `progress` hears of each stage (and each file and article); see `tables.progress`.
    """
    # Imported here so that `briefing build` can decide a no-op build without
    # paying for the extraction modules' start-up (morphology dictionaries, NER).
    from analysis import entities, figures, money, projects

    loaded = ingest.load_corpus(corpus_dir, max_bytes=max_bytes, progress=progress)
    articles = loaded.articles
    # Each stage's typed objects, once per article, handed on to the register.
    facts = _per_article(articles, money.describe, stage="amounts and facts", progress=progress)
    found = _per_article(articles, lambda a: entities.find_entities(a, ner=ner), stage="entities",
                         progress=progress)
    if progress is not None:
        progress.stage("tables and project register")  # the figures are part of it
    amounts = money.amounts_frame(articles, currency=currency, facts=facts)
    entity_table = entities.entities_frame(articles, ner=ner, found=found)
    register = projects.build_register(articles, entities=found, facts=facts)
    articles_table, problems_table = loaded.articles_frame(), loaded.problems_frame()
    consolidated = figures.build_figures(amounts, articles_table, problems_table, corpus_dir)
    if consolidated.problems:  # corrections that matched nothing, or could not be read
        problems_table = pd.concat([problems_table, pd.DataFrame(consolidated.problems)], ignore_index=True)
    return Dataset(
        articles=articles_table,
        problems=problems_table,
        amounts=consolidated.amounts,
        entities=entity_table,
        projects=register,
        figures=consolidated.figures,
        duplicates=consolidated.duplicates,
        corpus_dir=str(corpus_dir),
        meta={"currency": currency, "ner": ner},
    )


def _per_article(articles: list[ingest.Article], run: Callable[[ingest.Article], Any], *, stage: str,
                 progress: ingest.Progress | None) -> dict[str, Any]:
    """`run(article)` for every article, by article id, reported as one stage of `progress`."""
    if progress is not None:
        progress.stage(stage, len(articles))
    out: dict[str, Any] = {}
    for a in articles:
        out[a.article_id] = run(a)
        if progress is not None:
            progress.advance()
    return out
