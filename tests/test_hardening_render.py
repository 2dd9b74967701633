"""Hardening of `briefing render` (issue 15): the output folder is checked before any kernel
starts, a full disk and an empty corpus are one message each, and no kernel connection file
is left behind."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import atomic, render
from analysis.render import execute as execute_mod
from analysis.render import kernels as kernels_mod
from analysis.render.connection import connection_dir

pytestmark = pytest.mark.slow  # kernels

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "notebooks"
PRINTS = FIXTURES / "prints_parameters.ipynb"


@pytest.fixture()
def no_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any kernel start fails the test: what is checked must be checked before one."""
    def refuse(self: render.KernelPool, cwd: Path) -> None:
        pytest.fail("a kernel was started")

    monkeypatch.setattr(render.KernelPool, "take", refuse)


def test_unwritable_output_folder_fails_before_a_kernel_starts(tmp_path: Path, capsys, no_kernel) -> None:
    blocker = tmp_path / "reports"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert render.run_render_command(PRINTS, [], ["html"], blocker / "out") == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (f"error: output folder {blocker / 'out'} cannot be created: {blocker} is a file, not a "
                    "folder; choose another folder with --out")


@pytest.fixture()
def full_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder with 60 KB of room left: a small tmpfs, filled, where this process may mount
    one; else a folder whose file system reports that little room."""
    folder = tmp_path / "full_output_folder"
    folder.mkdir()
    mounted = (sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") and
               subprocess.run(["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(folder)],
                              capture_output=True, check=False).returncode == 0)
    if mounted:
        (folder / "other-report.pdf").write_bytes(b"%PDF" + b"\0" * 60_000)
        yield folder
        subprocess.run(["umount", str(folder)], check=False)
        return
    usage = namedtuple("usage", "total used free")
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage",
                        lambda p: usage(128 * 1024, 68 * 1024, 60 * 1024) if Path(p) == folder else real(p))
    yield folder


def test_full_output_folder_fails_before_a_kernel_starts(full_output_folder: Path, capsys, no_kernel) -> None:
    assert render.run_render_command(PRINTS, [], ["html"], full_output_folder) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: output folder {full_output_folder} is full (0.")
    assert line.endswith("MB needed): free some space or choose another folder with --out")


def test_a_disk_that_fills_during_the_render_keeps_the_earlier_outputs(
        tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    stem = render.output_stem(PRINTS, {})
    earlier = {tmp_path / f"{stem}.html": "earlier html", tmp_path / f"{stem}.ipynb": "earlier record"}
    for path, text in earlier.items():
        path.write_text(text, encoding="utf-8")

    def no_space(files: dict) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "write_all", no_space)
    assert render.run_render_command(PRINTS, [], ["html"], tmp_path) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"error: could not write the outputs to {tmp_path}/: No space left on "
                                "device; earlier outputs there are unchanged"]
    assert {p: p.read_text(encoding="utf-8") for p in earlier} == earlier


def test_empty_corpus_is_one_message_and_nothing_runs(tmp_path: Path, capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "scan.pdf").write_bytes(b"%PDF-1.4")
    (empty / "blank.txt").write_text("   \n", encoding="utf-8")
    monkeypatch.setattr(execute_mod, "execute_notebook", lambda *a, **k: pytest.fail("executed"))
    out = tmp_path / "out"
    assert render.run_render_command(PRINTS, [("corpus", str(empty))], ["html"], out) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: corpus {empty} holds no readable article (2 file(s) not read: ")
    assert "blank.txt: empty file" in line and "scan.pdf: unsupported file type" in line
    assert line.endswith("nothing to brief; add .txt or .html articles to it")
    assert not out.exists()


# --------------------------------------------------------------------------- connection files


@pytest.fixture()
def runtime_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Jupyter's runtime folder and the temp folder of this test, both empty."""
    runtime, temp = tmp_path / "runtime", tmp_path / "temp"
    runtime.mkdir()
    temp.mkdir()
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return runtime, temp


def json_files(*folders: Path) -> list[str]:
    return sorted(p.name for folder in folders for p in folder.rglob("*.json"))


def test_kernel_connection_files_are_removed_after_each_render(runtime_folders: tuple[Path, Path],
                                                               tmp_path: Path) -> None:
    pool = render.KernelPool(keep_warm=True)
    for count in ("1", "2"):
        render.render(PRINTS, {"count": count}, formats="html", out_dir=tmp_path / "out", pool=pool)
    pool.close()
    assert connection_dir().is_relative_to(runtime_folders[0])
    assert json_files(*runtime_folders) == []


def test_a_kernel_whose_preimport_fails_is_stopped_and_the_render_still_runs(
        runtime_folders: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a pre-started kernel that cannot be used (its pre-import failed) must not outlive the
    # render: papermill starts its own kernel, and the unused one is stopped
    def failing_preimport(km: object) -> None:
        raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(kernels_mod, "_preimport", failing_preimport)
    pool = render.KernelPool(keep_warm=False)
    render.render(PRINTS, {"count": "3"}, formats="html", out_dir=tmp_path / "out", pool=pool)
    pool.close()
    assert (tmp_path / "out").is_dir() and any((tmp_path / "out").rglob("*.html"))
    assert json_files(*runtime_folders) == []


def test_the_render_command_leaves_no_connection_file(runtime_folders: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "analysis", "render", str(PRINTS), "--format", "html",
                          "--out", str(tmp_path / "out")], capture_output=True, text=True, check=False,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert json_files(*runtime_folders) == []


def test_connection_files_of_killed_processes_go_when_a_pool_starts(
        runtime_folders: tuple[Path, Path]) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    folder = connection_dir()
    folder.mkdir(parents=True)
    (folder / f"{dead}-0123456789ab.json").write_text("{}", encoding="utf-8")
    (folder / f"{os.getpid()}-live0000live.json").write_text("{}", encoding="utf-8")
    render.KernelPool(keep_warm=False).close()
    assert json_files(folder) == [f"{os.getpid()}-live0000live.json"]
