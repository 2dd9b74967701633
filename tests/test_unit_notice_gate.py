"""The unit-notice reader's gate (`money/unit_notice.py`): a text holding none of a notice's
words is not scanned for units, and that changes no answer. Compared with the reader run
ungated (a gate that lets every text through) on sentences written here and every gold text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.money import unit_notice
from analysis.money.tableblocks import table_words

GOLD = Path(__file__).parent / "gold"

WRITTEN = [
    "Данные о выручке – по отчётности за 2021 год; суммы в тыс. руб., если не указано иное.\n"
    "ООО «Смоленский агрегат»\nВыручка: 412 300. Экспорт в РБ: 51 200.",
    "Все суммы указаны в млн рублей.\nИнвестиции: 1 250.",
    "Показатели приведены в тыс. долларов США, если не указано другое.\nЭкспорт: 9 870.",
    "Цена: 4 500 руб., если не указано иное в договоре.",
    "Выручка завода составила 12 млрд рублей, данные в отчёте уточнены.",
    "В Брянске открыли сборку комбайнов. Стоимость проекта — 2 млрд рублей.",
    "СУММЫ — В ТЫС. РУБ.\nВыручка: 8 100.",
]


def _gold_texts() -> list[str]:
    texts = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                texts.append(case["text"])
    return texts


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    words = unit_notice._notices()._replace(anywhere=re.compile(""), folded_gate=None)
    monkeypatch.setattr(unit_notice, "_notices", lambda: words)


def test_the_gate_changes_no_notice_of_a_written_text(monkeypatch: pytest.MonkeyPatch) -> None:
    words = table_words()
    gated = [unit_notice._notice(t, words) for t in WRITTEN]
    _ungated(monkeypatch)
    assert gated == [unit_notice._notice(t, words) for t in WRITTEN]
    assert sum(n is not None for n in gated) >= 4  # the notices themselves are read


def test_the_gate_changes_no_notice_of_any_gold_text(monkeypatch: pytest.MonkeyPatch) -> None:
    words = table_words()
    texts = _gold_texts()
    gated = [unit_notice._notice(t, words) for t in texts]
    _ungated(monkeypatch)
    assert gated == [unit_notice._notice(t, words) for t in texts]


def test_a_text_without_a_notices_words_is_not_scanned() -> None:
    words = unit_notice._notices()
    text = "Товарооборот вырос до 4,2 млрд долларов. Инвестиции: 1 200 млн рублей."
    assert words.folded_gate is not None  # the data's words are proved
    assert not any(w in text.casefold() for w in words.folded_gate)
    assert words.anywhere.search(text) is None and words.after.search(text) is None
    assert unit_notice._notice(text, table_words()) is None


def test_the_gate_words_come_from_the_data() -> None:
    assert {"суммы", "данные", "указано"} <= set(unit_notice._notices().folded_gate or ())
