"""«те же 4,8 млрд долларов превращаются в 400 млрд рублей»: the same figure said again keeps
its period, and its conversion too. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import load_gold_style

from analysis.money import describe

TEXT = ("Сколько это в рублях\n"
        "За январь–март 2025 года экспорт белорусских товаров в Россию составил 4,6 млрд "
        "долларов. Это примерно на 6% больше, чем годом раньше.\n"
        "Пересчёт зависит от курса. По среднему курсу ЦБ те же 4,6 млрд долларов превращаются "
        "в 390 млрд рублей.\n")


def test_the_same_figure_keeps_its_period(tmp_path: Path) -> None:
    facts = describe(load_gold_style(tmp_path, TEXT, published="2025-05-07"))
    first, same, conv = facts
    assert first.period is not None
    assert (same.year, same.period) == (2025, first.period)
    assert (conv.year, conv.period) == (2025, first.period)
