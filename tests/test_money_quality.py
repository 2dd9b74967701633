"""Money figures in context on the round-6 blind sets, through the loader and the table.

Thresholds sit a small margin below the scores measured when issue 10 was closed (see
docs/quality.md). The dev sets were studied to find fixes; the held-aside thirds were only
measured, so their thresholds say whether the rules generalise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_money_scores

from analysis.entities import normalize_region
from analysis.ingest import load_corpus
from analysis.money import amounts_frame, find_amounts
from analysis.quality.gold import read_cases, write_corpus
from analysis.quality.money import MoneyScore, score_money, score_snippets

GOLD = Path(__file__).resolve().parent / "gold"


def _score(name: str, tmp_path: Path) -> MoneyScore:
    cases = read_cases(GOLD / f"{name}.jsonl")
    corpus = load_corpus(write_corpus(cases, tmp_path / name))
    return score_money(cases, amounts_frame(corpus.articles), region_name=normalize_region)


# (set, F1, metric, year, period, trade region, forecast): measured minus about 0.03
_BARS = [
    # measured .99 .92 .95 .98 .99 .99; session 13: metric .97 (199/206); session 14 (guessed
    # publication years, a whole year after a period): year .98 (204/208), period 1.00;
    # session 14 (money6, the article's year in focus): year .99 (207/209)
    ("money_in_articles", 0.96, 0.95, 0.96, 0.97, 0.96, 0.96),
    # .99 .90 .97 .98 .96 .98; session 13 (never read): metric .95 (101/106)
    ("money_in_articles_heldout", 0.96, 0.92, 0.94, 0.95, 0.93, 0.95),
]


@pytest.mark.parametrize(("name", "f1", "metric", "year", "period", "region", "forecast"), _BARS)
def test_money_in_articles_scores(tmp_path: Path, name: str, f1: float, metric: float,
                                  year: float, period: float, region: float,
                                  forecast: float) -> None:
    score = _score(name, tmp_path)
    assert_money_scores(score, f1, metric, year, period, region)
    assert score.overall.accuracy("forecast") >= forecast, score.summary()


def test_money_in_articles_classes_on_dev(tmp_path: Path) -> None:
    """Each class of the issue, on the studied set (measured values in the comments)."""
    by = _score("money_in_articles", tmp_path).by_class
    assert by["byn_context"].recall >= 0.88  # 0.92
    assert by["format"].recall >= 0.92  # 0.95
    assert by["topic_carryover"].accuracy("metric") >= 0.90  # 0.95
    assert by["topic_carryover"].accuracy("region") >= 0.95  # 1.00
    assert by["regional_vs_national"].accuracy("region") >= 0.95  # 1.00
    assert by["year_resolution"].accuracy("year") >= 0.90  # 0.94
    assert by["forecast"].accuracy("forecast") >= 0.94  # 0.98
    assert by["metric_governor"].accuracy("metric") >= 0.82  # 0.85


@pytest.mark.parametrize(("name", "f1"), [("money_formats_prices", 0.97),  # measured 1.00
                                          ("money_formats_prices_heldout", 0.93)])  # 0.96
def test_money_formats_prices_read_right(name: str, f1: float) -> None:
    tally = score_snippets(read_cases(GOLD / f"{name}.jsonl"), find_amounts)
    assert tally.f1 >= f1, tally.summary()


def test_pooled_tallies_add_counts_and_aspects() -> None:
    """benchmarks/quality.py --pooled adds the rounds' tallies: counts and per-aspect checks."""
    from analysis.quality.money import Tally
    from analysis.quality.projects import ProjectTally

    pool = Tally()
    pool += Tally(gold=10, predicted=9, found=8, strict=7,
                  checked={"metric": 8, "flow": 2}, right={"metric": 6, "flow": 1})
    pool += Tally(gold=5, predicted=5, found=5, checked={"metric": 5}, right={"metric": 5})
    assert (pool.gold, pool.predicted, pool.found, pool.strict) == (15, 14, 13, 7)
    assert pool.accuracy("metric") == 11 / 13 and pool.accuracy("flow") == 0.5
    register = ProjectTally(gold=4, predicted=3, found=2, status_ok=1)
    register += ProjectTally(gold=1, predicted=1, found=1, status_ok=1)
    assert (register.recall, register.precision, register.status_ok) == (0.6, 0.75, 2)
