"""What can go wrong when a briefing is rendered (as papermill's `exceptions` module).

`ParameterError` (bad parameters: nothing ran, nothing was written; the CLI exits 2),
`NotebookFailed` (execution or conversion failed: no output written or replaced; exit 1),
`EmptyCorpus` (the corpus holds no readable article: nothing to brief; exit 1) and
`OutputError` (the outputs could not be written: earlier ones are kept; exit 1), all
`ReportError`s. An output folder that cannot be written to is found before any kernel
starts (`analysis.atomic.OutputFolderError`: exit 2, or 1 when it is full).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

# Longest first line of a failing cell's source quoted in the message.
_SOURCE_PREVIEW = 80
# Unread files an `EmptyCorpus` message names before "… N more".
_PROBLEMS_SHOWN = 3


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

    def _render_traceback_(self) -> list[str]:
        """What IPython shows in place of a traceback: the message alone, as `briefing render`
        prints it. JupyterLab's "Run all" shows it under the cell; plain papermill quotes it
        as the failing cell's error (after papermill's own traceback, which no notebook can
        shorten)."""
        first, *rest = str(self).splitlines()
        return [f"{type(self).__name__}: {first}", *rest]


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


class EmptyCorpus(ReportError):
    """The corpus holds no readable article: there is nothing to brief (nothing written)."""

    def __init__(self, corpus: str | Path, problems: Sequence[str]) -> None:
        self.corpus = Path(corpus)
        self.problems = list(problems)
        shown = "; ".join(self.problems[:_PROBLEMS_SHOWN])
        hidden = len(self.problems) - _PROBLEMS_SHOWN
        more = f"; … {hidden} more" if hidden > 0 else ""
        why = f" ({len(self.problems)} file(s) not read: {shown}{more})" if self.problems else " (no files)"
        super().__init__(f"corpus {self.corpus} holds no readable article{why}: nothing to brief; "
                         "add .txt or .html articles to it")


class OutputError(ReportError):
    """The outputs could not be written (a full disk, a folder gone read-only); the files
    of an earlier good render are kept."""

    def __init__(self, out_dir: str | Path, cause: OSError) -> None:
        self.out_dir = Path(out_dir)
        self.cause = cause
        super().__init__(f"could not write the outputs to {self.out_dir}/: "
                         f"{cause.strerror or cause}; earlier outputs there are unchanged")
