"""`metadata.csv`: stated titles, sources, URLs and dates that override what the loader found.

The file sits at the top of the corpus folder. Each row names a file (``a.txt``, every
article read from it) or one article of a glued file (``a#2``); its non-empty cells replace
the article's fields, and a stated date replaces an inferred one. Bad rows become problems
of ``metadata.csv`` (with their line numbers), never exceptions:

- the delimiter is found from the header (``,`` ``;`` tab or ``|``: the one that makes a
  ``file`` column), so a spreadsheet's ``;``-separated export works as it is;
- a cell may be as large as the file (the csv module's 128 KB default is lifted while
  this file is read);
- a row whose quote is never closed would swallow the lines after it: it is read again
  line by line without quotes, and reported;
- two rows naming the same file: the later one is used, and both lines are named; a row
  read again after an unclosed quote never wins over a sound row for the same file (it
  is reported as broken, so the sound row stands);
- a date that is not a date, or later than today, is not used; the problem says what the
  article is left with (the date read from its text, or none).
"""

from __future__ import annotations

import contextlib
import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from analysis.ingest.article import Article, Problem
from analysis.ingest.encodings import Unreadable, decode
from analysis.ingest.filedates import FILE_NAME_EVIDENCE
from analysis.ingest.pubdates import latest_dateline_day, parse_date
from analysis.ingest.urldates import date_from_url

__all__ = ["METADATA_FILE", "MetadataRow", "apply_metadata", "read_folder_metadata", "read_metadata"]

METADATA_FILE = "metadata.csv"
DELIMITERS = (",", ";", "\t", "|")  # tried in this order on the header line


@dataclass(frozen=True)
class MetadataRow:
    """One row of metadata.csv; empty cells are empty strings."""

    line: int  # line number in metadata.csv (1 is the header)
    title: str
    source: str
    url: str
    published: str
    origin: str = METADATA_FILE  # the metadata.csv it came from, as a path in the corpus
    key: str = ""  # its 'file' cell as written (relative to the folder of `origin`)
    # why its published date was not used («bad published date …»), reported when applied
    rejected_date: str = ""
    # the day the stated date was checked against, when it was later than that day
    later_than: date | None = None


@dataclass(frozen=True)
class _Record:
    """One record of the csv reader and the physical lines it came from."""

    cells: list[str]
    first_line: int
    last_line: int
    broken: bool = False  # the row that opened a quote that never closed (read line by line)


_FIELDS = ("title", "source", "url", "published")


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    """Let the csv module read cells up to `limit` characters, for this block only."""
    # The limit is process-wide state of the csv module: restore it for other readers.
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, min(limit, sys.maxsize)))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _delimiter(header: str) -> str | None:
    """The delimiter that makes a ``file`` column of the header, if any."""
    for delim in DELIMITERS:
        cells = next(csv.reader([header], delimiter=delim), [])
        if "file" in (c.strip().lower() for c in cells):
            return delim
    return None


def _records(text: str, delim: str, problems: list[Problem],
             name: str = METADATA_FILE) -> Iterator[_Record]:
    """The records of the file; a record whose quote never closes is re-read line by line."""
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    last = 0
    for cells in reader:
        first, last_now = last + 1, reader.line_num
        last = last_now
        if any("\n" in c or "\r" in c for c in cells):
            problems.append(Problem(name, (
                f"line {first}: a quote opened in this row is not closed (the cell runs on to line "
                f"{last_now}); lines {first}–{last_now} are read one by one without quotes: check them")))
            for n in range(first, last_now + 1):
                raw = next(csv.reader([lines[n - 1]], delimiter=delim, quoting=csv.QUOTE_NONE), [])
                yield _Record([c.strip('"') for c in raw], n, n, broken=n == first)
            continue
        yield _Record(cells, first, last_now)


