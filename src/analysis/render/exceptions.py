"""What can go wrong when a briefing is rendered (as papermill's `exceptions` module).

`ParameterError` (bad parameters: nothing ran, nothing was written; the CLI exits 2) and
`NotebookFailed` (execution or conversion failed: no output written or replaced; exit 1),
both `ReportError`s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

# Longest first line of a failing cell's source quoted in the message.
_SOURCE_PREVIEW = 80


class _Describes(Protocol):
    def describe(self) -> str: ...


class ReportError(Exception):
    """Base class for rendering errors."""


class ParameterError(ReportError, ValueError):
    """Parameters rejected before anything ran. The message lists the valid parameters."""

    def __init__(self, notebook: str | Path, problems: Sequence[str],
                 declared: Mapping[str, _Describes] | None = None) -> None:
        self.notebook = Path(notebook)
        self.problems = list(problems)
        self.declared = dict(declared or {})
        lines = [f"{self.notebook}: " + "; ".join(self.problems)]
        if self.declared:
            lines.append(f"Valid parameters of {self.notebook.name}:")
            lines += [f"  {d.describe()}" for d in self.declared.values()]
        elif declared is not None:
            lines.append(f"{self.notebook.name} declares no parameters (no cell tagged "
                         "'parameters').")
        super().__init__("\n".join(lines))


class NotebookFailed(ReportError):
    """Execution of the notebook failed; no output file was written or replaced."""

    def __init__(self, notebook: str | Path, cell: int | None, error: str,
                 source: str = "", traceback: str = "") -> None:
        self.notebook = Path(notebook)
        self.cell = cell  # index in the notebook as stored (the injected cell not counted)
        self.error = error
        self.source = source
        self.traceback = traceback
        first = next((ln.strip() for ln in source.splitlines() if ln.strip()), "")
        if len(first) > _SOURCE_PREVIEW:
            first = first[:_SOURCE_PREVIEW - 3] + "..."
        where = "execution" if cell is None else f"cell {cell}"
        if first:
            where += f" (`{first}`)"
        super().__init__(f"{self.notebook}: {where} failed: {error}")
