"""The names plain papermill injected that no parameter declares.

`papermill notebooks/briefing.ipynb out.ipynb -p regoin Брянщина` does not refuse the
misspelled name: papermill only logs «Passed unknown parameter: regoin» and writes it into the
`injected-parameters` cell it inserts right after the `parameters` cell, where it is a variable
nothing reads, and the briefing covers every region (newuser36). Papermill records what it
passed in the notebook's metadata (`metadata.papermill.parameters`), which the kernel cannot
read; but the kernel ran the injected cell just before the validation cell, so its source is
the input before the running one in IPython's history. That cell starts with papermill's
comment «# Parameters» (its translators' and ours alike) and holds one assignment a
parameter; a name assigned there that the briefing notebooks do not declare is refused by
`check_notebook_params` as `briefing render` refuses it, with its «did you mean». Outside a
kernel (a script, the tests) or after any other cell (JupyterLab with no injected cell),
nothing is read. Papermill's own path names (`PAPERMILL_INPUT_PATH`, `--inject-paths`) are
papermill's, not the notebook's.

    injected_names() -> list[str]    # the names the injected cell just run assigns
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Sequence

__all__ = ["INJECTED_MARK", "injected_names", "names_assigned"]

INJECTED_MARK = "# Parameters"  # the first line papermill writes in the injected cell
_PAPERMILL_OWN = "PAPERMILL_"  # papermill's own injected names (`--inject-paths`)


def names_assigned(source: str) -> list[str]:
    """The names an injected-parameters cell's source assigns, in order («regoin = "…"»);
    none when it is not such a cell (its first line is not papermill's mark) or does not
    parse."""
    if source.lstrip().splitlines()[:1] != [INJECTED_MARK]:
        return []
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        names += [t.id for t in targets if isinstance(t, ast.Name)
                  and not t.id.startswith(_PAPERMILL_OWN)]
    return names


def _history() -> Sequence[str]:
    """The raw inputs this IPython kernel ran, the running cell last; none outside IPython
    (IPython is looked up only when already imported: a kernel has it)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    manager = getattr(shell, "history_manager", None)
    return list(getattr(manager, "input_hist_raw", ()) or ())


def injected_names() -> list[str]:
    """The names assigned by papermill's injected-parameters cell when it is the input the
    kernel ran just before the running cell; else none."""
    history = _history()
    return names_assigned(history[-2]) if len(history) >= 2 else []