def read_metadata(path: Path, problems: list[Problem], today: date | None = None,
                  name: str = METADATA_FILE) -> dict[str, MetadataRow]:
    """The rows of metadata.csv by their ``file`` key; unreadable files and rows are appended
    to `problems` under `name` (the file's path in the corpus). A published date later than
    `today` (default: the clock) is dropped."""
    today = today or date.today()
    try:
        text = decode(path.read_bytes()).text
    except (OSError, Unreadable) as exc:
        problems.append(Problem(name, f"metadata.csv not read: {exc}"))
        return {}
    # One kind of line break (a lone "\r" of an old Mac export too), so that csv and the
    # line numbers of the problems agree.
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    delim = _delimiter(text.split("\n", 1)[0])
    if delim is None:
        problems.append(Problem(name, (
            "metadata.csv has no 'file' column in its first line (columns: file,title,source,url,"
            "published; separated by , or ;); ignored")))
        return {}
    try:
        with _field_limit(len(text) + 1):
            records = list(_records(text, delim, problems, name))
    except csv.Error as exc:  # what a damaged file can still do (a NUL byte in a cell)
        problems.append(Problem(name, f"metadata.csv could not be read: {exc}; ignored"))
        return {}
    fields = [f.strip().lower() for f in records[0].cells]
    rows: dict[str, MetadataRow] = {}
    broken: set[str] = set()  # keys whose row now kept is one that opened an unclosed quote
    for rec in records[1:]:
        if not any(c.strip() for c in rec.cells):
            continue  # a blank line
        row = dict(zip(fields, rec.cells, strict=False))
        key = (row.get("file") or "").strip().replace("\\", "/").removeprefix("./")
        if not key:
            problems.append(Problem(name, f"row {rec.first_line}: empty 'file' cell; ignored"))
            continue
        if len(rec.cells) > len(fields):
            # «…,Губернатор: «С белорусами у нас не разговоры, а контракты»,…»: a comma in an
            # unquoted cell shifts every cell after it (the URL read as the date, a piece of
            # the title as the source): only the file name can be trusted
            problems.append(Problem(name, (
                f"row {rec.first_line} has {len(rec.cells)} fields, the header has {len(fields)} "
                f"(an unquoted {delim!r} in a cell? put the cell in double quotes); its title, "
                f"source, URL and date are not used")))
            row = {"file": row.get("file")}
        parsed = MetadataRow(line=rec.first_line, origin=name, key=key,
                             **{k: (row.get(k) or "").strip() for k in _FIELDS})
        parsed = _checked_date(parsed, key, today)
        if key in rows:
            earlier = rows[key]
            same = replace(earlier, line=parsed.line, rejected_date=parsed.rejected_date) == parsed
            if rec.broken and key not in broken:
                # a row reported as broken does not override a sound one
                problems.append(Problem(name, (
                    f"rows {earlier.line} and {parsed.line} both describe {key!r}; row "
                    f"{parsed.line} is broken (an unclosed quote): row {earlier.line} is used")))
                _overridden_date(parsed, earlier, problems)
                continue
            problems.append(Problem(name, (
                f"rows {earlier.line} and {parsed.line} both describe {key!r}"
                + ("; they are identical" if same else f"; row {parsed.line} is used"))))
            _overridden_date(earlier, parsed, problems)
        rows[key] = parsed
        broken.discard(key)
        if rec.broken:
            broken.add(key)
    return rows


def _overridden_date(lost: MetadataRow, used: MetadataRow, problems: list[Problem]) -> None:
    """The rejected date of a row another row of the same file overrides: said at once, as
    `apply_metadata` never sees that row."""
    if lost.rejected_date:
        problems.append(Problem(lost.origin, f"{lost.rejected_date}; not used: row {used.line} is used"))


def _checked_date(row: MetadataRow, key: str, today: date) -> MetadataRow:
    """The row without its date when that is not a date or lies after `today` (the reason
    kept in `rejected_date`: `apply_metadata` reports it with what the article is left with)."""
    if not row.published:
        return row
    try:
        stated = parse_date(row.published)
    except ValueError:
        return replace(row, published="", rejected_date=(
            f"row {row.line} ({key}): bad published date {row.published!r}; expected YYYY-MM-DD, "
            "YYYY-MM, YYYY or DD.MM.YYYY"))
    if stated.published > today:
        return replace(row, published="", later_than=today, rejected_date=(
            f"row {row.line} ({key}): published date {row.published} is later than today "
            f"({today.isoformat()})"))
    return row


