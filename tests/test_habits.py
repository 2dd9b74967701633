"""Habits of the ecosystem: pre-commit hooks, clean notebooks, a least-privilege CI workflow."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_pre_commit_runs_ruff_and_strips_notebooks() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    assert "ruff" in hooks
    assert "nbstripout" in hooks and "notebooks" in hooks["nbstripout"].get("files", "notebooks")


def test_notebooks_are_committed_without_outputs() -> None:
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert not cell.get("outputs") and cell.get("execution_count") is None, path.name


def test_ci_workflow_reads_only_waits_for_tests_and_caches_the_venv() -> None:
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "briefings.yml").read_text())
    assert flow["permissions"] == {"contents": "read"}
    assert flow["jobs"]["briefings"]["needs"] == "test"
    for job in ("test", "briefings"):
        cached = [s["with"]["path"] for s in flow["jobs"][job]["steps"]
                  if s.get("uses", "").startswith("actions/cache")]
        assert any(".venv" in str(p) for p in cached), job


def test_ci_entry_point_installs_the_browser_and_poppler() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    assert "make test" in script
    for package in ("chromium", "chromium-driver", "poppler-utils"):
        assert package in script
