"""The register on round 6 (whole articles, `projects_in_articles`), scored through the
whole pipeline (`extract`) by the issue's matching rule, overall and by class; and on its
held-aside third, which is never used to find fixes (only its score is read here).

Thresholds sit at the measured score minus a small margin (measured on the gazetteer path;
the NER path scores the same on these sets, see `benchmarks/quality.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import score_line

from analysis.entities import normalize_region
from analysis.quality.gold import read_cases, write_corpus
from analysis.quality.projects import ProjectScore, gazetteer_name, score_projects
from analysis.tables.dataset import extract

GOLD = Path(__file__).parent / "gold"

# Measured (issue 11, after tuning): dev recall 0.90 (72/80), precision 0.85 (of 85);
# enumeration 17/21, belarus_located 6/6, unknown_partner 37/39, no_enterprise 12/12,
# two_in_one 31/32; no row in the 7 no-project articles. Held-aside: recall 0.62 (23/37),
# precision 0.68 (of 34), 5 rows in its no-project articles. Floors: one or two misses below.
# Session 8 (general rules from the round-7 dev errors, none from these sets): dev unchanged
# (0.90 / 0.86, exact enterprises 55 → 63); held-aside recall 0.70 (26/37), precision 0.68
# (of 38), 4 rows in its no-project articles — its floors raised to one miss below.
# Session 13 (lists distributed whatever their surface, firms attached; issue 11): dev
# recall 0.95 (76/80), precision 0.97 (of 78), enumeration 20/21 — floors one miss below.
# Session 14 (issue 11, rules from the causes several rounds share): dev precision 0.99 (of 79);
# round 15 studied (goods going to a conveyor are no project): 1.00 (of 78).
DEV_RECALL, DEV_PRECISION = 0.93, 0.98
DEV_CLASS_RECALL = {"enumeration": 0.90, "belarus_located": 0.83, "unknown_partner": 0.90,
                    "no_enterprise": 0.90, "two_in_one": 0.90}
# Session 9 (the dependency tree where word windows fail, issue 11): dev unchanged (exact
# enterprises 63 → 64 with NER); held-aside recall 0.76 (28/37), precision 0.70 (of 40), still
# 4 rows in its no-project articles — its floors raised to one miss below.
HELDOUT_RECALL, HELDOUT_PRECISION, HELDOUT_TRAP_ROWS = 0.72, 0.67, 5




def scored(name: str, tmp: Path) -> ProjectScore:
    cases = read_cases(GOLD / f"{name}.jsonl")
    ds = extract(write_corpus(cases, tmp / name), ner=False)
    return score_projects(cases, ds.projects, region_name=normalize_region,
                          enterprise_name=gazetteer_name)


@pytest.fixture(scope="module")
def dev(tmp_path_factory) -> ProjectScore:
    return scored("projects_in_articles", tmp_path_factory.mktemp("dev"))


@pytest.fixture(scope="module")
def heldout(tmp_path_factory) -> ProjectScore:
    return scored("projects_in_articles_heldout", tmp_path_factory.mktemp("heldout"))


def test_round6_recall_and_precision(dev):
    print("\n" + dev.summary())
    assert dev.overall.recall >= DEV_RECALL, dev.summary()
    assert dev.overall.precision >= DEV_PRECISION, dev.summary()


@pytest.mark.parametrize("cls", sorted(DEV_CLASS_RECALL))
def test_round6_recall_by_class(dev, cls):
    assert dev.by_class[cls].recall >= DEV_CLASS_RECALL[cls], dev.summary()


def test_round6_traps_give_no_rows(dev):
    """Articles annotated with no project (deliveries, dealers, exhibitions) give no row."""
    assert dev.trap_rows == 0, dev.summary()


def test_round6_heldout_score(heldout):
    """The held-aside third: an honest floor at its measured score (its errors are never
    printed; only the summary)."""
    print("\n" + score_line(heldout))
    assert heldout.overall.recall >= HELDOUT_RECALL, score_line(heldout)
    assert heldout.overall.precision >= HELDOUT_PRECISION, score_line(heldout)
    assert heldout.trap_rows <= HELDOUT_TRAP_ROWS, score_line(heldout)
