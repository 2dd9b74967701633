"""One parameter check, run inside the notebook: plain papermill (and so Lab's "Run all")
refuses bad values with the same one message `briefing render` gives before any kernel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.render import ParameterError, check_notebook_params, check_params

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ("briefing", "trade_volumes", "localization_projects", "investments")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_cell_after_parameters_calls_the_validator_with_every_parameter(name):
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    at = next(i for i, t in enumerate(tags) if "parameters" in t)
    declared = [line.split(":")[0] for line in nb.cells[at].source.splitlines() if ":" in line]
    following = nb.cells[at + 1].source
    assert "check_notebook_params(" in following
    assert all(f"{p}={p}" in following for p in declared), declared


def test_plain_papermill_refuses_an_unknown_currency_with_one_clear_error(tmp_path):
    out = tmp_path / "out.ipynb"
    done = subprocess.run([sys.executable, "-m", "papermill", str(ROOT / "notebooks" /
                           "briefing.ipynb"), str(out), "-p", "currency", "XYZ", "-p",
                           "region", "Атлантида", "--cwd", str(ROOT / "notebooks")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode != 0
    assert "currency='XYZ'" in done.stderr and "region='Атлантида'" in done.stderr
    with pytest.raises(ParameterError) as before_kernel:
        check_params(ROOT / "notebooks" / "briefing.ipynb",
                     {"currency": "XYZ", "region": "Атлантида"})
    # the renderer (before any kernel) and the notebook's cell state the same problems
    for problem in ("currency='XYZ': unknown currency; expected one of USD, RUB, EUR, BYN, CNY",
                    "region='Атлантида': not a Russian region"):
        assert problem in str(before_kernel.value) and problem in done.stderr


def test_a_missing_rates_file_is_refused_by_the_same_check(tmp_path):
    with pytest.raises(ParameterError, match=r"rates=.*not found"):
        check_notebook_params(rates=str(tmp_path / "nope.csv"))
    good = tmp_path / "mine.csv"
    good.write_text("year,currency,quote_currency,rate\n2024,USD,RUB,90\n", encoding="utf-8")
    assert check_notebook_params(rates=str(good)).rates == str(good.resolve())
