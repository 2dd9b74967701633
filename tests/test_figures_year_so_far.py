"""A figure of the year in progress told in the past is the year so far (walk28).

In the rounds 38–42 briefings a farm's «в этом году хозяйство продало … на 4,9 млрд рублей»
(September) and a fur farm's «в этом году … реализовало … на 7,9 млн долларов» (December) were
shown as «план/прогноз»: the figures stage reads any figure of the publication year with no
period as a forecast. Told in the past, it is what was done by the day of writing: the period
«с начала года», no forecast. A future verb, or a nominal sentence, stays a plan. Texts
written for this test.
"""

from __future__ import annotations

import pandas as pd

from analysis.figures import build_figures


def _mention(article: str, sentence: str, surface: str, value: float, year: int = 2023,
             metric: str = "export", forecast: bool = False) -> dict:
    at = sentence.index(surface)
    return {"article_id": article, "file": f"{article}.txt", "start": 100 + at,
            "end": 100 + at + len(surface), "sentence_start": 100,
            "sentence_end": 100 + len(sentence), "surface": surface, "value": value,
            "currency": "USD", "qualifier": "exact", "value_low": None, "value_high": None,
            "implied_currency": False, "metric": metric, "year": year, "period": None,
            "region": None, "sentence": sentence, "forecast": forecast,
            "converted_value": value, "converted_currency": "USD"}


def _articles(*ids: str) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "file": f"{a}.txt", "text": f"Заметка {a}, номер {i}.",
                          "published": "2023-10-05", "published_precision": "day"}
                         for i, a in enumerate(ids)])


def _figure(sentence: str, surface: str, value: float, forecast: bool = False) -> pd.Series:
    rows = [_mention("a", sentence, surface, value, forecast=forecast)]
    return build_figures(pd.DataFrame(rows), _articles("a")).figures.iloc[0]


def test_a_sale_of_this_year_told_in_the_past_is_the_year_so_far() -> None:
    f = _figure("В этом году кооператив продал в Беларусь саженцев на 3,4 млн долларов.",
                "3,4 млн долларов", 3.4e6)
    assert not f["forecast"] and f["period"] == "с начала года"


def test_an_elliptic_part_takes_the_verb_before_it() -> None:
    sentence = ("Как сообщил директор, в этом году завод отгрузил станков на 8 млн долларов, "
                "из них в Россию — на 5 млн долларов.")
    f = _figure(sentence, "5 млн долларов", 5e6)
    assert not f["forecast"] and f["period"] == "с начала года"


def test_a_nominal_figure_of_this_year_stays_a_forecast() -> None:
    f = _figure("Экспорт завода в Россию в 2023 году — около 12 млн долларов.",
                "около 12 млн долларов", 12e6)
    assert f["forecast"] and f["period"] != "с начала года"


def test_a_past_verb_in_another_clause_leaves_a_plan_a_plan() -> None:
    sentence = ("Завод, который открылся весной, в 2023 году поставит в Россию техники "
                "на 20 млн долларов.")
    f = _figure(sentence, "20 млн долларов", 20e6, forecast=True)
    assert f["forecast"]
