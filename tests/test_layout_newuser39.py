"""Session 39's new analyst (newuser39) on layout: `briefing build`'s summary ran to 330
characters a line on a corpus of their own (each output repeated the 70-character job name,
S5), and at 1280 px the overview's four key-figure cards wrapped 3 + 1, the fourth stretched
alone across the page (S6). The cards are laid out by the system's headless Chromium (skips
when missing)."""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from conftest import headless_chrome

from analysis.build.reportset import Job
from analysis.build.summary import Outcome, print_summary

LONG = "briefing--corpus-work-analyst_folder-1f3a9c--region-smolenskaya-oblast"


def _outcome(name: str, status: str = "built") -> Outcome:
    job = Job(notebook=Path("notebooks/briefing.ipynb"), notebook_rel="notebooks/briefing.ipynb",
              params={}, formats=("html", "pdf"), corpus=None, name=name)
    outputs = {"html": f"{name}.html", "pdf": f"{name}.pdf", "ipynb": f"{name}.ipynb",
               "csv:figures": "tables/figures.csv", "csv:projects": "tables/projects.csv"}
    return Outcome(job=job, status=status, seconds=4.2, outputs=outputs)


def test_s5_the_summary_names_a_job_once_a_line():
    out = io.StringIO()
    print_summary([_outcome(LONG), _outcome(LONG.replace("smolenskaya", "tulskaya"))], 44.0, out)
    lines = out.getvalue().splitlines()
    rows = [line for line in lines if line.startswith("briefing--")]
    assert len(rows) == 2
    assert all(row.count("briefing--") == 1 for row in rows)
    assert all(".html" in row and ".pdf" in row and "+2 tables" in row for row in rows)
    assert max(len(row) for row in rows) < len(LONG) + 50
    assert any("<job>.html" in line for line in lines)  # the table says what «.html» stands for


def test_s5_an_output_of_another_name_is_printed_whole():
    outcome = _outcome("briefing--lang-ru")
    outcome.outputs["html"] = "renamed.html"
    out = io.StringIO()
    print_summary([outcome], 1.0, out)
    assert "renamed.html" in out.getvalue()


@pytest.fixture(scope="module")
def browser() -> Any:
    yield from headless_chrome()


def _css(*names: str) -> str:
    root = resources.files("analysis").joinpath("templates", "briefing")
    return "\n".join(root.joinpath(*name.split("/")).read_text("utf-8") for name in names)


CARDS = "".join(f'<div class="card"><span class="value">{value}</span>'
                f'<span class="label">{label}</span></div>'
                for value, label in [("$51,4 млрд", "товарооборот 2024"), ("8", "проектов"),
                                     ("3 млрд руб.", "крупнейшая инвестиция"),
                                     ("2,5 млрд руб.", "крупнейший кредит")])


@pytest.mark.slow
@pytest.mark.parametrize(("width", "rows"), [(1280, [4]), (1024, [4]), (390, [2, 2])])
def test_s6_the_four_cards_share_their_rows_evenly(browser: Any, tmp_path: Path, width: int,
                                                   rows: list[int]) -> None:
    page = tmp_path / "cards.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8">'
                    '<meta name="viewport" content="width=device-width">'
                    f"<style>{_css('briefing.css', 'fragments/base.css', 'fragments/cards.css')}"
                    f'</style></head><body><main class="briefing"><div class="bf">'
                    f'<div class="cards">{CARDS}</div></div></main></body></html>',
                    encoding="utf-8")
    browser.set_window_size(width, 900)
    browser.get(page.as_uri())
    boxes = browser.execute_script(
        "return [...document.querySelectorAll('.card')].map(c => c.getBoundingClientRect())"
        ".map(r => ({top: Math.round(r.top), width: r.width}))")
    tops = sorted({b["top"] for b in boxes})
    assert [sum(b["top"] == top for b in boxes) for top in tops] == rows
    widths = [b["width"] for b in boxes]
    assert max(widths) - min(widths) < 2  # no card stretched alone across a row