def read_folder_metadata(rels: list[tuple[str, Path]], problems: list[Problem],
                         today: date | None = None) -> dict[str, MetadataRow]:
    """The rows of every metadata.csv of a corpus, keyed by the path of the file they describe
    in the corpus (`rels`: each metadata.csv's path in the corpus and on disk). A folder's
    metadata.csv describes the files of that folder («2024/metadata.csv» names «a.txt» for
    «2024/a.txt»), so that a corpus kept in sub-folders, one per outlet or year, keeps its
    dates and URLs. Where two of them describe the same file, the one nearer to it wins."""
    rows: dict[str, MetadataRow] = {}
    for rel, path in sorted(rels, key=lambda r: (r[0].count("/"), r[0])):  # outer ones first
        folder = rel.rpartition("/")[0]
        for key, row in read_metadata(path, problems, today, name=rel).items():
            full = f"{folder}/{key}" if folder else key
            if full in rows:
                problems.append(Problem(rel, (
                    f"row {row.line}: {key!r} is also described in {rows[full].origin} "
                    f"(row {rows[full].line}); the row of {rel} is used")))
            rows[full] = row
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
        # an article id («stem#2») as the row wrote it, in whichever folder's metadata.csv
        aid = key if key in ids else row.key
        if key in by_file:
            targets, whole_file = by_file[key], True
        elif aid in ids:
            targets, whole_file = [ids[aid]], False
        elif key in skipped:
            continue  # the file exists but was skipped; its problem is already listed
        else:
            problems.append(Problem(row.origin, (
                f"row {row.line}: unknown file {row.key or key!r} (no such article here)")))
            continue
        for j, idx in enumerate(targets):
            # A file's title names its first article; source/url/date hold for all of them.
            articles[idx] = _apply_row(articles[idx], row, with_title=j == 0 or not whole_file)
        undated = [i for i in targets if articles[i].published is None]
        if row.later_than is not None:
            for i in undated:
                articles[i] = _dated_by_dateline(articles[i], row.later_than)
        if row.rejected_date:
            dated = [articles[i] for i in undated if articles[i].published is not None]
            problems.append(Problem(row.origin, row.rejected_date + "; " + (
                _by_dateline(dated[0]) if dated else _left_with([articles[i] for i in targets]))))


def _dated_by_dateline(art: Article, today: date) -> Article:
    """An article left with no date once its stated date, later than today, is set aside:
    dated by its text's dateline, a day with no year («5 августа»), in the latest year that
    day is not after today (inferred, and said so); else as it was."""
    if art.published is not None:
        return art
    guess = latest_dateline_day(art.text, today)
    if guess.published is None:
        return art
    return replace(art, published=guess.published, published_precision=guess.precision,
                   published_inferred=True, published_evidence=guess.evidence)


def _by_dateline(art: Article) -> str:
    """What an article dated by its yearless dateline is dated by now (the problem says so)."""
    shown = art.published.isoformat() if art.published is not None else "?"
    return (f"not used: the text gives no year, so the date inferred from its dateline is used "
            f"({shown}: {art.published_evidence})")


def _left_with(arts: list[Article]) -> str:
    """What the articles of a row whose date was not used are dated by now."""
    dated = [a for a in arts if a.published is not None]
    if not dated:
        return "not used, and the text gives no year: the article is left without a date"
    if len(dated) < len(arts):
        return "not used: the date read from each text is used where it gives one"
    a = dated[0]
    how = ("the date inferred from the text" if a.published_inferred
           else f"the date from {a.published_evidence}")
    shown = a.published.isoformat()[:{"day": 10, "month": 7}.get(a.published_precision or "", 4)]
    return f"not used: {how} ({shown}) is kept" if len(dated) == 1 else f"not used: {how} is kept"


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
    elif row.url and (art.published is None or art.published_inferred
                      or (art.published_evidence or "").startswith(FILE_NAME_EVIDENCE)):
        changes.update(_url_date(art, row.url))  # the URL beats a date read from the text or the file name
    return replace(art, **changes) if changes else art


def _url_date(art: Article, url: str) -> dict:
    """The fields a date in `url` sets; none when there is none, or when it only states the
    year of a finer date already read from the text."""
    found = date_from_url(url)
    if found is None or (found.precision == "year" and art.published is not None
                         and art.published.year == found.published.year):
        return {}
    return {"published": found.published, "published_precision": found.precision,
            "published_inferred": False, "published_evidence": found.evidence}
