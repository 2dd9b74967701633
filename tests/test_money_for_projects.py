"""«… млн рублей на проекты …» right after a sum names what the money goes to, not its kind:
the words before it decide (not_cues «проект» after a sum)."""

from __future__ import annotations

from test_facts import facts


def test_projects_after_a_sum_are_its_purpose() -> None:
    text = ("Фонд выделил субсидии. Из них до 400 млн руб. на проекты с белорусскими партнерами "
            "распределит комиссия.")
    assert [f.metric for f in facts(text)] == ["financing"]


def test_a_project_cost_stays_an_investment() -> None:
    assert [f.metric for f in facts("Стоимость проекта по выпуску кабин — 900 млн рублей.")] == [
        "investment"]
