"""A figure its clause names as the one told before («… поставили туда теплиц на 4,7 млн
долларов. Администрация рассчитывает, что в 2011 году этот показатель превысит 6 млн»): «этот
показатель», «данный показатель» (`back_references` of `data/goods_ru.json`) say the figure
measures what the figure before it measured, so its goods go the same way (read by
`money.flow`; round 49, session 32)."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.goods import goods_words

if TYPE_CHECKING:
    from analysis.money.fact_record import Fact

__all__ = ["restated_figure"]

_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_CLAUSE_OPEN = lazy_compile(r"[.;!?]")  # the clause a back reference stands in opens after these


def restated_figure(text: str, facts: list[Fact], i: int, told: set[int]) -> int | None:
    """The index of the figure the clause of figure `i` names back to with «этот показатель»:
    the last figure of `told` before it of the same metric, in its own sentence or the one
    just before; None when its clause names none back."""
    fact = facts[i]
    s = fact.sentence
    head = text[s.start:fact.amount.start]
    lemmas = [lemma(w.lower()) for w in _WORD.findall(head)]
    if not goods_words().back_references & set(itertools.pairwise(lemmas)):
        return None
    for j in sorted((j for j in told if j < i), reverse=True):
        other = facts[j]
        if other.metric != fact.metric:
            continue
        near = other.sentence.start == s.start or _just_before(text, other.sentence.end, s.start)
        return j if near else None
    return None


def _just_before(text: str, end: int, start: int) -> bool:
    """Is nothing but spaces and one sentence's end between a sentence ending at `end` and
    one starting at `start` (the next sentence of the same paragraph)?"""
    between = text[end:start]
    return "\n" not in between and len(_CLAUSE_OPEN.findall(between)) <= 1
