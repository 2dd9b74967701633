"""Session 36, newuser36: the README named the register's column `place`, and reading it gave
`KeyError: "['place'] not in index"`; the column is `location`. Every column name the README
gives for a corpus's tables is one the tables have, and the downloads carry the place of a
project and the regions of a figure of several regions, as the extract's tables do."""

from __future__ import annotations

import re
from pathlib import Path

from analysis.briefing import downloads
from analysis.projects import PROJECT_COLUMNS as REGISTER_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
# words of that README passage that name tables, a consolidated figure's columns (said to be
# absent from a mention's row) or a status, not a column of the corpus tables
_NOT_COLUMNS = {"figures", "amounts", "projects", "n_sources", "plausible", "conflict",
                "cancelled"}


def _corpus_tables_passage() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("its `figures` are every mention")
    return text[start:text.index("its `articles`", start)]


def test_the_readme_names_only_real_columns_of_the_corpus_tables() -> None:
    named = set(re.findall(r"`([a-z_]+)`", _corpus_tables_passage())) - _NOT_COLUMNS
    real = set(downloads.FIGURE_COLUMNS) | set(downloads.PROJECT_COLUMNS)
    assert named and named <= real, sorted(named - real)
    assert "place" not in _corpus_tables_passage()


def test_the_downloads_keep_the_registers_place_and_a_figures_regions() -> None:
    assert "location" in REGISTER_COLUMNS and "location" in downloads.PROJECT_COLUMNS
    assert set(downloads.PROJECT_COLUMNS) <= set(REGISTER_COLUMNS)
    assert "regions" in downloads.FIGURE_COLUMNS
