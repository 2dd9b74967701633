"""Consolidated figures (issue 12): one row per fact, its sources, conflicts and plausibility.

Each fixture folder under tests/fixtures/figures/ is a small corpus named for its case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.figures import FIGURE_COLUMNS, national_series
from analysis.tables import dataset

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "figures"


@pytest.fixture(scope="module")
def tables() -> dict[str, dataset.Dataset]:
    """Each case folder extracted once (no NER: figures do not need it)."""
    return {case: dataset.extract(FIXTURES / case, ner=False)
            for case in ("duplicate_reprint", "conflict", "partial_year_in_lead", "regional_as_national",
                         "deals_in_one_year", "period_in_two_wordings",
                         "partial_period_of_the_next_figure", "exports_of_two_directions",
                         "increment_is_no_level")}


def national_turnover(ds: dataset.Dataset, year: int) -> pd.DataFrame:
    f = ds.figures
    return f[(f["metric"] == "trade_turnover") & (f["region"] == "") & (f["year"] == year)
             & (f["period"] == "") & ~f["forecast"]]


def test_figures_table_has_the_issue_columns_and_one_row_per_key_of_a_series(tables) -> None:
    for ds in tables.values():
        assert list(ds.figures.columns) == FIGURE_COLUMNS
        key = ["metric", "region", "year", "period", "forecast", "currency", "plausible"]
        # trade turnover is the one series; export and import are split by value (session 12)
        series = ds.figures[ds.figures["metric"] == "trade_turnover"]
        assert not series.duplicated(subset=key).any()
        assert ds.figures["figure_id"].is_unique


def test_two_investments_of_one_region_and_year_are_two_deals_not_a_conflict(tables) -> None:
    f = tables["deals_in_one_year"].figures
    deals = f[(f["metric"] == "investment") & (f["region"] == "Калужская область") & (f["year"] == 2025)]
    assert sorted(deals["value"]) == [pytest.approx(180e6), pytest.approx(7.8e9)]
    assert not deals["conflict"].any()
    plant = deals[deals["value"] > 1e9].iloc[0]
    assert plant["n_sources"] == 2  # «7,8 млрд» and «около 7,8 млрд» in another article: one deal restated
    assert len(json.loads(plant["values"])) == 2
    assert len(json.loads(deals[deals["value"] < 1e9].iloc[0]["values"])) == 1


def test_exports_of_two_directions_and_of_one_firm_are_three_figures_not_a_conflict(tables) -> None:
    # «российский экспорт в Беларусь — 29,4 млрд, белорусский в Россию — 21,7 млрд» and the
    # tractor plant's 910 млн share metric, region and year: three quantities, no conflict
    f = tables["exports_of_two_directions"].figures
    exports = f[(f["metric"] == "export") & (f["region"] == "") & (f["year"] == 2024)]
    assert sorted(exports["value"]) == [pytest.approx(910e6), pytest.approx(21.7e9), pytest.approx(29.4e9)]
    assert not exports["conflict"].any()
    assert exports["plausible"].all()
    russian = exports[exports["value"] > 25e9].iloc[0]
    assert russian["n_sources"] == 2  # «около 29,4 млрд» in another article restates it


def test_an_increment_is_flagged_not_a_level_of_the_figure(tables) -> None:
    # «что на 38,6 млн долларов больше, чем в I квартале», «вырос на 52 млн … и составил 390»
    f = tables["increment_is_no_level"].figures
    trade = f[f["metric"] == "trade_turnover"]
    flagged = trade[~trade["plausible"]]
    assert sorted(flagged["value"]) == [pytest.approx(38.6e6), pytest.approx(52e6)]
    assert all("a change from another figure" in r for r in flagged["reason"])
    levels = trade[trade["plausible"]]
    assert sorted(levels["value"]) == [pytest.approx(214.3e6), pytest.approx(390e6)]
    # «поставки в Ростовскую область на 12 млн»: «на» after a region's name is no change
    assert f[f["value"] == 12e6]["plausible"].all()


def test_one_period_in_two_wordings_is_one_figure(tables) -> None:
    f = tables["period_in_two_wordings"].figures
    nine = f[(f["metric"] == "trade_turnover") & (f["region"] == "") & (f["year"] == 2024)]
    assert len(nine) == 1  # «за 9 месяцев» and «в январе–сентябре» are one period
    assert nine.iloc[0]["period"] == "январь–сентябрь"
    assert nine.iloc[0]["n_sources"] == 2 and not nine.iloc[0]["conflict"]
    amounts = tables["period_in_two_wordings"].amounts
    # the amounts table writes the one label too (a new user, session 24: «4 месяцев» was not
    # even the sentence's words); the words themselves stay in its `sentence`
    assert set(amounts["period"]) == {"январь–сентябрь"}


def test_a_partial_period_that_opens_the_next_figure_does_not_flag_the_year(tables) -> None:
    f = tables["partial_period_of_the_next_figure"].figures
    year = national_turnover(tables["partial_period_of_the_next_figure"], 2024)
    assert len(year) == 1 and year.iloc[0]["plausible"], year["reason"].tolist()
    assert year.iloc[0]["value"] == pytest.approx(49.8e9)
    quarter = f[(f["metric"] == "trade_turnover") & (f["year"] == 2025) & (f["period"] == "I квартал")]
    assert quarter["value"].tolist() == [pytest.approx(11.9e9)]


def test_deal_figure_ids_are_stable_and_distinct(tables) -> None:
    again = dataset.extract(FIXTURES / "deals_in_one_year", ner=False)
    assert again.figures["figure_id"].tolist() == tables["deals_in_one_year"].figures["figure_id"].tolist()
    assert tables["deals_in_one_year"].figures["figure_id"].is_unique


def test_mention_ids_link_every_figure_to_its_amounts_rows(tables) -> None:
    for ds in tables.values():
        assert ds.amounts["mention_id"].is_unique
        known = set(ds.amounts["mention_id"])
        for ids in ds.figures["mention_ids"]:
            assert set(ids.split(";")) <= known
        assert set(ds.figures["value_mention_id"]) <= known


def test_mention_ids_are_the_same_when_the_corpus_is_extracted_again(tables) -> None:
    again = dataset.extract(FIXTURES / "conflict", ner=False)
    assert again.amounts["mention_id"].tolist() == tables["conflict"].amounts["mention_id"].tolist()
    assert again.figures["figure_id"].tolist() == tables["conflict"].figures["figure_id"].tolist()


def test_a_duplicate_reprint_counts_once_and_is_listed(tables) -> None:
    ds = tables["duplicate_reprint"]
    row = national_turnover(ds, 2022).iloc[0]
    assert row["value"] == pytest.approx(46.2e9)
    assert len(row["article_ids"].split(";")) == 3  # every source is listed for citation
    assert row["n_sources"] == 2  # the syndicated copy counts once
    dup = ds.duplicates
    assert len(dup) == 1
    assert dup.iloc[0]["file"] == "region-press_torgovlya.txt"  # the later of the two
    assert dup.iloc[0]["duplicate_of_file"] == "vostok-info_itogi.txt"
    assert dup.iloc[0]["kind"] == "reprint" and 0.5 <= dup.iloc[0]["similarity"] < 1


def test_a_conflict_between_an_estimate_and_final_data_keeps_the_final_value(tables) -> None:
    row = national_turnover(tables["conflict"], 2021).iloc[0]
    assert row["conflict"]
    assert row["value"] == pytest.approx(38.9e9)  # final customs data beat a preliminary estimate
    assert (row["value_min"], row["value_max"]) == (pytest.approx(38.5e9), pytest.approx(39e9))
    assert row["qualifier"] == "exact" and row["n_sources"] == 3
    assert row["value_mention_id"].startswith("tamozhnya_okonchatelno@")
    said = json.loads(row["values"])  # side by side, the value first
    assert [(s["value"], s["qualifier"], s["n_sources"]) for s in said] == [
        (pytest.approx(38.9e9), "exact", 1), (pytest.approx(38.5e9), "exact", 1),
        (pytest.approx(39e9), "approx", 1)]


def test_a_rounded_figure_within_its_own_precision_is_no_conflict(tables) -> None:
    row = national_turnover(tables["conflict"], 2022).iloc[0]  # «около 46 млрд» and 46,2 млрд
    assert not row["conflict"]
    assert row["value"] == pytest.approx(46.2e9) and row["n_sources"] == 2


def test_a_partial_year_in_the_lead_is_flagged_and_not_the_year(tables) -> None:
    ds = tables["partial_year_in_lead"]
    rows = national_turnover(ds, 2020)
    flagged = rows[~rows["plausible"]]
    assert len(flagged) == 1 and flagged.iloc[0]["value"] == pytest.approx(30.4e9)
    assert "январь–ноябрь" in flagged.iloc[0]["reason"] and "partial period" in flagged.iloc[0]["reason"]
    # the headline repeats the lead's number: both mentions are set aside together
    assert len(flagged.iloc[0]["mention_ids"].split(";")) == 2
    assert [p.value for p in national_series(ds.figures) if p.year == 2020] == [pytest.approx(33.3e9)]


def test_a_regional_figure_read_as_national_is_flagged_and_kept(tables) -> None:
    ds = tables["regional_as_national"]
    rows = national_turnover(ds, 2023)
    flagged = rows[~rows["plausible"]]
    assert len(flagged) == 1 and flagged.iloc[0]["value"] == pytest.approx(0.96e9)
    assert "regional or partial" in flagged.iloc[0]["reason"]
    series = {p.year: p.value for p in national_series(ds.figures)}
    assert series == {2019: pytest.approx(35.7e9), 2020: pytest.approx(33.3e9), 2021: pytest.approx(38.9e9),
                      2022: pytest.approx(46.2e9), 2023: pytest.approx(49.8e9)}


def test_a_forecast_made_before_the_year_ended_never_competes_with_the_result(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(
        "Правительство рассчитывает на рост торговли с Беларусью\n\n"
        "По итогам года товарооборот России и Беларуси может достичь 40 млрд долларов, "
        "заявил вице-премьер на заседании Совета министров.\n", encoding="utf-8")
    (tmp_path / "itogi.txt").write_text(
        "Таможня подвела итоги года\n\n"
        "Товарооборот России и Беларуси в 2021 году составил 38,9 млрд долларов, "
        "сообщила Федеральная таможенная служба.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,title,source,url,published\nplan.txt,,Вестник,,2021-06-15\nitogi.txt,,Вестник,,2022-02-20\n",
        encoding="utf-8")
    ds = dataset.extract(tmp_path, ner=False)
    f = ds.figures[(ds.figures["metric"] == "trade_turnover") & (ds.figures["year"] == 2021)]
    assert dict(zip(f["forecast"], f["value"], strict=True)) == {False: pytest.approx(38.9e9),
                                                                  True: pytest.approx(40e9)}
    assert not f["conflict"].any()
