"""`metadata.csv`: stated titles, sources, URLs and dates that override what the loader found.

The file sits at the top of the corpus folder. Each row names a file (``a.txt``, every
article read from it) or one article of a glued file (``a#2``); its non-empty cells replace
the article's fields, and a stated date replaces an inferred one. Bad rows become problems
of ``metadata.csv``, never exceptions.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.ingest.article import Article, Problem
from analysis.ingest.encodings import Unreadable, decode
from analysis.ingest.pubdates import parse_date

__all__ = ["METADATA_FILE", "MetadataRow", "apply_metadata", "read_metadata"]

METADATA_FILE = "metadata.csv"


@dataclass(frozen=True)
class MetadataRow:
    """One row of metadata.csv; empty cells are empty strings."""

    line: int  # line number in metadata.csv (1 is the header)
    title: str
    source: str
    url: str
    published: str


_FIELDS = ("title", "source", "url", "published")


def read_metadata(path: Path, problems: list[Problem]) -> dict[str, MetadataRow]:
    """The rows of metadata.csv by their ``file`` key; unreadable files and rows are appended
    to `problems`."""
    try:
        text = decode(path.read_bytes()).text
    except (OSError, Unreadable) as exc:
        problems.append(Problem(METADATA_FILE, f"metadata.csv not read: {exc}"))
        return {}
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "file" not in fields:
        problems.append(Problem(METADATA_FILE, "metadata.csv has no 'file' column; ignored"))
        return {}
    reader.fieldnames = fields
    rows: dict[str, MetadataRow] = {}
    for n, row in enumerate(reader, start=2):  # line 1 is the header
        key = (row.get("file") or "").strip().replace("\\", "/").removeprefix("./")
        if not key:
            problems.append(Problem(METADATA_FILE, f"row {n}: empty 'file' cell; ignored"))
            continue
        rows[key] = MetadataRow(line=n, **{k: (row.get(k) or "").strip() for k in _FIELDS})
    return rows


def apply_metadata(articles: list[Article], by_file: dict[str, list[int]],
                   rows: dict[str, MetadataRow], problems: list[Problem]) -> None:
    """Apply metadata.csv rows (keyed by file, or by article_id for `stem#2`) in place.

    `by_file` maps each file to the indices of its articles in `articles`; rows naming a file
    already listed in `problems` are skipped quietly, unknown names become problems.
    """
    ids = {a.article_id: i for i, a in enumerate(articles)}
    skipped = {p.file for p in problems}
    for key, row in rows.items():
        if key in by_file:
            targets, whole_file = by_file[key], True
        elif key in ids:
            targets, whole_file = [ids[key]], False
        elif key in skipped:
            continue  # the file exists but was skipped; its problem is already listed
        else:
            problems.append(Problem(METADATA_FILE,
                                    f"row {row.line}: unknown file {key!r} (no such article here)"))
            continue
        if row.published:
            try:
                parse_date(row.published)
            except ValueError:
                problems.append(Problem(METADATA_FILE, (
                    f"row {row.line} ({key}): bad published date {row.published!r}; expected YYYY-MM-DD, "
                    "YYYY-MM, YYYY or DD.MM.YYYY; the inferred date is kept")))
                row = replace(row, published="")
        for j, idx in enumerate(targets):
            # A file's title names its first article; source/url/date hold for all of them.
            articles[idx] = _apply_row(articles[idx], row, with_title=j == 0 or not whole_file)


def _apply_row(art: Article, row: MetadataRow, with_title: bool) -> Article:
    changes: dict = {}
    if row.title and with_title:
        changes["title"] = row.title
    if row.source:
        changes["source"] = row.source
    if row.url:
        changes["url"] = row.url
    if row.published:
        stated = parse_date(row.published)
        changes.update(published=stated.published, published_precision=stated.precision,
                       published_inferred=False, published_evidence="metadata.csv")
    return replace(art, **changes) if changes else art
