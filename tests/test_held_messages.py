"""A failed floor on a held-aside set prints its `all:` line only (conftest.score_line): the
per-class lines would tell the kinds of its errors, and held-aside sets are never read."""

from __future__ import annotations

from pathlib import Path

from conftest import score_line

from analysis.entities import normalize_region
from analysis.quality.gold import read_cases, write_corpus
from analysis.quality.money import score_money
from analysis.quality.projects import gazetteer_name, score_projects
from analysis.tables.dataset import extract

GOLD = Path(__file__).parent / "gold"


def test_a_money_score_line_is_its_all_line_alone(tmp_path: Path) -> None:
    cases = read_cases(GOLD / "money_in_articles.jsonl")[:4]
    score = score_money(cases, extract(write_corpus(cases, tmp_path), ner=False).amounts,
                        region_name=normalize_region)
    assert len(score.summary().splitlines()) > 1  # the classes follow in the whole summary
    line = score_line(score)
    assert line.startswith("all: ") and "\n" not in line


def test_a_register_score_line_is_its_all_line_alone(tmp_path: Path) -> None:
    cases = read_cases(GOLD / "projects_in_articles.jsonl")[:4]
    score = score_projects(cases, extract(write_corpus(cases, tmp_path), ner=False).projects,
                           region_name=normalize_region, enterprise_name=gazetteer_name)
    assert len(score.summary().splitlines()) > 1
    line = score_line(score)
    assert line.startswith("all: ") and "\n" not in line
