"""Read a folder of news articles into clean texts that cite their original files.

Minimal first version (UTF-8 .txt only); the full loader replaces the internals
of `load_corpus` but keeps every public name and field below.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd
from razdel import sentenize

ARTICLE_COLUMNS = [
    "article_id", "file", "title", "source", "url", "published",
    "published_inferred", "text", "sha256",
]
PROBLEM_COLUMNS = ["file", "reason"]


@dataclass(frozen=True)
class Segment:
    """`length` characters of clean text at `clean_start` copy the original at `orig_start`."""

    clean_start: int
    orig_start: int
    length: int


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True, eq=False)
class Article:
    article_id: str
    file: str  # path relative to the corpus folder, as given to the loader
    title: str
    source: str | None
    url: str | None
    published: date | None
    published_inferred: bool
    published_evidence: str | None
    text: str  # clean article text (chrome removed); headline is its first line
    original: str  # the whole decoded file this article came from
    segments: tuple[Segment, ...]
    sha256: str  # of the file's bytes
    meta: dict = field(default_factory=dict)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of `text` to the original file.

        Exact (``original[s:e] == text[start:end]``) whenever the range lies
        inside one segment, which holds for any span inside one paragraph.
        """
        s = self._orig_offset(start)
        e = self._orig_offset(max(end - 1, start)) + (1 if end > start else 0)
        return s, e

    def _orig_offset(self, pos: int) -> int:
        starts = self._segment_starts
        i = max(bisect_right(starts, pos) - 1, 0)
        seg = self.segments[i]
        return seg.orig_start + min(pos - seg.clean_start, max(seg.length - 1, 0))

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [s.clean_start for s in self.segments]

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [Sentence(s.start, s.stop, s.text) for s in sentenize(self.text)]

    def sentence_at(self, pos: int) -> Sentence:
        for sent in self.sentences:
            if sent.start <= pos < sent.end:
                return sent
        return self.sentences[-1]


@dataclass(frozen=True)
class Problem:
    file: str
    reason: str


@dataclass
class Corpus:
    root: Path
    articles: list[Article]
    problems: list[Problem]

    def articles_frame(self) -> pd.DataFrame:
        return articles_frame(self.articles)

    def problems_frame(self) -> pd.DataFrame:
        return pd.DataFrame([p.__dict__ for p in self.problems], columns=PROBLEM_COLUMNS)


def articles_frame(articles: list[Article]) -> pd.DataFrame:
    rows = [
        {
            "article_id": a.article_id, "file": a.file, "title": a.title, "source": a.source,
            "url": a.url, "published": a.published, "published_inferred": a.published_inferred,
            "text": a.text, "sha256": a.sha256,
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def load_corpus(root: str | Path) -> Corpus:
    root = Path(root)
    if not root.is_dir():
        raise NotADirectoryError(f"corpus folder {root} does not exist or is not a folder")
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in sorted(root.glob("*.txt")):
        raw = path.read_bytes()
        original = raw.decode("utf-8-sig")
        segments, parts, pos = [], [], 0
        offset = 0
        for line in original.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            if body.strip():
                segments.append(Segment(pos, offset, len(body)))
                parts.append(body)
                pos += len(body) + 1
            offset += len(line)
        text = "\n".join(parts)
        articles.append(Article(
            article_id=path.stem, file=path.name, title=parts[0] if parts else "",
            source=None, url=None, published=None, published_inferred=False,
            published_evidence=None, text=text, original=original,
            segments=tuple(segments), sha256=hashlib.sha256(raw).hexdigest(),
        ))
    return Corpus(root, articles, problems)
