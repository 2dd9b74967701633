"""The public data model of the corpus: `Article`, `Sentence`, `Problem`, `Corpus`, and the tables.

The offset contract: `Article.text` is the clean text (one paragraph per line, site chrome
removed); `Article.original` is the whole decoded file it came from (for HTML, the decoded
source); `Article.segments` map the one onto the other. `Article.original_span(start, end)`
gives original offsets, exact for any range inside one paragraph:
``article.original[s:e] == article.text[start:end]``. Tables that cite text store original
offsets, so ``Path(corpus, file).read_bytes().decode(article.encoding)[s:e]`` is the surface.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from analysis.ingest.datelines import past_date_lines
from analysis.ingest.segments import Segment
from analysis.lang import by_paragraph, split_sentences_razdel
from analysis.plaintable import PlainTable

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS", "ARTICLE_EXTRA_COLUMNS", "PROBLEM_COLUMNS", "Article", "Corpus", "Problem",
    "Segment", "Sentence", "articles_frame", "articles_table", "headline_end", "headline_sentence",
    "headline_start",
]

# The contract columns of articles.csv, in order.
ARTICLE_COLUMNS = [
    "article_id", "file", "title", "source", "url", "published",
    "published_inferred", "text", "sha256",
]
# Appended after the contract columns by `articles_frame`.
ARTICLE_EXTRA_COLUMNS = ["published_evidence", "published_precision", "encoding"]
PROBLEM_COLUMNS = ["file", "reason"]


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: offsets into `Article.text` and its text."""

    start: int
    end: int
    text: str


def headline_start(text: str) -> int:
    """Where the headline of an article's clean text starts: 0, or past a date line that
    opens the text above it («28 ноября 2025 г.» over the headline, as an analyst's saved
    file often opens: `ingest.datelines`)."""
    return past_date_lines(text)


def headline_end(text: str) -> int:
    """Where the headline of an article's clean text ends: the offset of the line break after
    its headline line (`Article.text` is one paragraph per line, headline first, perhaps under
    a date line: `headline_start`); -1, as ``str.find`` gives, when that line ends the text
    (each caller says whether such a text is all headline or has none)."""
    return text.find("\n", past_date_lines(text))


class _Span(Protocol):
    end: int


def headline_sentence(text: str, sentences: Sequence[_Span]) -> int:
    """The index of the headline's sentence among `sentences` (in order, offsets into
    `text`): the first that ends past the date line over the headline (0 when there is none)."""
    start = past_date_lines(text)
    return next((i for i, s in enumerate(sentences) if s.end > start), 0) if start else 0


