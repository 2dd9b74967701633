"""Russian morphology shared by the extraction steps: one pymorphy3 analyzer per process,
and the most likely parse and the lemma of a word, both cached (news repeats its words).

Every stage asks here (through `analysis.lang`) instead of keeping its own analyzer or cache.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from analysis.lang.case import fold_yo

__all__ = ["analyzer", "inflected", "lemma", "parse", "parses"]


@cache
def analyzer() -> Any:
    """The process's pymorphy3 analyzer (loading dictionaries costs ~0.1 s and memory)."""
    import pymorphy3

    try:  # its folder given: pymorphy3 would scan every installed package's entry points
        import pymorphy3_dicts_ru
    except ImportError:
        return pymorphy3.MorphAnalyzer()
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def _every_parse(word: str) -> list[Any]:
    try:
        return analyzer().parse(word)
    except (KeyError, ValueError):  # pymorphy3 fails on some exotic letters (e.g. Tangut)
        return analyzer().parse("-")  # a punctuation parse: never part of a phrase


@lru_cache(maxsize=100_000)
def parse(word: str) -> Any:
    """The most likely parse of a lower-case word (news repeats words, so it is cached)."""
    return _every_parse(word)[0]


@lru_cache(maxsize=20_000)  # only the words of product phrases ask: a small cache
def parses(word: str) -> tuple[Any, ...]:
    """Every parse of a lower-case word, the likeliest first."""
    return tuple(_every_parse(word))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Normal form of a word, ё written as е (cached: news vocabulary repeats a lot)."""
    return fold_yo(analyzer().parse(word)[0].normal_form) if word.isalpha() else word


@lru_cache(maxsize=20_000)
def inflected(p: Any, grammemes: frozenset[str]) -> Any:
    """`p.inflect(grammemes)`: the parse `p` (of `parses`, `parse`) put in those grammemes,
    None when it has no such form. Cached: a pymorphy3 inflection builds the word's whole
    paradigm (~0.1–0.4 ms), and the words of product labels («автобусы», «техника»,
    «тракторы») recur from article to article."""
    return p.inflect(set(grammemes))
