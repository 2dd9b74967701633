"""Large tables as Parquet datasets (a folder of parts), written all or nothing and read back."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.tables import store
from analysis.tables.record import TABLES, Dataset


def dataset_with_entities(rows: int) -> Dataset:
    entities = pd.DataFrame({
        "article_id": [f"a{i // 7:05d}" for i in range(rows)],
        "file": [f"a{i // 7:05d}.txt" for i in range(rows)],
        "start": range(rows), "end": [i + 5 for i in range(rows)],
        "surface": ["Минский тракторный завод"] * rows, "type": ["enterprise"] * rows,
        "normal": ["МТЗ"] * rows, "role": [None] * rows,
    })
    frames = {name: pd.DataFrame({"x": [1, 2]}) for name in TABLES}
    frames["entities"] = entities
    return Dataset(**frames, corpus_dir="corpus", meta={"currency": "USD"})


def test_a_table_above_the_partition_size_is_a_folder_of_parts_read_back_whole(tmp_path: Path) -> None:
    ds = dataset_with_entities(25)
    store.write(ds, tmp_path, partition_rows=10)
    parts = sorted((tmp_path / "entities.parquet").glob("*.parquet"))
    assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert (tmp_path / "entities.csv").is_file() and (tmp_path / "amounts.parquet").is_file()
    whole = tmp_path / "whole"
    store.write(ds, whole)  # the default partition size: one file
    assert (whole / "entities.parquet").is_file()
    pd.testing.assert_frame_equal(store.load(tmp_path).entities, store.load(whole).entities)


def test_a_missing_part_makes_the_set_incomplete(tmp_path: Path) -> None:
    store.write(dataset_with_entities(25), tmp_path, partition_rows=10)
    (tmp_path / "entities.parquet" / "part-00001.parquet").unlink()
    with pytest.raises(store.IncompleteTables, match=r"entities\.parquet"):
        store.load(tmp_path)


def test_a_folder_and_a_file_replace_each_other_between_runs(tmp_path: Path) -> None:
    store.write(dataset_with_entities(25), tmp_path, partition_rows=10)
    store.write(dataset_with_entities(5), tmp_path, partition_rows=10)
    assert (tmp_path / "entities.parquet").is_file()
    assert len(store.load(tmp_path).entities) == 5
    store.write(dataset_with_entities(25), tmp_path, partition_rows=10)
    assert (tmp_path / "entities.parquet").is_dir()
    assert len(store.load(tmp_path).entities) == 25
    assert not list(tmp_path.glob(".tables-staging-*"))