@dataclass(frozen=True, eq=False)
class Article:
    """One news article: its clean text, where it came from, and what is known about it."""

    article_id: str
    file: str  # path relative to the corpus folder, as given to the loader
    title: str
    source: str | None
    url: str | None
    published: date | None  # first day of the period when precision is month/year
    published_inferred: bool
    published_evidence: str | None
    text: str  # clean article text (chrome removed); headline is its first line
    original: str  # the whole decoded file this article came from
    segments: tuple[Segment, ...]
    sha256: str  # of the file's bytes
    meta: dict = field(default_factory=dict)
    published_precision: str | None = None  # "day" | "month" | "year"
    encoding: str = "utf-8"  # Python codec: Path(file).read_bytes().decode(encoding) == original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of `text` to the original file: (start, end) there.

        Exact (``original[s:e] == text[start:end]``) whenever the range lies
        inside one segment, which holds for any span inside one paragraph of a .txt.
        """
        s = self._orig_offset(start, after=False)
        return s, (self._orig_offset(end - 1, after=True) if end > start else s)

    def _orig_offset(self, pos: int, after: bool) -> int:
        """Original offset of the start of clean character `pos` (or just after it)."""
        if not self.segments:
            return 0
        i = max(bisect_right(self._segment_starts, pos) - 1, 0)
        seg = self.segments[i]
        if not seg.exact:  # no per-character correspondence: the whole original piece
            return seg.orig_end if after else seg.orig_start
        return seg.orig_start + min(max(pos - seg.clean_start, 0), max(seg.length - 1, 0)) + after

    def clean_offset(self, orig: int) -> int | None:
        """The inverse of `original_span` for one position: original offset → clean offset.

        None when the original character was dropped (chrome, markup) from the clean text.
        """
        for seg in self.segments:
            if seg.orig_start <= orig < seg.orig_end:
                return seg.clean_start + (min(orig - seg.orig_start, seg.length - 1) if seg.exact else 0)
        return None

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [s.clean_start for s in self.segments]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The sentences of `text`, split per paragraph (never across a line break).

        razdel cuts them (`analysis.lang.split_sentences_razdel`): the entities and the
        project register were tuned on its sentences, and `split_sentences` changes the
        register (see that function's docstring).
        """
        text = self.text
        return [Sentence(s.start, s.end, text[s.start:s.end])
                for s in by_paragraph(text, split_sentences_razdel)]

    def release_sentences(self) -> None:
        """Forget the cached sentences (they are made again when asked for): after the steps
        that read them, a corpus need not keep a second copy of every text in pieces."""
        self.__dict__.pop("sentences", None)
        self.__dict__.pop("_sentence_starts", None)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding clean offset `pos` (the whole text when it has none)."""
        sents = self.sentences
        if not sents:
            return Sentence(0, len(self.text), self.text)
        i = max(bisect_right(self._sentence_starts, pos) - 1, 0)
        return sents[i]


@dataclass(frozen=True)
class Problem:
    """A file (or a metadata.csv row) that did not become an article, and why."""

    file: str
    reason: str


@dataclass
class Corpus:
    """What `load_corpus` read from one folder: the articles and the problems."""

    root: Path
    articles: list[Article]
    problems: list[Problem]

    def articles_frame(self) -> pd.DataFrame:
        """The articles table (see `articles_frame`)."""
        return articles_frame(self.articles)

    def problems_frame(self) -> pd.DataFrame:
        """The problems table: `PROBLEM_COLUMNS`."""
        import pandas as pd

        return pd.DataFrame([p.__dict__ for p in self.problems], columns=PROBLEM_COLUMNS)

    def articles_table(self) -> PlainTable:
        """`articles_frame` without pandas (`analysis.plaintable`)."""
        return articles_table(self.articles)

    def problems_table(self) -> PlainTable:
        """`problems_frame` without pandas."""
        return PlainTable.from_rows([p.__dict__ for p in self.problems], PROBLEM_COLUMNS)


def articles_table(articles: list[Article]) -> PlainTable:
    """The articles table as `articles_frame` makes it, without pandas."""
    cols = ARTICLE_COLUMNS + ARTICLE_EXTRA_COLUMNS
    data = {c: [getattr(a, c) for a in articles] for c in cols if c != "text"}
    data["text"] = [_without_utf8_copy(a.text) for a in articles]
    return PlainTable.of_columns(data, cols, {"text": "object"})


def articles_frame(articles: list[Article]) -> pd.DataFrame:
    """The articles table: `ARTICLE_COLUMNS` then `ARTICLE_EXTRA_COLUMNS`."""
    import pandas as pd

    cols = ARTICLE_COLUMNS + ARTICLE_EXTRA_COLUMNS
    rows = [[None if c == "text" else getattr(a, c) for c in cols] for a in articles]
    frame = pd.DataFrame(rows, columns=cols)
    # The text column refers to the articles' own strings (object dtype) instead of holding
    # a second copy of every text (pandas' string dtype copies): a corpus's texts are by far
    # its largest part. Written, it is the same column.
    frame["text"] = pd.Series([_without_utf8_copy(a.text) for a in articles], index=frame.index,
                              dtype=object)
    return frame


def _without_utf8_copy(text: str) -> str:
    """`text`, without the UTF-8 copy CPython keeps inside a string once it was pickled (the
    pool's workers are handed the articles so): a Cyrillic text's copy is as large as the
    text, and the table keeps its texts to the end of a run."""
    if text.isascii():  # its UTF-8 is its own data: no copy
        return text
    fresh = text.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    return fresh if sys.getsizeof(fresh) < sys.getsizeof(text) else text
