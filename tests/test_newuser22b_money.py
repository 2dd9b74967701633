"""Issue 10 (newuser 22b): a new analyst's money and date findings, each fixed as a class.

The texts are written for these tests in the manner of wires, regional press and interviews;
none is the analyst's own."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.ingest.pubdates import infer_date

TODAY = date(2026, 12, 3)


# --------------------------------------------------------------------------- finding 2: a plan's year


@pytest.mark.parametrize("text", [
    "По неофициальным данным, партнеры вложат в новый завод 9 млрд рублей и начнут выпуск "
    "тягачей в 2026 году.",
    "Проект пока прорабатывается: запуск линии окраски намечен на 2026 год.",
    "Ввод второй очереди логистического центра запланирован на 2027 год, сообщили в компании.",
])
def test_a_start_planned_for_a_year_is_not_the_publication_date(text: str) -> None:
    g = infer_date(text, [], today=TODAY)
    assert g.published is None, g


def test_a_planned_start_leaves_the_past_clues_to_date_the_text() -> None:
    g = infer_date("В прошлом году оборот области с Беларусью вырос на 7% к 2022 году. "
                   "Запуск сборки коммунальных машин намечен на 2026 год.", [], today=TODAY)
    assert g.published == date(2023, 1, 1) and "2026" not in (g.evidence or ""), g


@pytest.mark.parametrize(("text", "year"), [
    # a part of a year planned for is a near plan: usually the year of writing
    ("Открытие второго цеха запланировано на вторую половину 2025 года.", 2025),
    # a year's planned volume is usually told in that year
    ("Холдинг планирует увеличить поставки в Россию до $1,2 млрд в 2024 г.", 2024),
])
def test_a_near_plan_or_a_years_volume_may_still_date_the_text(text: str, year: int) -> None:
    g = infer_date(text, [], today=TODAY)
    assert g.published == date(year, 1, 1), g
