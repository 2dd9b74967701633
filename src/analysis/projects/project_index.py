"""Every project of the register so far, filed by kind and region (`ProjectIndex`): step 5 of
the register (`analysis.projects.merging.merge_into`) looks up «the first earlier project of
this kind and place that …» among those projects only."""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.projects.merging import Project

__all__ = ["ProjectIndex"]


class ProjectIndex:
    """Every project of the register so far, in the order they were opened, filed by (kind,
    region) so that finding «the first earlier project of this kind and place that …» looks
    at those projects only, not at every project of the corpus (quadratic on large ones).

    A project whose kind or region changes (`Project.add`, a more specific kind) must be
    `refile`d before the next look-up; its old filing is then skipped, never trusted."""

    def __init__(self) -> None:
        self.all: list[Project] = []
        self._seq: dict[int, int] = {}  # id(project) → its place in `all`
        self._filed: dict[int, set[tuple[str, str | None]]] = {}  # id → keys it is filed under
        self._by_key: dict[tuple[str, str | None], list[tuple[int, Project]]] = {}

    def __getstate__(self) -> dict:
        # the ids are this process's: each project's filings are kept by its place in `all`
        return {"all": self.all, "filed": [self._filed[id(p)] for p in self.all],
                "by_key": self._by_key}

    def __setstate__(self, state: dict) -> None:
        self.all = state["all"]
        self._seq = {id(p): i for i, p in enumerate(self.all)}
        self._filed = {id(p): filed for p, filed in zip(self.all, state["filed"], strict=True)}
        self._by_key = state["by_key"]

    def append(self, p: Project) -> None:
        """A new project, the last opened."""
        self._seq[id(p)] = len(self.all)
        self._filed[id(p)] = set()
        self.all.append(p)
        self.refile(p)

    def refile(self, p: Project) -> None:
        """File `p` under its present kind and region too (after either may have changed)."""
        key, filed = (p.kind, p.region), self._filed[id(p)]
        if key not in filed:
            filed.add(key)
            insort(self._by_key.setdefault(key, []), (self._seq[id(p)], p),
                   key=lambda entry: entry[0])

    def first(self, kind: str, region: str | None,
              fits: Callable[[Project], bool]) -> Project | None:
        """The earliest project now of `kind` and `region` that `fits` (None: none)."""
        return next((p for _, p in self._by_key.get((kind, region), ())
                     if p.kind == kind and p.region == region and fits(p)), None)
