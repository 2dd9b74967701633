"""The project's own files install what it needs: pyproject and environment.yml agree."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _normalise(requirement: str) -> tuple[str, str]:
    """`lxml_html_clean>=0.4` → ("lxml-html-clean", ">=0.4") (PEP 503 names)."""
    match = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$", requirement)
    assert match, requirement
    name, spec = match.groups()
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    return dict(_normalise(r) for r in reqs)


def conda_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    reqs: list[str] = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            reqs.extend(dep.get("pip", []))
        elif not re.match(r"^(python|pip)\b", dep):
            reqs.append(dep)
    return dict(_normalise(r.replace("=", "==", 1) if re.search(r"[^<>!=]=[^=]", r) else r)
                for r in reqs)


def test_environment_yml_lists_the_same_packages_as_pyproject() -> None:
    ours, conda = pyproject_requirements(), conda_requirements()
    assert set(ours) - set(conda) == set(), "in pyproject.toml but not environment.yml"
    assert set(conda) - set(ours) == set(), "in environment.yml but not pyproject.toml"
    differing = {n: (ours[n], conda[n]) for n in ours if ours[n] != conda[n]}
    assert differing == {}, "version bounds differ (pyproject, environment.yml)"


def test_environment_yml_pins_the_supported_python() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires == ">=3.11"


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make test" in readme and "make briefings" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_seeds_are_the_shared_articles_byte_for_byte() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    ours = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert len(ours) == 5
    if shared.is_dir():  # CI and developer machines have ../shared beside the clone
        for name in ours:
            assert (ROOT / "seeds" / name).read_bytes() == (shared / name).read_bytes(), name
