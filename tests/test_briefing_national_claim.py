"""The lead's claim about Russia–Belarus turnover is true of the tables it sums up (new user
29): a national figure told beside a region's is the two countries' (never one statement of the
region's figure, nor in conflict with it), and leads the briefing; with no usable national
figure the lead says whether the tables hold none at all or only forecasts and flagged ones."""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_of, tag_free

from analysis.entities import names_russia_whole
from analysis.figures.scope import mention_scope

BESIDE = (
    "Липецкие станки находят покупателей в Минске\n"
    "Товарооборот Липецкой области с Беларусью за январь–июнь 2023 года составил 410 млн "
    "долларов, сообщили в областной администрации.\n"
    "Для сравнения: торговля всей России с Беларусью за тот же период достигла 21,5 млрд "
    "долларов.\n"
)


def test_the_whole_countrys_trade_beside_a_regions_is_national_and_no_conflict(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"beside.txt": BESIDE}, lang="ru")
    turnover = b.figures[b.figures["metric"] == "trade_turnover"]
    by_value = {round(float(r["value"])): r for r in turnover.to_dict("records")}
    assert set(by_value) == {410_000_000, 21_500_000_000}
    assert by_value[21_500_000_000]["scope"] == "national"
    assert not isinstance(by_value[21_500_000_000]["region"], str) or not by_value[21_500_000_000]["region"]
    assert not any(bool(r["conflict"]) for r in by_value.values())
    lead = tag_free(b.lead())
    assert "21,5 млрд" in lead and "нет" not in lead.split(".")[0]


def test_a_sentence_that_names_a_region_stays_the_regions() -> None:
    assert names_russia_whole("Товарооборот всей России с Беларусью превысил 40 млрд долларов.")
    assert names_russia_whole("Товарооборот России и Беларуси за год вырос на 8%.")
    assert not names_russia_whole("Доля области в товарообороте России и Беларуси — 3%, или 1,2 млрд.")
    assert not names_russia_whole("Товарооборот Тульской области с Беларусью превысил 1 млрд долларов.")
    carried = "Для сравнения: торговля всей России с Беларусью достигла 21,5 млрд долларов."
    assert mention_scope("Липецкая область", "trade_turnover", carried) == "national"
    assert mention_scope("Липецкая область", "investment", carried) == "regional"


REGION_ONLY = (
    "Тверская область и Беларусь\n"
    "Товарооборот Тверской области с Беларусью в 2022 году составил 780 млн долларов.\n"
)

FORECAST_ONLY = REGION_ONLY + (
    "По прогнозу министерства, в 2030 году товарооборот России и Беларуси может вырасти до "
    "70 млрд долларов.\n"
)


def test_no_national_figure_at_all_is_said_so(tmp_path: Path) -> None:
    lead = tag_free(briefing_of(tmp_path, {"tver.txt": REGION_ONLY}, lang="ru").lead())
    assert "Данных о товарообороте России и Беларуси в целом в источниках нет" in lead


def test_a_national_forecast_in_the_tables_is_not_called_missing(tmp_path: Path) -> None:
    b = briefing_of(tmp_path, {"tver.txt": FORECAST_ONLY}, lang="ru")
    lead = tag_free(b.lead())
    assert "в источниках нет" not in lead
    assert "только как план или прогноз" in lead
    assert "780 млн" in lead
    assert "только прогнозы или сомнительные цифры" in tag_free(b.key_figures())
