"""The per-article step: cached per article (hits, misses, a changed article, a damaged
entry) and spread over processes with output independent of the number of jobs."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import SEEDS

from analysis import cli, ingest
from analysis.tables import dataset, perarticle
from analysis.tables.perarticle import ArticleCache, Engine, extract_articles


def articles(folder: Path = SEEDS) -> list[ingest.Article]:
    return ingest.load_corpus(folder).articles


def stored_results(path: Path) -> int:
    """How many whole results the cache file holds (one entry per field each)."""
    with closing(sqlite3.connect(path)) as db:
        entries = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
    return entries // len(perarticle.RESULT_FIELDS)


def damage_every_entry(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE entries SET value = ?", (b"not a pickle",))


def test_a_second_run_reads_every_article_from_the_cache(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    first, stats = extract_articles(articles(), ner=False, cache=cache)
    assert (stats.hits, stats.extracted) == (0, 5)
    again, stats = extract_articles(articles(), ner=False, cache=cache)
    assert (stats.hits, stats.extracted) == (5, 0)
    assert again == first and list(again) == list(first)


def test_a_changed_article_is_extracted_again_and_the_tables_match_a_cold_run(
        tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    cache = tmp_path / "cache"
    dataset.extract(corpus, ner=False, article_cache=cache)
    changed = sorted(corpus.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8").replace("294", "295"),
                       encoding="utf-8")
    warm = dataset.extract(corpus, ner=False, article_cache=cache)
    assert (warm.meta["articles_from_cache"], warm.meta["articles_extracted"]) == (4, 1)
    cold = dataset.extract(corpus, ner=False)
    for name in ("amounts", "entities", "projects"):
        assert getattr(warm, name).equals(getattr(cold, name)), name
    assert any("295" in s for s in warm.amounts["surface"])


def test_the_code_version_and_the_ner_switch_are_part_of_the_key() -> None:
    a = articles()[0]
    key = perarticle.article_key(a, "code-1", ner=False)
    assert key == perarticle.article_key(a, "code-1", ner=False)
    assert key != perarticle.article_key(a, "code-2", ner=False)
    assert key != perarticle.article_key(a, "code-1", ner=True)


def test_a_damaged_cache_entry_is_extracted_again(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    first, _ = extract_articles(articles(), ner=False, cache=cache)
    damage_every_entry(tmp_path / "cache" / perarticle.RESULTS_FILE)
    again, stats = extract_articles(articles(), ner=False, cache=cache)
    assert stats.extracted == 5 and again == first


def test_several_jobs_give_the_same_results_in_the_same_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(perarticle, "POOL_THRESHOLD", 1)  # use the pool even for five articles
    alone, _ = extract_articles(articles(), ner=False, cache=ArticleCache(None), engine=Engine(jobs=1))
    pooled, stats = extract_articles(articles(), ner=False, cache=ArticleCache(None), engine=Engine(jobs=2))
    assert stats.extracted == 5
    assert list(pooled) == list(alone) and pooled == alone


def test_extract_refuses_zero_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", str(SEEDS), "--out", str(tmp_path), "--jobs", "0"]) == 2
    assert "--jobs must be at least 1" in capsys.readouterr().err


def test_extract_no_cache_writes_no_article_results(tmp_path: Path) -> None:
    assert cli.main(["extract", str(SEEDS), "--out", str(tmp_path / "out"), "--no-ner",
                     "--cache", str(tmp_path / "cache"), "--no-cache"]) == 0
    assert not (tmp_path / "cache").exists()
    assert cli.main(["extract", str(SEEDS), "--out", str(tmp_path / "out"), "--no-ner",
                     "--cache", str(tmp_path / "cache")]) == 0
    assert stored_results(tmp_path / "cache" / perarticle.RESULTS_FILE) == 5


def test_the_stored_results_are_found_in_one_query_as_one_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.tables import shelf

    monkeypatch.setattr(shelf, "QUERY_KEYS", 2)  # several queries for the five articles
    cache = ArticleCache(tmp_path / "cache")
    articles = ingest.load_corpus(SEEDS).articles
    results, _stats = extract_articles(articles, ner=False, cache=cache)
    cache.close()
    keys = [results.keys[a.article_id] for a in articles]
    with closing(sqlite3.connect(tmp_path / "cache" / perarticle.RESULTS_FILE)) as db, db:
        last = perarticle.RESULT_FIELDS[-1]  # the mark of a whole result
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (b"cut", f"{keys[1]}:{last}"))
        db.execute("DELETE FROM entries WHERE key = ?", (f"{keys[3]}:{last}",))
    fresh = ArticleCache(tmp_path / "cache")
    asked = [*keys, "no-such-key"]
    assert fresh.has_many(asked) == {k for k in asked if fresh.has(k)} == {keys[0], keys[2], keys[4]}
    assert ArticleCache(None).has_many(keys) == set()
