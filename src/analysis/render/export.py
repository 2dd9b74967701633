"""An executed notebook → the briefing's HTML (nbconvert, our template) → A4 PDF (WeasyPrint).

    to_html(nb) -> str           # self-contained: outputs only, CSS inlined, images inline
    to_pdf(html, base_url) -> bytes
    warm_up()                    # import nbconvert and WeasyPrint, load the fonts (once)

The exporter and the libraries are loaded lazily and kept for the life of the process.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from pathlib import Path
from typing import Any

from analysis.render.startup import skip_rfc3987_grammar

# The page that loads WeasyPrint's fonts once per process.
_WARM_UP_PAGE = '<p style="font-family: DejaVu Sans">Ж</p>'

# The exporter is one per process (loading nbconvert's template and filters costs more
# than a render's HTML step); a library caller may render from several threads, and
# `functools.cache` alone could make it twice: the lock makes it once.
_exporter_lock = threading.Lock()


@functools.cache
def _make_exporter() -> Any:
    skip_rfc3987_grammar()
    from analysis.render.exporters import BriefingHTMLExporter

    return BriefingHTMLExporter()


def html_exporter() -> Any:
    """The process's nbconvert exporter with the briefing template (made once)."""
    with _exporter_lock:
        return _make_exporter()


def briefing_meta(nb: Any) -> dict[str, Any]:
    """Title, language and coverage from the notebook's title block output."""
    from analysis.render.exporters import briefing_meta as meta_of

    return meta_of(nb)


def to_html(nb: Any) -> str:
    """HTML from an executed notebook through our template (self-contained, no code)."""
    meta = briefing_meta(nb)
    nb.metadata["briefing"] = meta
    body, _ = html_exporter().from_notebook_node(
        nb, resources={"briefing": meta, "metadata": {"name": meta.get("title") or "Briefing"}})
    return body


@functools.cache
def warm_up() -> None:
    """Import nbconvert and WeasyPrint and load the fonts, once per process.

    Called after validation, while the kernel is still starting in the background (spawn,
    ipykernel, the notebook's heavy imports take longer than this), so it costs nothing.
    Done in the main thread on purpose: in a thread it would compete for the GIL with the
    kernel client during execution and slow every cell down."""
    with contextlib.suppress(Exception):  # a failure here resurfaces, with context, later
        html_exporter()
        import weasyprint

        weasyprint.HTML(string=_WARM_UP_PAGE).write_pdf()


def to_pdf(html: str, base_url: str | Path | None = None) -> bytes:
    """A4 PDF from the briefing HTML (page CSS lives in the template)."""
    import weasyprint

    doc = weasyprint.HTML(string=html, base_url=str(base_url) if base_url else None)
    # Reproducible PDFs: WeasyPrint writes dates only from <meta> (we set none), but
    # fontTools stamps every embedded font subset with the current time unless
    # SOURCE_DATE_EPOCH (the reproducible-builds convention) says otherwise.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = previous or "0"
    try:
        return doc.write_pdf()
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
