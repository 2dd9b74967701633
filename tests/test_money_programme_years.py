"""A multi-year programme's money has no one year, and a briefing says so: a new user's wire
on a Union State programme «на 2026–2029 годы» showed its 3.8 billion in a table as «2026 —
по дате публикации» under a note that the text names no year (session 26)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.briefing import Briefing
from analysis.tables import dataset


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dataset.Dataset:
    folder = tmp_path_factory.mktemp("programme")
    (folder / "programma.txt").write_text(
        "Утверждена союзная программа по станкостроению\n\n"
        "Совет министров Союзного государства утвердил программу по выпуску станков. На "
        "2027–2030 годы на неё предусмотрено 4,6 млрд российских рублей, из них 3 млрд рублей "
        "даст российский бюджет.\n\n"
        "Кроме того, в 2025 году на подготовку программы ушло 40 млн рублей.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,title,source,url,published\nprogramma.txt,,Союзный вестник,,2026-10-02\n", encoding="utf-8")
    return dataset.extract(folder, ner=False)


def _by_value(ds: dataset.Dataset) -> dict[float, dict]:
    return {round(r["value"] / 1e6): r for r in ds.amounts.to_dict("records")}


def test_the_programme_money_has_no_year_and_says_it_spans_years(tables) -> None:
    rows = _by_value(tables)
    for value in (4600, 3000):  # the total and its part
        assert pd.isna(rows[value]["year"])
        assert rows[value]["year_source"] == "span"
        assert rows[value]["forecast"]
    # a sum of one stated year is that year's, as before
    assert rows[40]["year"] == 2025 and rows[40]["year_source"] == "stated"


def test_a_briefing_shows_several_years_not_the_publication_year(tables) -> None:
    ds = tables
    rows = _by_value(ds)
    b = Briefing.from_frames(ds.articles, ds.amounts, ds.projects, lang="ru")
    cell = b.year_cell({**rows[4600], "fx_year": 2026})
    assert "нескольк" in cell and "по дате публикации" not in cell
    assert b.year_note(pd.DataFrame([{**rows[4600], "fx_year": 2026}])) == ""
    en = Briefing.from_frames(ds.articles, ds.amounts, ds.projects, lang="en")
    assert en.year_cell({**rows[4600], "fx_year": 2026}) == "over several years"
    # an undated sum with no span keeps the publication year, marked
    undated = {**rows[40], "year": None, "year_source": None, "fx_year": 2026}
    assert "по дате публикации" in b.year_cell(undated)
