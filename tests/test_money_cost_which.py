"""«Проект …, общая стоимость которого оценивается в …» is the project's cost, as «его
стоимость оценивается в …» is: `investment` (issue 10, session 27). Texts written for this
test."""

from __future__ import annotations

from pathlib import Path

from conftest import facts_by_surface


def test_a_relative_cost_of_a_project_is_investment(tmp_path: Path) -> None:
    text = ("Шинный завод\n"
            "В Бобруйске продолжается проект по выпуску шин для самосвалов, общая стоимость "
            "которого оценивается в 380 млн рублей.\n")
    got = facts_by_surface(tmp_path, text, published="2022-05-01")
    assert got["380 млн рублей"].metric == "investment"
