"""Reading one file of a corpus: whether the loader reads it, and the file decoded and cut.

`admitted`: a file is read when its extension is one the loader knows (`filetype`) and it is
within the size limit (`MAX_ARTICLE_BYTES` by default: a file over it is a problem, never read
and never cut). `read_file`: its bytes decoded (`encodings`; a garbled or non-Russian text is
a problem, `readable`) and cut into paragraphs, a text file's by line (`segments`), a page's
by trafilatura (`htmlpages`), into a `LoadedFile` the loader builds articles from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.ingest.article import Problem
from analysis.ingest.encodings import Unreadable, decode
from analysis.ingest.feeds import feed_paragraphs
from analysis.ingest.filetype import HTML_SUFFIXES, SNIFF_BYTES, TEXT_SUFFIXES, file_kind
from analysis.ingest.htmlpages import PageMeta, html_paragraphs
from analysis.ingest.newslist import news_list
from analysis.ingest.readable import readable_decoding
from analysis.ingest.segments import Para, txt_paragraphs
from analysis.ingest.walk import CorpusFile

__all__ = ["MAX_ARTICLE_BYTES", "LoadedFile", "admitted", "read_file"]

# A file larger than this is listed as a problem, not read: extraction of one article must
# not take the run hostage (see `load_corpus`). News articles are 2–20 KB.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024


@dataclass
class LoadedFile:
    """One decoded file and its paragraphs, before it is split into articles."""

    rel: str  # path relative to the corpus folder, with "/"
    raw_sha: str  # sha256 of the file's bytes
    original: str  # the decoded file
    encoding: str  # the Python codec that decoded it
    # None for a .txt once read (`compact`): its paragraphs are cut again from `original`
    paras: list[Para] | None
    html_meta: PageMeta = field(default_factory=PageMeta)  # empty for .txt
    kind: str = "text"  # "text" | "html" | "feed" (`filetype.file_kind`)

    def paragraphs(self) -> list[Para]:
        """The file's paragraphs (a .txt's cut again from its text: a millisecond's work
        that spares holding every file's lines twice while the corpus is read)."""
        return self.paras if self.paras is not None else txt_paragraphs(self.original)

    def compact(self) -> LoadedFile:
        """What is kept of the file until its articles are built: a page's paragraphs (finding
        them again costs trafilatura's parse) or a feed's, never a text file's."""
        return self if self.kind != "text" else replace(self, paras=None)


def admitted(f: CorpusFile, max_bytes: int, problems: list[Problem]) -> bool:
    """Whether a file is one the loader reads: a known extension, within the size limit."""
    suffix = Path(f.rel).suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        problems.append(Problem(f.rel, f"unsupported file type '{suffix or Path(f.rel).name}': not read"))
        return False
    if f.size > max_bytes:
        problems.append(Problem(f.rel, (
            f"too large: {_size(f.size)} is over the limit of {_size(max_bytes)} per article; not read "
            "(raise the limit with --max-article-size if this really is one article)")))
        return False
    return True


def _size(n: int) -> str:
    """A file size as people read it: ``2.4 MB``, ``8 KB``."""
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def read_file(f: CorpusFile) -> LoadedFile:
    """Decode one file and cut it into paragraphs; raises Unreadable with the reason."""
    try:
        raw = f.path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"unreadable: {exc.strerror or exc}") from exc
    kind = file_kind(Path(f.rel).suffix, raw[:SNIFF_BYTES])
    def cut(text: str) -> tuple[list[Para], PageMeta]:
        if kind == "feed":
            return feed_paragraphs(text), PageMeta()
        if kind != "html":
            return txt_paragraphs(text), PageMeta()
        if (listed := news_list(text)) is not None:  # several news items: an article each
            return listed.paras, PageMeta(sitename=listed.sitename, items=listed.items)
        return html_paragraphs(text)

    # garbled or non-Russian text is no article (`readable`: other encodings tried first)
    (original, enc), (paras, meta) = readable_decoding(
        raw, decode(raw, is_html=kind == "html"), cut, lambda c: "\n".join(p.text for p in c[0]), f.rel)
    if kind == "feed" and not paras:
        raise Unreadable("feed has no items with text")
    if kind != "html" and not paras:
        raise Unreadable("empty file (only whitespace)")
    return LoadedFile(rel=f.rel, raw_sha=hashlib.sha256(raw).hexdigest(), original=original, encoding=enc,
                      paras=paras, html_meta=meta, kind=kind)
