"""Read a folder of news articles into clean texts that cite their original files.

`load_corpus` is the entry point; the data model is `analysis.ingest.article` and each step
lives in its own module.  Pipeline:

0. **walk** (`walk`) — regular files in path order; unreadable folders, symlinks leaving the
   corpus, pipes and devices are problems.  A file over the size limit (`max_bytes`,
   default 2 MB) is a problem, never read and never cut.  Identical files are read once
   (`duplicates`: the copy named in metadata.csv, else the one without a copy marker in its
   name, is kept; the others are problems that name it).
1. **decode** (`reading`, `encodings`) — BOM, strict UTF-8, then a Cyrillic letter-frequency
   score over cp1251 / KOI8-R / cp866; binary, garbled and non-Russian texts are problems
   (`readable`).
2. **paragraphs** — the kind of file is judged by extension and content (`filetype`: a page
   saved as ``.txt`` is HTML).  Text (`segments`): one paragraph per non-blank line, a
   verbatim copy of the original.  HTML (`htmlpages`): trafilatura finds the main text and
   each paragraph is mapped back into the HTML source; pieces the source spells differently
   get `Segment.exact=False`; a page whose text is only navigation or a ``<noscript>``
   notice is a problem.  Clean text is one paragraph per line; `Article.sentences` are split
   per paragraph, so a sentence never spans a line break and always maps exactly in a .txt.
3. **split** (`glued`) — a file may hold several articles glued together: an end-of-article
   promo, a site tagline or a separator line (``=====``, ``* * *``, ``———``) between two
   articles starts a new one.
4. **chrome** (`chrome`) — rule tables (data, not code) drop taglines, promos, nav blocks,
   section labels, a leading «...», a doubled headline; stated sources («Источник: БелТА»,
   a newspaper name on the last line) go to ``source``.
5. **title** (`chrome.title_of`) — the first paragraph if it reads as a headline (no final
   period), else the first sentence without its final period.
6. **date** (`pubdates`) — metadata.csv (`metadata`) > HTML markup date > a date in the
   URL (`urldates`) > a date the text's head states (a date line, a dateline with its year:
   `headdates`) > a date in the file name (`filedates`) > inference from the clean text
   (see `pubdates.infer_date`); dates inside removed chrome only cap the year from above;
   no date is later than today (a future stated date is a problem).
7. **ids** (`ids`) — unique by construction, from the relative path.

Limits: mapping HTML is exact only where the page text is verbatim in the source (text
split by inline tags such as ``<b>`` or by entities maps piecewise); date inference is a set
of documented heuristics, not a parser of every Russian date phrase.  Memory: taglines are
lines that open several files, so the articles are built in a second pass once every file
was read; the first pass keeps each file's decoded text (an article keeps it anyway as its
`original`) and a digest of its opening lines (`chrome.TaglineFinder`), not its paragraphs
(a text file's are cut again in the second pass; an HTML page keeps them, trafilatura's
parse costs more than they weigh).  Measured on 10,000 / 20,000 synthetic .txt articles
(`benchmarks/loader_memory.py`, old and new side by side): peak RSS 192 → 142 MB and 277
→ 178 MB, ~8.4 → ~3.6 KB an article, about the articles' live size.  Cost is linear in the
corpus size (a test checks the ratio); ~1.5 ms per seed-sized .txt article on one core.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Protocol

from analysis.ingest.article import (
    ARTICLE_COLUMNS,
    PROBLEM_COLUMNS,
    Article,
    Corpus,
    Problem,
    Segment,
    Sentence,
    articles_frame,
)
from analysis.ingest.chrome import KNOWN_TAGLINES, TaglineFinder, clean, title_of
from analysis.ingest.duplicates import distinct_files
from analysis.ingest.encodings import Unreadable
from analysis.ingest.filedates import date_from_file_name
from analysis.ingest.filetype import HTML_SUFFIXES, TEXT_SUFFIXES
from analysis.ingest.glued import split_articles, splitting_taglines
from analysis.ingest.headdates import head_date
from analysis.ingest.htmlpages import PageMeta
from analysis.ingest.ids import article_bases, article_id
from analysis.ingest.memo import BuiltFile, BuiltMemo, built_key, taglines_key
from analysis.ingest.metadata import METADATA_FILE, apply_metadata, read_folder_metadata
from analysis.ingest.pubdates import DateGuess, infer_date, parse_date
from analysis.ingest.reading import MAX_ARTICLE_BYTES, LoadedFile, admitted, read_file
from analysis.ingest.seen import SeenFile, SeenFiles, UnreadFile, seen_before, seen_key
from analysis.ingest.segments import Para
from analysis.ingest.urldates import date_from_url
from analysis.ingest.walk import walk_corpus

# The data model is re-exported: callers have long imported it from the loader.
__all__ = [
    "ARTICLE_COLUMNS", "CORRECTIONS_FILE", "HTML_SUFFIXES", "MAX_ARTICLE_BYTES", "PROBLEM_COLUMNS",
    "TEXT_SUFFIXES", "Article", "Corpus", "LoadedFile", "Problem", "Progress", "Segment", "Sentence",
    "articles_frame", "load_corpus", "read_file",
]

# Files a load keeps for the next load of the same process (`load_corpus(read_before=...)`):
# their decoded texts, about as much again as the articles hold
READ_BEFORE_FILES = 20_000
# The analyst's corrections of extracted figures (read by `analysis.figures`, never an article).
CORRECTIONS_FILE = "corrections.csv"


class Progress(Protocol):
    """Where the loader reports its progress (`analysis.tables.progress.StageProgress`)."""

    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage of `total` steps starts."""

    def advance(self, steps: int = 1) -> None:
        """`steps` more steps of the current stage are done."""


