"""Ctrl-C during a build's start-up prints no fork server's traceback.

The fork server imports `analysis.build.workers.PRELOAD` before it installs its own «ignore
Ctrl-C» (`multiprocessing.forkserver.main`), and the renderer's imports take seconds: a
Ctrl-C in the terminal reaches the server too (it is in the terminal's process group), and
it died with a twenty-line `KeyboardInterrupt` traceback after the build's clean
«interrupted» line. This module comes first in that list: imported by the fork server, it
makes the server ignore Ctrl-C from the start (the build handles it and stops its workers
itself; they ignore it too: `analysis.build.lifeline`).

A Ctrl-C can also come before that import, while the server's interpreter still reads its
`site` files (a loaded machine: a second or more); it then died with «Fatal Python error:
init_import_site» and a traceback. `start_fork_server` starts the server with Ctrl-C ignored
from its birth: an ignored signal stays ignored across `exec`, and Python installs no Ctrl-C
handler of its own when it starts with one ignored.

The server then lives through the Ctrl-C and, its imports done, forks the workers the build
had asked for before it stopped; such a worker finds its pool's semaphores and pipes gone
(`FileNotFoundError`, `EOFError`) and would print that traceback instead. A worker that
cannot start because its pool is gone says nothing (a build that is still running reports a
broken pool in its summary). It sits outside `analysis.build`, whose imports take a fifth of
a second. Imported anywhere else it does nothing.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from types import TracebackType
from typing import Any


def _in_fork_server_start() -> bool:
    """Is this import made by `multiprocessing.forkserver.main` (its preload)?"""
    server = sys.modules.get("multiprocessing.forkserver")
    main = getattr(server, "main", None)
    code = getattr(main, "__code__", None)
    frame = sys._getframe(1)
    while frame is not None:
        if code is not None and frame.f_code is code:
            return True
        frame = frame.f_back
    return False


def start_fork_server(context: Any) -> None:
    """Start `context`'s fork server now (if it is a forkserver context and none runs), with
    Ctrl-C ignored in the server from its first instruction. This process ignores Ctrl-C only
    for the few milliseconds of the server's fork and `exec`; from a thread other than the
    main one (no signal handlers there) the server starts as multiprocessing would."""
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _quiet_orphan_start(server_pid: int) -> None:
    """In the server's forked children, a start-up failure of a gone pool prints nothing."""
    shown = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if os.getpid() != server_pid and issubclass(kind, (OSError, EOFError)):
            return
        shown(kind, value, tb)

    sys.excepthook = hook


if _in_fork_server_start():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _quiet_orphan_start(os.getpid())
