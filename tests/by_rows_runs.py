"""What the tests of the two writers by rows share (tests/test_csvrows.py for CSV,
tests/test_parquet_rows.py for Parquet): an article's keys, and the whole command run warm
(with its cache) and cold over a copy of the seeds edited three ways. Their `folders`
fixture is in tests/conftest.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS

from analysis import cli

EDITS = ("add", "change", "remove")


def keys_of(rows: dict[str, list[tuple]], version: str = "") -> dict[str, str]:
    return {aid: f"key-{aid}{version}" for aid in rows}


def warm_and_cold_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: Any, added: str,
                       appended: str) -> Iterator[tuple[str, list[str], Path, Path]]:
    """`briefing extract` of a copy of the seeds with a cache, then after each edit of `EDITS`
    (the article `added` written, the first article given the line `appended`, the added one
    removed) once more with the cache into the same folder and once cold into a new one:
    yields the edit, the tables the cached run's `writer` (`CsvRows`, `ParquetRows`) took by
    rows, and the two folders."""
    spliced: list[str] = []
    real = writer.save
    monkeypatch.setattr(writer, "save", lambda self: (spliced.extend(self.spliced), real(self))[1])
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    cache, warm = tmp_path / "cache", tmp_path / "warm"
    run = ["extract", str(corpus), "--no-ner", "--jobs", "1", "--out"]
    assert cli.main([*run, str(warm), "--cache", str(cache)]) == 0
    first = sorted(corpus.glob("*.txt"))[0]
    for k, change in enumerate(EDITS):
        if change == "add":
            (corpus / "zz_added.txt").write_text(added, encoding="utf-8")
        elif change == "change":
            first.write_text(first.read_text(encoding="utf-8") + appended, encoding="utf-8")
        else:
            (corpus / "zz_added.txt").unlink()
        spliced.clear()
        assert cli.main([*run, str(warm), "--cache", str(cache)]) == 0
        taken = list(spliced)  # (before the cold run, which writes through no cache)
        cold = tmp_path / f"cold{k}"
        assert cli.main([*run, str(cold), "--no-cache"]) == 0
        yield change, taken, warm, cold
