"""Hardening of `briefing build` (issue 15): a killed build leaves no process behind and
nothing is written after it; an unreadable corpus file, an empty corpus, an unwritable
folder and Ctrl-C each get one clear answer."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ctrl_c_reaches_the_child

from analysis import build
from analysis.build import runner

pytestmark = pytest.mark.slow  # builds: worker processes and kernels

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
ARTICLE = (ROOT / "seeds" / "001_7bb269fab435b68d.txt").read_bytes()

SLEEPY_SET = """
[defaults]
formats = ["html"]
params = { corpus = "corpus" }

[[report]]
notebook = "notebooks/sleeps_in_second_cell.ipynb"
params = [{ n = 1 }, { n = 2 }, { n = 3 }]
"""
TABLES_SET = """
[defaults]
formats = ["html"]
params = { corpus = "corpus" }

[[report]]
notebook = "notebooks/reads_the_tables.ipynb"
"""
HELLO_SET = """
[defaults]
formats = ["html"]
params = { corpus = "corpus" }

[[report]]
notebook = "notebooks/hello.ipynb"
params = { lang = "ru" }
"""


def project(folder: Path, report_set: str, notebook: Path) -> Path:
    """A project folder: one notebook, a one-article corpus, a report set."""
    (folder / "notebooks").mkdir(parents=True)
    shutil.copy(notebook, folder / "notebooks" / notebook.name)
    (folder / "corpus").mkdir()
    (folder / "corpus" / "a.txt").write_bytes(ARTICLE)
    (folder / "reports.toml").write_text(report_set, encoding="utf-8")
    return folder


def children_of(pid: int) -> set[int]:
    """Every live descendant of a process (from /proc)."""
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for kid in kids.get(todo.pop(), []):
            found.add(kid)
            todo.append(kid)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def is_kernel(pid: int) -> bool:
    try:
        return b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def wait_for_kernels(build_pid: int, timeout: float = 120) -> set[int]:
    """Descendants of the build once at least one kernel runs a notebook."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = children_of(build_pid)
        if any(is_kernel(p) for p in found):
            time.sleep(2)  # the kernel has started executing its notebook
            return found | children_of(build_pid)
        time.sleep(0.2)
    pytest.fail("no kernel started")


def gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.2)
    return {p for p in pids if alive(p)}


def listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} if folder.exists() else {}


@pytest.fixture()
def killed_build_leaves_no_orphans(tmp_path: Path) -> Path:
    return project(tmp_path / "killed_build_leaves_no_orphans", SLEEPY_SET,
                   FIXTURES / "notebooks" / "sleeps_in_second_cell.ipynb")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_killed_build_leaves_no_orphans(killed_build_leaves_no_orphans: Path) -> None:
    folder = killed_build_leaves_no_orphans
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--jobs", "2"], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = wait_for_kernels(proc.pid)
    finally:
        proc.kill()  # kill -9
        proc.wait()
    assert len(started) >= 3, "a fork server, workers and kernels were running"
    assert gone_within(started, 15) == set(), "every worker and kernel ends with the build"
    written = listing(folder / "reports")
    time.sleep(4)
    assert listing(folder / "reports") == written, "nothing is written after the build is gone"
    assert not any(name.endswith(".html") for name in written)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_ctrl_c_stops_the_build_and_its_workers_with_one_line(tmp_path: Path) -> None:
    folder = project(tmp_path / "p", SLEEPY_SET, FIXTURES / "notebooks" / "sleeps_in_second_cell.ipynb")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--jobs", "2"], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=ctrl_c_reaches_the_child)
    started = wait_for_kernels(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends to the whole foreground group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == ("briefing build: interrupted (Ctrl-C); finished briefings in "
                                            "reports/ are kept, nothing was left half-written")
    assert gone_within(started, 15) == set()


def without_root_file_rights() -> None:
    """preexec_fn: as root, give up the right to read any file (takes effect at exec)."""
    if os.geteuid() == 0:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP


def test_an_unreadable_corpus_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = project(tmp_path / "p", TABLES_SET, FIXTURES / "notebooks" / "reads_the_tables.ipynb")
    locked = folder / "corpus" / "locked.txt"
    locked.write_bytes(ARTICLE.replace(b"2024", b"2023"))
    locked.chmod(0)
    try:
        run = subprocess.run([sys.executable, "-m", "analysis", "build", "--jobs", "1"], cwd=folder,
                             capture_output=True, text=True, timeout=600, check=False,
                             preexec_fn=without_root_file_rights,
                             env={**os.environ, "BRIEFING_CACHE": str(tmp_path / "cache")})
    finally:
        locked.chmod(0o644)
    assert "Traceback" not in run.stderr
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 built" in run.stdout
    page = (folder / "reports" / "reads_the_tables.html").read_text(encoding="utf-8")
    assert "1 article(s), 1 problem(s)" in page and "locked.txt: unreadable: Permission denied" in page


def test_a_build_on_an_empty_corpus_says_so_and_renders_nothing(tmp_path: Path, capsys,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = project(tmp_path / "p", HELLO_SET, FIXTURES / "build" / "notebooks" / "hello.ipynb")
    (folder / "corpus" / "a.txt").write_bytes(b"")
    (folder / "corpus" / "b.docx").write_bytes(b"PK\x03\x04")
    monkeypatch.chdir(folder)
    monkeypatch.setattr(runner, "code_version", lambda *a, **k: "test-code")
    assert build.run_build(jobs=1, config=Path("reports.toml"), out=Path("reports")) == 1
    [line] = capsys.readouterr().err.strip().splitlines()[-1:]
    assert line.startswith(f"briefing build: corpus {folder / 'corpus'} holds no readable article (2 file(s) "
                           "not read: a.txt: empty file")
    assert line.endswith(": nothing to brief")
    assert not list((folder / "reports").glob("*.html"))


def test_a_build_into_an_unwritable_folder_exits_2(tmp_path: Path, capsys,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = project(tmp_path / "p", HELLO_SET, FIXTURES / "build" / "notebooks" / "hello.ipynb")
    (folder / "taken").write_text("a file", encoding="utf-8")
    monkeypatch.chdir(folder)
    assert build.run_build(jobs=1, config=Path("reports.toml"), out=Path("taken/reports")) == 2
    assert capsys.readouterr().err.splitlines() == [
        "briefing build: output folder taken/reports cannot be created: taken is a file, not a folder; "
        "choose another folder with --out"]


def test_temp_files_of_a_killed_build_are_removed_by_the_next(tmp_path: Path, capsys,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = project(tmp_path / "p", HELLO_SET, FIXTURES / "build" / "notebooks" / "hello.ipynb")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    reports = folder / "reports"
    reports.mkdir()
    stale = reports / f".hello.html.{dead}-k1ll3d.tmp"
    live = reports / f".other.html.{os.getpid()}-wr1t1n.tmp"
    stale.write_text("half a page", encoding="utf-8")
    live.write_text("being written", encoding="utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.setattr(runner, "code_version", lambda *a, **k: "test-code")
    assert build.run_build(jobs=1, config=Path("reports.toml"), out=Path("reports")) == 0
    assert not stale.exists() and live.exists()
