"""Compensation of losses or damage is a claim (other); compensation of expenses stays state
support (financing) (not_cues «компенсация убытков», «возмещение ущерба»)."""

from __future__ import annotations

import pytest
from test_facts import facts


@pytest.mark.parametrize(("text", "metric"), [
    ("Перевозчик добивается компенсации убытков в размере 3,2 млн рублей.", "other"),
    ("Завод потребовал возмещения ущерба на 780 тыс. долларов.", "other"),
    ("На компенсацию выставочных расходов из бюджета выделено 2 млн рублей.", "financing"),
])
def test_compensation_of_what(text: str, metric: str) -> None:
    assert [f.metric for f in facts(text)] == [metric]
