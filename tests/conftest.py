from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test session gets its own extraction cache, never the developer's .cache/."""
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path_factory.getbasetemp() / "extract-cache"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
