"""The files of a corpus that did not become articles, and the problems of its side files:
what a render says on the terminal and a briefing names.

`briefing extract` lists every problem in problems.csv; a render writes no tables, so it
says in one line which files it skipped and why, and the briefing's method note names them
(new user 31: an empty file was skipped in silence). A problem counts as a skipped file when
its file gave no article: not `metadata.csv` or the analyst's corrections (their rows'
problems leave the articles read: `side_file_problems`, one terminal line each, new user
32), not a copy counted once as another file («identical to …»). A skipped file of a type
the loader never reads as an article (the analyst's `ANSWERS.md`, a spreadsheet) is plainly
no article: the render names it, the briefing does not (`SkippedFile.article_type`)."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any, NamedTuple

from analysis.figures import CORRECTIONS_FILE
from analysis.ingest import HTML_SUFFIXES, TEXT_SUFFIXES

__all__ = ["ArticlesRead", "SideFileProblem", "SkippedFile", "articles_read", "side_file_problems",
           "skipped_files"]

# the corpus's side files: their problems leave the articles read
_SIDE_FILES = frozenset({"metadata.csv", CORRECTIONS_FILE})
_COPY = "identical to "  # (ingest/duplicates.py: a byte copy, counted once as the other file)


class SkippedFile(NamedTuple):
    """A corpus file that gave no article, and why (as problems.csv words it)."""

    file: str
    reason: str

    @property
    def article_type(self) -> bool:
        """Whether the file is of a type read as an article (.txt, .html, .htm): an empty
        or garbled one is an article lost; a notes file (.md) or a table never was one."""
        return PurePosixPath(self.file).suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES


class SideFileProblem(NamedTuple):
    """A problem of `metadata.csv` or `corrections.csv` (a row, a quote, a date), as
    problems.csv words it: the articles are read, the row's statement is not used."""

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
        if not file or file in read or file in found or _is_side_file(file) \
                or reason.startswith(_COPY):
            continue
        found[file] = reason
    return [SkippedFile(file, reason) for file, reason in found.items()]


class ArticlesRead(NamedTuple):
    """How many articles a corpus gave, from how many files, and the files that gave several
    (a list page of news items, a glued file: newuser42 S4), with how many each."""

    articles: int
    files: int
    several: tuple[tuple[str, int], ...]


def articles_read(dataset: Any) -> ArticlesRead:
    """What the `articles` table of `dataset` counts (files in their first article's order)."""
    articles = _frame(getattr(dataset, "articles", None))
    if articles is None or "file" not in articles:
        return ArticlesRead(0, 0, ())
    per_file: dict[str, int] = {}
    for file in articles["file"]:
        per_file[str(file)] = per_file.get(str(file), 0) + 1
    return ArticlesRead(sum(per_file.values()), len(per_file),
                        tuple((f, n) for f, n in per_file.items() if n > 1))


def side_file_problems(dataset: Any) -> list[SideFileProblem]:
    """Every problem of the corpus's `metadata.csv` and `corrections.csv` files (a
    sub-folder's too), in the problems table's order."""
    problems = _frame(getattr(dataset, "problems", None))
    if problems is None or not len(problems):
        return []
    return [SideFileProblem(str(row.get("file")), str(row.get("reason") or ""))
            for row in problems.to_dict("records") if _is_side_file(str(row.get("file") or ""))]


def _is_side_file(file: str) -> bool:
    return bool(file) and file.rsplit("/", 1)[-1] in _SIDE_FILES


def _frame(table: Any) -> Any:
    """A DataFrame of a table (a `PlainTable` makes one when asked), None as it is."""
    return table.frame() if hasattr(table, "frame") else table
