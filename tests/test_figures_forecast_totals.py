"""A year's figure stated before the year ended is a forecast or an estimate only for a
period's total — trade and output. An investment told in its own year («в этом году уже
вложено …») is a sum already spent, not a plan (figures.mentions.PERIOD_TOTALS; a new user's
text marked it «план/прогноз», session 20). Texts written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import dataset_of

TEXT = ("Тульский сборочный проект набирает ход\n"
        "Тула, 10 июля 2025 года. В 2025 году в сборочное производство белорусских погрузчиков "
        "уже вложено 2,3 млрд рублей, сообщили в правительстве области.\n"
        "Товарооборот области с Беларусью в 2025 году составил 590 млн долларов, уточнили там же.\n")


def _forecasts(tmp_path: Path) -> dict[float, bool]:
    figures = dataset_of(tmp_path / "c", {"tula.txt": TEXT}).figures
    return {float(v): bool(f) for v, f in zip(figures["value"], figures["forecast"], strict=True)}


def test_money_spent_in_its_own_year_is_no_forecast(tmp_path: Path) -> None:
    assert _forecasts(tmp_path)[2.3e9] is False


def test_a_years_trade_told_before_the_year_ended_still_is(tmp_path: Path) -> None:
    # «составил» in July: the year was not over. Told in the past it is the year so far
    # (walk28: figures/so_far.py), never the whole year's result: either a forecast or
    # «с начала года», out of the full-year series.
    figures = dataset_of(tmp_path / "c", {"tula.txt": TEXT}).figures
    row = figures[figures["value"] == 5.9e8].iloc[0]
    assert bool(row["forecast"]) or row["period"] == "с начала года"
