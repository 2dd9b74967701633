"""A figure with no exchange rate for its year still meets the sanity bounds, and the flag says
which side it breaks (walk28).

The rates table has no Belarusian ruble rate for 2006–2009 and no Russian ruble average for a
year not yet averaged. A figure of such a year had no dollar value, so no bound was checked: a
Minsk firm's «оборот 3,9 млрд рублей» of 2008 (about a million dollars), read as trade, stood
in the rounds 38–42 overview's table of national turnover with no flag. The check now borrows
the nearest year's rate (a bound is an order of magnitude); the conversion a reader sees still
says there is no rate. The flag a reader sees said «вне разумных пределов» for a firm's
$148,6 млн export read as Belarus's; it now says which side is broken and what that likely
means (too small: one firm's, sector's or part's figure; too large: a misread currency or
scale). Texts written for this test.
"""

from __future__ import annotations

import pandas as pd

from analysis.figures import build_figures


def _mention(article: str, value: float, currency: str, year: int, sentence: str,
             metric: str = "trade_turnover") -> dict:
    surface = f"{value / 1e9:g} млрд рублей".replace(".", ",")
    return {"article_id": article, "file": f"{article}.txt", "start": 30, "end": 30 + len(surface),
            "surface": surface, "value": value, "currency": currency, "qualifier": "exact",
            "value_low": None, "value_high": None, "implied_currency": True, "metric": metric,
            "year": year, "period": None, "region": None, "sentence": sentence,
            "converted_value": None, "converted_currency": None}


def _articles(*ids: str) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "file": f"{a}.txt", "text": f"Заметка {a}, номер {i}.",
                          "published": "2009-12-20", "published_precision": "day"}
                         for i, a in enumerate(ids)])


def test_old_belarusian_rubles_of_a_year_with_no_rate_break_the_national_floor() -> None:
    rows = [_mention("a", 3.9e9, "BYR", 2008, "В 2008 году оборот фирмы составил 3,9 млрд рублей.")]
    figure = build_figures(pd.DataFrame(rows), _articles("a")).figures.iloc[0]
    assert figure["scope"] == "national"
    assert not figure["plausible"] and "outside the sane range" in figure["reason"]


def test_a_national_turnover_of_a_year_with_no_rate_within_bounds_stays_plausible() -> None:
    rows = [_mention("b", 2.4e12, "RUB", 2024,
                     "Товарооборот России и Беларуси в 2024 году превысил 2,4 трлн рублей.")]
    figure = build_figures(pd.DataFrame(rows), _articles("b")).figures.iloc[0]
    assert figure["plausible"]


def test_the_flag_says_which_side_of_the_bounds_a_figure_breaks() -> None:
    from analysis.briefing.labels import flag_reason

    rows = [_mention("c", 3.9e9, "BYR", 2008, "В 2008 году оборот фирмы составил 3,9 млрд рублей.")]
    figure = build_figures(pd.DataFrame(rows), _articles("c")).figures.iloc[0]
    said = flag_reason(figure["reason"], "ru")
    # a firm's figure read as the two countries' is too small, not «out of bounds» in general
    assert said.startswith("слишком мала") and "одного предприятия" in said
    assert flag_reason("5 bn USD is outside the sane range for regional export "
                       "(1,000 USD to 30 bn USD): too large", "en").startswith("too large")
