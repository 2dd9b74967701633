"""Clean-text paragraphs that remember where each character came from in the original.

`Segment` is part of the public model (exported by `analysis.ingest`); `Para` is one
paragraph of clean text with its segments, which the loader slices, strips and joins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Para", "Segment", "merge", "txt_paragraphs"]


@dataclass(frozen=True)
class Segment:
    """`length` characters of clean text at `clean_start` copy the original at `orig_start`.

    ``exact=False`` marks best-effort HTML mappings (an entity, a whitespace run shown as
    one space, text not found verbatim): the clean characters stand for
    ``original[orig_start:orig_end]``, which spells them differently (or is empty).
    """

    clean_start: int
    orig_start: int
    length: int
    exact: bool = True
    orig_length: int | None = None  # characters of the original covered; None = `length`

    @property
    def orig_end(self) -> int:
        """Original offset just after the piece this segment copies (or stands for)."""
        return self.orig_start + (self.length if self.orig_length is None else self.orig_length)


@dataclass(frozen=True)
class Para:
    """One paragraph of clean text and the segments that map it into the original."""

    text: str
    segs: tuple[Segment, ...]  # clean_start relative to this paragraph

    def slice(self, a: int, b: int) -> Para:
        """The paragraph's characters [a, b), segments cut and shifted to match."""
        segs = []
        for s in self.segs:
            lo, hi = max(a, s.clean_start), min(b, s.clean_start + s.length)
            if lo < hi:
                if s.exact:
                    segs.append(Segment(lo - a, s.orig_start + lo - s.clean_start, hi - lo))
                else:
                    segs.append(Segment(lo - a, s.orig_start, hi - lo, False, s.orig_length))
        return Para(self.text[a:b], tuple(segs))

    def stripped(self) -> Para:
        """The paragraph without leading and trailing whitespace."""
        body = self.text.strip()
        if body == self.text:
            return self
        a = len(self.text) - len(self.text.lstrip())
        return self.slice(a, a + len(body))


def txt_paragraphs(original: str) -> list[Para]:
    """The non-blank lines of a text file, stripped, each a verbatim copy of the original."""
    paras = []
    # \r\n, \r and \n are line breaks; other Unicode separators stay inside the line so
    # that the clean text never gains a "\n" the original does not have.
    for m in re.finditer(r"[^\r\n]+", original):
        p = Para(m.group(), (Segment(0, m.start(), m.end() - m.start()),)).stripped()
        if p.text:
            paras.append(p)
    return paras


def merge(segs: list[Segment]) -> tuple[Segment, ...]:
    """Join neighbouring exact segments that are contiguous in both texts."""
    out: list[Segment] = []
    for s in segs:
        if out:
            p = out[-1]
            if (p.exact and s.exact and p.clean_start + p.length == s.clean_start
                    and p.orig_start + p.length == s.orig_start):
                out[-1] = Segment(p.clean_start, p.orig_start, p.length + s.length)
                continue
        out.append(s)
    return tuple(out)

