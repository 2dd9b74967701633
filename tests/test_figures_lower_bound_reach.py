"""A lower bound («превысил 1,7 млрд», «более 45 млрд») tells a figure just over its round
number, not one of any size: it restates a 46.2 bn turnover, but a year's «свыше 1,7 млрд» of
investment is no source of a 4.7 bn one (a briefing cited the 1.7 sentence under its 4.7 bn
card). Hand-made amounts tables; sentences written for this test."""

from __future__ import annotations

import pandas as pd
import pytest
from test_figures_value_rule import amount, articles

from analysis.figures import build_figures


def _investment(article: str, surface: str, value: float, qualifier: str = "exact") -> dict:
    row = amount(article, surface, value, qualifier=qualifier,
                 sentence=f"Российские инвестиции в белорусские заводы составили {surface}.")
    row["metric"] = "investment"
    return row


def test_a_far_larger_exact_sum_is_another_deal() -> None:
    rows = [_investment("a", "4,7 млрд долларов", 4.7e9),
            _investment("b", "свыше 1,7 млрд долларов", 1.7e9, qualifier="over")]
    figures = build_figures(pd.DataFrame(rows), articles(("a", "2022-02-01"), ("b", "2022-03-01"))).figures
    assert sorted(figures["value"]) == [pytest.approx(1.7e9), pytest.approx(4.7e9)]
    assert set(figures["n_sources"]) == {1}


def test_a_bound_just_under_the_exact_value_restates_it() -> None:
    rows = [amount("a", "46,2 млрд долларов", 46.2e9),
            amount("b", "более 45 млрд долларов", 45e9, qualifier="over")]
    figures = build_figures(pd.DataFrame(rows), articles(("a", "2022-02-01"), ("b", "2022-03-01"))).figures
    national = figures[figures["plausible"] & ~figures["forecast"]]
    assert len(national) == 1
    row = national.iloc[0]
    assert row["value"] == pytest.approx(46.2e9) and row["n_sources"] == 2 and not row["conflict"]
