"""Whether `briefing render` has anything to do: the rule `briefing build` keeps.

A render is up to date when the hash of its inputs (`build.manifest.inputs_hash`: the
notebook's bytes, its parameters, its corpus's content, the package code, data and
templates, the formats, the rendering libraries) matches the one its last good render
recorded in ``<out>/.render-manifest.json`` and its files are all still there, as it wrote
them. A second `briefing render` with nothing changed then says so and writes nothing, in a
second instead of the notebook's run (newuser41: 13.7 s, then 11.4 s for the same bytes);
`--force` renders again. The files a parameter names (a rates CSV, the `since` tables) count by their content.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import atomic
from analysis.build.manifest import file_digest, inputs_hash
from analysis.config import find_corpus
from analysis.render.exceptions import ParameterError
from analysis.render.naming import output_stem
from analysis.render.params import check_params, notebook_parameters

__all__ = ["RENDER_MANIFEST", "RenderInputs", "fresh_outputs", "inputs_of", "record"]

RENDER_MANIFEST = ".render-manifest.json"
_VERSION = 1  # bump when the meaning of an entry changes: older entries are then not trusted


@dataclass(frozen=True)
class RenderInputs:
    """What names a render's files and the hash of what they depend on."""

    stem: str
    hash: str


def inputs_of(notebook: Path, params: Mapping[str, Any], formats: Iterable[str]) -> RenderInputs | None:
    """The inputs of a render of `notebook` with `params` (as the command line gives them);
    None when they do not pass the checks (the render then says why, as ever)."""
    if not notebook.is_file():
        return None
    try:
        checked = check_params(notebook, params)
    except ParameterError:
        return None
    normal = dict(checked.normal)
    corpus = normal.get("corpus")
    if corpus is None and (declared := notebook_parameters(notebook).get("corpus")) is not None:
        corpus = declared.default
    folder = find_corpus(corpus, notebook.resolve().parent) if isinstance(corpus, str) and corpus else None
    from analysis.tables.fingerprints import code_version, corpus_fingerprint

    for name, value in checked.normal.items():  # a file or folder a parameter names: its content
        path = Path(value).expanduser() if isinstance(value, str) and value else None
        if path is not None and path.is_file():
            normal[f"{name}@content"] = file_digest(path)
        elif path is not None and path.is_dir() and name != "corpus":
            normal[f"{name}@content"] = corpus_fingerprint(path)
    key = inputs_hash(file_digest(notebook), normal, corpus_fingerprint(folder) if folder else None,
                      code_version(), list(formats))
    return RenderInputs(stem=output_stem(notebook, checked.given), hash=key)


def fresh_outputs(out: Path, inputs: RenderInputs) -> dict[str, Path] | None:
    """The files of the last good render with these inputs, when they all still exist;
    None when the render must run."""
    entry = _read(out).get(inputs.stem)
    if not isinstance(entry, dict) or entry.get("hash") != inputs.hash:
        return None
    named = dict(entry.get("outputs") or {})
    # in the order a render tells its files: the record, then the briefing's formats
    outputs = {fmt: out / named[fmt] for fmt in sorted(named, key=lambda f: (f != "ipynb", f != "html", f))}
    stamps = entry.get("stamps") or {}
    # the very files it wrote: another writer of the same names (a build into the same
    # folder, whose «Что нового» differs) makes them stale
    return outputs if outputs and all(stamps.get(f) == _stamp(p) for f, p in outputs.items()) else None


def record(out: Path, inputs: RenderInputs, outputs: Mapping[str, Path]) -> None:
    """Remember a good render's inputs and files (a manifest that cannot be written costs
    only the next render's time)."""
    entries = _read(out)
    entries[inputs.stem] = {"hash": inputs.hash, "outputs": {f: p.name for f, p in outputs.items()},
                            "stamps": {f: _stamp(p) for f, p in outputs.items()}}
    text = json.dumps({"version": _VERSION, "renders": entries}, sort_keys=True,
                      ensure_ascii=False, indent=1) + "\n"
    try:
        atomic.write(out / RENDER_MANIFEST, text)
    except OSError:
        pass


def _stamp(path: Path) -> list[int] | None:
    """A file's size and modification time (ns), None when it is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _read(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / RENDER_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return {}
    renders = data.get("renders")
    return dict(renders) if isinstance(renders, dict) else {}

