"""Tables built a part at a time (`analysis.tables.compact`) are the tables built in one go:
same columns, types and values, whatever the parts and even where a part has an empty
column; and handing freed memory back changes nothing a caller holds."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

from analysis import entities, ingest, money
from analysis.tables import compact, dataset
from analysis.tables.compact import frame_in_parts, release_memory

# One project story, one trade story without any investment amount, one with no figure at
# all: a part of one of them alone has columns that are all empty.
STORIES = {
    "a_minsk.txt": ("МАЗ и партнёры из Татарстана откроют сборку автобусов\n\n"
                    "Вложения в площадку оцениваются в 2,4 млрд рублей, первые машины выйдут "
                    "в 2026 году, сообщил губернатор.\n"),
    "b_trade.txt": ("Товарооборот вырос на пятую часть\n\n"
                    "За девять месяцев взаимная торговля достигла 38 млрд долларов, "
                    "говорится в сообщении министерства.\n"),
    "c_quiet.txt": ("Делегация осмотрела цеха\n\nГости побывали на сборочной линии и в "
                    "конструкторском бюро.\n"),
}


def corpus_articles(folder: Path) -> list[ingest.Article]:
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return ingest.load_corpus(folder).articles + ingest.load_corpus(SEEDS).articles


def amounts(part: list[ingest.Article]) -> pd.DataFrame:
    return money.amounts_frame(part, currency="EUR")


def found_entities(part: list[ingest.Article]) -> pd.DataFrame:
    return entities.entities_frame(part, ner=False)


def test_the_amounts_table_made_in_parts_of_one_article_is_the_table_made_in_one_go(
        tmp_path: Path) -> None:
    articles = corpus_articles(tmp_path / "c")
    whole = amounts(articles)
    assert len(whole) >= 10 and whole["context_start"].isna().any()
    for part in (1, 2, 5):
        pd.testing.assert_frame_equal(frame_in_parts(amounts, articles, part=part), whole)


def test_the_entities_table_made_in_parts_is_the_table_made_in_one_go(tmp_path: Path) -> None:
    articles = corpus_articles(tmp_path / "c")
    whole = found_entities(articles)
    assert len(whole) >= 10
    pd.testing.assert_frame_equal(frame_in_parts(found_entities, articles, part=2), whole)


def test_a_corpus_within_one_part_is_built_by_one_call(tmp_path: Path) -> None:
    calls: list[int] = []

    def build(part: list[int]) -> pd.DataFrame:
        calls.append(len(part))
        return pd.DataFrame({"n": part})

    assert frame_in_parts(build, [1, 2, 3], part=3)["n"].tolist() == [1, 2, 3]
    assert frame_in_parts(build, list(range(7)), part=3)["n"].tolist() == list(range(7))
    assert calls == [3, 3, 3, 1]


def test_releasing_memory_keeps_what_is_still_held() -> None:
    frame = pd.DataFrame({"text": ["Выпуск " + str(i) for i in range(10_000)]})
    release_memory()
    release_memory(collect=False)
    assert frame["text"].iloc[9_999] == "Выпуск 9999"


def test_an_extraction_in_parts_of_two_articles_writes_the_tables_of_one_in_one_go(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = dataset.extract(SEEDS, ner=False)
    monkeypatch.setattr(compact, "PART_ARTICLES", 2)  # every table in parts, memory released
    parts = dataset.extract(SEEDS, ner=False)
    assert len(whole.amounts) >= 8 and len(whole.entities) >= 10  # seeds: 9 amounts
    for name, frame in whole.tables().items():
        pd.testing.assert_frame_equal(parts.tables()[name], frame, obj=name)
    dataset.write(whole, tmp_path / "whole")
    dataset.write(parts, tmp_path / "parts")
    for name in ("amounts.csv", "entities.csv", "amounts.parquet", "entities.parquet"):
        assert (tmp_path / "parts" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()


def test_memory_is_handed_back_after_writing_a_large_table_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.tables import store

    ds = dataset.extract(SEEDS, ner=False)
    monkeypatch.setattr(store, "RELEASE_ROWS", len(ds.articles))  # five: only larger tables
    released: list[bool] = []
    monkeypatch.setattr(store, "release_memory", lambda collect=True: released.append(collect))
    dataset.write(ds, tmp_path / "out")
    larger = [name for name, frame in ds.tables().items() if len(frame) > len(ds.articles)]
    assert larger and "articles" not in larger
    assert released == [False] * (2 * len(larger))  # after its CSV and after its Parquet


def test_a_large_corpus_hands_memory_back_after_every_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the register of a large corpus has few rows but large cells: every table's buffers go
    from analysis.tables import store

    ds = dataset.extract(SEEDS, ner=False)
    monkeypatch.setattr(store, "RELEASE_ARTICLES", len(ds.articles) - 1)  # the seeds: large
    released: list[bool] = []
    monkeypatch.setattr(store, "release_memory", lambda collect=True: released.append(collect))
    dataset.write(ds, tmp_path / "out")
    assert released == [False] * (2 * len(ds.tables()))  # after each CSV and each Parquet


def test_a_corpus_of_several_parts_takes_arrows_buffers_from_the_c_allocator(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # from the tables across articles to the figures; the tables are written with the
    # pool there was before (its Parquet writer's scratch goes back to the system)
    import pyarrow as pa

    from analysis import figures

    plain = dataset.extract(SEEDS, ner=False)
    before = pa.default_memory_pool().backend_name
    seen: list[str] = []
    build = figures.build_figures

    def watched(*args, **kwargs):  # the figures of a large corpus: through pandas
        seen.append(pa.default_memory_pool().backend_name)
        return build(*args, **kwargs)

    monkeypatch.setattr(figures, "build_figures", watched)
    monkeypatch.setattr(dataset, "PART_ARTICLES", 2)  # the seeds: three parts, through Arrow
    parts = dataset.extract(SEEDS, ner=False)
    assert seen == ["system"]
    assert pa.default_memory_pool().backend_name == before
    for name, frame in plain.tables().items():
        pd.testing.assert_frame_equal(parts.tables()[name], frame, obj=name)
