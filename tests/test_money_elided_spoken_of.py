"""A bare figure spoken of («говорят о 48–49») beside a scaled money figure is in its unit
(`money/elided.py`); «о» before a count with its noun stays none."""

import pytest

from analysis.money import find_amounts

CASES = [
    pytest.param("Аналитики ждут «порядка $8 млрд», хотя в отрасли пишут о 6–7.",
                 [("порядка $8 млрд", 8e9, "USD"), ("6–7", 6e9, "USD")],
                 id="a_range_spoken_of"),
    pytest.param("Кредит на 4 млрд рублей, речь шла о 3.",
                 [("4 млрд рублей", 4e9, "RUB"), ("3", 3e9, "RUB")],
                 id="a_figure_spoken_of"),
    pytest.param("Кредит на 4 млрд рублей. Речь о 3 годах.",
                 [("4 млрд рублей", 4e9, "RUB")],
                 id="a_count_of_years_stays_none"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_of(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(a.surface, a.value, a.currency) for a in find_amounts(text)] == expected
