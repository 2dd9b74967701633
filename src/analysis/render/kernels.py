"""Kernels for renders: started early, in the background, and one spare kept warm.

Starting a kernel (a new interpreter importing ipykernel) and the notebook's first imports
(pandas, matplotlib, the package) take over a second, and the renderer would otherwise sit
idle through both. So the kernel for a render is started in a background thread as soon
as the render begins (overlapping validation), and once a notebook has executed, a
`KernelPool` that keeps a spare starts the kernel for the *next* render of this process —
and does its heavy imports — while this one is turned into HTML and PDF. Every notebook
still runs top to bottom in a kernel of its own; a spare kernel is only used by a render
with the same working directory and environment it was started with.

The pool is an object its owner holds: the CLI's single render uses one without a spare,
each build worker keeps one for its jobs (and turns the spare off for its last job).
Kernels are stopped in the background; `KernelPool.close` waits for those stops, so that a
process that ends leaves no kernel and no connection file behind (`connection`). A kernel
whose process is killed ends by itself: ipykernel polls its parent and exits with it.

jupyter_client picks a kernel's five ports by binding port 0 and closing it; another
process (another build worker's kernel, anything on a busy machine) may take one before the
kernel binds it, and the kernel then dies at start with «ZMQError: Address already in use».
Such a kernel is started again on new ports, up to `START_ATTEMPTS` times, with one line on
stderr for each new start (`kernelstderr` holds the dead kernel's traceback back).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.render.connection import new_connection_file, remove_stale
from analysis.render.kernelstderr import StderrRelay, relay_stderr
from analysis.render.startup import skip_rfc3987_grammar

KERNEL_NAME = "python3"
KERNEL_ARGS = ("--IPKernelApp.log_level=CRITICAL",)  # its start/shutdown chatter is CI noise
# What a kernel imports before its notebook arrives (silently: nothing in the notebook).
PREIMPORT = "import pandas, matplotlib.figure, analysis.briefing, analysis.briefing.charts"
READY_TIMEOUT = 60  # seconds for a new kernel to answer
PREIMPORT_TIMEOUT = 120
STOP_TIMEOUT = 30  # seconds `KernelPool.close` waits for each kernel to stop
START_ATTEMPTS = 3  # starts of one kernel whose ports were taken before it could bind them
PORT_TAKEN = b"Address already in use"  # what zmq says in the traceback of such a kernel


def kernel_key(cwd: Path) -> tuple[str, int]:
    """What a kernel was started for: its folder and the environment it inherited
    (BRIEFING_CACHE, PYTHONPATH, ...)."""
    return (str(cwd.resolve()), hash(tuple(sorted(os.environ.items()))))


@dataclass
class Kernel:
    """A kernel starting (or started) in a background thread."""

    key: tuple[str, int]
    thread: threading.Thread
    km: Any = None  # jupyter_client's AsyncKernelManager once started
    error: BaseException | None = None
    # where the stop thread goes, for the owner to wait on (`KernelPool.close`)
    stopping: list[threading.Thread] = field(default_factory=list)
    # named before the start, so that a start that fails half-way leaves no file behind
    connection_file: Path | None = None

    def ready(self) -> Any:
        """The kernel manager, once the kernel is up (re-raises a failed start)."""
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.km

    def shutdown(self) -> None:
        """Stop the kernel in the background (a kernel serves one notebook only) and remove
        its connection file."""
        thread = threading.Thread(target=self.stop_now, name="briefing-kernel-stop", daemon=True)
        self.stopping.append(thread)
        thread.start()

    def stop_now(self) -> None:
        """Stop the kernel and remove its connection file (waits for a start in progress)."""
        self.thread.join()
        if self.km is None:  # the start failed: only its connection file may be left
            if self.connection_file is not None:
                with contextlib.suppress(OSError):
                    self.connection_file.unlink(missing_ok=True)
            return
        _stop_km(self.km)


def _stop_km(km: Any) -> None:
    """Stop a kernel (alive or dead) and remove its connection file, whatever fails."""
    from jupyter_core.utils import run_sync

    with contextlib.suppress(BaseException):
        run_sync(km.shutdown_kernel)(now=True)
    with contextlib.suppress(BaseException):  # when the shutdown failed half-way
        km.cleanup_connection_file()
    with contextlib.suppress(OSError):
        Path(km.connection_file).unlink(missing_ok=True)


def _preimport(km: Any) -> None:
    from jupyter_client.blocking import BlockingKernelClient

    kc = BlockingKernelClient()
    kc.load_connection_info(km.get_connection_info())
    kc.start_channels()
    try:
        _wait_for_ready(km, kc)
        # silent: no execution count, no output, nothing in the notebook
        kc.execute_interactive(PREIMPORT, silent=True, timeout=PREIMPORT_TIMEOUT,
                               store_history=False)
    finally:
        kc.stop_channels()


def _answers(km: Any) -> None:
    """Wait until a kernel started without pre-import answers (raises if it died)."""
    from jupyter_client.blocking import BlockingKernelClient

    kc = BlockingKernelClient()
    kc.load_connection_info(km.get_connection_info())
    kc.start_channels()
    try:
        _wait_for_ready(km, kc)
    finally:
        kc.stop_channels()


def _wait_for_ready(km: Any, kc: Any) -> None:
    """Wait until the kernel answers. A client that is not the manager's own judges the
    kernel by its heartbeat, which a kernel still importing on a loaded machine may miss
    («Kernel died before replying»): while the process runs, keep waiting."""
    import time

    from jupyter_core.utils import run_sync

    deadline = time.monotonic() + READY_TIMEOUT
    while True:
        try:
            kc.wait_for_ready(timeout=max(1.0, deadline - time.monotonic()))
            return
        except RuntimeError:
            if time.monotonic() >= deadline or not run_sync(km.is_alive)():
                raise


def start_kernel(cwd: Path, preimport: bool, stopping: list[threading.Thread] | None = None) -> Kernel:
    """Start a kernel in `cwd` in a background thread (and pre-import the heavy modules);
    its stop thread will be added to `stopping`."""
    kernel = Kernel(key=kernel_key(cwd), thread=threading.Thread(),
                    stopping=stopping if stopping is not None else [])
    env = dict(os.environ)  # snapshot now: the key above describes exactly this environment

    def work() -> None:
        try:
            skip_rfc3987_grammar()
            for attempt in range(1, START_ATTEMPTS + 1):
                km, relay = _start_once(kernel, cwd, env)
                try:
                    # a kernel that lost a port dies before it answers: wait for it here,
                    # pre-import or not, so that a retry is still possible
                    (_preimport if preimport else _answers)(km)
                except BaseException:
                    if attempt == START_ATTEMPTS or not _lost_a_port(km, relay):
                        relay.release()  # its stderr, as it would have been without us
                        raise
                    relay.drop()
                    kernel.km = None
                    _stop_km(km)
                    print(f"briefing: a kernel died at start: a port picked for it was taken by "
                          f"another process first; starting it again on new ports (attempt "
                          f"{attempt + 1} of {START_ATTEMPTS})", file=sys.stderr, flush=True)
                    continue
                relay.release()
                return
        except BaseException as exc:  # reported to the render that uses this kernel
            kernel.error = exc

    kernel.thread = threading.Thread(target=work, name="briefing-kernel-start", daemon=True)
    kernel.thread.start()
    return kernel


def _start_once(kernel: Kernel, cwd: Path, env: dict[str, str]) -> tuple[Any, StderrRelay]:
    """Start the kernel process on freshly picked ports; its stderr is held back until
    `StderrRelay.release`."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    kernel.connection_file = new_connection_file()
    km = AsyncKernelManager(kernel_name=KERNEL_NAME, connection_file=str(kernel.connection_file))
    run_sync(km.start_kernel)(cwd=str(cwd), env=env, extra_arguments=list(KERNEL_ARGS),
                              stderr=subprocess.PIPE)
    kernel.km = km
    return km, relay_stderr(getattr(km.provisioner, "process", None))


