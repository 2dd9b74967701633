"""A build's worker processes end when the build ends, however it ends.

A worker that outlives a killed build (``kill -9``, an out-of-memory kill, a closed CI
job) would go on rendering and write into the output folder after the build's lock is
gone, then sit idle holding hundreds of MB. `bind_to_build`, the initializer of every
worker, prevents that twice over:

- on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker the moment its
  parent dies (the forkserver, which itself exits as soon as the build is gone);
- everywhere, a watcher thread that ends the worker within `POLL_SECONDS` once its parent
  has changed or the build's process is gone.

Kernels need nothing more: ipykernel polls its parent (the worker) and exits with it.
A worker also ignores Ctrl-C: the build handles it, and stops its workers itself.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

from analysis.atomic import pid_alive

__all__ = ["POLL_SECONDS", "bind_to_build"]

POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def bind_to_build(build_pid: int) -> None:
    """Worker initializer: die with the build `build_pid` (see the module docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    _kill_me_with_my_parent()
    if os.getppid() != parent or not pid_alive(build_pid):
        os._exit(1)  # the parent died before the signal was armed
    threading.Thread(target=_watch, args=(parent, build_pid), name="briefing-lifeline",
                     daemon=True).start()


def _kill_me_with_my_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _watch(parent: int, build_pid: int) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        if os.getppid() != parent or not pid_alive(build_pid):
            os._exit(1)  # nothing more may be written: no clean-up, no atexit
