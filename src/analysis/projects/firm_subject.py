"""A firm's generic noun as the subject of a set-up verb (session 30, issue 11).

«Завод открыл сервисные пункты в Калининграде и Мурманске», «Литьё корпусов завод намерен
разместить на предприятиях в Челябинской и Свердловской областях», «Компания рассматривает
возможность открыть второй участок в Барановичах»: the bare noun (``firm_reference``: «завод»,
«компания», «предприятие»; no adjective before it) is the firm told before acting, not the
project last talked about — it sets up (``set_up``) something of its own in a place the
sentence names. Such a sentence is a project of its own; its firm is the one its paragraph
names, else the article's protagonist: the first firm the article names (its headline or lead).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from analysis.entities import Entity
from analysis.projects.cues import Token, words
from analysis.projects.pointing_words import subject_noun

_VERB_REACH = 5  # words from the subject to its set-up verb («завод за три года открыл»)
_PREDICATES = ("VERB", "ADJS", "PRTS")  # «завод намерен разместить», «компания планирует»


def firm_sets_up(toks: list[Token]) -> bool:
    """Is the sentence's subject a bare firm noun followed, within a few words, by a set-up
    verb or noun of its own («Компания рассматривает возможность открыть …»)?"""
    k = subject_noun(toks)
    if k is None or toks[k].lemma not in words("firm_reference"):
        # «Литьё корпусов завод намерен разместить …»: the object first, then the subject
        # right before its predicate
        k = next((j for j, t in enumerate(toks[1:_VERB_REACH + 1], 1) if j + 1 < len(toks)
                  and t.lemma in words("firm_reference") and "nomn" in t.tags
                  and toks[j + 1].pos in _PREDICATES and toks[j - 1].pos != "PREP"), None)
    if k is None or toks[k].lemma not in words("firm_reference") or (
            k and toks[k - 1].pos in ("ADJF", "PRTF")):
        return False  # («новозыбковское предприятие» describes a firm named around it)
    set_up = words("set_up")
    return any(t.lemma in set_up for t in toks[k + 1:k + 1 + _VERB_REACH])


def protagonist(count: int, entities_in: Callable[[int, str | None], Sequence[Entity]]) -> set[str]:
    """The first firm an article of `count` sentences names (its headline's or lead's)."""
    for j in range(count):
        if found := entities_in(j, "enterprise"):
            return {min(found, key=lambda e: e.start).normal}
    return set()
