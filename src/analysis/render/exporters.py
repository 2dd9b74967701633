"""nbconvert exporters for briefings, registered through nbconvert's entry point.

    jupyter nbconvert --to briefing-html X.ipynb     # the briefing page (our template)
    jupyter nbconvert --to briefing-pdf X.ipynb      # the same page as an A4 PDF (WeasyPrint)
    jupyter nbconvert --to html --template briefing X.ipynb   # stock exporter, our template

`pyproject.toml` registers the two exporters under ``nbconvert.exporters`` and installs the
template where nbconvert looks for templates (``share/jupyter/nbconvert/templates/briefing``),
so all three work on any executed briefing notebook; the template reads the title and
language from the notebook's title block output, whichever exporter runs it.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from nbconvert.exporters import Exporter, HTMLExporter
from nbconvert.exporters.templateexporter import TemplateExporter

TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates"
TEMPLATE_NAME = "briefing"
# Output metadata key through which a notebook's title block hands the title, language and
# data coverage to the template (see analysis.briefing.formatting.TitleBlock).
META_KEY = "analysis"


def briefing_meta(nb: Any) -> dict[str, Any]:
    """Title, language and data coverage that the notebook's title block attached to its
    output (first one found), for the template's <title>, lang and running header."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {}).get(META_KEY)
            if isinstance(meta, dict):
                return dict(meta)
    return {}


class BriefingHTMLExporter(HTMLExporter):
    """The briefing page: outputs only, styles inline, images as data URIs.

    HTMLExporter minus its final BeautifulSoup pass, which re-serialises the whole page
    (slow on base64 images, and it rewrites our markup) only to add focus and alt
    attributes to JupyterLab cell wrappers our template never emits."""

    export_from_notebook = "Briefing (HTML)"

    def __init__(self, **kw: Any) -> None:
        kw.setdefault("template_name", TEMPLATE_NAME)
        kw.setdefault("extra_template_basedirs", [str(TEMPLATE_DIR)])
        super().__init__(**kw)

    def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> Any:
        meta = briefing_meta(nb)
        if meta.get("title") and nb.metadata.get("briefing") != meta:
            nb = copy.deepcopy(nb)
            nb.metadata["briefing"] = meta
        resources = self._init_resources(resources)
        resources.setdefault("metadata", {})
        if meta.get("title"):
            resources["metadata"]["name"] = meta["title"]
        return TemplateExporter.from_notebook_node(self, nb, resources, **kw)


class BriefingPDFExporter(Exporter):
    """The briefing page as an A4 PDF (WeasyPrint; the page CSS lives in the template)."""

    export_from_notebook = "Briefing (PDF)"
    output_mimetype = "application/pdf"

    def _file_extension_default(self) -> str:
        return ".pdf"

    def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> Any:
        from analysis.render.export import html_exporter, to_pdf

        html, resources = html_exporter().from_notebook_node(nb, resources=resources, **kw)
        resources["output_extension"] = ".pdf"
        return to_pdf(html), resources
