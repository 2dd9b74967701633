"""The consolidated national trade series on the two blind messy corpora (issue 12's bar).

Measured when written: 6/6 years right on both, no implausibly small national full-year
figure (first look, the largest national value per year: 4/6 on both). The thresholds sit
one year under the measurement, the issue's bar. The held-out corpus is only scored here:
its errors are never printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.quality.factbase import score_fact_base
from analysis.quality.series import baseline_series, score_series
from analysis.tables import dataset

ROOT = Path(__file__).resolve().parent
CORPORA = ("messy_trade", "messy_trade_heldout")


@pytest.fixture(scope="module")
def extracted() -> dict[str, dataset.Dataset]:
    return {name: dataset.extract(ROOT / "fixtures" / "corpora" / name, ner=False) for name in CORPORA}


@pytest.mark.parametrize("name", CORPORA)
def test_national_trade_series_is_right_for_five_of_six_years(extracted, name: str) -> None:
    score = score_series(extracted[name].figures, ROOT / "gold" / f"{name}_truth.json")
    assert score.years == 6
    assert score.right >= 5, f"{name}: {score.right}/{score.years} years right"


@pytest.mark.parametrize("name", CORPORA)
def test_no_national_full_year_trade_figure_is_implausibly_small(extracted, name: str) -> None:
    score = score_series(extracted[name].figures, ROOT / "gold" / f"{name}_truth.json")
    assert score.small == 0, f"{name}: {score.small} implausibly small national figure(s) left plausible"


def test_consolidation_beats_the_largest_mention_per_year(extracted) -> None:
    truth = ROOT / "gold" / "messy_trade_truth.json"
    before = baseline_series(extracted["messy_trade"].amounts, truth)
    after = score_series(extracted["messy_trade"].figures, truth)
    # At first look the largest mention per year got 4 of 6 years (regional figures read as
    # national, forecasts); the facts stage now reads most of those right, so the baseline has
    # caught up: consolidation must never do worse, and never let a small figure through.
    assert after.right >= before.right and after.right >= 5
    assert after.small == 0


# Measured when written (kept out / checked): studied corpus forecasts 21/21, regional 13/13,
# partial years 3/3, copy groups 9/9; held-out corpus 15/17, 7/7, 1/2, 3/6 (scored only).
FACT_BASE_FLOOR = {
    "messy_trade": {"forecasts_out": 20, "regional_out": 12, "partial_out": 2, "groups_found": 8},
    "messy_trade_heldout": {"forecasts_out": 14, "regional_out": 6, "partial_out": 1, "groups_found": 2},
}


@pytest.mark.parametrize("name", CORPORA)
def test_forecasts_regional_and_partial_figures_stay_out_of_the_series(extracted, name: str) -> None:
    ds = extracted[name]
    score = score_fact_base(ds.amounts, ds.figures, ds.duplicates, ROOT / "gold" / f"{name}_truth.json")
    for field, floor in FACT_BASE_FLOOR[name].items():
        assert getattr(score, field) >= floor, f"{name}: {score.summary()}"
    assert score.extra_copies == 0, f"{name}: {score.summary()}"  # no story merged with another


def test_the_messy_corpus_duplicates_are_all_found(extracted) -> None:
    import json

    truth = json.loads((ROOT / "gold" / "messy_trade_truth.json").read_text(encoding="utf-8"))
    dup = extracted["messy_trade"].duplicates
    found = {frozenset((r.file, r.duplicate_of_file)) for r in dup.itertuples()}
    for group in truth["duplicates"] + truth["reprints"]:
        original = [f for f in group if any(f in pair for pair in found)]
        assert len(original) == len(group), f"not linked: {set(group) - set(original)}"
    # nothing else is linked: every listed copy belongs to a true group
    true_files = {f for group in truth["duplicates"] + truth["reprints"] for f in group}
    assert set(dup["file"]) <= true_files
