"""`briefing extract --engine dask`: the per-article step as a Dask bag on a small
LocalCluster writes the same tables as the default engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS

from analysis import cli
from analysis.tables import dataset

pytestmark = pytest.mark.slow  # starts a cluster of worker processes

pytest.importorskip("distributed", reason="the dask engine needs dask[distributed]")


def test_the_dask_engine_writes_the_same_tables_as_the_default_engine() -> None:
    local = dataset.extract(SEEDS, ner=False)
    on_dask = dataset.extract(SEEDS, ner=False, engine="dask", jobs=1)
    for name in ("amounts", "projects", "entities", "figures"):
        assert getattr(on_dask, name).equals(getattr(local, name)), name
    assert on_dask.meta["articles_extracted"] == 5


def test_an_unreachable_scheduler_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    code = cli.main(["extract", str(SEEDS), "--out", str(tmp_path / "out"), "--no-ner",
                     "--no-cache", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach the Dask scheduler tcp://127.0.0.1:9" in err
    assert "Traceback" not in err and not (tmp_path / "out" / "meta.json").exists()


def test_a_scheduler_without_the_dask_engine_is_refused(tmp_path: Path, capsys) -> None:
    assert cli.main(["extract", str(SEEDS), "--out", str(tmp_path), "--scheduler",
                     "tcp://127.0.0.1:9"]) == 2
    assert "--scheduler goes with --engine dask" in capsys.readouterr().err
