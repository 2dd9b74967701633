"""Scoped styles that travel with every fragment, so a briefing reads the same in JupyterLab
as on the rendered page and on paper.

Each fragment a section returns is shown (`Html._repr_html_`) as
``<div class="bf"><style>…</style>…</div>``: the base rules plus the parts of
`templates/briefing/fragments/` its markup needs (a table brings the table rules, the
sources the reference rules). Every rule is scoped under ``.bf``, so nothing leaks into
the rest of a Lab notebook, and `.bf.bf` outranks Lab's own ``.jp-RenderedHTMLCommon``
rules. The rendered page carries the same fragments verbatim (see
`analysis.render.export`); its own stylesheet only sets the page: width, margins, A4.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import NamedTuple


class StylePart(NamedTuple):
    """A stylesheet a fragment carries when its markup contains `marker`."""

    marker: str
    file: str


BASE = "base.css"
# Which rules a fragment needs, by what its markup contains.
STYLE_PARTS = (
    StylePart(marker='class="title-block"', file="title.css"),
    StylePart(marker='class="cards"', file="cards.css"),
    StylePart(marker="<figure", file="figure.css"),
    StylePart(marker="<table", file="table.css"),
    StylePart(marker='class="refs"', file="refs.css"),
    StylePart(marker="<blockquote", file="evidence.css"),
)
WRAPPER_CLASS = "bf"


@functools.cache
def _css(name: str) -> str:
    text = (resources.files("analysis") / "templates" / "briefing" / "fragments" / name
            ).read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # comments stay in the source files
    return re.sub(r"\s*\n\s*", "\n", text).strip()


@functools.cache
def _joined(files: tuple[str, ...]) -> str:
    return "\n".join(_css(f) for f in files)


def fragment_css(html: str) -> str:
    """The rules `html` needs: the base and every part whose marker it contains."""
    return _joined((BASE, *(p.file for p in STYLE_PARTS if p.marker in html)))


def all_css() -> str:
    """Every fragment rule (for pages whose fragments come from elsewhere)."""
    return _joined((BASE, *(p.file for p in STYLE_PARTS)))


def styled(html: str) -> str:
    """A fragment with its own scoped styles ("" stays "": nothing to show)."""
    if not html:
        return ""
    return (f'<div class="{WRAPPER_CLASS}"><style>{fragment_css(html)}</style>'
            f"{html}</div>")
