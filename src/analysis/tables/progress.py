"""Progress of a long extraction, on stderr: a tqdm bar per stage on a terminal, one line per
stage otherwise (a CI log, a file), so a corpus of thousands of files never runs silently.

`StageProgress` is what `analysis.ingest.load_corpus` and `analysis.tables.dataset.extract`
report to (the `analysis.ingest.Progress` protocol). Notebooks pass none: their output must
not fill with progress lines.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any, TextIO

__all__ = ["StageProgress"]


class StageProgress:
    """Stages of one run under one label («extract»), each with an optional number of steps."""

    def __init__(self, label: str, stream: TextIO | None = None, interactive: bool | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.bar: Any = None
        self.started = time.perf_counter()

    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage of `total` steps (None: unknown) starts; the previous one is done."""
        self._close_bar()
        if self.interactive:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=f"{self.label}: {name}", file=self.stream, leave=False,
                            dynamic_ncols=True, unit="")
        else:
            steps = f" ({total})" if total is not None else ""
            elapsed = time.perf_counter() - self.started
            print(f"{self.label}: {name}{steps}… [{elapsed:.1f} s]", file=self.stream, flush=True)

    def advance(self, steps: int = 1) -> None:
        """`steps` more steps of the current stage are done."""
        if self.bar is not None:
            self.bar.update(steps)

    def close(self) -> None:
        """The run is over (the last bar is cleared from the terminal)."""
        self._close_bar()

    def _close_bar(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> StageProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
