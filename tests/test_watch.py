"""`briefing extract --watch`: extract again, in the same process, whenever the corpus changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.tables import watch
from analysis.tables.fingerprints import code_version

NEWS = ("Экспорт в Белоруссию вырос\n"
        "По итогам 2023 года экспорт Новосибирской области в Белоруссию составил 210 млн долларов.")
MORE = ("Товарооборот с Белоруссией\n"
        "В 2024 году товарооборот Омской области с Белоруссией достиг 95 млн долларов, сообщил "
        "губернатор.")


def _driven(monkeypatch: pytest.MonkeyPatch, steps: list[Callable[[], None]]) -> list[float]:
    """`watch.pause` replaced: each wait runs the next step (a change to the folder, or
    nothing), and the wait after the last one is a Ctrl-C. Returns the intervals waited."""
    waited: list[float] = []

    def pause(seconds: float) -> None:
        waited.append(seconds)
        if len(waited) > len(steps):
            raise KeyboardInterrupt
        steps[len(waited) - 1]()

    monkeypatch.setattr(watch, "pause", pause)
    return waited


def test_a_round_runs_only_when_the_folder_changed(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    rounds: list[int] = []
    idle: list[bool] = []
    waited = _driven(monkeypatch, [
        lambda: None,  # nothing changed: no round
        lambda: (tmp_path / "b.txt").write_text(MORE, encoding="utf-8"),  # an article added
        lambda: (tmp_path / ".b.txt.swp").write_text("x", encoding="utf-8"),  # hidden: unread
        lambda: (tmp_path / "a.txt").write_text(NEWS + " Подробности позже.", encoding="utf-8"),
        lambda: (tmp_path / "b.txt").unlink(),  # an article removed
    ])
    done = watch.watch_folder(tmp_path, lambda: rounds.append(len(list(tmp_path.glob("*.txt")))),
                              interval=0.5, idle=lambda: idle.append(True))
    assert done == 4 and rounds == [1, 2, 2, 1]
    assert idle == [True]  # once, after the first round
    assert waited == [0.5] * 6


def test_a_change_made_while_a_round_runs_makes_another_round(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    rounds: list[int] = []

    def run() -> None:
        rounds.append(len(list(tmp_path.glob("*.txt"))))
        if len(rounds) == 1:  # a file arrives while the first round reads the folder
            (tmp_path / "b.txt").write_text(MORE, encoding="utf-8")

    assert watch.watch_folder(tmp_path, run, interval=0.01, rounds=2) == 2
    assert rounds == [1, 2]


def test_the_watcher_module_is_not_part_of_the_code_version(tmp_path: Path) -> None:
    # how the folder is watched cannot change a table: editing it invalidates no cache
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "watch.py").write_text("INTERVAL = 1\n")
    (tmp_path / "tables" / "dataset.py").write_text("X = 1\n")
    before = code_version(tmp_path)
    (tmp_path / "tables" / "watch.py").write_text("INTERVAL = 2\n")
    assert code_version(tmp_path) == before
    (tmp_path / "tables" / "dataset.py").write_text("X = 2\n")
    assert code_version(tmp_path) != before


def test_extract_watch_writes_what_a_fresh_extraction_writes(tmp_path: Path, monkeypatch,
                                                             capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(NEWS, encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    written: list[int] = []

    def add_article() -> None:
        written.append(len(pd.read_csv(out / "amounts.csv")))  # the first round's tables
        (corpus / "b.txt").write_text(MORE, encoding="utf-8")

    _driven(monkeypatch, [add_article])
    status = main(["extract", str(corpus), "--out", str(out), "--cache", str(cache), "--no-ner",
                   "--watch", "--interval", "0.01"])
    assert status == 0
    assert written == [1]
    captured = capsys.readouterr()
    assert captured.out.count("tables written to") == 2
    assert "watching" in captured.err and "stopped watching after 2 extraction(s)" in captured.err
    # the second round (one article from the cache, one new) is a fresh extraction's output
    fresh = tmp_path / "fresh"
    assert main(["extract", str(corpus), "--out", str(fresh), "--no-cache", "--no-ner"]) == 0
    for table in ("articles", "amounts", "entities", "projects", "figures", "duplicates"):
        pd.testing.assert_frame_equal(pd.read_csv(out / f"{table}.csv"),
                                      pd.read_csv(fresh / f"{table}.csv"))
    assert len(pd.read_csv(out / "amounts.csv")) == 2


def test_extract_watch_refuses_a_non_positive_interval(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o"), "--watch",
                 "--interval", "0"]) == 2
    assert "--interval" in capsys.readouterr().err


# --- what a round keeps for the next: the cache's values, the corpus's files -------------------


def _damage(path: Path) -> None:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE entries SET value = ?", (b"not a pickle",))


def test_a_shelf_memory_keeps_what_was_read_for_the_next_run(tmp_path: Path) -> None:
    from analysis.tables.shelf import Shelf, ShelfMemory

    path = tmp_path / "s.sqlite"
    with Shelf(path, prefix="v1:") as shelf:
        shelf.put("a", {"rows": [1, 2]})
        shelf.put("b", "label")
        shelf.put("c", 3)
    memory = ShelfMemory(limit=2)
    with Shelf(path, prefix="v1:", memory=memory) as shelf:
        assert shelf.get("a") == {"rows": [1, 2]}
        assert shelf.get_many(["b", "c"]) == {"b": "label", "c": 3}
    assert memory.size == 2  # the limit: «c» was read but not kept
    _damage(path)  # the file no longer gives them: what comes now came from the memory
    with Shelf(path, prefix="v1:", memory=memory) as shelf:
        assert shelf.get("a") == {"rows": [1, 2]}
        assert shelf.get_many(["a", "b", "c"]) == {"a": {"rows": [1, 2]}, "b": "label"}
        assert shelf.has("b") and shelf.get("c") is None
        shelf.put("a", {"rows": [9]})  # a new value drops the kept one
        assert shelf.get("a") == {"rows": [9]}
    with Shelf(path, prefix="v2:", memory=memory) as shelf:  # another code version: other keys
        assert shelf.get("a") is None
    with Shelf(path, prefix="v1:") as shelf:  # without the memory: the damaged file, as before
        assert shelf.get("b") is None


def test_a_load_reads_again_only_the_files_changed_since_the_last(tmp_path: Path,
                                                                 monkeypatch) -> None:
    import os

    from analysis import ingest
    from analysis.ingest import loader
    from analysis.ingest.reading import LoadedFile
    from analysis.ingest.walk import CorpusFile

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "b.txt").write_text(MORE, encoding="utf-8")
    (corpus / "c.txt").write_text(MORE.replace("Омской", "Томской"), encoding="utf-8")
    calls: list[str] = []
    real = loader.read_file

    def counted(f: CorpusFile) -> LoadedFile:
        calls.append(f.rel)
        return real(f)

    monkeypatch.setattr(loader, "read_file", counted)
    before: dict = {}
    first = ingest.load_corpus(corpus, read_before=before)
    assert sorted(calls) == ["a.txt", "b.txt", "c.txt"] and len(before) == 3
    calls.clear()
    # the same size and the same modification time, other words: the change time still moves
    stat = os.stat(corpus / "b.txt")
    (corpus / "b.txt").write_text(MORE.replace("95", "96"), encoding="utf-8")
    os.utime(corpus / "b.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    (corpus / "c.txt").unlink()
    second = ingest.load_corpus(corpus, read_before=before)
    assert calls == ["b.txt"] and len(before) == 2
    assert "96 млн" in second.articles[1].text
    fresh = ingest.load_corpus(corpus)
    assert [(a.article_id, a.text, a.sha256, a.published) for a in second.articles] == [
        (a.article_id, a.text, a.sha256, a.published) for a in fresh.articles]
    assert first.articles[0].text == second.articles[0].text


def test_extract_watch_goes_on_when_the_corpus_folder_goes_and_comes_back(
        tmp_path: Path, monkeypatch, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out"
    moved = tmp_path / "moved"
    _driven(monkeypatch, [lambda: corpus.rename(moved), lambda: moved.rename(corpus)])
    status = main(["extract", str(corpus), "--out", str(out), "--no-cache", "--no-ner", "--watch",
                   "--interval", "0.01"])
    captured = capsys.readouterr()
    assert status == 0  # the last round's
    assert captured.err.count("does not exist or is not a folder") == 1
    assert captured.out.count("tables written to") == 2
    assert "stopped watching after 3 extraction(s)" in captured.err


def test_a_same_size_rewrite_with_its_old_modification_time_is_a_change(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    before = watch.folder_state(tmp_path)
    stat = os.stat(tmp_path / "a.txt")
    (tmp_path / "a.txt").write_text(NEWS.replace("210", "310"), encoding="utf-8")
    os.utime(tmp_path / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert watch.folder_state(tmp_path) != before
    assert watch.folder_state(tmp_path) == watch.folder_state(tmp_path)  # nothing else moves
