"""A kernel's stderr, relayed to this process's stderr — held back while the kernel starts.

A kernel used to inherit our stderr. It now writes to a pipe that a thread copies to our
stderr (file descriptor 2, as the inherited one was), byte for byte. Until the kernel has
answered, what it writes is held: a kernel that dies at start because a port picked for it
was taken (`kernels.START_ATTEMPTS`) is started again, and its traceback would only be
noise in the build's log. When the start is given up, the held bytes are written after
all, so that no reason for a failure is lost.

    relay = relay_stderr(popen)   # popen started with stderr=PIPE (or None: nothing to relay)
    relay.held_until_closed()     # what a dead kernel wrote, once its pipe is closed
    relay.release()               # write what is held; from now on copy as it comes
    relay.drop()                  # forget what is held (the kernel is started again)
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Any

__all__ = ["StderrRelay", "relay_stderr"]

CHUNK = 65536
CLOSE_TIMEOUT = 5.0  # seconds to wait for a dead kernel's pipe to reach its end


class StderrRelay:
    """Copies a kernel's stderr pipe to our stderr in a daemon thread, holding it back
    until `release`."""

    def __init__(self, fd: int | None) -> None:
        self._held = bytearray()
        self._holding = True
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        if fd is not None:
            self._thread = threading.Thread(target=self._copy, args=(fd,), daemon=True,
                                            name="briefing-kernel-stderr")
            self._thread.start()

    def _copy(self, fd: int) -> None:
        try:
            while chunk := os.read(fd, CHUNK):  # b"": the kernel has ended
                with self._lock:
                    if self._holding:
                        self._held += chunk
                        continue
                _write_stderr(chunk)
        except OSError:
            return
        finally:
            os.close(fd)

    def held_until_closed(self) -> bytes:
        """What the kernel wrote while held, after its pipe has closed (a dead kernel)."""
        if self._thread is not None:
            self._thread.join(timeout=CLOSE_TIMEOUT)
        with self._lock:
            return bytes(self._held)

    def release(self) -> None:
        """Write what is held to our stderr; copy the rest as it comes."""
        with self._lock:
            held, self._held, self._holding = bytes(self._held), bytearray(), False
        if held:
            _write_stderr(held)

    def drop(self) -> None:
        """Forget what is held (a dead kernel's traceback, when it is started again)."""
        with self._lock:
            self._held = bytearray()


def _write_stderr(data: bytes) -> None:
    with contextlib.suppress(OSError):  # our stderr closed: the kernel's words go nowhere
        while data:
            data = data[os.write(2, data):]


def relay_stderr(process: Any) -> StderrRelay:
    """A relay for the stderr pipe of a started `subprocess.Popen` (none without a pipe).
    It reads a duplicate of the pipe: jupyter_client closes the process's own when the
    kernel is cleaned up, and its number could then name another file while we read."""
    pipe = getattr(process, "stderr", None)
    return StderrRelay(os.dup(pipe.fileno()) if pipe is not None else None)