class _Silent:
    """No progress reports."""

    def stage(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


@dataclass(frozen=True)
class Taglines:
    """The corpus's taglines: all of them are dropped, the `splitting` ones also cut files."""

    all: frozenset[str]
    splitting: list[str]


@dataclass
class _Context:
    """What building the articles of one corpus needs besides the file."""

    taglines: Taglines
    today: date
    problems: list[Problem]


def load_corpus(root: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES, today: date | None = None,
                progress: Progress | None = None, memo: BuiltMemo | None = None,
                read_before: dict[tuple, LoadedFile] | None = None,
                seen: SeenFiles | None = None) -> Corpus:
    """Read every article in `root`; bad files become `problems`, never exceptions.

    `max_bytes`: files larger than this are problems (not read, never cut). `today`: no
    publication date is later (default: the clock). `progress` hears of each file read.
    `memo`: where the articles built from each file are remembered between runs
    (`analysis.ingest.memo`); an unchanged file is then decoded but not built again.
    `read_before`: the files an earlier load of this process read, by path, size and stat
    stamp (`briefing extract --watch`): one unchanged since is not read again; the dict is
    brought up to date (the folder's files now, up to `READ_BEFORE_FILES` of them).
    `seen`: what earlier runs (other processes) remembered of each file
    (`analysis.ingest.seen`); with `memo`, an unchanged file whose articles are remembered
    is not read at all.
    """
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"corpus folder {root} does not exist")
    if not root.is_dir():
        raise NotADirectoryError(f"corpus folder {root} is not a folder")
    if max_bytes < 1:
        raise ValueError(f"max_bytes={max_bytes}: the size limit per article must be positive")
    today = today or date.today()
    progress = progress or _Silent()
    walk = walk_corpus(root)
    problems = list(walk.problems)
    meta_files = [(f.rel, f.path) for f in walk.files if f.rel.rpartition("/")[2] == METADATA_FILE]
    rows = read_folder_metadata(meta_files, problems, today)

    candidates = [f for f in walk.files if f.rel != CORRECTIONS_FILE
                  and f.rel.rpartition("/")[2] != METADATA_FILE and admitted(f, max_bytes, problems)]
    # the files unchanged since an earlier run read them: their digests and opening lines
    known = seen_before(candidates, seen if memo is not None else None)
    keep = distinct_files(candidates, named=frozenset(rows), problems=problems,
                          digests={rel: s.raw_sha for rel, s in known.items()})
    del candidates, walk
    # Two passes: the taglines are lines that open several files, so no file's articles can
    # be built before every file was read. The first pass keeps each file's text and the
    # tagline finder's digest of its opening lines; the second cuts a text file's
    # paragraphs again, builds its articles and lets go of it.
    loaded: list[LoadedFile | UnreadFile | None] = []
    finder = TaglineFinder()
    # the line says how many files are read now and how many the cache knows unchanged
    unchanged = sum(1 for f in keep if f.rel in known)
    progress.stage(f"reading files: {len(keep) - unchanged} read, {unchanged} from the cache",
                   len(keep))
    read_now: dict[tuple, LoadedFile] = {}
    for f in keep:
        stat_key = (f.rel, f.size, *f.stamp)
        read = read_before.get(stat_key) if read_before is not None and f.stamp[2] else None
        if read is None and (summary := known.get(f.rel)) is not None:
            finder.add(summary.paragraphs())  # all the finder reads of a file
            loaded.append(UnreadFile(f, summary.raw_sha))
            progress.advance()
            continue
        try:
            read = read or read_file(f)
        except Unreadable as exc:
            problems.append(Problem(f.rel, str(exc)))
        except Exception as exc:  # a parser bug on one odd file must not lose the corpus
            problems.append(Problem(f.rel, f"could not be parsed: {type(exc).__name__}: {exc}"))
        else:
            finder.add(read.paragraphs())
            if seen is not None and f.rel not in known and (key := seen_key(f)) is not None:
                seen.put(key, SeenFile(read.raw_sha, tuple(p.text for p in read.paragraphs()[:2])))
            loaded.append(read.compact())
            if read_before is not None and len(read_now) < READ_BEFORE_FILES:
                read_now[stat_key] = loaded[-1]
        progress.advance()
    del keep
    if read_before is not None:  # the files of this folder now: a removed one is let go
        read_before.clear()
        read_before.update(read_now)
    del read_now

    found = frozenset(KNOWN_TAGLINES) | finder.taglines()
    del finder
    ctx = _Context(taglines=Taglines(all=found, splitting=splitting_taglines(found)), today=today,
                   problems=problems)
    bases = article_bases([f.rel for f in loaded if f is not None])
    shared = taglines_key(found, ctx.taglines.splitting, today)
    articles: list[Article] = []
    by_file: dict[str, list[int]] = {}
    progress.stage("splitting and cleaning articles", len(loaded))
    for i, f in enumerate(loaded):
        loaded[i] = None  # what an article does not keep of its file goes with the loop's turn
        progress.advance()
        if f is None:
            continue
        try:
            built = _remembered(f, base=bases[f.rel], ctx=ctx, memo=memo, shared=shared)
        except Unreadable as exc:  # an unread file, read now (`_remembered`)
            problems.append(Problem(f.rel, str(exc)))
            continue
        except Exception as exc:
            problems.append(Problem(f.rel, f"could not be parsed: {type(exc).__name__}: {exc}"))
            continue
        if not built:
            problems.append(Problem(f.rel, "no article text left after removing site chrome"))
            continue
        by_file[f.rel] = list(range(len(articles), len(articles) + len(built)))
        articles.extend(built)

    apply_metadata(articles, by_file, rows, problems)
    problems.sort(key=lambda p: p.file)  # stable: the rows of metadata.csv keep their order
    return Corpus(root, articles, problems)


