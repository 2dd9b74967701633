"""`benchmarks/region_reads.py`: the measurement behind keeping the region reads per stretch
(issue 10, speed) refuses a folder without the package, and measures what it says."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def region_reads() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_region_reads",
                                                  ROOT / "benchmarks" / "region_reads.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_region_reads_refuse_a_folder_without_the_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = region_reads()
    monkeypatch.setattr(bench.shutil, "which", lambda _: "/usr/bin/true")  # as if installed
    with pytest.raises(SystemExit) as stop:
        bench.main([str(tmp_path)])
    assert f"{tmp_path}: no analysis package there" in str(stop.value)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_a_whole_article_read_covers_more_text_than_the_stretches_asked() -> None:
    bench = region_reads()
    stretch_chars, stretch_instr = bench.measure(ROOT / "src", "stretches", 10)
    whole_chars, whole_instr = bench.measure(ROOT / "src", "whole", 10)
    assert 0 < stretch_chars < whole_chars  # the stretches are part of the articles
    assert stretch_instr > 100_000  # the counted pass really read
    assert whole_instr > stretch_instr
