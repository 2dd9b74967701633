"""Hardening of the tables and of `briefing extract` (issue 15): all-or-nothing table sets,
a full disk, an unwritable folder, a size limit on the command line, progress, Ctrl-C, and
a corpus fingerprint that no odd file can break."""

from __future__ import annotations

import errno
import io
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from conftest import ctrl_c_reaches_the_child

from analysis import atomic, cli
from analysis.tables import dataset
from analysis.tables.fingerprints import corpus_fingerprint
from analysis.tables.progress import StageProgress

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
QUOTA = 300 * 1024  # the small disk of `disk_full_during_extract`
# What a big corpus of this file is made of (own words, news style); each one is different.
PARAGRAPH = ("Минский завод колесных тягачей и брянские машиностроители обсудили поставки узлов на {n} "
             "млн рублей в {y} году. Стороны договорились расширить выпуск техники в Брянской области.\n")


def news_corpus(folder: Path, files: int, paragraphs: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        body = "".join(PARAGRAPH.format(n=10 + (f * paragraphs + i) % 900, y=2015 + i % 9)
                       for i in range(paragraphs))
        (folder / f"n{f:04}.txt").write_text(f"Выпуск {f}: новости кооперации\n{body}", encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def message_lines(err: str) -> list[str]:
    """stderr without the progress lines of the stages."""
    return [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("extract: ")]


# --------------------------------------------------------------------------- a full disk


def _mount_tmpfs(folder: Path, size: int) -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    run = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                         capture_output=True, check=False)
    return run.returncode == 0


@pytest.fixture()
def disk_full_during_extract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An output folder on a disk of `QUOTA` bytes: a real tmpfs where this process may
    mount one, else a folder where flushing a file fails with ENOSPC once more than
    `QUOTA` bytes are in it (what a full disk does to a delayed write)."""
    out = tmp_path / "disk_full_during_extract"
    out.mkdir()
    if _mount_tmpfs(out, QUOTA):
        yield out
        subprocess.run(["umount", str(out)], check=False)
        return
    real_sync = atomic.sync_file

    def sync_on_a_small_disk(path: str | Path) -> None:
        used = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        if used > QUOTA:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_sync(path)

    monkeypatch.setattr(atomic, "sync_file", sync_on_a_small_disk)
    yield out


def test_disk_full_during_extract_keeps_the_previous_set(disk_full_during_extract: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = disk_full_during_extract / "tables"
    assert cli.main(["extract", str(SEEDS), "--out", str(out), "--no-ner"]) == 0
    before = snapshot(out)
    capsys.readouterr()
    bigger = news_corpus(tmp_path / "bigger", files=2, paragraphs=130)
    assert cli.main(["extract", str(bigger), "--out", str(out), "--no-ner"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    [line] = message_lines(err)
    assert line.startswith(f"briefing extract: could not write the tables to {out}/: No space left on device")
    assert line.endswith("the tables there before this run are unchanged")
    assert snapshot(out) == before, "the previous complete set is untouched"
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [], "no staging left"
    assert len(dataset.load(out).articles) == 5


# --------------------------------------------------------------------------- all or nothing


@pytest.fixture(scope="module")
def seed_tables() -> dataset.Dataset:
    return dataset.extract(SEEDS, ner=False)


def test_tables_of_two_runs_are_never_read_as_one_set(seed_tables: dataset.Dataset, tmp_path: Path) -> None:
    dataset.write(seed_tables, tmp_path / "a")
    other = dataset.Dataset(**{**seed_tables.tables(), "amounts": seed_tables.amounts.head(2)},
                            corpus_dir="other", meta={})
    dataset.write(other, tmp_path / "b")
    shutil.copy(tmp_path / "b" / "amounts.parquet", tmp_path / "a" / "amounts.parquet")
    with pytest.raises(dataset.IncompleteTables, match=r"amounts\.parquet does not match meta\.json"):
        dataset.load(tmp_path / "a")
    (tmp_path / "a" / "meta.json").unlink()
    with pytest.raises(dataset.IncompleteTables, match="incomplete"):
        dataset.load(tmp_path / "a")
    assert len(dataset.load(tmp_path / "b").amounts) == 2


def test_a_write_killed_midway_leaves_nothing_that_a_later_write_keeps(seed_tables: dataset.Dataset,
                                                                       tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    stale = tmp_path / f".tables-staging-{dead.stdout.strip()}-x1y2"
    stale.mkdir()
    (stale / "articles.csv").write_text("half", encoding="utf-8")
    live = tmp_path / f".tables-staging-{os.getpid()}-other"  # another write in this process
    live.mkdir()
    dataset.write(seed_tables, tmp_path)
    assert not stale.exists() and live.exists()


def test_the_manifest_names_every_table_with_its_hash(seed_tables: dataset.Dataset, tmp_path: Path) -> None:
    import hashlib
    import json

    written = dataset.write(seed_tables, tmp_path)
    manifest = json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))
    assert manifest["files"] == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in written}
    assert len(manifest["files"]) == 2 * len(dataset.TABLES)
    assert dataset.load(tmp_path).meta == {"currency": "USD", "ner": False,
                                           "articles_from_cache": 0, "articles_extracted": 5}


# --------------------------------------------------------------------------- the output folder


def test_extract_into_an_unwritable_folder_exits_2_before_extracting(tmp_path: Path, capsys,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset, "extract", lambda *a, **k: pytest.fail("extracted anyway"))
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert cli.main(["extract", str(SEEDS), "--out", str(blocker / "tables")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (f"briefing extract: output folder {blocker / 'tables'} cannot be created: {blocker} is a "
                    "file, not a folder; choose another folder with --out")


@pytest.fixture()
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to: a read-only tmpfs as root (root ignores file modes),
    else a folder of mode 0555."""
    folder = tmp_path / "read_only"
    folder.mkdir()
    if _mount_tmpfs(folder, 64 * 1024):
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
        subprocess.run(["umount", str(folder)], check=False)
        return
    if os.geteuid() == 0:
        pytest.skip("root writes into any folder whatever its mode, and no tmpfs could be mounted")
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_extract_into_a_read_only_folder_exits_2(read_only_folder: Path, capsys) -> None:
    assert cli.main(["extract", str(SEEDS), "--out", str(read_only_folder / "t"), "--no-ner"]) == 2
    err = capsys.readouterr().err
    assert "cannot be written to" in err and str(read_only_folder / "t") in err and "Traceback" not in err


# --------------------------------------------------------------------------- the command line


def test_max_article_size_on_the_command_line(tmp_path: Path, capsys) -> None:
    folder = news_corpus(tmp_path / "c", files=2, paragraphs=3)
    with (folder / "n0000.txt").open("a", encoding="utf-8") as fh:
        fh.write(PARAGRAPH.format(n=5, y=2020) * 40)  # ~10 KB
    assert cli.main(["extract", str(folder), "--out", str(tmp_path / "o"), "--no-ner",
                     "--max-article-size", "8KB"]) == 0
    problems = pd.read_csv(tmp_path / "o" / "problems.csv")
    assert problems["file"].tolist() == ["n0000.txt"]
    kb = round((folder / "n0000.txt").stat().st_size / 1024)
    assert problems["reason"][0].startswith(f"too large: {kb} KB is over the limit of 8 KB per article")
    assert "problem(s) listed in" in capsys.readouterr().out


@pytest.mark.parametrize(("text", "size"), [("2MB", 2 * 1024 ** 2), ("500kb", 500 * 1024), ("1,5m", 1572864),
                                            ("3000000", 3_000_000)])
def test_sizes_are_read_with_their_units(text: str, size: int) -> None:
    assert cli.parse_size(text) == size


def test_a_bad_size_is_bad_usage(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["extract", str(SEEDS), "--out", "x", "--max-article-size", "2XB"])
    assert stop.value.code == 2 and "'2XB' is not a size" in capsys.readouterr().err


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(dataset, "extract", interrupted)
    assert cli.main(["extract", str(SEEDS), "--out", str(tmp_path)]) == 130
    assert capsys.readouterr().err.splitlines() == [
        "briefing extract: interrupted (Ctrl-C); finished outputs are kept, nothing was left half-written"]


def test_ctrl_c_during_a_real_extract(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli.main(["extract", str(SEEDS), "--out", str(out), "--no-ner"]) == 0
    before = snapshot(out)
    # Long enough that a loaded machine cannot finish the extract before the signal lands.
    big = news_corpus(tmp_path / "big", files=3000, paragraphs=12)
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(big), "--out", str(out),
                             "--no-ner"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=ctrl_c_reaches_the_child)
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:  # wait until the work has started
        seen.append(line)
        if line.startswith("extract: amounts, facts and entities"):
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    assert proc.wait(timeout=60) == 130
    assert "Traceback" not in rest
    assert message_lines(rest) == [
        "briefing extract: interrupted (Ctrl-C); finished outputs are kept, nothing was left half-written"]
    assert snapshot(out) == before


# --------------------------------------------------------------------------- progress


def test_progress_is_one_line_per_stage_off_a_terminal() -> None:
    stream = io.StringIO()
    with StageProgress("extract", stream=stream) as progress:
        dataset.extract(SEEDS, ner=False, progress=progress)
    stages = [ln.split(" [")[0] for ln in stream.getvalue().splitlines()]
    assert stages == ["extract: reading files: 5 read, 0 from the cache (5)…",
                      "extract: splitting and cleaning articles (5)…",
                      "extract: amounts, facts and entities: 5 read, 0 from the cache (5)…",
                      "extract: tables and project register…"]


def test_progress_is_a_bar_on_a_terminal() -> None:
    stream = io.StringIO()
    with StageProgress("extract", stream=stream, interactive=True) as progress:
        progress.stage("reading files", 3)
        for _ in range(3):
            progress.advance()
    shown = stream.getvalue()
    assert "extract: reading files" in shown and "/3 [" in shown and "\r" in shown


def test_extract_shows_its_stages(tmp_path: Path, capsys) -> None:
    assert cli.main(["extract", str(SEEDS), "--out", str(tmp_path), "--no-ner"]) == 0
    err = capsys.readouterr().err
    assert err.count("extract: ") == 4 and message_lines(err) == []


# --------------------------------------------------------------------------- the corpus fingerprint


def test_fingerprint_of_a_folder_with_an_unreadable_file(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = news_corpus(tmp_path / "c", files=2, paragraphs=2)
    real = Path.read_bytes

    def locked(self: Path) -> bytes:
        if self.name == "n0001.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", locked)
    key = corpus_fingerprint(folder)
    with (folder / "n0001.txt").open("a", encoding="utf-8") as fh:
        fh.write("Еще одна строка.\n")
    assert corpus_fingerprint(folder) != key, "an unreadable file still changes the key by its size"


def test_fingerprint_never_follows_a_symlink_or_reads_a_pipe(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("раз", encoding="utf-8")
    folder = news_corpus(tmp_path / "c", files=1, paragraphs=2)
    (folder / "link.txt").symlink_to(outside)
    os.mkfifo(folder / "pipe.txt")
    code = ("from analysis.tables.fingerprints import corpus_fingerprint; "
            f"print(corpus_fingerprint({str(folder)!r}))")
    # in a subprocess: a read of the pipe would block, and a subprocess can time out
    args = {"capture_output": True, "text": True, "timeout": 120, "check": True}
    first = subprocess.run([sys.executable, "-c", code], **args)
    outside.write_text("два", encoding="utf-8")
    second = subprocess.run([sys.executable, "-c", code], **args)
    assert first.stdout == second.stdout and len(first.stdout.strip()) == 16
