"""Is a decoded file readable Russian? Garbled and non-Russian texts are no articles.

A new user's French Latin-1 file was decoded as Windows-1251 («prйsident») and a damaged file
came out as mojibake; both counted on a briefing's cover («Охват 12 статей») and gave nothing.
`judge` reads the text an article would be made of (a page's paragraphs, not its markup): the
share of Cyrillic letters among its letters and the mojibake markers of
`data/readable_ru.json`. `readable_decoding` tries the other Cyrillic encodings the decoder
knows before it gives up, and raises `Unreadable` with the reason: not Russian (the language
its words read as), or garbled (what the garbling looks like, and to re-save the file as
UTF-8). A text with few letters (a table of figures) is not judged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple, TypeVar

from analysis.ingest.encodings import CYRILLIC_CODECS, Decoded, Unreadable
from analysis.lazypattern import lazy_compile
from analysis.patternstore import compile_pattern

__all__ = ["Verdict", "judge", "readable_decoding"]

DATA = Path(__file__).resolve().parents[1] / "data" / "readable_ru.json"

_LETTERS = lazy_compile(r"[^\W\d_]+")  # runs, not single letters: a third of the time
_CYRILLICS = lazy_compile(r"[\u0400-\u04ff]+")
_LATIN_WORD = lazy_compile(r"\b[a-zà-ÿąćęłńóśźż]+\b")

Cut = TypeVar("Cut")


@dataclass(frozen=True)
class Rules:
    """The thresholds and markers of `data/readable_ru.json`."""

    sample_chars: int
    min_letters: int
    min_cyrillic_share: float
    min_markers: int
    marker_share: float
    min_language_words: int
    mojibake: dict[str, re.Pattern[str]]  # what the garbling is → its marker
    languages: dict[str, frozenset[str]]  # a language → its commonest words


@cache
def rules() -> Rules:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return Rules(sample_chars=data["sample_chars"], min_letters=data["min_letters"],
                 min_cyrillic_share=data["min_cyrillic_share"], min_markers=data["min_markers"],
                 marker_share=data["marker_share"], min_language_words=data["min_language_words"],
                 mojibake={name: compile_pattern(p) for name, p in data["mojibake"].items()},
                 languages={name: frozenset(words) for name, words in data["languages"].items()})


class Verdict(NamedTuple):
    """What `judge` found: ``kind`` is "russian", "few letters" (not judged), "foreign" or
    "garbled"; ``detail`` the language or the garbling."""

    kind: str
    letters: int
    cyrillic_share: float
    detail: str = ""

    @property
    def kept(self) -> bool:
        return self.kind in ("russian", "few letters")


def judge(text: str) -> Verdict:
    """Whether `text` (its first `sample_chars`) reads as Russian, with its letters' counts."""
    r = rules()
    text = text[:r.sample_chars]  # a wrong decoding garbles a whole file alike
    letters = sum(map(len, _LETTERS.findall(text)))
    share = sum(map(len, _CYRILLICS.findall(text))) / letters if letters else 0.0
    if letters < r.min_letters:
        return Verdict("few letters", letters, share)
    for name, marker in r.mojibake.items():
        found = len(marker.findall(text))
        if found >= r.min_markers and found >= r.marker_share * letters:
            return Verdict("garbled", letters, share, name)
    if share >= r.min_cyrillic_share:
        return Verdict("russian", letters, share)
    return Verdict("foreign", letters, share, _language(text, r))


def _language(text: str, r: Rules) -> str:
    """The language whose common words `text` holds most of, or "" when none has enough."""
    words = _LATIN_WORD.findall(text.lower())
    hits = {name: sum(w in common for w in words) for name, common in r.languages.items()}
    best = max(hits, key=hits.__getitem__, default="")
    return best if best and hits[best] >= r.min_language_words else ""


def readable_decoding(raw: bytes, first: Decoded, cut: Callable[[str], Cut],
                      words: Callable[[Cut], str], name: str) -> tuple[Decoded, Cut]:
    """`first` and its cut (`cut(text)`) when the cut's `words` read as Russian, else the
    first other Cyrillic decoding of `raw` that does; raise `Unreadable` when none does.
    `name`: the file, for the reason."""
    pieces = cut(first.text)
    verdict = judge(words(pieces))
    if verdict.kept:
        return first, pieces
    for codec in ("utf-8", *CYRILLIC_CODECS):
        if codec == first.encoding:
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        other = cut(text)
        if judge(words(other)).kind == "russian":
            return Decoded(text, codec), other
    raise Unreadable(_reason(verdict, first.encoding, raw, name))


def _reason(verdict: Verdict, encoding: str, raw: bytes, name: str) -> str:
    """Why the file is not read, and what to do about it."""
    share = f"{verdict.cyrillic_share:.0%} of its {verdict.letters} letters are Cyrillic"
    if verdict.kind == "foreign":
        lang = f"reads as {verdict.detail}" if verdict.detail else "not in Cyrillic letters"
        return (f"not Russian text: it {lang} ({share}); not read — the briefings read "
                "Russian news only")
    try:
        raw.decode("utf-8")
        damaged = ""
    except UnicodeDecodeError as exc:
        damaged = f"; it is not valid UTF-8 either (a damaged byte at offset {exc.start})"
    return (f"garbled text: decoded as {encoding}, it shows {verdict.detail}{damaged}; not "
            f"read — open {name} in a program that shows it correctly and re-save it as UTF-8")
