"""A render names the files it skipped (new user 31: an empty file in the folder was left out
of the briefing in silence; only `briefing extract` wrote problems.csv): one line on stderr,
and the briefing's method note names them."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from conftest import dataset_of

from analysis.briefing import Briefing
from analysis.render.preflight import check_corpus
from analysis.tables.skipped import SkippedFile, skipped_files

render_mod = importlib.import_module("analysis.render.render")

ARTICLE = ("Гродненский завод наладит выпуск в Пскове\n"
           "Товарооборот Псковской области с Беларусью за девять месяцев составил 310 млн долларов.\n")
META = "file,title,source,url,published\nnews.txt,,Тест,,2025-10-01\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "news.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "metadata.csv").write_text(META, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_the_empty_file_is_skipped_and_the_article_and_metadata_are_not(tmp_path: Path) -> None:
    ds = dataset_of(_folder(tmp_path), {})
    assert [file for file, _ in skipped_files(ds)] == ["empty.txt"]


def test_the_preflight_hands_the_skipped_files_to_the_render(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "briefing.ipynb"
    got = check_corpus(notebook, {"corpus": str(folder)})
    assert [file for file, _ in got.skipped] == ["empty.txt"]
    assert got.side_problems == []


def test_the_method_note_names_the_skipped_file(tmp_path: Path) -> None:
    b = Briefing.load(dataset=dataset_of(_folder(tmp_path), {}), lang="ru")
    note = re.sub(r"<[^>]+>", " ", b.method_note())
    assert "empty.txt" in note and "не удалось прочитать" in note
    en = Briefing.load(dataset=dataset_of(tmp_path / "corpus", {}), lang="en")
    assert "empty.txt" in re.sub(r"<[^>]+>", " ", en.method_note())


def test_a_corpus_read_whole_names_no_file(tmp_path: Path) -> None:
    b = Briefing.load(dataset=dataset_of(tmp_path / "c", {"news.txt": ARTICLE}), lang="ru")
    assert "не удалось прочитать" not in b.method_note()


def test_the_render_command_says_in_one_line_what_it_skipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    made = render_mod.RenderResult(notebook=Path("briefing.ipynb"), params={},
                                   outputs={"html": tmp_path / "b.html"}, seconds=1.0,
                                   skipped=[SkippedFile("empty.txt", "empty file"),
                                            SkippedFile("bad.html", "unreadable: Permission denied")])
    monkeypatch.setattr(render_mod, "render", lambda *a, **k: made)
    assert render_mod.run_render_command("briefing.ipynb", pool=_NoPool()) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "2 file(s)" in err[0] and "empty.txt (empty file)" in err[0] and "bad.html" in err[0]


class _NoPool:
    def close(self) -> None:
        pass
