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
init_import_site» and a traceback. `start_fork_server` starts the server with Ctrl-C blocked
from its birth: a blocked signal stays blocked across `exec`, so a Ctrl-C then waits in the
server until this module, imported, ignores it (which drops it) and unblocks. The build's own
process only holds its Ctrl-C back for the server's fork and `exec`, and takes it after.

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
    Ctrl-C blocked in the server from its first instruction. This process holds a Ctrl-C back
    for the server's fork and `exec` and takes it after (never loses it); from a thread other
    than the main one (no signal handlers there) the server starts as multiprocessing would."""
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver, resource_tracker

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    # Ctrl-C held back, not ignored: the server is born with it blocked (a blocked signal stays
    # blocked across `exec`), and a Ctrl-C in this window reaches this process once the mask is
    # restored (an ignored one was lost: the build ran on to the end, session 32's CI)
    # (the resource tracker first: starting it unblocks Ctrl-C in this process, whatever the
    # mask was before — `multiprocessing.resource_tracker` — so it must not start inside)
    resource_tracker.ensure_running()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _quiet_orphan_start(server_pid: int) -> None:
    """In the server's forked children, a start-up failure of a gone pool prints nothing."""
    shown = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if os.getpid() != server_pid and issubclass(kind, (OSError, EOFError)):
            return
        shown(kind, value, tb)

    sys.excepthook = hook


if _in_fork_server_start():
    # ignoring drops a Ctrl-C held back since the server's birth; then the server's mask is
    # as any process's again, so the workers it forks are born with Ctrl-C unblocked
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _quiet_orphan_start(os.getpid())
