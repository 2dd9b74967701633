"""Tables to take away: a briefing's figures and projects and a corpus's fact tables, as CSV
and XLSX, safe to open in a spreadsheet and linked from the index."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import SEEDS

from analysis import build
from analysis.briefing import BriefingState, downloads
from analysis.build.index import CorpusRow, Link, corpus_rows

HOSTILE = ['=HYPERLINK("http://example.invalid","x")', "+7 495 000", "-1+2", "@SUM(A1)",
           "Обычная фраза «в кавычках»"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"sentence": HOSTILE, "value": [1.5, 2.0, None, 4.0, 5.0]})


def test_csv_is_utf8_with_bom_and_formula_like_text_is_quoted() -> None:
    raw = downloads.csv_bytes(_frame())
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read Cyrillic right
    back = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    assert list(back["sentence"]) == ["'" + s for s in HOSTILE[:4]] + [HOSTILE[4]]
    assert back["value"].iloc[0] == 1.5 and pd.isna(back["value"].iloc[2])


def test_xlsx_keeps_formula_like_text_as_text_and_cuts_overlong_cells() -> None:
    frame = pd.concat([_frame(), pd.DataFrame({"sentence": ["я" * 40_000], "value": [6.0]})],
                      ignore_index=True)
    book = openpyxl.load_workbook(io.BytesIO(downloads.xlsx_bytes(frame, "figures")))
    ws = book["figures"]
    assert [c.value for c in ws[1]] == ["sentence", "value"]
    assert ws.freeze_panes == "A2"
    cells = [ws.cell(row=i, column=1) for i in range(2, 8)]
    assert [c.value for c in cells[:5]] == HOSTILE  # the text itself, not a formula
    assert all(c.data_type == "s" for c in cells)
    assert len(cells[5].value) == downloads.XLSX_CELL_LIMIT and cells[5].value.endswith("…")
    assert ws.cell(row=2, column=2).value == 1.5 and ws.cell(row=4, column=2).value is None


def test_the_trade_briefing_takes_away_its_trade_figures_and_the_projects() -> None:
    state = BriefingState.load(str(SEEDS), kind="trade_volumes")
    tables = downloads.briefing_tables(state)
    figures = tables["figures"]
    assert len(figures) and set(figures["metric"]) <= {"trade_turnover", "export", "import"}
    # each figure with what it cites: the article's title and outlet beside the sentence
    assert figures[["sentence", "title", "file", "start", "end"]].notna().all().all()
    assert len(tables["projects"]) == len(state.projects)
    everything = downloads.briefing_tables(BriefingState.load(str(SEEDS), kind="briefing"))
    assert len(everything["figures"]) > len(figures)


def test_the_corpus_tables_hold_every_figure_project_and_article_without_text() -> None:
    from analysis.tables import dataset

    ds = dataset.cached(SEEDS)
    tables = downloads.corpus_tables(ds)
    assert len(tables["figures"]) == len(ds.amounts)
    assert len(tables["projects"]) == len(ds.projects)
    assert len(tables["articles"]) == len(ds.articles)
    assert "text" not in tables["articles"].columns
    # a mention says whether it is a forecast, plan or pledge, and which mention it is
    assert {"mention_id", "forecast"} <= set(tables["figures"].columns)
    assert tables["figures"]["forecast"].astype(bool).any()


def test_writing_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = downloads.write_tables({"figures": _frame(), "projects": _frame()}, tmp_path, "b")
    assert [d.csv.name for d in first] == ["b--figures.csv", "b--projects.csv"]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert len(before) == 4

    def broken(frame: pd.DataFrame, sheet: str) -> bytes:
        if sheet == "projects":
            raise OSError(28, "No space left on device")
        return b"new"

    monkeypatch.setattr(downloads, "xlsx_bytes", broken)
    with pytest.raises(OSError):
        downloads.write_tables({"figures": _frame().head(1), "projects": _frame()}, tmp_path, "b")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_the_index_links_the_corpus_tables_that_exist(tmp_path: Path) -> None:
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "corpus-seeds--figures.csv").write_text("x", encoding="utf-8")
    manifest = {"tables": {"seeds": {"corpus": "/somewhere/seeds", "outputs": {
        "figures-csv": "tables/corpus-seeds--figures.csv",
        "figures-xlsx": "tables/corpus-seeds--figures.xlsx"}}}}  # the XLSX is gone
    rows = corpus_rows(manifest, tmp_path)
    assert rows == [CorpusRow(label="seeds", corpus="seeds", links=(
        Link(href="tables/corpus-seeds--figures.csv", label="Figures CSV"),))]
    page = build.render_index([], rows)
    assert "Fact tables" in page and 'href="tables/corpus-seeds--figures.csv"' in page
    assert "Fact tables" not in build.render_index([])
