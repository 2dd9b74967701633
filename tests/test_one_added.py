"""Adding one article to a cached corpus: what the steps across articles read instead of
making again (`analysis.tables.derived`: an article's rows, investment figures, product
labels), tables that did not change are not written again (`analysis.tables.unchanged`), and
the output is the one a cold run gives, whatever the number of jobs."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import SEEDS

from analysis import cli, money, projects
from analysis.tables import dataset, perarticle

# an article in the style of the seeds: an assembly project with an investment figure
ADDED = """Сборку белорусских погрузчиков наладят в Калужской области

Калуга, 12 марта. Калужский завод «Спецмаш» и холдинг «Амкодор» подписали соглашение о
сборке фронтальных погрузчиков. Инвестиции в проект составят 1,2 млрд рублей, первые
машины сойдут с конвейера в 2026 году.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Replace `owner.name` by a wrapper that counts its calls (in a one-item list)."""
    calls = [0]
    real = getattr(owner, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def pieces_named(cache: Path, name: str) -> int:
    with closing(sqlite3.connect(cache / perarticle.PIECES_FILE)) as db:
        return db.execute("SELECT COUNT(*) FROM entries WHERE key LIKE ?",
                          (f"%:{name}",)).fetchone()[0]


def test_a_second_run_reads_every_articles_rows_and_makes_none(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    dataset.extract(corpus, ner=False, article_cache=cache)
    assert pieces_named(cache, "amount_rows:USD") == 5
    assert pieces_named(cache, "entity_rows") == 5 and pieces_named(cache, "investments") == 5
    made = counting(monkeypatch, money, "amount_rows")
    invested = counting(monkeypatch, projects, "investment_figures")
    labelled = counting(monkeypatch, projects, "product_label")
    dataset.extract(corpus, ner=False, article_cache=cache)
    assert (made[0], invested[0], labelled[0]) == (0, 0, 0)


def test_one_added_article_has_its_rows_made_and_the_tables_match_a_cold_run(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    dataset.extract(corpus, ner=False, article_cache=cache)
    (corpus / "zz_added.txt").write_text(ADDED, encoding="utf-8")
    made = counting(monkeypatch, money, "amount_rows")
    invested = counting(monkeypatch, projects, "investment_figures")
    warm = dataset.extract(corpus, ner=False, article_cache=cache)
    assert (made[0], invested[0]) == (1, 1)
    assert (warm.meta["articles_from_cache"], warm.meta["articles_extracted"]) == (5, 1)
    monkeypatch.undo()
    cold = dataset.extract(corpus, ner=False)
    for name in dataset.TABLES:
        assert getattr(warm, name).equals(getattr(cold, name)), name
    assert "Калужская область" in set(warm.projects["region"])


def test_another_currency_makes_its_own_rows(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    dataset.extract(corpus, ner=False, article_cache=cache)
    warm = dataset.extract(corpus, currency="EUR", ner=False, article_cache=cache)
    assert pieces_named(cache, "amount_rows:EUR") == 5
    assert set(warm.amounts["converted_currency"]) == {"EUR"}
    assert warm.amounts.equals(dataset.extract(corpus, currency="EUR", ner=False).amounts)


def test_damaged_pieces_are_made_again(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = dataset.extract(corpus, ner=False, article_cache=cache)
    with closing(sqlite3.connect(cache / perarticle.PIECES_FILE)) as db, db:
        db.execute("UPDATE entries SET value = ?", (b"not a pickle",))
    again = dataset.extract(corpus, ner=False, article_cache=cache)
    for name in dataset.TABLES:
        assert getattr(again, name).equals(getattr(first, name)), name


# --------------------------------------------------------------------------- writing


def file_ids(folder: Path) -> dict[str, tuple[int, int]]:
    """Each table file's inode and modification time (a rewrite changes the inode)."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.glob("*.*")
            if p.name != "meta.json"}


def test_an_unchanged_table_is_not_written_again_and_a_changed_one_is(
        corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    ds = dataset.extract(corpus, ner=False)
    dataset.write(ds, out)
    before = file_ids(out)
    ds.amounts = ds.amounts.assign(value=ds.amounts["value"] * 2)
    dataset.write(ds, out)
    after = file_ids(out)
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"amounts.csv", "amounts.parquet"}
    loaded = dataset.load(out)  # the manifest names the kept files and the rewritten ones
    assert loaded.amounts["value"].tolist() == ds.amounts["value"].tolist()
    assert loaded.projects.equals(dataset.load(out).projects)
    manifest = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {f"{t}.{f}" for t in dataset.TABLES for f in ("csv", "parquet")}


def test_a_kept_table_changed_on_disk_is_written_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    ds = dataset.extract(corpus, ner=False)
    dataset.write(ds, out)
    (out / "projects.csv").write_text("edited by hand\n", encoding="utf-8")
    (out / "figures.parquet").unlink()
    dataset.write(ds, out)
    assert (out / "projects.csv").read_text(encoding="utf-8") != "edited by hand\n"
    assert dataset.load(out).figures.equals(dataset.load(out).figures)
    assert (out / "figures.parquet").exists()


def test_the_meta_of_a_loaded_set_holds_no_table_digests(corpus: Path, tmp_path: Path) -> None:
    dataset.write(dataset.extract(corpus, ner=False), tmp_path / "out")
    assert "contents" not in dataset.load(tmp_path / "out").meta


# --------------------------------------------------------------------------- jobs


def test_one_added_with_several_jobs_writes_the_bytes_of_a_cold_single_job_run(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(perarticle, "POOL_THRESHOLD", 1)  # a pool even for a few articles
    cache = tmp_path / "cache"
    base = ["--no-ner", "--out"]
    assert cli.main(["extract", str(corpus), *base, str(tmp_path / "warm"), "--cache", str(cache),
                     "--jobs", "2"]) == 0
    (corpus / "zz_added.txt").write_text(ADDED, encoding="utf-8")
    for k, name in enumerate(sorted(corpus.glob("*.txt"))[:2]):  # two more new, for the pool
        (corpus / f"zz_copy{k}.txt").write_text(name.read_text(encoding="utf-8") + "\nКонец.\n",
                                                encoding="utf-8")
    assert cli.main(["extract", str(corpus), *base, str(tmp_path / "warm"), "--cache", str(cache),
                     "--jobs", "2"]) == 0
    assert cli.main(["extract", str(corpus), *base, str(tmp_path / "cold"), "--no-cache",
                     "--jobs", "1"]) == 0
    for table in dataset.TABLES:
        assert (tmp_path / "warm" / f"{table}.csv").read_bytes() == \
            (tmp_path / "cold" / f"{table}.csv").read_bytes(), table


def test_readings_are_read_ahead_in_the_order_asked_a_query_a_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import ingest
    from analysis.tables.derived import ReadAhead

    articles = ingest.load_corpus(SEEDS).articles
    cache = perarticle.ArticleCache(tmp_path / "cache")
    results, _ = perarticle.extract_articles(articles, ner=False, cache=cache)
    order = [a.article_id for a in reversed(articles)]
    monkeypatch.setattr(ReadAhead, "AHEAD", 2)
    queries = counting(monkeypatch, cache.shelf, "get_many")
    ahead = ReadAhead(results, "projects", order)
    assert [ahead[aid] for aid in order] == [results.value(aid, "projects") for aid in order]
    assert queries[0] == 3  # five articles, two a query
    assert ahead.get("no such article") is None
