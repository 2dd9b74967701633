from __future__ import annotations

import stat
from pathlib import Path

import pytest

from analysis import atomic


def test_write_replaces_whole_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "report.html"
    atomic.write(target, "старое")
    atomic.write(target, "новое")
    assert target.read_text(encoding="utf-8") == "новое"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_a_failed_writer_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    atomic.write(target, b"good")

    def broken(path: str) -> None:
        Path(path).write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic.write_with(target, broken)
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]

