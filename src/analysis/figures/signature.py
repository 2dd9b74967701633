"""An article text's signature for the duplicate finder (`figures.duplicates`): the key of
its normalised text and the hashes of its runs of words, made once per article and kept with
its results in the per-article cache, so a later run compares articles without reading them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from analysis.figures.reprint_words import compared_words, stated_figures
from analysis.figures.rules import FigureRules, figure_rules
from analysis.lazypattern import lazy_compile

__all__ = ["TextSignature", "normal_text", "text_key", "text_signature", "word_runs"]

_NOT_WORD = lazy_compile(r"[^\w]+")


def normal_text(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def text_key(norm: str) -> bytes:
    """A fixed-size key for a normalised text (the texts themselves are compared on a match)."""
    return hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=16).digest()


# Odd 64-bit multiplier of the run hash (a word's hash times its power by its place in the run).
_RUN_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


@lru_cache(maxsize=100_000)  # news repeats its words: a word's digest is made once a process
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "little")


def word_runs(text: str, rules: FigureRules) -> np.ndarray:
    """The hashes of the runs of `rules.shingle_words` consecutive `compared_words` of a
    text, sorted and unique: 8 bytes a run, where a set of Python ints took ~70. The same in
    every process (a digest per word, combined by place), so an article's runs can be kept
    in the per-article cache and compared with those of another run."""
    size = rules.shingle_words
    words = compared_words(text, rules)
    count = max(len(words) - size + 1, 0)
    if not count:
        return np.empty(0, dtype=np.int64)
    distinct = {w: _word_hash(w) for w in dict.fromkeys(words)}
    hashed = np.fromiter((distinct[w] for w in words), dtype=np.uint64, count=len(words))
    runs = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping arithmetic modulo 2**64 is the point
        for k in range(size):
            runs = runs * _RUN_MULTIPLIER + hashed[k:k + count]
    return np.unique(runs.view(np.int64))


@dataclass(frozen=True)
class TextSignature:
    """What the duplicate finder needs of one article's text: the key of its normalised text
    and its word runs (`text_signature`), made once and kept with the article's results."""

    text_key: bytes
    run_bytes: bytes  # the sorted unique int64 hashes of its runs of words (compared as bytes)
    figures: tuple[float, ...] = ()  # the numbers it states but years (`stated_figures`)

    @property
    def runs(self) -> np.ndarray:
        """The run hashes as an array (read-only: a view of `run_bytes`)."""
        return np.frombuffer(self.run_bytes, dtype=np.int64)


def text_signature(text: str, rules: FigureRules | None = None) -> TextSignature:
    """The signature of one article text under `rules` (the corpus's figure rules)."""
    rules = rules or figure_rules()
    return TextSignature(text_key=text_key(normal_text(text)),
                         run_bytes=word_runs(text, rules).tobytes(), figures=stated_figures(text))
