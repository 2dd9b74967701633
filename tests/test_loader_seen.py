"""The loader's memory of files between processes (`analysis.ingest.seen`): an unchanged text
file whose articles are remembered is not read; a changed one is; the articles are the same."""

from __future__ import annotations

import pickle
import shutil
import time
from pathlib import Path

import pytest
from conftest import SEEDS

from analysis import ingest
from analysis.ingest import loader
from analysis.ingest.reading import LoadedFile
from analysis.ingest.walk import CorpusFile
from analysis.tables.shelf import Shelf


def _articles(corpus: ingest.Corpus) -> list[bytes]:
    return [pickle.dumps(a) for a in corpus.articles]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    # a tagline two files share: the finder must still see it without reading them
    for name, lead in (("x1.txt", "Сборка «Беларусов» в Твери выросла"),
                       ("x2.txt", "Смоленский завод получил заказ на лифты")):
        (folder / name).write_text(f"Новости Союзного государства.\n{lead}\n"
                                   "В 2024 году выпуск вырос на 12 процентов.\n", encoding="utf-8")
    return folder


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    original = loader.read_file

    def counting(f: CorpusFile) -> LoadedFile:
        read.append(f.rel)
        return original(f)

    monkeypatch.setattr(loader, "read_file", counting)
    return read


def test_a_second_process_reads_only_the_changed_file(corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    plain = ingest.load_corpus(corpus)
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        first = ingest.load_corpus(corpus, memo=memo, seen=memo)
    changed = corpus / "x2.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "Добавлен абзац.\n", encoding="utf-8")
    (corpus / "x3.txt").write_text("Новый файл.\nВ Гомеле открыли цех.\n", encoding="utf-8")
    read = _counting_reads(monkeypatch)
    with Shelf(tmp_path / "loaded.sqlite") as memo:  # a new process: a new shelf
        again = ingest.load_corpus(corpus, memo=memo, seen=memo)
    assert sorted(read) == ["x2.txt", "x3.txt"]
    assert _articles(first) == _articles(plain)
    assert "Добавлен абзац." in next(a.text for a in again.articles if a.file == "x2.txt")
    monkeypatch.undo()
    assert _articles(again) == _articles(ingest.load_corpus(corpus))
    assert again.problems == ingest.load_corpus(corpus).problems


def test_an_unread_file_is_read_when_its_articles_must_be_built(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the files' summaries are there, their built articles are not (another code version)
    with Shelf(tmp_path / "seen.sqlite") as seen, Shelf(tmp_path / "a.sqlite") as memo:
        ingest.load_corpus(corpus, memo=memo, seen=seen)
    read = _counting_reads(monkeypatch)
    with Shelf(tmp_path / "seen.sqlite") as seen, Shelf(tmp_path / "b.sqlite") as memo:
        again = ingest.load_corpus(corpus, memo=memo, seen=seen)
    files = {f.name for f in corpus.iterdir()}
    assert set(read) == files  # none in the first pass, every one to be built
    monkeypatch.undo()
    plain = ingest.load_corpus(corpus)
    assert _articles(again) == _articles(plain)
    assert again.problems == plain.problems


def test_without_a_memo_of_articles_every_file_is_read(corpus: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        ingest.load_corpus(corpus, memo=memo, seen=memo)
    read = _counting_reads(monkeypatch)
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        ingest.load_corpus(corpus, seen=memo)
    assert len(read) == len(list(corpus.iterdir()))


def test_a_seen_key_names_the_files_size_and_stamp(corpus: Path) -> None:
    from analysis.ingest.seen import seen_key
    from analysis.ingest.walk import walk_corpus

    before = {f.rel: seen_key(f) for f in walk_corpus(corpus).files}
    target = corpus / "x1.txt"
    time.sleep(0.05)  # file stamps move by the kernel's clock tick
    target.write_text(target.read_text(encoding="utf-8"), encoding="utf-8")  # same bytes
    after = {f.rel: seen_key(f) for f in walk_corpus(corpus).files}
    assert before["x1.txt"] != after["x1.txt"]  # written again: its ctime moved
    assert all(before[k] == after[k] for k in before if k != "x1.txt")


def test_identical_files_are_found_without_reading_the_unchanged_ones(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.ingest import duplicates

    # two copies of one file and a third of the same size but other bytes
    (corpus / "x1 - копия.txt").write_bytes((corpus / "x1.txt").read_bytes())
    other = (corpus / "x1.txt").read_bytes().replace("Твери".encode(), "Твепи".encode())
    (corpus / "x4.txt").write_bytes(other)
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        first = ingest.load_corpus(corpus, memo=memo, seen=memo)
    hashed: list[str] = []
    original = duplicates._digest
    monkeypatch.setattr(duplicates, "_digest", lambda path: hashed.append(path.name) or original(path))
    (corpus / "x5.txt").write_bytes((corpus / "x1.txt").read_bytes())  # a new copy: read once
    with Shelf(tmp_path / "loaded.sqlite") as memo:
        again = ingest.load_corpus(corpus, memo=memo, seen=memo)
    # the files read before were not read for their digests: only the copy dropped then
    # (never read, so never remembered) and the new one
    assert sorted(hashed) == ["x1 - копия.txt", "x5.txt"]
    plain = ingest.load_corpus(corpus)
    assert [p.reason for p in again.problems] == [p.reason for p in plain.problems]
    assert sorted(p.file for p in again.problems) == ["x1 - копия.txt", "x5.txt"]
    assert [p.file for p in first.problems] == ["x1 - копия.txt"]
    assert _articles(again) == _articles(plain)
