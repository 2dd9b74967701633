"""The second annotator's reading of 60 dev articles (session 22) agrees with the gold as far
as it did when measured: a dev gold article re-annotated towards one reading, or a scorer
change, shows here (benchmarks/agreement.py holds the study)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from analysis.entities import normalize_region
from analysis.quality.money import score_money
from analysis.quality.projects import gazetteer_name, score_projects

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def study():
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "benchmarks" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_money_annotators_agree_as_measured(study):
    gold, second = study.paired_cases("money")
    assert len(gold) == 30
    score = score_money(gold, study.money_table(second), region_name=normalize_region)
    tally = score.overall
    assert tally.found == tally.gold == tally.predicted == 262  # the same amounts, each found
    rate = {a: tally.right[a] / tally.checked[a] for a in ("metric", "year", "region", "flow")}
    # measured: metric 249/262, year 250/262, region 86/86, flow 58/58
    assert rate["metric"] >= 0.93 and rate["year"] >= 0.93
    assert rate["region"] >= 0.98 and rate["flow"] >= 0.98


def test_project_annotators_agree_as_measured(study):
    gold, second = study.paired_cases("projects")
    score = score_projects(gold, study.project_table(second), region_name=normalize_region,
                           enterprise_name=gazetteer_name)
    tally = score.overall
    # measured: the same 37 projects (recall and precision 1.00), kind and status 35/37
    assert tally.found >= 36 and tally.gold == 37 and tally.predicted == 37
    assert tally.kind_ok >= 34 and tally.status_ok >= 34
