"""Four decimals make an exchange-rate quote, not a sum, unless a tariff word before the
figure in its sentence makes it a utility price (`money/around.py`)."""

import pytest

from analysis.money import find_amounts

CASES = [
    pytest.param("С марта тариф на тепло за 1 гигакалорию составит 0,2375 рубля.",
                 [("0,2375 рубля", 0.2375, "RUB")], id="a_tariff_to_four_decimals"),
    pytest.param("Официальный курс — 3,4172 рубля за доллар.", [],
                 id="a_rate_to_four_decimals"),
    pytest.param("Нацбанк установил 2,7316 белорусского рубля.", [],
                 id="four_decimals_with_no_tariff_word"),
    pytest.param("Тарифы пересмотрят. Курс — 3,4172 рубля.", [],
                 id="a_tariff_word_in_another_sentence"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tariff_decimals(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(a.surface, a.value, a.currency) for a in find_amounts(text)] == expected
