"""The files of a corpus that did not become articles: what a render names as skipped.

`briefing extract` lists every problem in problems.csv; a render writes no tables, so it
says in one line which files it skipped and why, and the briefing's method note names them
(new user 31: an empty file was skipped in silence). A problem counts as a skipped file when
its file gave no article: not `metadata.csv` or the analyst's corrections (their rows'
problems leave the articles read), not a copy counted once as another file («identical to
…»)."""

from __future__ import annotations

from typing import Any, NamedTuple

from analysis.figures import CORRECTIONS_FILE

__all__ = ["SkippedFile", "skipped_files"]

# the corpus's side files: their problems leave the articles read
_SIDE_FILES = frozenset({"metadata.csv", CORRECTIONS_FILE})
_COPY = "identical to "  # (ingest/duplicates.py: a byte copy, counted once as the other file)


class SkippedFile(NamedTuple):
    """A corpus file that gave no article, and why (as problems.csv words it)."""

    file: str
    reason: str


def skipped_files(dataset: Any) -> list[SkippedFile]:
    """A `SkippedFile` for each file of `dataset` (its `articles` and `problems` tables) that
    gave no article, in the problems table's order, each file once."""
    problems = _frame(getattr(dataset, "problems", None))
    if problems is None or not len(problems):
        return []
    articles = _frame(getattr(dataset, "articles", None))
    read = set() if articles is None or "file" not in articles else {
        str(f) for f in articles["file"]}
    found: dict[str, str] = {}
    for row in problems.to_dict("records"):
        file, reason = str(row.get("file") or ""), str(row.get("reason") or "")
        if not file or file in read or file in found or file.rsplit("/", 1)[-1] in _SIDE_FILES \
                or reason.startswith(_COPY):
            continue
        found[file] = reason
    return [SkippedFile(file, reason) for file, reason in found.items()]


def _frame(table: Any) -> Any:
    """A DataFrame of a table (a `PlainTable` makes one when asked), None as it is."""
    return table.frame() if hasattr(table, "frame") else table
