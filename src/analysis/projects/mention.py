"""The records of reading: a sentence as the reader sees it, and a project mention.

`ArticleReader` (`analysis.projects.reader`) turns each `ReadSentence` of an article into
`Mention`s; the register (`analysis.projects.register`) merges mentions into projects.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analysis.projects.cues import Token, tokens

if TYPE_CHECKING:
    from analysis.ingest import Article

_NEWLINE = re.compile(r"\n")
_LINE_SPLIT = re.compile(r"(\n)")


@dataclass
class ReadSentence:
    """A sentence cut at paragraph breaks too, with its tokens (clean-text offsets)."""

    start: int
    end: int
    paragraph: int  # index of the paragraph (line) it stands in
    toks: list[Token]


@dataclass
class Mention:
    """What one sentence says of one project."""

    sentence: ReadSentence
    kind: str | None  # None: no kind cue, can only continue a project
    status: str
    enterprises: set[str]
    region: str | None
    product: str = ""
    product_key: set[str] = field(default_factory=set)
    timeline: str | None = None
    reference: bool = False  # points back at the project last talked about
    generic: bool = False  # a bare production cue («открыть производство», «выпуск»)
    anchored: bool = True  # names a firm, a place or a programme (not only «предприятия…»)
    location: str = ""  # the town or Belarusian place said («Лида», «Сургут, Нижневартовск»)
    placed: bool = False  # the sentence names the place (not the article's main region)
    another: bool = False  # adds a site to the project last told («ещё один … в Оренбурге»)


def read_sentences(article: Article) -> list[ReadSentence]:
    """The article's sentences, cut at paragraph breaks too (titles have no final full stop)."""
    text = article.text
    para_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    out = []
    for s in article.sentences:
        pos = s.start
        for piece in _LINE_SPLIT.split(text[s.start:s.end]):
            if piece.strip() and piece != "\n":
                a = pos + len(piece) - len(piece.lstrip())
                b = pos + len(piece.rstrip())
                para = bisect_right(para_starts, a) - 1  # paragraph starts indexed once
                out.append(ReadSentence(start=a, end=b, paragraph=para, toks=tokens(text, a, b)))
            pos += len(piece)
    return out
