"""A part of a year told as expected or planned, with no year named, is the one to come.

A May article that says a credit tranche «ожидается в III квартале» means this year's third
quarter: the quarter has not begun yet. Without a future-tense verb the year used to fall back
to the year before (the rule for a result told of a period that has not ended: «в III квартале
выручка составила …» written in May is last year's), so the credit was dated a year early and
converted at that year's rate. Found by a new user (session 29) on a briefing of their own.
The sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_by_surface

PLANNED = [
    ("Первый транш займа банка на 18 млн евро ожидается в III квартале.", "III квартал"),
    ("Выдача кредита на 22 млн евро намечена на IV квартал.", "IV квартал"),
    ("В сентябре ожидается второй транш кредита на 7 млн евро.", "сентябрь"),
    ("Поступление субсидии на 40 млн рублей ожидается во втором полугодии.", "II полугодие"),
]


@pytest.mark.parametrize(("sentence", "period"), PLANNED)
def test_an_expected_period_after_the_publication_month_is_this_years(
        tmp_path: Path, sentence: str, period: str) -> None:
    text = "Кирпичный завод из Твери расширяет поставки в Беларусь.\n\n" + sentence
    fact = next(iter(facts_by_surface(tmp_path, text, published="2022-05-16").values()))
    assert fact.forecast
    assert (fact.year, fact.period) == (2022, period)


def test_a_result_of_a_period_not_yet_over_is_still_last_years(tmp_path: Path) -> None:
    # the rule the fix keeps: a reported result of a quarter that ends after the publication
    # month is the previous year's quarter
    text = ("Кирпичный завод из Твери расширяет поставки в Беларусь.\n\n"
            "В III квартале завод отгрузил белорусским покупателям кирпича на 35 млн рублей.")
    fact = facts_by_surface(tmp_path, text, published="2022-05-16")["35 млн рублей"]
    assert not fact.forecast
    assert (fact.year, fact.period) == (2021, "III квартал")
