from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

from analysis.cli import main
from analysis.ingest import loader as corpus
from analysis.tables import dataset

ROOT = Path(__file__).resolve().parents[1]


def test_extract_writes_the_tables_with_their_columns(tmp_path: Path, capsys) -> None:
    assert main(["extract", str(ROOT / "seeds"), "--out", str(tmp_path), "--no-ner"]) == 0
    articles = pd.read_csv(tmp_path / "articles.csv")
    assert list(articles.columns[: len(corpus.ARTICLE_COLUMNS)]) == corpus.ARTICLE_COLUMNS
    assert len(articles) == 5
    problems = pd.read_csv(tmp_path / "problems.csv")
    assert list(problems.columns) == corpus.PROBLEM_COLUMNS
    for name in dataset.TABLES:
        assert (tmp_path / f"{name}.parquet").exists()
    out = capsys.readouterr().out
    assert "5 article(s)" in out and "money figure(s)" in out


def test_extract_of_an_unreadable_folder_exits_1_says_why_and_keeps_the_earlier_tables(
        tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(ROOT / "seeds"), "--out", str(out), "--no-ner"]) == 0
    before = {f.name: f.read_bytes() for f in out.iterdir()}
    corpus_dir = tmp_path / "bad"
    corpus_dir.mkdir()
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "blob.txt").write_bytes(bytes(range(256)) * 4)
    assert main(["extract", str(corpus_dir), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no readable article" in err and "empty.txt" in err and "blob.txt" in err
    assert "earlier tables are kept" in err
    assert {f.name: f.read_bytes() for f in out.iterdir()} == before


def test_extract_of_a_missing_folder_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "nope" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_python_dash_m_analysis_runs_the_same_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "analysis", "--help"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0
    for command in ("extract", "render", "build"):
        assert command in result.stdout