def _remembered(f: LoadedFile | UnreadFile, *, base: str, ctx: _Context, memo: BuiltMemo | None,
                shared: str) -> list[Article]:
    """`_articles_of`, from `memo` when this file was built before with the same taglines
    and date (the problems it reported then are reported again). A file the first pass did
    not read (`UnreadFile`) is read here when it must be built."""
    if memo is None:
        return _articles_of(_read(f), base=base, ctx=ctx)
    key = built_key(f.rel, f.raw_sha, base, shared)
    known = memo.get(key)
    if known is not None:
        ctx.problems.extend(known.problems)
        return list(known.articles)
    before = len(ctx.problems)
    built = _articles_of(_read(f), base=base, ctx=ctx)
    memo.put(key, BuiltFile(articles=built, problems=ctx.problems[before:]))
    return built


def _read(f: LoadedFile | UnreadFile) -> LoadedFile:
    """`f` read (raises Unreadable as `read_file` does)."""
    return read_file(f.file) if isinstance(f, UnreadFile) else f


def _articles_of(f: LoadedFile, *, base: str, ctx: _Context) -> list[Article]:
    """The articles of one file, numbered ``base``, ``base#2`` …"""
    paras = f.paragraphs()
    # (a list of news items is cut at each item first: `newslist`)
    cuts = [*f.html_meta.items[1:], len(paras)]
    groups = ([paras[a:b] for a, b in zip([0, *cuts[:-1]], cuts, strict=True)]
              if f.html_meta.items else [paras])
    parts = [part for group in groups for part in split_articles(group, ctx.taglines.splitting)]
    built = [
        a for i, part in enumerate(parts)
        if (a := _build(f, part, article_id=article_id(base, i), ctx=ctx, first=i == 0)) is not None
    ]
    # Renumber so that ids are base, base#2, … even when a middle part was all chrome.
    return [replace(a, article_id=article_id(base, i)) for i, a in enumerate(built)]


