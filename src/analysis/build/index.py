"""The landing page of a build (``<out>/index.html``), from `templates/build/index.html.j2`.

Every briefing of the set that has a good render on disk, with its title, parameters, data
date and files. Deterministic: the same manifest always gives the same bytes.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from analysis import atomic
from analysis.build.reportset import Job

INDEX_NAME = "index.html"
TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates" / "build"
TEMPLATE_NAME = "index.html.j2"
# The files of a briefing, in the order they are linked, with their link text.
LINKS = (("html", "HTML"), ("pdf", "PDF"), ("ipynb", "Notebook"),
         ("figures-csv", "Figures CSV"), ("figures-xlsx", "Figures XLSX"),
         ("projects-csv", "Projects CSV"), ("projects-xlsx", "Projects XLSX"))
# A corpus's fact tables, in the order they are linked.
TABLE_LINKS = (("figures-csv", "Figures CSV"), ("figures-xlsx", "Figures XLSX"),
               ("projects-csv", "Projects CSV"), ("projects-xlsx", "Projects XLSX"),
               ("articles-csv", "Articles CSV"), ("articles-xlsx", "Articles XLSX"))
NO_DATE = "—"


@dataclass(frozen=True)
class Link:
    href: str
    label: str


@dataclass(frozen=True)
class IndexRow:
    """One briefing as the index shows it (values unescaped: the template escapes)."""

    title: str
    name: str
    href: str  # the briefing's main file ("" when it has none)
    params: tuple[tuple[str, str], ...]
    data_as_of: str
    links: tuple[Link, ...]


def href(rel: str) -> str:
    """A link to an output file: output names may hold Cyrillic or spaces."""
    return quote(Path(rel).as_posix())


def _esc(value: Any) -> str:
    return html.escape(str(value))


@functools.cache
def _template() -> Any:
    import jinja2  # only when the page is written: a no-op build stays light

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
                             autoescape=False, trim_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["esc"] = _esc
    return env.get_template(TEMPLATE_NAME)


@dataclass(frozen=True)
class CorpusRow:
    """A corpus's fact tables as the index shows them."""

    label: str
    corpus: str
    links: tuple[Link, ...]


def corpus_rows(manifest: dict[str, Any], out: Path) -> list[CorpusRow]:
    """The corpora whose fact tables are on disk, by label."""
    rows = []
    for label, entry in sorted(manifest.get("tables", {}).items()):
        outputs = entry.get("outputs", {})
        links = tuple(Link(href=href(outputs[key]), label=text) for key, text in TABLE_LINKS
                      if key in outputs and (out / outputs[key]).is_file())
        if links:
            rows.append(CorpusRow(label=label, corpus=Path(entry.get("corpus", label)).name,
                                  links=links))
    return rows


def index_row(entry: dict[str, Any]) -> IndexRow:
    """An index row from a manifest entry (with the outputs that exist)."""
    outputs = entry.get("outputs", {})
    main = outputs.get("html") or outputs.get("pdf") or outputs.get("ipynb")
    return IndexRow(
        title=entry.get("title") or entry.get("name", ""),
        name=entry.get("name", ""),
        href=href(main) if main else "",
        params=tuple((str(k), str(v)) for k, v in sorted(entry.get("params", {}).items())),
        data_as_of=entry.get("data_as_of") or NO_DATE,
        links=tuple(Link(href=href(outputs[fmt]), label=label)
                    for fmt, label in LINKS if fmt in outputs),
    )


def render_index(rows: Iterable[dict[str, Any]], corpora: Sequence[CorpusRow] = ()) -> str:
    """The landing page: every briefing with its title, parameters, data date and files.

    Self-contained (inline CSS, no script, nothing fetched), every text escaped, and no
    clock time in it, so that the same manifest always gives the same bytes.
    """
    return _template().render(rows=[index_row(r) for r in rows], corpora=list(corpora))


def write_index(out: Path, jobs: Sequence[Job], manifest: dict[str, Any]) -> Path:
    """Write <out>/index.html for the jobs of the set that have a good render on disk."""
    rows = []
    for job in jobs:
        entry = manifest["jobs"].get(job.key)
        if not entry:
            continue
        outputs = dict(entry.get("outputs", {}))
        if "ipynb" not in outputs and (out / f"{entry['name']}.ipynb").is_file():
            outputs["ipynb"] = f"{entry['name']}.ipynb"
        outputs = {k: v for k, v in outputs.items() if (out / v).is_file()}
        if outputs:
            rows.append({**entry, "outputs": outputs})
    path = out / INDEX_NAME
    text = render_index(rows, corpus_rows(manifest, out))
    try:
        if path.read_text(encoding="utf-8") == text:
            return path  # unchanged: leave the file (and its mtime) alone
    except OSError:
        pass
    atomic.write(path, text)
    return path
