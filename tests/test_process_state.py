"""What is remembered for a process and what for a caller's run (docs/architecture.md,
«Process-wide state»): a notebook's declared parameters by file version, a notebook's digest
once a build."""

from __future__ import annotations

import json
import os
from pathlib import Path

from analysis.build.manifest import file_digest
from analysis.build.runner import BuildRun
from analysis.render import notebook_parameters


def _notebook(path: Path, currency: str) -> Path:
    cell = {"cell_type": "code", "id": "params", "metadata": {"tags": ["parameters"]},
            "execution_count": None,
            "outputs": [], "source": [f'currency = "{currency}"  # reference currency\n']}
    path.write_text(json.dumps({"cells": [cell], "metadata": {"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return path


def test_declared_parameters_are_kept_per_file_version(tmp_path: Path) -> None:
    notebook = _notebook(tmp_path / "n.ipynb", "USD")
    first = notebook_parameters(notebook)
    assert first["currency"].default == "USD"
    assert notebook_parameters(notebook) is first  # the same version: not inspected again
    stat = notebook.stat()
    _notebook(notebook, "EURO")  # another size
    os.utime(notebook, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert notebook_parameters(notebook)["currency"].default == "EURO"


def _run(out: Path) -> BuildRun:
    return BuildRun(report_set=None, out=out, force=False, only=None, manifest={}, code="",
                    corpora=None, workers=None, started=0.0)  # type: ignore[arg-type]


def test_a_notebooks_digest_is_read_once_a_build(tmp_path: Path) -> None:
    notebook = _notebook(tmp_path / "n.ipynb", "USD")
    run = _run(tmp_path)
    before = run.notebook_digest(notebook)
    assert before == file_digest(notebook)
    _notebook(notebook, "RUB")
    assert run.notebook_digest(notebook) == before  # this build read it already
    assert _run(tmp_path).notebook_digest(notebook) == file_digest(notebook) != before
