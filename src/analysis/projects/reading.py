"""One article's project reading as a compact, picklable record, so that the register's
cross-article merge can run from a cache without reading or tokenising the article again.

`read_projects(article, entities)` runs `ArticleReader` over every sentence once (in the
per-article step, on any core) and keeps what the merge asks of the reader: the sentences'
offsets and paragraphs, and each sentence's mentions for both values of the reader's
`adjacent` flag (the flag depends on what earlier articles merged, so it is only known at
merge time; the second list is kept only where it differs). `ProjectReading.reader(article)`
gives the merge a reader with the same `sents` and `mentions(idx, adjacent)` as
`ArticleReader`, bound to the article's text again: mentions are plain strings, offsets and
sets (no morphology objects, no copy of the text).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from analysis.projects.mention import Mention, ReadSentence
from analysis.projects.partners import register_entities
from analysis.projects.reader import ArticleReader
from analysis.projects.syntax import SyntaxReader

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.ingest import Article

__all__ = ["CachedReader", "ProjectReading", "SentenceSpan", "read_projects"]


@dataclass(frozen=True)
class SentenceSpan:
    """Where a read sentence stands: clean-text offsets and its paragraph."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class ProjectReading:
    """What the register's merge needs of one article (see the module docstring)."""

    article_id: str
    text_length: int  # of the clean text it was read from: a check when it is bound again
    sentences: tuple[SentenceSpan, ...]
    plain: Mapping[int, list[Mention]] = field(default_factory=dict)  # adjacent=False, non-empty
    adjacent: Mapping[int, list[Mention]] = field(default_factory=dict)  # only where it differs

    def reader(self, article: Article) -> CachedReader:
        """A reader of `article` that answers from this record."""
        if article.article_id != self.article_id or len(article.text) != self.text_length:
            raise ValueError(f"project reading of {self.article_id} bound to another text "
                             f"({article.article_id})")
        return CachedReader(self, article.text)


class CachedReader:
    """`ArticleReader`'s `sents` and `mentions` for the merge, from a `ProjectReading`."""

    def __init__(self, reading: ProjectReading, text: str) -> None:
        self.reading = reading
        self.sents = [ReadSentence(start=s.start, end=s.end, paragraph=s.paragraph, text=text)
                      for s in reading.sentences]

    def mentions(self, idx: int, adjacent: bool = False) -> list[Mention]:
        """The mentions `ArticleReader.mentions(idx, adjacent)` gave, as fresh objects bound to
        the sentence (the merge changes a mention's fields; the record stays as read)."""
        found = (self.reading.adjacent.get(idx) if adjacent else None)
        if found is None:
            found = self.reading.plain.get(idx, [])
        sent = self.sents[idx]
        return [replace(m, sentence=sent, enterprises=set(m.enterprises),
                        product_key=set(m.product_key)) for m in found]


def empty_reading(article: Article) -> ProjectReading:
    """A reading that finds nothing in `article` (the per-article step stopped on it)."""
    return ProjectReading(article_id=article.article_id, text_length=len(article.text),
                          sentences=())


def read_projects(article: Article, entities: list[Entity] | None = None,
                  syntax: SyntaxReader | bool = True) -> ProjectReading:
    """Read `article` for the register once (`entities`: `find_entities(article, ner=...)`
    of it; None: the gazetteer's, as `build_register` would take; `syntax` as there: the
    parser's models load once per process, only when a sentence needs a tree)."""
    given = None if entities is None else {article.article_id: entities}
    parser = syntax if isinstance(syntax, SyntaxReader) else SyntaxReader() if syntax else None
    reader = ArticleReader(article, register_entities(article, given), syntax=parser)
    spans = tuple(SentenceSpan(start=s.start, end=s.end, paragraph=s.paragraph)
                  for s in reader.sents)
    bare = [ReadSentence(start=s.start, end=s.end, paragraph=s.paragraph, text="")
            for s in spans]  # what a stored mention points at: no text, no tokens
    plain: dict[int, list[Mention]] = {}
    adjacent: dict[int, list[Mention]] = {}
    for idx in range(len(spans)):
        # the merge can only call a sentence adjacent when it follows one of its paragraph;
        # then both readings come from one pass over the sentence
        can_follow = idx > 0 and spans[idx - 1].paragraph == spans[idx].paragraph
        alone, after = reader.mentions_as(idx, (False, True)) if can_follow \
            else reader.mentions_as(idx, (False,)) * 2
        if alone:
            plain[idx] = [replace(m, sentence=bare[idx]) for m in alone]
        if after != alone:
            adjacent[idx] = [replace(m, sentence=bare[idx]) for m in after]
    return ProjectReading(article_id=article.article_id, text_length=len(article.text),
                          sentences=spans, plain=plain, adjacent=adjacent)
