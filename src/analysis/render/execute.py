"""Execute a notebook with papermill in its own kernel (cwd = the notebook's folder, as in
JupyterLab); failures become `NotebookFailed` naming the cell as stored. The injected
parameters are written readable (`translator`: Cyrillic as it is, not escaped).

    execute_notebook(notebook, params, timeout=600, kernel=None) -> NotebookNode
    clean_record(nb)    # drop run-specific timestamps from the executed notebook
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from analysis.lazypattern import lazy_compile
from analysis.render.exceptions import NotebookFailed
from analysis.render.kernels import KERNEL_ARGS, KERNEL_NAME, Kernel
from analysis.render.startup import skip_rfc3987_grammar

EXECUTION_TIMEOUT = 600  # seconds per cell
START_TIMEOUT = 60
# papermill/nbclient metadata that changes on every run; dropped from the kept .ipynb so a
# re-render with unchanged inputs writes the same bytes.
VOLATILE_CELL_META = ("execution", "papermill")
VOLATILE_NB_META = ("start_time", "end_time", "duration", "exception", "input_path",
                    "output_path")
_ANSI = lazy_compile(r"\x1b\[[0-9;]*[A-Za-z]")


def execute_notebook(notebook: Path, params: Mapping[str, Any],
                     timeout: int = EXECUTION_TIMEOUT, kernel: Kernel | None = None) -> Any:
    """Execute with papermill in a fresh kernel (cwd = the notebook's folder); return the
    executed NotebookNode or raise NotebookFailed. Writes nothing."""
    skip_rfc3987_grammar()
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    from analysis.render.translator import use_readable_parameters

    use_readable_parameters()  # the injected cell in plain text, not «\\u0422…» escapes

    # papermill warns about every parameter it cannot inspect and logs each cell; our own
    # validation already ran, so keep the terminal (and CI logs) quiet.
    logging.getLogger("papermill").setLevel(logging.ERROR)
    extra: dict[str, Any] = {"extra_arguments": list(KERNEL_ARGS)}
    # which cell is running, so that a kernel that dies or times out can still be blamed on
    # a cell (papermill only reports the cell for errors raised inside it)
    running: dict[str, Any] = {}

    def on_cell_start(cell: Any, cell_index: int) -> None:
        running.update(index=cell_index, source=cell.get("source", ""))

    try:
        if kernel is not None:
            try:
                extra = {"km": kernel.ready()}
            except Exception:  # could not pre-start: let papermill start its own
                kernel.shutdown()  # a kernel that started but failed to pre-import
                kernel = None
        nb = pm.execute_notebook(
            str(notebook), None, parameters=dict(params), kernel_name=KERNEL_NAME,
            progress_bar=False, log_output=False, cwd=str(notebook.parent),
            execution_timeout=timeout, start_timeout=START_TIMEOUT,
            on_cell_start=on_cell_start, **extra,
        )
    except PapermillExecutionError as exc:
        cell = stored_index(notebook, exc.cell_index, bool(params))
        error = f"{exc.ename}: {exc.evalue}" if exc.evalue else exc.ename
        raise NotebookFailed(notebook, cell, error, source=exc.source or "",
                             traceback=strip_ansi("\n".join(exc.traceback or []))) from None
    except Exception as exc:  # kernel died, timeout, unreadable notebook, ...
        cell = running.get("index")
        if cell is not None:
            cell = stored_index(notebook, cell, bool(params))
        raise NotebookFailed(notebook, cell, f"{type(exc).__name__}: {exc}",
                             source=running.get("source", "")) from exc
    finally:
        if kernel is not None:
            kernel.shutdown()  # a kernel serves one notebook only
    return nb


def stored_index(notebook: Path, executed_index: int, injected: bool) -> int:
    """Map a cell index of the executed notebook back to the notebook as stored: papermill
    inserts its `injected-parameters` cell right after the `parameters` cell."""
    if not injected:
        return executed_index
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return executed_index
    tagged = [i for i, c in enumerate(cells)
              if "parameters" in c.get("metadata", {}).get("tags", [])]
    # with no parameters cell, papermill puts the injected cell first
    injected_at = tagged[0] + 1 if tagged else 0
    return executed_index - 1 if executed_index > injected_at else executed_index


def strip_ansi(text: str) -> str:
    """A traceback without its terminal colour codes."""
    return _ANSI.sub("", text)


def clean_record(nb: Any) -> None:
    """Drop run-specific timestamps from the executed notebook kept as the record."""
    pm_meta = nb.metadata.get("papermill", {})
    for key in VOLATILE_NB_META:
        pm_meta.pop(key, None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_META:
            cell.metadata.pop(key, None)
