"""`benchmarks/inclusive.py`: the instructions each named function costs inside `describe`,
read off a C trampoline of its own (session 39)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import inclusive  # noqa: E402  (a benchmark script, beside `instructions`)


def test_each_trampoline_is_a_c_function_of_its_own() -> None:
    assert len(set(inclusive.TRAMPOLINES)) == len(inclusive.TRAMPOLINES) == 8


def test_more_functions_than_trampolines_are_refused() -> None:
    with pytest.raises(SystemExit):
        inclusive.main([str(ROOT / "src"), *(["analysis.money.core_scan:_heads"] * 9)])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_a_callee_costs_less_than_its_caller(capsys: pytest.CaptureFixture[str]) -> None:
    inclusive.main([str(ROOT / "src"), "analysis.money.amounts:find_amounts",
                    "analysis.money.core_scan:_heads", "--articles", "5"])
    lines = capsys.readouterr().out.splitlines()
    total, caller, callee = (int(line.split()[-1].replace(",", "")) for line in lines)
    assert total > 1_000_000
    assert 0 < callee < caller < total
