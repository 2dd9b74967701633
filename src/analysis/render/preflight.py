"""What a render checks before the notebook runs, so that a bad setting fails in a second
with one message rather than after the whole notebook has executed:

- `check_output_dir` — before any kernel starts: the output folder can be written to and
  has room (`analysis.atomic.check_output_folder`); temp files of killed renders go;
- `check_corpus` — while the kernel starts: the notebook's corpus holds at least one
  readable article (it reads the tables through the extraction cache, as the notebook
  will, so the notebook then finds them ready); it returns the files skipped, which the
  render names in one line, and the problems of `metadata.csv` and `corrections.csv`, one
  line each (an unclosed quote, an impossible date: new user 32).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from analysis import atomic
from analysis.config import find_corpus
from analysis.render.exceptions import EmptyCorpus
from analysis.render.params import notebook_parameters

if TYPE_CHECKING:
    from analysis.tables.skipped import ArticlesRead, SideFileProblem, SkippedFile

__all__ = ["CorpusCheck", "check_corpus", "check_output_dir"]


class CorpusCheck(NamedTuple):
    """What a render tells of its corpus besides the briefing: the files that gave no
    article, and the problems of its side files (`tables.skipped`)."""

    skipped: list[SkippedFile]
    side_problems: list[SideFileProblem]
    read: ArticlesRead | None = None  # the articles the corpus gave (None: no corpus checked)


def check_output_dir(out_dir: Path) -> None:
    """Raise `atomic.OutputFolderError` when `out_dir` cannot take a briefing's files."""
    atomic.check_output_folder(out_dir)
    if out_dir.is_dir():
        atomic.remove_stale_temps(out_dir)


def check_corpus(notebook: Path, params: Mapping[str, Any]) -> CorpusCheck:
    """Raise EmptyCorpus when the notebook's corpus (as passed, else its default) holds no
    readable article; else the files it skips, with why (`tables.skipped.skipped_files`),
    and its side files' problems. Notebooks without a ``corpus`` parameter are not
    checked."""
    corpus = params.get("corpus")
    if corpus is None:
        declared = notebook_parameters(notebook).get("corpus")
        corpus = declared.default if declared is not None else None
    if not isinstance(corpus, str) or not corpus:
        return CorpusCheck([], [])
    # The kernel runs in the notebook's folder and finds the corpus from there upwards.
    folder = find_corpus(corpus, notebook.resolve().parent)
    if folder is None:
        return CorpusCheck([], [])  # the parameter check names a missing folder
    from analysis.tables import dataset
    from analysis.tables.skipped import articles_read, side_file_problems, skipped_files

    tables = dataset.cached(folder)
    if tables.articles.empty:
        raise EmptyCorpus(folder, [f"{row.file}: {row.reason}" for row in tables.problems.itertuples()])
    return CorpusCheck(skipped_files(tables), side_file_problems(tables), articles_read(tables))
