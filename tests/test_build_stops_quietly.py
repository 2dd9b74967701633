"""A build stopped by Ctrl-C or SIGTERM says one line and nothing more (a new user, session
25, finding 10): a Ctrl-C while the fork server still imports the renderer printed the
server's `KeyboardInterrupt` traceback after the clean line; a SIGTERM left Python's
«leaked semaphore objects» warning and no word of what was kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ctrl_c_reaches_the_child
from test_hardening_build import FIXTURES, SLEEPY_SET, children_of, gone_within, project, wait_for_kernels

from analysis import atomic
from analysis.termination import EXIT_TERMINATED, Terminated, stops_on_sigterm

ON_PROC = Path("/proc/self/stat").exists()


def _is_fork_server(pid: int) -> bool:
    try:
        return b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _start_build(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "analysis", "build", "--jobs", "2"], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=ctrl_c_reaches_the_child)


@pytest.mark.slow
@pytest.mark.skipif(not ON_PROC, reason="reads the process tree from /proc")
def test_ctrl_c_while_the_fork_server_starts_prints_no_traceback(tmp_path: Path) -> None:
    folder = project(tmp_path / "p", SLEEPY_SET, FIXTURES / "notebooks" / "sleeps_in_second_cell.ipynb")
    proc = _start_build(folder)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(_is_fork_server(p) for p in children_of(proc.pid)):
        time.sleep(0.05)
    started = children_of(proc.pid)
    time.sleep(0.3)  # the server is importing the renderer (seconds)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends to the whole foreground group
    _, err = proc.communicate(timeout=90)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip().splitlines()[-1].startswith("briefing build: interrupted (Ctrl-C)")
    assert gone_within(started, 15) == set()


@pytest.mark.slow
@pytest.mark.skipif(not ON_PROC, reason="reads the process tree from /proc")
def test_ctrl_c_as_the_fork_server_is_born_prints_no_traceback(tmp_path: Path) -> None:
    """The same Ctrl-C at once, while the server's interpreter still reads its `site` files
    (it died there with «Fatal Python error: init_import_site» on a loaded CI machine)."""
    folder = project(tmp_path / "p", SLEEPY_SET, FIXTURES / "notebooks" / "sleeps_in_second_cell.ipynb")
    proc = _start_build(folder)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(_is_fork_server(p) for p in children_of(proc.pid)):
        time.sleep(0.005)
    started = children_of(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=90)
    assert proc.returncode == 130
    assert "Traceback" not in err and "Fatal Python error" not in err, err
    assert err.strip().splitlines()[-1].startswith("briefing build: interrupted (Ctrl-C)")
    assert gone_within(started, 15) == set()


@pytest.mark.slow
@pytest.mark.skipif(not ON_PROC, reason="reads the process tree from /proc")
def test_sigterm_stops_the_build_with_one_line_and_no_leaked_semaphores(tmp_path: Path) -> None:
    folder = project(tmp_path / "p", SLEEPY_SET, FIXTURES / "notebooks" / "sleeps_in_second_cell.ipynb")
    proc = _start_build(folder)
    started = wait_for_kernels(proc.pid)
    os.kill(proc.pid, signal.SIGTERM)  # `kill PID`: the build alone, as a supervisor stops it
    _, err = proc.communicate(timeout=90)
    assert proc.returncode == EXIT_TERMINATED == 143
    assert "leaked" not in err and "Traceback" not in err, err
    assert err.strip().splitlines()[-1] == ("briefing build: stopped (SIGTERM); finished briefings in "
                                            "reports/ are kept, nothing was left half-written")
    assert gone_within(started, 15) == set()


def test_a_sigterm_inside_the_block_raises_terminated_a_kind_of_ctrl_c() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated), stops_on_sigterm():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(1)  # the handler runs at the next bytecode; never reached
    assert issubclass(Terminated, KeyboardInterrupt)
    assert signal.getsignal(signal.SIGTERM) is before


def test_renames_held_for_a_sigterm_finish_before_it_stops(tmp_path: Path) -> None:
    done: list[str] = []
    with pytest.raises(Terminated), stops_on_sigterm(), atomic.deferred_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.2)
        done.append("renamed")  # held back: the block ends first
    assert done == ["renamed"]


def test_importing_the_quiet_server_module_elsewhere_changes_nothing() -> None:
    before = signal.getsignal(signal.SIGINT)
    hook = sys.excepthook
    import analysis.serverquiet  # noqa: F401  (its effect is the import's)

    assert signal.getsignal(signal.SIGINT) is before
    assert sys.excepthook is hook
