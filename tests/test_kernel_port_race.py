"""A kernel that dies at start because a port picked for it was taken by another process
(jupyter_client picks ports by binding port 0 and closing it; under `briefing build --jobs N`
or xdist another kernel may bind one first) is started again on new ports, with one line on
stderr and without the dead kernel's «ZMQError: Address already in use» traceback (it failed
tests/test_build_stops_quietly.py once in CI)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from jupyter_client.connect import LocalPortCache
from test_hardening_build import FIXTURES as BUILD_FIXTURES
from test_hardening_build import HELLO_SET, project

from analysis import render
from analysis.render import kernels

pytestmark = pytest.mark.slow  # kernels

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "notebooks"
PRINTS = FIXTURES / "prints_parameters.ipynb"
PORTS_PER_KERNEL = 5  # shell, iopub, stdin, hb, control: the shell port is picked first


@pytest.fixture()
def held_port() -> Iterator[int]:
    """A local port another process might have taken: bound and listening here."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.fixture(autouse=True)
def own_runtime_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "runtime"
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(folder))
    return folder


def offer_taken_port(monkeypatch: pytest.MonkeyPatch, port: int, kernels_hit: int) -> list[int]:
    """Make jupyter_client's port picker give `port` as the shell port of the next
    `kernels_hit` kernels (as if another process took it between pick and bind); returns
    every port picked."""
    picked: list[int] = []
    pick = LocalPortCache.find_available_port

    def picker(self: LocalPortCache, ip: str) -> int:
        starts = len(picked) // PORTS_PER_KERNEL
        first = len(picked) % PORTS_PER_KERNEL == 0
        picked.append(port if first and starts < kernels_hit else pick(self, ip))
        return picked[-1]

    monkeypatch.setattr(LocalPortCache, "find_available_port", picker)
    return picked


def test_a_render_whose_kernel_lost_a_port_starts_it_again_and_renders(
        tmp_path: Path, held_port: int, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str], own_runtime_folder: Path) -> None:
    picked = offer_taken_port(monkeypatch, held_port, kernels_hit=1)
    starts: list[Path] = []
    start_once = kernels._start_once

    def counted(kernel: kernels.Kernel, cwd: Path, env: dict[str, str]) -> tuple[object, object]:
        starts.append(cwd)
        return start_once(kernel, cwd, env)

    monkeypatch.setattr(kernels, "_start_once", counted)
    pool = render.KernelPool(keep_warm=False)
    render.render(PRINTS, {"count": "2"}, formats="html", out_dir=tmp_path / "out", pool=pool)
    pool.close()
    err = capfd.readouterr().err
    assert any((tmp_path / "out").rglob("*.html"))
    # our kernel started twice (the second time on new ports) and served the render: every
    # port picked was for those two starts, papermill did not have to start a kernel of its own
    assert len(starts) == 2
    assert len(picked) == 2 * PORTS_PER_KERNEL and picked[0] == held_port
    assert held_port not in picked[PORTS_PER_KERNEL:]
    restarts = [line for line in err.splitlines() if "starting it again on new ports" in line]
    assert restarts == ["briefing: a kernel died at start: a port picked for it was taken by another "
                        "process first; starting it again on new ports (attempt 2 of 3)"]
    assert "Traceback" not in err and "Address already in use" not in err, err
    assert list(own_runtime_folder.rglob("*.json")) == []


def test_the_new_starts_are_bounded_and_the_last_failure_is_shown(
        tmp_path: Path, held_port: int, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str], own_runtime_folder: Path) -> None:
    picked = offer_taken_port(monkeypatch, held_port, kernels_hit=kernels.START_ATTEMPTS + 1)
    kernel = kernels.start_kernel(tmp_path, preimport=False)
    with pytest.raises(RuntimeError):
        kernel.ready()
    kernel.stop_now()
    err = capfd.readouterr().err
    assert len(picked) == kernels.START_ATTEMPTS * PORTS_PER_KERNEL
    assert [line[-16:] for line in err.splitlines() if "on new ports" in line] == [
        "(attempt 2 of 3)", "(attempt 3 of 3)"]
    # the last start's own words are not swallowed: the reason it failed stays in the log
    assert err.count("Address already in use") == 1
    assert list(own_runtime_folder.rglob("*.json")) == []


# every process of a build (its workers are other processes) hands the held port out as the
# shell port of its first kernel: as if another process took it between pick and bind
TAKEN_PORT_SITE = """
import os
from jupyter_client.connect import LocalPortCache

_pick, _given = LocalPortCache.find_available_port, []


def _picker(self, ip):
    if not _given:
        _given.append(int(os.environ["HELD_PORT_FOR_TEST"]))
        return _given[0]
    return _pick(self, ip)


LocalPortCache.find_available_port = _picker
"""


def test_a_build_whose_kernel_lost_a_port_renders_and_says_so(tmp_path: Path, held_port: int) -> None:
    folder = project(tmp_path / "p", HELLO_SET, BUILD_FIXTURES / "build" / "notebooks" / "hello.ipynb")
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(TAKEN_PORT_SITE, encoding="utf-8")
    env = {**os.environ, "HELD_PORT_FOR_TEST": str(held_port),
           "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    run = subprocess.run([sys.executable, "-m", "analysis", "build", "--jobs", "1"], cwd=folder, env=env,
                         capture_output=True, text=True, check=False, timeout=600)
    assert run.returncode == 0, run.stderr
    assert list((folder / "reports").glob("*.html"))
    restarts = [line for line in run.stderr.splitlines() if "starting it again on new ports" in line]
    assert len(restarts) == 1 and restarts[0].endswith("(attempt 2 of 3)"), run.stderr
    assert "Traceback" not in run.stderr and "Address already in use" not in run.stderr, run.stderr
