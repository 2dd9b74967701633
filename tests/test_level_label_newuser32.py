"""A plan's «до» level: aimed at («цель:») or only expected («ожидается:») (newuser32 F20).

«В комитете ожидают, что торговля вырастет до 52 млрд долларов» was shown «цель: $52 млрд»:
nobody set that level as an aim, someone expects it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from analysis.briefing.labels import t
from analysis.briefing.rows import is_target, level_label_key


def _row(sentence: str) -> dict:
    return {"qualifier": "up_to", "forecast": True, "metric": "trade_turnover", "sentence": sentence}


@pytest.mark.parametrize("sentence", [
    "В министерстве ожидают, что в будущем году товарооборот вырастет до 9 млрд долларов.",
    "По прогнозу аналитиков, взаимная торговля может увеличиться до 12 млрд долларов.",
    "Посол выразил уверенность, что оборот торговли составит до 3 млрд долларов.",
])
def test_a_level_only_expected_reads_expected(sentence: str) -> None:
    row = _row(sentence)
    assert is_target(row) and level_label_key(row) == "q.expected"
    assert t(level_label_key(row), "ru") == "ожидается:"


@pytest.mark.parametrize("sentence", [
    "Стороны намерены довести товарооборот до 10 млрд долларов к 2027 году.",
    "Правительство ставит задачу увеличить торговлю до 5 млрд долларов.",
    "Ожидается, что по плану оборот выйдет на уровень до 4 млрд долларов.",
])
def test_a_level_aimed_at_reads_target(sentence: str) -> None:
    assert level_label_key(_row(sentence)) == "q.target"
