"""An agency dateline with no year («ПСКОВ, 9 октября. …») in a text whose only year is a
programme's span still running («план мероприятий на 2027–2029 годы») is dated the latest
such day not after today, as a release of the same visit naming a near plan is (new user,
session 24, finding 11). A span already over, or a day told in the story, dates nothing.

The texts are written for these tests in the manner of regional wire copy."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.ingest.pubdates import infer_date

TODAY = date(2026, 12, 3)

VISIT = ("{dateline} Правительство Псковской области и Витебский облисполком подписали план "
         "мероприятий на {span} годы. Товарооборот региона с Беларусью за девять месяцев текущего "
         "года вырос на 8%, что больше, чем годом ранее.")


@pytest.mark.parametrize(("dateline", "expected"), [
    ("ПСКОВ, 9 октября.", date(2026, 10, 9)),
    ("ВЕЛИКИЕ ЛУКИ, 1 декабря —", date(2026, 12, 1)),
    ("ПСКОВ, 20 декабря.", date(2025, 12, 20)),  # later than today this year: the year before
])
def test_a_datelines_day_takes_the_latest_year_when_a_programme_still_runs(dateline: str,
                                                                          expected: date) -> None:
    g = infer_date(VISIT.format(dateline=dateline, span="2027–2029"), [], today=TODAY)
    assert (g.published, g.precision) == (expected, "day")
    assert "the latest such day" in g.evidence


def test_a_programme_over_before_today_dates_no_dateline() -> None:
    g = infer_date(VISIT.format(dateline="ПСКОВ, 9 октября.", span="2019–2021"), [], today=TODAY)
    assert g.published is None


def test_a_day_told_in_the_story_is_no_dateline() -> None:
    text = ("Правительство Псковской области 9 октября подписало с Витебским облисполкомом план "
            "мероприятий на 2027–2029 годы.")
    assert infer_date(text, [], today=TODAY).published is None


def test_a_stated_year_still_wins_over_the_running_programme() -> None:
    text = ("ПСКОВ, 9 октября. По итогам 2023 года товарооборот области с Беларусью вырос; "
            "стороны утвердили план мероприятий на 2027–2029 годы.")
    assert infer_date(text, [], today=TODAY).published.year == 2024


def test_an_undated_texts_this_year_and_year_before_are_two_figures_not_a_conflict(tmp_path) -> None:
    from analysis.tables import dataset

    (tmp_path / "note.txt").write_text(
        "Товарооборот Псковской области с Беларусью растёт\n\n"
        "За восемь месяцев текущего года товарооборот Псковской области с Беларусью составил "
        "241,6 млн долларов, что на 11% больше, чем годом ранее, когда он равнялся 217,7 млн "
        "долларов.\n", encoding="utf-8")
    f = dataset.extract(tmp_path, ner=False).figures
    turnover = f[f["metric"] == "trade_turnover"]
    assert sorted(turnover["value"]) == [pytest.approx(217.7e6), pytest.approx(241.6e6)]
    assert not turnover["conflict"].any()
