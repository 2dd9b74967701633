"""Stock nbconvert on any executed briefing: `--to html --template briefing` and the
`briefing-html` / `briefing-pdf` exporters, with the briefing's own <title> and lang.

The in-process checks run everywhere; the command-line checks need the package installed
with its entry points and template (`make` installs the package and links the template into
.venv; a wheel install puts it there itself) and skip otherwise.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

from analysis.briefing import Briefing
from analysis.render import exporters

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "src" / "analysis" / "templates"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An executed notebook as papermill leaves one: a title block and a table (en)."""
    import pandas as pd
    from conftest import sample_articles

    b = Briefing.from_frames(sample_articles(), pd.DataFrame(), pd.DataFrame(), lang="en")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("b.title_block()")
    data, meta = b.title_block()._repr_mimebundle_()
    cell.outputs = [nbformat.v4.new_output("display_data", data=data, metadata=meta)]
    nb.cells = [cell]
    path = tmp_path_factory.mktemp("executed") / "any_name.ipynb"
    nbformat.write(nb, path)
    return path


def test_pyproject_installs_the_template_where_nbconvert_looks_and_registers_exporters():
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text())
    files = tool["tool"]["setuptools"]["data-files"]["share/jupyter/nbconvert/templates/briefing"]
    assert {Path(f).name for f in files} == {"conf.json", "index.html.j2", "briefing.css"}
    assert all((ROOT / f).is_file() for f in files)
    points = tool["project"]["entry-points"]["nbconvert.exporters"]
    assert points == {"briefing-html": "analysis.render.exporters:BriefingHTMLExporter",
                      "briefing-pdf": "analysis.render.exporters:BriefingPDFExporter"}


def test_stock_html_exporter_with_the_briefing_template_gets_title_and_lang(executed):
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="briefing", extra_template_basedirs=[str(TEMPLATES)])
    html, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    assert '<html lang="en">' in html
    assert "<title>Russia–Belarus industrial cooperation</title>" in html
    assert "<script" not in html.lower() and "b.title_block()" not in html


def test_briefing_pdf_exporter_writes_a_pdf(executed):
    pdf, resources = exporters.BriefingPDFExporter().from_notebook_node(
        nbformat.read(executed, as_version=4))
    assert pdf[:5] == b"%PDF-" and resources["output_extension"] == ".pdf"


def _installed_here() -> bool:
    names = {e.name for e in importlib.metadata.entry_points(group="nbconvert.exporters")}
    template = Path(sys.prefix) / "share/jupyter/nbconvert/templates/briefing/index.html.j2"
    return {"briefing-html", "briefing-pdf"} <= names and template.is_file()


@pytest.mark.slow
@pytest.mark.skipif(not _installed_here(), reason="the package is not installed with its "
                    "nbconvert entry points and template here (`make` installs and links them)")
@pytest.mark.parametrize("args, suffix", [(["--to", "html", "--template", "briefing"], ".html"),
                                          (["--to", "briefing-html"], ".html"),
                                          (["--to", "briefing-pdf"], ".pdf")])
def test_jupyter_nbconvert_command_line(executed, tmp_path, args, suffix):
    done = subprocess.run([sys.executable, "-m", "nbconvert", *args, str(executed),
                           "--output-dir", str(tmp_path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    out = tmp_path / f"{executed.stem}{suffix}"
    if suffix == ".html":
        text = out.read_text(encoding="utf-8")
        assert '<html lang="en">' in text and "<title>Russia–Belarus" in text
    else:
        assert out.read_bytes()[:5] == b"%PDF-"
