"""Cents are a hundredth of a dollar, euro cents of a euro, as kopecks are of a ruble
(`money/grammar.py`); «центр» is no currency."""

import pytest

from analysis.money import find_amounts

CASES = [
    pytest.param("Киловатт-час обойдётся в 21 рубль (в пересчёте — примерно 30 центов).",
                 [("21 рубль", 21.0, "RUB"), ("примерно 30 центов", 0.3, "USD")],
                 id="cents_in_a_conversion"),
    pytest.param("Проезд подорожал до 85 евроцентов.", [("до 85 евроцентов", 0.85, "EUR")],
                 id="euro_cents"),
    pytest.param("Бумага подешевела на 3 цента.", [("3 цента", 0.03, "USD")],
                 id="genitive_singular"),
    pytest.param("В области открыли 4 центра и 12 центров обслуживания.", [],
                 id="centres_are_no_money"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cents(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(a.surface, a.value, a.currency) for a in find_amounts(text)] == expected
