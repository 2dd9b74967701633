"""A launch told as an event that took place: «Главным событием осени стало открытие в Брянске
сервисного центра», «В Калуге состоялось открытие цеха», «Открытие линии прошло в пятницу».

A launch noun (``launch_event`` of ``data/project_words.csv``: открытие, запуск, старт) is a
weak cue of a plan («открытие центра намечено на май»). In the nominative, as the subject of a
past-tense verb that says the event was held (``launch_event_verbs``: состояться, пройти), or
of «стать» with an event noun in the instrumental (``launch_event_became``,
``launch_event_as``: «событием … стало», «итогом года стал»), it tells a launch that happened:
the project runs (session 36, a new user's «Главным событием осени стало открытие …» read as a
plan). The verb must be the noun's own: no other verb and no clause break between them, and no
«не» before it («открытие так и не состоялось» is no launch).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit, Token

__all__ = ["launch_held"]

_CLAUSE_BREAK = lazy_compile(r"[,;:.!?()–—]|\s-\s")
_VERB_POS = frozenset({"VERB", "PRTS", "PRTF", "INFN", "GRND"})


def _own_verb(toks: list[Token], noun: int, verb: int, text: str) -> bool:
    """Is token `verb` the predicate of token `noun` (nothing verbal or a break between)?"""
    a, b = sorted((noun, verb))
    if _CLAUSE_BREAK.search(text[toks[a].end:toks[b].start]):
        return False
    return not any(t.pos in _VERB_POS for t in toks[a + 1:b])


def _held_verb(toks: list[Token], k: int) -> bool:
    """Is token `k` a past-tense verb that says an event was held or became one?"""
    t = toks[k]
    if t.pos != "VERB" or "past" not in t.tags or (k > 0 and toks[k - 1].word == "не"):
        return False
    if t.lemma in words("launch_event_verbs"):
        return True
    return t.lemma in words("launch_event_became") and any(
        u.lemma in words("launch_event_as") and "ablt" in u.tags for u in toks)


def launch_held(statuses: list[CueHit], toks: list[Token], text: str) -> list[CueHit]:
    """The status hits with a launch noun told as held turned into strong `operating` hits."""
    held = [k for k in range(len(toks)) if _held_verb(toks, k)]
    if not held:
        return statuses
    found = []
    for h in statuses:
        noun = toks[h.first]
        if h.cue.value == "planned" and not h.cue.strong and h.first == h.last \
                and noun.lemma in words("launch_event") and "nomn" in noun.tags \
                and any(_own_verb(toks, h.first, k, text) for k in held):
            h = h._replace(cue=replace(h.cue, value="operating", strong=True))
        found.append(h)
    return found
