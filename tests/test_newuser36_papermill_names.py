"""Session 36, newuser36: plain papermill passed a misspelled parameter (`-p regoin Брянщина`)
as a variable nothing reads, exit 0, a briefing of every region. The notebook's validation
cell now reads the injected-parameters cell the kernel ran just before it and refuses a name
no parameter declares, as `briefing render` does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.render import ParameterError, check_notebook_params
from analysis.render import injected as injected_module
from analysis.render.injected import names_assigned

ROOT = Path(__file__).resolve().parents[1]

INJECTED = '# Parameters\ncorpus = "my_articles"\nregoin = "Смоленщина"\n'


def test_the_names_an_injected_cell_assigns() -> None:
    assert names_assigned(INJECTED) == ["corpus", "regoin"]
    with_paths = '# Parameters\nPAPERMILL_INPUT_PATH = "in.ipynb"\nlang = "en"\n'
    assert names_assigned(with_paths) == ["lang"]  # papermill's own path names are its own


@pytest.mark.parametrize("source", [
    'regoin = "Смоленщина"\n',  # a cell the user ran, not papermill's
    "# Parameters\nregion = (\n",  # does not parse
    "",
])
def test_no_names_from_any_other_cell(source: str) -> None:
    assert names_assigned(source) == []


def test_a_misspelled_injected_name_is_refused_with_a_hint(monkeypatch) -> None:
    monkeypatch.setattr(injected_module, "_history",
                        lambda: ["corpus: str = 'seeds'", INJECTED, "check_notebook_params(…)"])
    with pytest.raises(ParameterError, match=r"unknown parameter 'regoin' \(did you mean 'region'\?\)"):
        check_notebook_params()


def test_known_injected_names_pass(monkeypatch) -> None:
    monkeypatch.setattr(injected_module, "_history",
                        lambda: ['# Parameters\nlang = "en"\n', "check_notebook_params(…)"])
    assert check_notebook_params(lang="en").lang == "en"


def test_outside_a_kernel_nothing_is_read() -> None:
    assert injected_module.injected_names() == []


@pytest.mark.slow
def test_plain_papermill_refuses_a_misspelled_parameter(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "papermill", str(ROOT / "notebooks" /
                           "briefing.ipynb"), str(tmp_path / "out.ipynb"), "-p", "regoin",
                           "Смоленщина", "--cwd", str(ROOT / "notebooks")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode != 0
    assert "unknown parameter 'regoin' (did you mean 'region'?)" in done.stderr
