"""An elliptic figure after a dash takes the currency of the money figure before it in its
sentence whatever its scale: the items of one sentence's list of figures are each in their
own scale («оборот — 4,1 млн рублей, налоги — 380 тыс.»); a dash after the figure closes its
clause as a comma does (`money/against.py`)."""

import pytest

from analysis.money import find_amounts

CASES = [
    pytest.param("Оборот кафе достиг 4,1 млн рублей, налоги — 380 тыс.",
                 [("4,1 млн рублей", 4.1e6, "RUB"), ("380 тыс", 3.8e5, "RUB")],
                 id="a_smaller_scale_after_a_dash"),
    pytest.param("Фонд получил 2,5 млн долларов, вторая часть — 700 тыс. — придёт весной.",
                 [("2,5 млн долларов", 2.5e6, "USD"), ("700 тыс", 7e5, "USD")],
                 id="a_dash_closes_the_figures_clause"),
    pytest.param("Вложено 90 млн рублей, площадь цеха — 12 тыс. кв. м.",
                 [("90 млн рублей", 9e7, "RUB")],
                 id="a_unit_after_stays_no_money"),
    pytest.param("Вложено 90 млн рублей. Жителей в районе — 45 тыс.",
                 [("90 млн рублей", 9e7, "RUB")],
                 id="not_across_a_sentence_in_another_scale"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_elliptic_scales(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = [(a.surface, a.value, a.currency) for a in find_amounts(text)]
    assert [(s, c) for s, _, c in got] == [(s, c) for s, _, c in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])
