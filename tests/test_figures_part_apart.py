"""A part of a sum is never a statement of the sum's own figure (walk28).

«Оборот за январь–ноябрь составил 4,3 млрд рублей, из них 1,6 млрд пришлось на …» gave one
turnover figure with two disagreeing statements, «4,3 млрд / 1,6 млрд», in the rounds 38–42
trade briefing: the part (`part_of`, read by the money stage) shared the whole's key. A part
whose whole is a mention of the same key is a figure of its own; the whole keeps its value
and no conflict. Texts written for this test.
"""

from __future__ import annotations

import pandas as pd

from analysis.figures import build_figures


def _id(surface: str, start: int) -> str:
    return f"a@{start}-{start + len(surface)}"  # as the amounts table names a mention


def _mention(surface: str, value: float, start: int, sentence: str,
             part_of: str | None = None) -> dict:
    return {"article_id": "a", "file": "a.txt", "start": start,
            "end": start + len(surface), "surface": surface, "value": value, "currency": "USD",
            "qualifier": "exact", "value_low": None, "value_high": None,
            "implied_currency": False, "metric": "trade_turnover", "year": 2022,
            "period": "январь–сентябрь", "region": None, "sentence": sentence,
            "part_of": part_of, "converted_value": value, "converted_currency": "USD"}


def test_a_part_told_with_its_whole_is_a_figure_of_its_own() -> None:
    sentence = ("Товарооборот двух стран за январь–сентябрь составил 31 млрд долларов, из них "
                "12 млрд долларов пришлось на поставки нефти.")
    whole_id = _id("31 млрд долларов", 60)
    rows = [_mention("31 млрд долларов", 31e9, 60, sentence),
            _mention("12 млрд долларов", 12e9, 86, sentence, part_of=whole_id)]
    articles = pd.DataFrame([{"article_id": "a", "file": "a.txt", "text": "Заметка.",
                              "published": "2022-10-20", "published_precision": "day"}])
    figures = build_figures(pd.DataFrame(rows), articles).figures
    assert sorted(figures["value"]) == [12e9, 31e9]
    whole = figures[figures["value"] == 31e9].iloc[0]
    assert not whole["conflict"] and whole["mention_ids"] == whole_id
