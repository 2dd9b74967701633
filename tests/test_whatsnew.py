"""What is new since the previous build: figures and projects added or changed, in the
overview, from the tables the build kept of the previous good build."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

from analysis.briefing import Briefing, downloads
from analysis.briefing.whatsnew import compare, read_previous
from analysis.render import ParameterError, check_notebook_params, output_stem

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "briefing.ipynb"


@pytest.fixture(scope="module")
def seeds() -> Briefing:
    return Briefing.load(str(SEEDS), kind="briefing")


def keep(folder: Path, figures: pd.DataFrame, projects: pd.DataFrame) -> Path:
    """Tables as a previous build left them (the briefing's own CSV downloads)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "figures.csv").write_bytes(downloads.csv_bytes(figures))
    (folder / "projects.csv").write_bytes(downloads.csv_bytes(projects))
    return folder


def tables(b: Briefing) -> dict[str, pd.DataFrame]:
    return downloads.briefing_tables(b)


def test_the_same_tables_again_are_nothing_new(seeds: Briefing, tmp_path: Path) -> None:
    now = tables(seeds)
    changes = compare(now["figures"], now["projects"],
                      read_previous(keep(tmp_path, now["figures"], now["projects"])))
    assert changes.compared and changes.empty


def test_no_previous_build_is_not_compared(seeds: Briefing, tmp_path: Path) -> None:
    now = tables(seeds)
    assert read_previous(tmp_path) is None
    assert not compare(now["figures"], now["projects"], None).compared


def test_a_new_figure_a_changed_value_a_new_project_and_a_changed_status(
        seeds: Briefing, tmp_path: Path) -> None:
    now = tables(seeds)
    figures, projects = now["figures"].copy(), now["projects"].copy()
    gone = figures.iloc[0]
    figures = figures.iloc[1:].copy()
    figures.loc[figures.index[0], "value"] = float(figures.iloc[0]["value"]) * 1.1
    changed_status = projects.iloc[1]["status"]
    projects.loc[projects.index[1], "status"] = "planned" if changed_status != "planned" \
        else "operating"
    projects = projects.drop(index=projects.index[0])
    changes = compare(now["figures"], now["projects"],
                      read_previous(keep(tmp_path, figures, projects)))
    assert [r["surface"] for r in changes.new_figures] == [gone["surface"]]
    assert [r["surface"] for r in changes.changed_figures] == [now["figures"].iloc[1]["surface"]]
    assert [r["project_id"] for r in changes.new_projects] == [now["projects"].iloc[0]["project_id"]]
    assert [(r["project_id"], b["status"]) for r, b in changes.changed_projects] == [
        (now["projects"].iloc[1]["project_id"], projects.iloc[0]["status"])]


def test_the_section_lists_the_changes_with_citations_and_escapes(seeds: Briefing,
                                                                  tmp_path: Path) -> None:
    now = tables(seeds)
    projects = now["projects"].copy()
    b = Briefing.load(str(SEEDS), kind="briefing",
                      since=str(keep(tmp_path, now["figures"].iloc[1:], projects.iloc[1:])))
    html = b.whats_new()
    assert "Что нового" in html and "Новые цифры" in html and "Новые проекты" in html
    assert html.count('class="cite"') == 2  # the new figure and the new project, each cited
    assert "<script" not in html
    en = Briefing.load(str(SEEDS), kind="briefing", lang="en", since=b.since).whats_new()
    assert "What&#x27;s new" in en and "New figures" in en


def test_the_first_build_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    html = Briefing.load(str(SEEDS), kind="briefing", since=str(tmp_path)).whats_new()
    assert "первая сборка" in html


def test_in_jupyterlab_without_a_previous_build_the_section_is_empty(seeds: Briefing) -> None:
    assert seeds.whats_new() == ""


def test_since_is_checked_and_never_names_the_output(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match=r"since=.*no such folder"):
        check_notebook_params(since=str(tmp_path / "nope"))
    assert check_notebook_params(since=str(tmp_path)).since == str(tmp_path)
    assert output_stem(NOTEBOOK, {"since": str(tmp_path), "lang": "en"}) == "briefing--lang-en"
