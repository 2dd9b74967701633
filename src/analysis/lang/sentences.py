"""Sentences with exact offsets: the one home of sentence splitting in the package.

Three splitters, each kept for a measured reason (no stage keeps a splitter of its own):

- `split_sentences` — the splitter money facts cite from. A sentence ends at .!?… (plus
  closing quotes) before a capital or an opening quote, or at a line break. Faster than
  razdel and good enough to cite: spans never cross a paragraph, so `Article.original_span`
  maps them exactly. Not an end: a dot after a short piece («Только в 2021 г. Беларусь…»)
  or inside a short quoted name («Иннопром. Беларусь»).
- `split_sentences_razdel` — razdel's cuts, for `Article.sentences` (entities, the project
  register) and the headline taken from a first sentence (`ingest.chrome.title_of`).
- `RoughSentences` — one regex pass, for the tense around a date mention (`ingest.pubdates`).

Swapping the last two for `split_sentences` changes extracted tables (see their docstrings
for the measurements), so that is left to a deliberate behaviour change. `by_paragraph`
runs a splitter line by line.

Readers that ask only whether (or where) a sentence ends between two places, not for the
sentences themselves, take their end from here too:

- `stop_before_capital` — a stop (.!?) before spaces and a capital or an opening mark; its
  parameters are the measured differences between readers (which marks open a sentence, a
  stop at the line's end, a line break itself, spaces across a line break), each said there.
- `stop_before_space` — the rough end: a stop before white space (a decimal point is
  none), and a line break; `RoughSentences` and the readers that cut a sentence roughly.
- `STOP_THEN_CAPITAL` — a stop with its closing quotes and spaces, then a capital (an opener
  perhaps before it), the capital part of the match; or a line break (`money.adjective_rubles`,
  `money.elided_prices`: the latter reads on from the match's end).
- `sentence_opening` — where the sentence holding a position opens, read roughly: after the
  last stop or line break before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from razdel import sentenize

from analysis.lazypattern import LazyPattern, lazy_compile

__all__ = ["STOP_THEN_CAPITAL", "RoughSentences", "Span", "by_paragraph", "sentence_ends", "sentence_opening",
           "split_sentences", "split_sentences_razdel", "stop_before_capital", "stop_before_space"]


class Span(NamedTuple):
    """A ``[start, end)`` range of character offsets into a text."""

    start: int
    end: int


# A splitter: text → (start, end) of each sentence (a `Span` is such a pair).
Splitter = Callable[[str], Sequence[tuple[int, int]]]

# (one character class first, so sre scans for it in C; a line break, or the punctuation
# run with its closing quotes and spaces before a capital)
_SENT_END = lazy_compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"»”)]*[ \u00a0]+(?=[«\"„“(]?[А-ЯЁA-Z])"
                       r"(?!США|US\b)"
                       # a figure opening a sentence after a full word's stop («… комплектующих.
                       # 2 340 рублей — средняя зарплата»); an abbreviation's dot («тыс. 950»,
                       # «млрд. 200 млн», «г. 15») is no end
                       r"|(?<=[а-яё]{4}\.)(?<!млрд\.)(?<!долл\.)(?<!трлн\.)(?<!тыс\.)[ \u00a0]+(?=\d))")
# the characters a `_SENT_END` match starts with
_END_CHARS = ".!?\u2026\n"
# (the capital is consumed, not looked ahead at: a reader goes on from the match's end)
STOP_THEN_CAPITAL = lazy_compile(r"[.!?…][\"»”)]*[ \u00a0]+[«\"„(]?[А-ЯЁA-Z]|\n")
_YEAR_ABBR_END = lazy_compile(r"\d\s*гг?\.\Z")
_NAME_SPAN = 30  # a quoted name is short; a quotation of whole sentences is not


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, whitespace stripped, in order.

    Plain pairs, not `Span`s: this runs for every paragraph in the money extraction hot path,
    and building a NamedTuple per sentence costs ~30% of its time.
    """
    # (most paragraphs end their sentences with dots only: `in` tests in C, then one `find`
    # loop; the same spans as the general reading below, tests/test_speed45c_readers.py)
    if "\n" not in text and "!" not in text and "?" not in text and "\u2026" not in text:
        return _split_at_dots(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for m in sentence_ends(text):
        newline = m.group() == "\n"
        end = m.start() if newline else m.end()
        raw = text[start:end]
        piece = raw.strip()  # once per candidate end (this runs per paragraph)
        if not newline:
            if len(piece) < 15 or (len(piece) < 40 and _YEAR_ABBR_END.search(piece)):
                continue  # «Только в 2021 г. Беларусь…»: an abbreviation, not a sentence end
            if _in_quoted_name(text, start, m.start(), m.end()):
                continue  # «Иннопром. Беларусь»: a dot inside a quoted name
        if piece:
            spans.append(_stripped(start, raw, piece))
        start = m.end()
    raw = text[start:]
    if piece := raw.strip():
        spans.append(_stripped(start, raw, piece))
    return spans


def _split_at_dots(text: str) -> list[tuple[int, int]]:
    """`split_sentences` of a text whose only stops are dots: the candidates are the dots
    (`str.find` from the last match's end on, as `sentence_ends` skips those inside it), each
    match read as `split_sentences` reads it; a dot inside a quoted name is looked for only
    where an opening quote stands in the text (`_in_quoted_name` finds none otherwise)."""
    quoted = "«" in text
    spans: list[tuple[int, int]] = []
    start = 0
    match, find = _SENT_END.match, text.find
    p = find(".")
    while p >= 0:
        m = match(text, p)
        if m is None:
            p = find(".", p + 1)
            continue
        after = m.end()
        raw = text[start:after]
        piece = raw.strip()
        if not (len(piece) < 15 or (len(piece) < 40 and _YEAR_ABBR_END.search(piece))
                or (quoted and _in_quoted_name(text, start, p, after))):
            at = start + len(raw) - len(raw.lstrip())  # (`_stripped`, inline)
            spans.append((at, at + len(piece)))
            start = after
        p = find(".", after)
    raw = text[start:]
    if piece := raw.strip():
        at = start + len(raw) - len(raw.lstrip())
        spans.append((at, at + len(piece)))
    return spans


def sentence_ends(text: str) -> list[re.Match[str]]:
    """The matches of `_SENT_END` in `text`, as ``finditer`` gives them.

    A match starts at one of five characters, and ``str.find`` looks for one character
    several times faster than sre tests a character class at every character: the
    candidates are found with it and the pattern is tried at each, left to right, skipping
    those inside the last match (as the scan would)."""
    candidates: list[int] = []
    for ch in _END_CHARS:
        p = text.find(ch)
        while p >= 0:
            candidates.append(p)
            p = text.find(ch, p + 1)
    candidates.sort()
    out: list[re.Match[str]] = []
    last = 0
    for p in candidates:
        if p >= last and (m := _SENT_END.match(text, p)) is not None:
            out.append(m)
            last = m.end()
    return out


def split_sentences_razdel(text: str) -> list[Span]:
    """Every sentence of `text` as razdel's `sentenize` cuts it, whitespace stripped.

    Kept beside `split_sentences` because the two disagree on 54 of the 1,221 proof-corpus
    articles and the tables depend on which one runs. Razdel cuts after «долл.» (before
    «США»), at «;» in lists and inside «Иннопром. Беларусь»; `split_sentences` does not.
    Measured with `split_sentences` instead: as `Article.sentences` it changes 7 project
    rows of the gold corpus and lowers the project gold scores (projects_in_articles recall
    0.72 → 0.71, precision 0.70 → 0.68; heldout precision 0.59 → 0.58); as the headline
    splitter it changes 18 titles (most read better: «… 958,3 млн долл. США» instead of
    «… 958,3 млн долл»). Either swap is a behaviour change for the lead to decide.
    """
    return [Span(s.start, s.stop) for s in sentenize(text)]


def by_paragraph(text: str, split: Splitter = split_sentences) -> list[Span]:
    """Sentences of `text` split line by line, as offsets into `text`.

    Per paragraph: a headline without a final period must not swallow the lead's first
    sentence, and a sentence never spans two paragraphs (so it maps exactly to the file).
    """
    out: list[Span] = []
    pos = 0
    for para in text.split("\n"):
        out.extend(Span(pos + a, pos + b) for a, b in split(para))
        pos += len(para) + 1
    return out


class RoughSentences:
    """Rough sentence bounds of one text, for the tense around a date mention.

    One regex pass (a sentence ends at .!?… before whitespace or at the end, or at a line
    break), then bisect: cheaper than either splitter above and enough to see «планирует» or
    «по итогам» next to a year. Kept instead of `split_sentences` because the two disagree
    after abbreviations («2023 г.», «2025–2026 гг.»): `split_sentences` keeps the next
    sentence attached, and with it a past verb or an amount that turns a plain year into
    «the year is over». On the proof corpora that moves the year inferred from the text of
    6 of 1,221 articles (3 closer to their stated date, 3 further; the tables stay the same
    only because those articles have a date in metadata.csv), so the swap is not a refactor.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in _ROUGH_END.finditer(text)]

    def around(self, start: int, end: int) -> str:
        """The text from the sentence end before `start` to the one at or after `end`."""
        i = bisect_right(self.ends, start)
        first = self.ends[i - 1] if i else 0
        j = bisect_right(self.ends, end - 1)
        last = self.ends[j] if j < len(self.ends) else len(self.text)
        return self.text[first:last]


@cache
def stop_before_capital(openers: str = "«\"", *, line_end: bool = False, line_break: bool = False,
                        across_lines: bool = False) -> LazyPattern:
    """A sentence's end as a reader looks for it between two places: a stop (.!?) before
    spaces and a capital or one of `openers` (the stop alone is the match; a reader asking
    whether an end stands in text[a:b] searches with those bounds, which the capital must
    stand within too).

    The parameters are where readers differ on purpose:
    - `openers`: the marks that may open a sentence besides a capital (a quote «"» opens a
      sentence for most readers, `money.against` counts the angle quote only,
      `money.redenominated_pair` a dash too: «… 1 000 рублей. — Это …» starts another
      statement there);
    - `line_end`: a stop with nothing but spaces after it up to the line's end (or the bound
      searched to) ends a sentence too, for readers that walk to the next sentence
      (`money.world_whole`, `money.share_follows`: the last sentence of a paragraph);
    - `line_break`: a line break is an end by itself (a heading or a table line has no stop:
      `money.world_whole`, `money.redenominated_pair`); not for `money.share_follows`, which
      walks into the next paragraph by searching from its line break on;
    - `across_lines`: the spaces after the stop may hold a line break (a sentence that holds a
      figure line's break: `money.summed_parts`).
    """
    spaces = r"\s" if across_lines else r"[ \u00a0]"
    marks = "".join(re.escape(c) for c in openers)
    ahead = rf"{spaces}+[А-ЯЁA-Z{marks}]" + (rf"|{spaces}*$" if line_end else "")
    return lazy_compile(rf"[.!?](?={ahead})" + (r"|\n" if line_break else ""),
                        re.M if line_end else 0)


@cache
def stop_before_space(*, ellipsis: bool = True, line_break: bool = True,
                      text_end: bool = False) -> LazyPattern:
    """The rough end of a sentence: a stop before white space (a decimal point is none; an
    abbreviation's dot is one), or a line break; the match is the one character.

    The parameters are where readers differ on purpose:
    - `ellipsis`: «…» is a stop too (not for `money.rubles` and `money.part_of`, whose
      readings were measured without it);
    - `line_break`: a line break ends a sentence by itself (not for `money.show_rubles`, which
      reads a show's sentence on to its stop, nor `money.part_of`, which asks of the gap
      between two figures of one sentence only whether a stop stands in it);
    - `text_end`: a stop at the end of the text, or of the bound searched to, is an end too
      (`RoughSentences`: the last sentence of the text).
    """
    stops = ".!?" + ("…" if ellipsis else "") + (r"\n" if line_break else "")
    ahead = r"(?=\s|$)" if text_end else r"(?=\s)"
    # (one character class first: sre scans for it in C)
    return lazy_compile(f"[{stops}]" + (rf"(?:(?<=\n)|{ahead})" if line_break else ahead))


_ROUGH_END = stop_before_space(text_end=True)  # `RoughSentences`' ends


def sentence_opening(text: str, pos: int, lo: int = 0) -> int:
    """Where the sentence holding `pos` opens, read roughly: right after the last stop (.!?)
    or line break before `pos`, and not before `lo` (a paragraph's start, say). Rough on
    purpose: a reader that looks back for the words opening a sentence («Далее следуют …»,
    «крупнейшим покупателем …») wants no abbreviation rules (`split_sentences`) to carry it
    further back."""
    return max(lo, max(text.rfind(c, lo, pos) for c in ".!?\n") + 1)


def _in_quoted_name(text: str, start: int, dot: int, after: int) -> bool:
    """Is the dot at `dot` inside a short quoted name («Иннопром. Беларусь»)?"""
    opened = text.rfind("«", max(start, dot - _NAME_SPAN), dot)
    if opened < 0 or "»" in text[opened:dot]:
        return False
    closed = text.find("»", after, after + _NAME_SPAN)
    return closed >= 0 and "«" not in text[after:closed] and not any(
        ch in text[after:closed] for ch in ".!?\n")


def _stripped(start: int, raw: str, piece: str) -> tuple[int, int]:
    """Where `piece` (`raw.strip()`, not empty) stands, `raw` standing at `start`: the
    whitespace `str.strip` cuts is what `str.isspace` calls so, measured in C."""
    at = start + len(raw) - len(raw.lstrip())
    return at, at + len(piece)
