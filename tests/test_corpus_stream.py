"""Streaming the per-article results: with a cache folder they are read from it one at a
time when asked (a large corpus's facts and entities are never all in memory)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from conftest import SEEDS

from analysis import ingest
from analysis.tables.perarticle import RESULT_FIELDS, RESULTS_FILE, ArticleCache, extract_articles


def test_results_with_a_cache_are_read_from_disk_when_asked(tmp_path: Path) -> None:
    articles = ingest.load_corpus(SEEDS).articles
    kept, _ = extract_articles(articles, ner=False, cache=ArticleCache(None))
    streamed, stats = extract_articles(articles, ner=False, cache=ArticleCache(tmp_path))
    assert stats.extracted == len(articles)
    assert not streamed.kept  # every result went to the cache, none stayed in memory
    assert len(kept.kept) == len(articles)  # without a cache they stay in memory
    assert list(streamed) == [a.article_id for a in articles]
    assert dict(streamed.field("facts")) == dict(kept.field("facts"))
    assert dict(streamed.field("entities")) == dict(kept.field("entities"))


def test_a_cache_entry_removed_after_the_check_is_extracted_when_asked(tmp_path: Path) -> None:
    articles = ingest.load_corpus(SEEDS).articles
    extract_articles(articles, ner=False, cache=ArticleCache(tmp_path))
    again, stats = extract_articles(articles, ner=False, cache=ArticleCache(tmp_path))
    assert stats.hits == len(articles)
    again.cache.close()
    with closing(sqlite3.connect(tmp_path / RESULTS_FILE)) as db, db:
        db.execute("DELETE FROM entries")
    first = articles[0].article_id
    assert again[first].entities  # extracted anew, and stored again
    again.cache.close()
    with closing(sqlite3.connect(tmp_path / RESULTS_FILE)) as db:
        stored = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
    assert stored == len(RESULT_FIELDS)  # one result, each of its fields
