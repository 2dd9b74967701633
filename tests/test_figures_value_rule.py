"""The value rule of `analysis.figures.consolidate`, probed on small hand-made amounts tables:
each test changes one thing between two statements of the same figure."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.figures import build_figures, mention_ids


def amount(article: str, surface: str, value: float, *, qualifier: str = "exact", sentence: str = "",
           implied: bool = False, year: int = 2021, region: str | None = None, start: int = 10) -> dict:
    return {"article_id": article, "file": f"{article}.txt", "start": start, "end": start + len(surface),
            "surface": surface, "value": value, "currency": "USD", "qualifier": qualifier,
            "value_low": None, "value_high": None, "implied_currency": implied, "metric": "trade_turnover",
            "year": year, "period": None, "region": region,
            "sentence": sentence or f"Товарооборот {surface}.",
            "converted_value": value, "converted_currency": "USD"}


def articles(*dated: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "file": f"{a}.txt", "text": f"Статья {a} о торговле, номер {i}.",
                          "published": d, "published_precision": "day"} for i, (a, d) in enumerate(dated)])


def figure(rows: list[dict], arts: pd.DataFrame) -> pd.Series:
    figures = build_figures(pd.DataFrame(rows), arts).figures
    national = figures[(figures["region"] == "") & figures["plausible"] & ~figures["forecast"]]
    assert len(national) == 1
    return national.iloc[0]


def test_exact_beats_approximate_even_when_later() -> None:
    row = figure([amount("a", "38,9 млрд долларов", 38.9e9), amount("b", "почти 39 млрд долларов", 39e9,
                                                                      qualifier="approx")],
                 articles(("a", "2022-02-01"), ("b", "2023-05-01")))
    assert row["value"] == pytest.approx(38.9e9) and not row["conflict"]


def test_stated_currency_beats_an_implied_one() -> None:
    row = figure([amount("a", "38,7 млрд", 38.7e9, implied=True), amount("b", "38,9 млрд долларов", 38.9e9)],
                 articles(("a", "2023-02-01"), ("b", "2022-02-01")))
    assert row["value"] == pytest.approx(38.9e9) and row["conflict"]


def test_customs_data_beat_a_press_figure_and_a_hedged_one() -> None:
    rows = [amount("a", "38,7 млрд долларов", 38.7e9, sentence="Товарооборот составил 38,7 млрд долларов."),
            amount("b", "38,9 млрд долларов", 38.9e9,
                   sentence="Товарооборот составил 38,9 млрд долларов, сообщила таможенная служба."),
            amount("c", "38,5 млрд долларов", 38.5e9,
                   sentence="По предварительной оценке таможни, товарооборот составил 38,5 млрд долларов.")]
    row = figure(rows, articles(("a", "2023-03-01"), ("b", "2022-02-01"), ("c", "2023-04-01")))
    assert row["value"] == pytest.approx(38.9e9) and row["n_sources"] == 3
    assert row["value_mention_id"] == "b@10-28"


def test_among_equals_the_later_statement_wins() -> None:
    row = figure([amount("a", "38,7 млрд долларов", 38.7e9), amount("b", "38,9 млрд долларов", 38.9e9)],
                 articles(("a", "2022-02-01"), ("b", "2022-03-01")))
    assert row["value"] == pytest.approx(38.9e9)
    assert row["article_ids"].split(";")[0] == "b"  # the value's own source first


def test_a_bound_agrees_with_a_value_inside_it_and_conflicts_with_one_outside() -> None:
    agree = figure([amount("a", "46,2 млрд долларов", 46.2e9), amount("b", "более 45 млрд долларов", 45e9,
                                                                         qualifier="over")],
                   articles(("a", "2022-02-01"), ("b", "2022-03-01")))
    assert not agree["conflict"] and agree["value"] == pytest.approx(46.2e9)
    clash = figure([amount("a", "44,2 млрд долларов", 44.2e9), amount("b", "более 45 млрд долларов", 45e9,
                                                                         qualifier="over")],
                   articles(("a", "2022-02-01"), ("b", "2022-03-01")))
    assert clash["conflict"]


def test_identical_texts_in_two_files_count_once() -> None:
    arts = pd.DataFrame([{"article_id": a, "file": f, "text": "Товарооборот вырос до 38,9 млрд долларов.",
                          "published": "2022-02-01", "published_precision": "day"}
                         for a, f in (("a", "a.txt"), ("a.html", "a.html"))])
    built = build_figures(pd.DataFrame([amount("a", "38,9 млрд долларов", 38.9e9),
                                        amount("a.html", "38,9 млрд долларов", 38.9e9)]), arts)
    assert built.figures.iloc[0]["n_sources"] == 1
    listed = built.duplicates[["file", "kind", "similarity"]].values.tolist()
    assert listed == [["a.html", "identical_text", 1.0]]


def test_mentions_with_no_year_make_one_figure_not_one_each() -> None:
    rows = [amount("a", "29,5 млрд долларов", 29.5e9), amount("b", "29,5 млрд долларов", 29.5e9)]
    for row in rows:
        row["year"] = None
    figures = build_figures(pd.DataFrame(rows), articles(("a", "2025-02-01"), ("b", "2025-03-01"))).figures
    assert len(figures) == 1 and figures.iloc[0]["n_sources"] == 2 and pd.isna(figures.iloc[0]["year"])


def test_a_forecast_column_from_the_money_stage_is_honoured_and_its_absence_means_false() -> None:
    rows = [amount("a", "55 млрд долларов", 55e9, year=2024),
            amount("b", "52,4 млрд долларов", 52.4e9, year=2024)]
    arts = articles(("a", "2025-03-01"), ("b", "2025-02-20"))  # both after the year: timing says result
    without = build_figures(pd.DataFrame(rows), arts).figures
    assert len(without) == 1 and without.iloc[0]["conflict"]  # no forecast column: two results clash
    rows[0]["forecast"], rows[1]["forecast"] = True, False
    stated = build_figures(pd.DataFrame(rows), arts).figures
    assert dict(zip(stated["forecast"], stated["value"], strict=True)) == {False: pytest.approx(52.4e9),
                                                                          True: pytest.approx(55e9)}
    assert not stated["conflict"].any()


def test_a_story_reprinted_sixty_times_counts_once() -> None:
    story = ("Товарооборот России и Беларуси по итогам 2024 года составил 52,4 млрд долларов, сообщили в "
             "таможенной службе. Экспорт вырос сильнее импорта, а расчеты почти полностью ведутся в "
             "национальных валютах. Стороны рассчитывают на дальнейший рост поставок техники.")
    arts = pd.DataFrame([{"article_id": f"r{i}", "file": f"r{i}.txt", "text": f"Издание номер {i}. {story}",
                          "published": f"2025-02-{10 + i % 15:02d}", "published_precision": "day"}
                         for i in range(60)])
    rows = [amount(f"r{i}", "52,4 млрд долларов", 52.4e9, year=2024) for i in range(60)]
    built = build_figures(pd.DataFrame(rows), arts)
    assert len(built.duplicates) == 59 and set(built.duplicates["kind"]) == {"reprint"}
    assert built.figures.iloc[0]["n_sources"] == 1


def test_mention_ids_are_unique_even_if_two_facts_shared_a_span() -> None:
    rows = pd.DataFrame([amount("a", "52,4 млрд долларов", 52.4e9)] * 2)
    assert mention_ids(rows).tolist() == ["a@10-28", "a@10-28/2"]


def test_a_ministrys_bound_beats_an_ambassadors_exact_figure_it_disagrees_with() -> None:
    rows = [amount("a", "более 47,5 млрд долларов", 47.5e9, qualifier="over",
                   sentence="По данным министерства экономики, товарооборот превысил 47,5 млрд долларов."),
            amount("b", "46,8 млрд долларов", 46.8e9,
                   sentence="Посол заявил, что товарооборот достиг 46,8 млрд долларов.")]
    row = figure(rows, articles(("a", "2022-02-01"), ("b", "2022-06-01")))
    assert row["conflict"] and row["value"] == pytest.approx(47.5e9) and row["qualifier"] == "over"
    assert [s["value"] for s in json.loads(row["values"])] == [47.5e9, 46.8e9]  # the other named


def test_a_statistics_office_beats_the_press_when_they_disagree() -> None:
    rows = [amount("a", "около 30 млрд долларов", 30e9, qualifier="approx",
                   sentence="По данным Белстата, товарооборот составил около 30 млрд долларов."),
            amount("b", "31,6 млрд долларов", 31.6e9, sentence="Товарооборот составил 31,6 млрд долларов.")]
    row = figure(rows, articles(("a", "2022-02-01"), ("b", "2022-06-01")))
    assert row["conflict"] and row["value"] == pytest.approx(30e9)


def test_a_more_precise_speakers_figure_stays_the_value_when_it_agrees_with_the_ministry() -> None:
    rows = [amount("a", "более 47 млрд долларов", 47e9, qualifier="over",
                   sentence="По данным министерства экономики, товарооборот превысил 47 млрд долларов."),
            amount("b", "47,3 млрд долларов", 47.3e9,
                   sentence="Посол заявил, что товарооборот достиг 47,3 млрд долларов.")]
    row = figure(rows, articles(("a", "2022-02-01"), ("b", "2022-06-01")))
    assert not row["conflict"] and row["value"] == pytest.approx(47.3e9)
