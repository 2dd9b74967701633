"""A value corrected away is no figure (`contrasted` in `analysis.figures.mentions`, the words in
`data/figure_rules.json` under `contrast`): in «не X, а Y» (or «Y, а не X») only Y is stated,
and a correction notice stands for the figure it corrects — the earlier article's wrong value
is no second source in conflict with it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import dataset_of

from analysis.figures.mentions import contrasts_of
from analysis.figures.rules import figure_rules

REVIEW = ("Торговля с Россией в первом полугодии\n"
          "МИНСК, 3 августа 2025 года. По данным Белстата, товарооборот Беларуси и России за "
          "первое полугодие 2022 года составил 19,6 млрд долларов, а за первое полугодие "
          "2025 года — 24,3 млрд долларов.\n")
NOTICE = ("Уточнение\n"
          "МИНСК, 5 августа 2025 года. В обзоре торговли с Россией, вышедшем 3 августа, "
          "допущена неточность. Товарооборот Беларуси и России за первое полугодие 2022 года "
          "составил не 19,6 млрд долларов, как говорилось в тексте, а 20,2 млрд долларов.\n")


def _flags(sentence: str, surface: str) -> bool:
    [flag] = contrasts_of([{"sentence": sentence, "surface": surface, "start": None,
                            "sentence_start": None}], figure_rules())
    return flag


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("Экспорт составил не 2,5 млрд долларов, как сообщалось ранее, а 2,8 млрд долларов.",
     "2,5 млрд долларов", "2,8 млрд долларов"),
    ("Сумма контракта — не 40, а 60 млн рублей.", "40", "60 млн рублей"),
    ("Заем выдан на 300 млн рублей, а не на 200 млн рублей, как писали ранее.",
     "200 млн рублей", "300 млн рублей"),
])
def test_the_value_corrected_away_and_the_one_kept(sentence: str, wrong: str, right: str) -> None:
    assert _flags(sentence, wrong) and not _flags(sentence, right)


@pytest.mark.parametrize(("sentence", "surface"), [
    # a bound and a second clause's figure are no contrast
    ("Инвестиции составят не менее 5 млрд рублей, а к 2030 году — 8 млрд рублей.",
     "не менее 5 млрд рублей"),
    ("Экспорт составил 3 млрд долларов, а импорт не превысил 2 млрд долларов.", "2 млрд долларов"),
    ("Объем торговли достиг 4 млрд долларов, а не 3 млрд тонн грузов.", "4 млрд долларов"),
])
def test_no_contrast(sentence: str, surface: str) -> None:
    assert not _flags(sentence, surface)


def test_a_correction_notice_stands_for_the_figure(tmp_path: Path) -> None:
    figures = dataset_of(tmp_path, {"review.txt": REVIEW, "notice.txt": NOTICE}).figures
    first_half = figures[(figures["metric"] == "trade_turnover")
                         & (pd.to_numeric(figures["year"]) == 2022)]
    assert len(first_half) == 1, first_half
    row = first_half.iloc[0]
    assert row["value"] == pytest.approx(20.2e9)
    assert row["n_sources"] == 1 and not row["conflict"] and row["article_ids"] == "notice"
    # the review's other figure is untouched
    later = figures[(figures["metric"] == "trade_turnover") & (pd.to_numeric(figures["year"]) == 2025)]
    assert list(later["value"]) == [pytest.approx(24.3e9)]
