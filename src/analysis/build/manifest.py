"""The build manifest (``<out>/.build-manifest.json``): each job's input hash and outputs.

A job is up to date when the hash of its inputs — the notebook file, its parameters, the
corpus content, the package code, data and templates, the rendering libraries' versions,
the formats — matches its last good render and its output files all still exist.
Standard library only: a build with nothing to do must start fast.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis import atomic
from analysis.build.reportset import Job

MANIFEST_NAME = ".build-manifest.json"
# Bump when the meaning of a job hash changes, so that old manifests are not trusted.
MANIFEST_VERSION = 1
# Libraries whose upgrade can change a rendered page (layout, number formats, charts).
RENDERING_PACKAGES = ("papermill", "nbconvert", "weasyprint", "matplotlib", "pandas")


def file_digest(path: Path) -> str:
    """sha256 of a file (a build reads each notebook once: `BuildRun.notebook_digest`)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Kept for the process: the installed libraries do not change under a running process.
@functools.cache
def toolchain() -> dict[str, str]:
    """Installed versions of the rendering libraries (metadata only; nothing is imported)."""
    from importlib import metadata

    versions = {}
    for name in RENDERING_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "-"
    return versions


def job_hash(job: Job, corpus_keys: dict[Path, str], code: str, notebook_digest: str) -> str:
    """The hash of everything a job's output depends on (`notebook_digest`: `file_digest`
    of its notebook)."""
    return inputs_hash(notebook_digest, job.render_params,
                       corpus_keys.get(job.corpus) if job.corpus else None, code, job.formats)


def inputs_hash(notebook_digest: str, params: dict[str, Any], corpus_key: str | None, code: str,
                formats: Sequence[str]) -> str:
    """The hash of what one render's output depends on: the notebook's bytes, its parameters,
    its corpus's content key, the package code, the formats, the rendering libraries and
    Python. `briefing build` (`job_hash`) and `briefing render` (`render.freshness`) keep
    one rule for «up to date»."""
    payload = {
        "toolchain": toolchain(),
        "version": MANIFEST_VERSION,
        "notebook": notebook_digest,
        "params": params,
        "corpus": corpus_key,
        "code": code,
        "formats": sorted(formats),
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def empty_manifest() -> dict[str, Any]:
    return {"version": MANIFEST_VERSION, "jobs": {}, "corpora": {}}


def read_manifest(out: Path) -> dict[str, Any]:
    """The manifest in `out` (an empty one when there is none or it is unusable)."""
    path = Path(out) / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return empty_manifest()
    except (OSError, ValueError):
        # A damaged manifest only costs a full rebuild; say so rather than fail.
        print(f"briefing build: {path} is unreadable; rebuilding everything", file=sys.stderr)
        return empty_manifest()
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return empty_manifest()
    data.setdefault("jobs", {})
    data.setdefault("corpora", {})
    return data


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest atomically."""
    text = json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    atomic.write(Path(out) / MANIFEST_NAME, text)


def up_to_date(entry: dict[str, Any] | None, job: Job, out: Path) -> bool:
    """Whether a job's last good render (its manifest entry) still stands."""
    if not entry or entry.get("hash") != job.input_hash:
        return False
    outputs = entry.get("outputs", {})
    return all(fmt in outputs for fmt in job.formats) and all(
        (out / rel).is_file() for rel in outputs.values())
