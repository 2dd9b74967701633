"""The tables every briefing reads: extraction once per corpus, cached on disk.

`extract` runs the whole pipeline (corpus → amounts/facts → entities → projects) and
returns a `Dataset` of DataFrames. The other names notebooks, the build and the command
line use live next door and are re-exported here: `write`/`load` (`analysis.tables.store`),
`cached`/`cache_key` (`analysis.tables.cache`: keyed by the corpus content and the package
code version, so a build extracts once and every notebook it launches reads the same
tables), `resolve_corpus` (`analysis.config`).
"""

from __future__ import annotations

from pathlib import Path

from analysis import ingest
from analysis.config import resolve_corpus
from analysis.tables.cache import cache_key, cached
from analysis.tables.record import TABLES, Dataset
from analysis.tables.store import load, write

__all__ = ["TABLES", "Dataset", "cache_key", "cached", "extract", "load", "resolve_corpus",
           "write"]


def extract(corpus_dir: str | Path, currency: str = "USD", ner: bool = True) -> Dataset:
    """Run every extraction step over a corpus folder."""
    # Imported here so that `briefing build` can decide a no-op build without
    # paying for the extraction modules' start-up (morphology dictionaries, NER).
    from analysis import entities, money, projects

    loaded = ingest.load_corpus(corpus_dir)
    articles = loaded.articles
    # Each stage's typed objects, once per article, handed on to the register.
    facts = {a.article_id: money.describe(a) for a in articles}
    found = {a.article_id: entities.find_entities(a, ner=ner) for a in articles}
    amounts = money.amounts_frame(articles, currency=currency, facts=facts)
    entity_table = entities.entities_frame(articles, ner=ner, found=found)
    register = projects.build_register(articles, entities=found, facts=facts)
    return Dataset(
        articles=loaded.articles_frame(),
        problems=loaded.problems_frame(),
        amounts=amounts,
        entities=entity_table,
        projects=register,
        corpus_dir=str(corpus_dir),
        meta={"currency": currency, "ner": ner},
    )
