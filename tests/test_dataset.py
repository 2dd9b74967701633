from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.tables import dataset

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed_dataset() -> dataset.Dataset:
    return dataset.extract(ROOT / "seeds", ner=False)


def test_extract_gives_every_table(seed_dataset: dataset.Dataset) -> None:
    assert len(seed_dataset.articles) == 5
    assert set(seed_dataset.tables()) == set(dataset.TABLES)
    assert len(seed_dataset.amounts) >= 9
    assert len(seed_dataset.projects) >= 10


def test_coverage_comes_from_the_corpus_not_the_clock(seed_dataset: dataset.Dataset) -> None:
    cov = seed_dataset.coverage
    assert cov["articles"] == 5
    assert cov["date_from"] < cov["date_to"] <= "2025-12-31"
    assert seed_dataset.data_as_of == cov["date_to"]


def test_write_then_load_round_trips(seed_dataset: dataset.Dataset, tmp_path: Path) -> None:
    dataset.write(seed_dataset, tmp_path)
    for name in dataset.TABLES:
        assert (tmp_path / f"{name}.csv").exists() and (tmp_path / f"{name}.parquet").exists()
    back = dataset.load(tmp_path)
    pd.testing.assert_frame_equal(
        back.amounts[["article_id", "start", "end", "surface", "value", "currency"]],
        seed_dataset.amounts[["article_id", "start", "end", "surface", "value", "currency"]],
    )
    assert list(back.projects.columns) == list(seed_dataset.projects.columns)
    assert not list(tmp_path.glob("*.tmp")), "temp files left behind"


def test_load_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"articles\.parquet"):
        dataset.load(tmp_path)


def test_cached_extracts_once_then_reads_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path / "cache"))
    first = dataset.cached(corpus, ner=False)
    calls: list[Path] = []
    real_extract = dataset.extract
    monkeypatch.setattr(dataset, "extract", lambda *a, **k: calls.append(a[0]) or real_extract(*a, **k))
    second = dataset.cached(corpus, ner=False)
    assert calls == [], "unchanged corpus must come from the cache"
    assert second.amounts["value"].tolist() == first.amounts["value"].tolist()

    # A changed corpus is a new key: extraction runs again and sees the new article.
    (corpus / "005_new.txt").write_text(
        "Товарооборот вырос\nТоварооборот России и Беларуси в 2023 году составил 45 млрд долларов.",
        encoding="utf-8",
    )
    third = dataset.cached(corpus, ner=False)
    assert len(calls) == 1
    assert len(third.articles) == 6


def test_cache_key_changes_with_content_not_with_mtime(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", corpus)
    key = dataset.cache_key(corpus)
    (corpus / "001_7bb269fab435b68d.txt").touch()
    assert dataset.cache_key(corpus) == key
    path = corpus / "001_7bb269fab435b68d.txt"
    path.write_bytes(path.read_bytes() + b" ")
    assert dataset.cache_key(corpus) != key


def test_resolve_corpus_from_the_notebooks_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "notebooks")
    assert config.resolve_corpus("seeds") == (ROOT / "seeds").resolve()
    with pytest.raises(FileNotFoundError, match="no-such-corpus"):
        config.resolve_corpus("no-such-corpus")


def test_coverage_keeps_the_precision_of_inferred_dates(seed_dataset: dataset.Dataset) -> None:
    cov = seed_dataset.coverage
    # 004 is dated by the loader to the year only; the range starts there, at year precision.
    assert cov["date_from_precision"] in {"day", "month", "year"}
    earliest = seed_dataset.articles.sort_values("published").iloc[0]
    assert cov["date_from_precision"] == earliest["published_precision"]
