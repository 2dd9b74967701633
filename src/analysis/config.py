"""Where things are: the project root, the extraction cache, corpus folders.

One walk up from a starting folder finds the project root (the folder holding
`pyproject.toml`); corpus names are resolved by the same walk, so the CLI, the build, the
parameter check and a notebook running in `notebooks/` agree on what `corpus="seeds"` means.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "BRIEFING_CACHE"  # overrides where cached tables live
STARTUP_CACHE_ENV = "BRIEFING_STARTUP_CACHE"  # overrides where start-up values are kept
PROJECT_MARKER = "pyproject.toml"


def _upwards(start: Path | None = None) -> list[Path]:
    here = (start or Path.cwd()).resolve()
    return [here, *here.parents]


def project_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above `start` (default: the working folder) that holds
    `pyproject.toml`, or None outside a project checkout."""
    return next((d for d in _upwards(start) if (d / PROJECT_MARKER).exists()), None)


def cache_root() -> Path:
    """Where extracted tables are cached: $BRIEFING_CACHE, else `.cache/extract/` at the
    project root, else the user's cache folder."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    root = project_root()
    if root is not None:
        return root / ".cache" / "extract"
    return Path.home() / ".cache" / "briefing" / "extract"


def startup_cache_root() -> Path:
    """Where what the extraction builds at start-up is kept (gazetteers, natasha's arrays):
    $BRIEFING_STARTUP_CACHE, else `startup/` in the extraction cache (`cache_root`)."""
    env = os.environ.get(STARTUP_CACHE_ENV)
    return Path(env) if env else cache_root() / "startup"


def find_corpus(name: str | Path, start: Path | None = None) -> Path | None:
    """A corpus folder given as a path, or by a relative name found at or above `start`
    (default: the working folder); None when there is no such folder."""
    path = Path(name).expanduser()
    if path.is_dir():
        return path.resolve()
    if path.is_absolute():
        return None
    return next(((d / path).resolve() for d in _upwards(start) if (d / path).is_dir()), None)


def resolve_corpus(name: str | Path, start: Path | None = None) -> Path:
    """Like `find_corpus`, but a missing folder is an error that says where it looked."""
    found = find_corpus(name, start)
    if found is None:
        where = (start or Path.cwd())
        raise FileNotFoundError(
            f"corpus folder {str(name)!r} not found (looked in {where} and its parents): "
            "pass the path of a folder of .txt/.html articles")
    return found
