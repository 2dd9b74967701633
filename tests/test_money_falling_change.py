"""A change «с X до Y» may go down: its first figure is a level in the second's currency and
scale, though larger («лимит урезали с 800 до 350 долларов»); a year before «до» stays none
(`money/ranges.py`)."""

import pytest

from analysis.money import find_amounts

CASES = [
    pytest.param("Лимит на покупку урезали с 800 до 350 долларов.",
                 [("800", 800.0, "USD"), ("350 долларов", 350.0, "USD")],
                 id="a_fall_with_no_scale"),
    pytest.param("Заказы сократились с 7 до 4 млрд рублей.",
                 [("7", 7e9, "RUB"), ("4 млрд рублей", 4e9, "RUB")],
                 id="a_fall_takes_the_second_figures_scale"),
    pytest.param("Пошлину подняли с 40 до 65 евро.",
                 [("40", 40.0, "EUR"), ("65 евро", 65.0, "EUR")],
                 id="a_rise_as_before"),
    pytest.param("Сбор снижен с 2021 до 900 рублей.",
                 [("до 900 рублей", 900.0, "RUB")],
                 id="a_year_before_do_is_no_level"),
    pytest.param("Вылов упал с 30 до 12 млн тонн.", [], id="tonnes_stay_no_money"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_falling_change(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(a.surface, a.value, a.currency) for a in find_amounts(text)] == expected
