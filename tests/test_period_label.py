"""One label per span of months (`analysis.money.canonical_period`): the figures stage must not
split one period over the wordings the news uses."""

from __future__ import annotations

import pytest

from analysis.money import canonical_period


@pytest.mark.parametrize(("label", "canonical"), [
    ("9 месяцев", "январь–сентябрь"),
    ("январь–сентябрь", "январь–сентябрь"),
    ("3 месяцев", "I квартал"),  # not «3 месяцев» in a briefing's table
    ("январь–март", "I квартал"),
    ("6 месяцев", "I полугодие"),
    ("январь–июнь", "I полугодие"),
    ("11 месяцев", "январь–ноябрь"),
    ("5 месяцев", "январь–май"),
])
def test_a_span_from_january_has_one_label(label: str, canonical: str) -> None:
    assert canonical_period(label) == canonical


@pytest.mark.parametrize("label", ["II квартал", "IV квартал", "II полугодие", "май–июль", "март",
                                   "с начала года", "", None])
def test_other_periods_keep_their_label(label: str | None) -> None:
    assert canonical_period(label) == label


@pytest.mark.parametrize("label", ["январь–декабрь", "12 месяцев"])
def test_january_to_december_is_the_whole_year(label: str) -> None:
    # a figure «за январь–декабрь» is the full year's, not a part of it in the tables
    # (session 30's new user: a region's export so told stood among the parts of years)
    assert canonical_period(label) is None