def _build(f: LoadedFile, parts: list[Para], *, article_id: str, ctx: _Context,
           first: bool) -> Article | None:
    """One article from its paragraphs; None when only chrome is left."""
    cleaned = clean(parts, ctx.taglines.all)
    if not cleaned.paras:
        return None
    texts: list[str] = []
    segs: list[Segment] = []
    pos = 0
    for para in cleaned.paras:
        for s in para.segs:
            seg = replace(s, clean_start=pos + s.clean_start)
            prev = segs[-1] if segs else None
            # Join across a single "\n" that the original has too: ranges spanning
            # adjacent lines of a .txt then stay exact.
            if (prev and prev.exact and seg.exact and prev.clean_start + prev.length + 1 == seg.clean_start
                    and prev.orig_start + prev.length + 1 == seg.orig_start
                    and f.original[prev.orig_start + prev.length] == "\n"):
                segs[-1] = Segment(prev.clean_start, prev.orig_start, prev.length + 1 + seg.length)
            else:
                segs.append(seg)
        texts.append(para.text)
        pos += len(para.text) + 1
    text = "\n".join(texts)
    if text == f.original:  # a clean .txt: one string for both, not two equal copies
        text = f.original
    # Page metadata (HTML) describes the page's first article only.
    # (a list page's title, date and address are the list's, none of its items': its site only)
    meta = f.html_meta if first and not f.html_meta.items else PageMeta(
        sitename=f.html_meta.sitename if f.html_meta.items else None)
    title = meta.title or title_of(cleaned.paras)
    source = cleaned.source or meta.sitename
    guess = _stated_date(meta)
    future = guess.published is not None and guess.published > ctx.today
    if future:  # the page's markup is wrong: a problem that says what the page is left with
        guess = DateGuess(None, None, None)
    if guess.published is None and (by_url := date_from_url(meta.url, ctx.today)) is not None:
        guess = DateGuess(by_url.published, by_url.precision, by_url.evidence)
    # a day in the file's name («2026-02-12 Минпром….txt») beats the years the text mentions
    # («выпуск намечен на 2026 год»), not a date its own head states (`filedates`)
    if guess.published is None and (named := date_from_file_name(f.rel, ctx.today)) is not None \
            and head_date(text, ctx.today).published is None:
        guess = DateGuess(named.published, named.precision, named.evidence)
    inferred = guess.published is None
    if inferred:
        guess = infer_date(text, cleaned.chrome_text, today=ctx.today)
        if guess.precision != "day" and (head := head_date(text, ctx.today)).published is not None:
            # a date line the body's reading does not read («Thu, 03 Jul 2025 09:10:00 +0300»
            # under a list item's headline: newuser42 F2) is still the text's own day
            guess = head
        inferred = guess.published is not None
    if future:
        ctx.problems.append(Problem(f.rel, (
            f"the page states publication date {meta.date}, later than today "
            f"({ctx.today.isoformat()}); ignored, " + (
                f"the date inferred from the text ({guess.published}) is used" if inferred
                else f"the date from {guess.evidence} is used" if guess.published
                else "and the text gives no year: the page is left without a date"))))
    return Article(
        article_id=article_id, file=f.rel, title=title, source=source, url=meta.url,
        published=guess.published, published_inferred=inferred, published_evidence=guess.evidence,
        text=text, original=f.original, segments=tuple(segs), sha256=f.raw_sha,
        published_precision=guess.precision, encoding=f.encoding,
    )


def _stated_date(meta: PageMeta) -> DateGuess:
    """The date the HTML markup states; an empty guess when none or unreadable."""
    if meta.date:
        try:
            stated = parse_date(meta.date)
        except ValueError:
            return DateGuess(None, None, None)
        return DateGuess(stated.published, stated.precision, "HTML page metadata")
    return DateGuess(None, None, None)
