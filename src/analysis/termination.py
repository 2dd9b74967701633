"""SIGTERM stops a build as cleanly as Ctrl-C does.

Killed by the default SIGTERM, a build dies at once: its worker pool's semaphores are never
released (Python's resource tracker then prints «There appear to be 5 leaked semaphore
objects» after the shell prompt) and nothing says what was kept. Inside `stops_on_sigterm`
a SIGTERM raises `Terminated` instead, a kind of `KeyboardInterrupt`, so every clean-up that
runs on Ctrl-C runs on it too (workers stopped, the lock released, atomic writes whole), and
the command reports it with its own line and exit status 143 (128 + SIGTERM).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["EXIT_TERMINATED", "Terminated", "stops_on_sigterm"]

EXIT_TERMINATED = 128 + signal.SIGTERM  # the shell's convention for a command ended by SIGTERM


class Terminated(KeyboardInterrupt):
    """A SIGTERM received inside `stops_on_sigterm` (a `KeyboardInterrupt`, on purpose)."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextlib.contextmanager
def stops_on_sigterm() -> Iterator[None]:
    """Within the block, a SIGTERM raises `Terminated` (main thread only: elsewhere no signal
    handler can be set, and the default stays)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
