"""The register's merge state kept in the per-article cache folder between runs, so that a run
whose new articles all come after every unchanged one in publication order merges only those.

The register merges articles one after another in publication order
(`analysis.projects.registered_projects`): its state after the first k articles (a
`ProjectIndex`) is a function of those k articles' readings and investment figures, that is
of their result keys (`tables.articlecache.article_key`: the article's every field, the code,
the NER setting) and the run's `context` (code, currency). Each run keeps the state after its
last article, before `consolidate` changes the projects, with the (article id, result key) of
every article merged, in order; the next run whose merge order begins with that list takes
the state and merges the rest. An article added before the last one, changed or removed
makes the lists differ: the whole merge runs — as it does on any failed precondition (no
file, a damaged or foreign one, another context, an evidence's article not in the run).

Articles are not pickled: an evidence's article is kept as its id and bound to the run's
article of that id on reading (the same result key: the same text). A cache: written to a
temporary file and renamed, not synced; its digest is checked before it is unpickled.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from analysis.ingest import Article
from analysis.projects.project_index import ProjectIndex

__all__ = ["MERGE_FILE", "MergeState"]

MERGE_FILE = "register-merge.pickle"
_FORMAT = 1


class _Pickler(pickle.Pickler):
    """Pickles an article as its id (the next run's article of that id takes its place)."""

    def persistent_id(self, obj: Any) -> str | None:  # pickle's hook
        return obj.article_id if type(obj) is Article else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, articles: Mapping[str, Any]) -> None:
        super().__init__(io.BytesIO(data))
        self.articles = articles

    def persistent_load(self, pid: Any) -> Any:
        return self.articles[pid]  # KeyError: an article not in this run (no state)


class MergeState:
    """The merge state of the cache folder `folder` for a run of `context` whose merge order
    is `order` ((article id, result key) of each article, in publication order)."""

    def __init__(self, folder: Path, context: str, order: Sequence[tuple[str, str]]) -> None:
        self.path = folder / MERGE_FILE
        self.context = context
        self.order = [f"{aid}\t{key}" for aid, key in order]

    def resume(self, articles: Mapping[str, Any]) -> tuple[ProjectIndex, int] | None:
        """(the state, how many articles of the order it holds) when the kept state's
        articles begin this run's order; else None (the whole merge runs). `articles`: this
        run's articles by id."""
        try:
            kept = pickle.loads(self.path.read_bytes())
            fmt, context, order, digest, state = kept
            if fmt != _FORMAT or context != self.context or not order \
                    or len(order) > len(self.order) or self.order[:len(order)] != order \
                    or hashlib.sha256(state).digest() != digest:
                return None
            projects = _Unpickler(state, articles).load()
        except Exception:  # missing, damaged, another layout: no state
            return None
        return (projects, len(order)) if isinstance(projects, ProjectIndex) else None

    def keep(self, projects: ProjectIndex) -> None:
        """Keep `projects`, the state after every article of the order, for the next run;
        on an OSError nothing is kept (the next run merges every article)."""
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=5).dump(projects)
        state = buffer.getvalue()
        try:
            temp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            temp.write_bytes(pickle.dumps((_FORMAT, self.context, self.order,
                                           hashlib.sha256(state).digest(), state), protocol=5))
            os.replace(temp, self.path)
        except OSError:
            pass