def _lost_a_port(km: Any, relay: StderrRelay) -> bool:
    """Whether a kernel that did not answer died of a port taken before it could bind it."""
    from jupyter_core.utils import run_sync

    with contextlib.suppress(BaseException):
        if run_sync(km.is_alive)():
            return False
    return PORT_TAKEN in relay.held_until_closed()


class KernelPool:
    """The kernels of one process's renders: hands out a kernel per render and, when
    `keep_warm`, starts a spare for the next render while the current one finishes."""

    def __init__(self, keep_warm: bool = True) -> None:
        self.keep_warm = keep_warm
        self._spare: Kernel | None = None
        self._lock = threading.Lock()
        self._stopping: list[threading.Thread] = []
        remove_stale()  # connection files of killed processes
        atexit.register(self.close)

    def take(self, cwd: Path) -> Kernel:
        """The spare kernel if it fits this render, else a kernel starting now."""
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is not None:
            if spare.key == kernel_key(cwd):
                return spare
            spare.shutdown()
        # pre-importing pays off even here: it overlaps validation (region names load
        # morphology dictionaries) and the papermill set-up in this process
        return start_kernel(cwd, preimport=True, stopping=self._stopping)

    def prepare_spare(self, cwd: Path) -> None:
        """Start the next render's kernel now (when this pool keeps one warm)."""
        if not self.keep_warm:
            return
        with self._lock:
            if self._spare is None:
                self._spare = start_kernel(cwd, preimport=True, stopping=self._stopping)

    def close(self) -> None:
        """Stop the spare kernel, if any, and wait until every kernel this pool handed out
        has stopped and its connection file is gone (also at interpreter exit)."""
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is not None:
            spare.shutdown()
        # A spare may still be starting (and pre-importing): its stop waits for that first.
        while self._stopping:
            self._stopping.pop().join(timeout=READY_TIMEOUT + PREIMPORT_TIMEOUT + STOP_TIMEOUT)
