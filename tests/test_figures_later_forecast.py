"""A later forecast of a year's turnover revises an earlier one (session 30's new user: «от 54
до 55 млрд» in March and «может превысить 55 млрд» in October were one row showing only the
March range); and «за январь–декабрь» in a full-year sentence is no partial period. Sentences
written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import build_figures
from analysis.figures.rules import figure_rules


def amount(article: str, surface: str, value: float, *, qualifier: str = "exact",
           forecast: bool = True, sentence: str = "") -> dict:
    return {"article_id": article, "file": f"{article}.txt", "start": 10, "end": 10 + len(surface),
            "surface": surface, "value": value, "currency": "USD", "qualifier": qualifier,
            "value_low": None, "value_high": None, "implied_currency": False,
            "metric": "trade_turnover", "year": 2027, "period": None, "region": None,
            "forecast": forecast, "sentence": sentence or f"Товарооборот может составить {surface}.",
            "converted_value": value, "converted_currency": "USD"}


def articles(*dated: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "file": f"{a}.txt", "text": f"Статья {a}, номер {i}.",
                          "published": d, "published_precision": "day"}
                         for i, (a, d) in enumerate(dated)])


def forecast_row(rows: list[dict], arts: pd.DataFrame) -> pd.Series:
    figures = build_figures(pd.DataFrame(rows), arts).figures
    found = figures[(figures["region"] == "") & figures["forecast"]]
    assert len(found) == 1
    return found.iloc[0]


def test_the_later_forecast_is_the_value() -> None:
    rows = [amount("spring", "от 60 до 61 млрд долларов", 60e9, qualifier="range"),
            amount("autumn", "свыше 61 млрд долларов", 61e9, qualifier="over")]
    row = forecast_row(rows, articles(("spring", "2027-03-10"), ("autumn", "2027-10-20")))
    assert row["value"] == pytest.approx(61e9) and row["qualifier"] == "over"
    assert row["n_sources"] == 2


def test_a_result_keeps_the_precise_value_first() -> None:
    rows = [amount("a", "60,4 млрд долларов", 60.4e9, forecast=False),
            amount("b", "более 60 млрд долларов", 60e9, qualifier="over", forecast=False)]
    figures = build_figures(pd.DataFrame(rows), articles(("a", "2028-02-01"), ("b", "2028-04-01"))).figures
    row = figures[(figures["region"] == "") & ~figures["forecast"]].iloc[0]
    assert row["value"] == pytest.approx(60.4e9)


@pytest.mark.parametrize(("sentence", "partial"), [
    ("Вывоз продукции в республику за январь–декабрь вырос до 410 млн долларов.", False),
    ("С января по декабрь поставки составили 410 млн долларов.", False),
    ("За 12 месяцев поставки составили 410 млн долларов.", False),
    ("За январь–ноябрь поставки составили 410 млн долларов.", True),
])
def test_january_to_december_is_no_partial_period(sentence: str, partial: bool) -> None:
    assert (figure_rules().partial_period_in(sentence) is not None) is partial


def test_a_forecasts_earlier_statement_stands_beside_the_later_one() -> None:
    import json

    from analysis.briefing.figrows import shown_beside

    said = [{"value": 61e9, "qualifier": "over", "n_sources": 1, "mention_ids": ["autumn@1-9"]},
            {"value": 60e9, "qualifier": "range", "n_sources": 1, "mention_ids": ["spring@1-9"]}]
    row = {"value": 61e9, "qualifier": "over", "forecast": True, "conflict": False,
           "values": json.dumps(said)}
    assert [st.value for st in shown_beside(row)] == [60e9]
    # a result whose statements agree shows its value alone
    assert shown_beside({**row, "forecast": False}) == []
