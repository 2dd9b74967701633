"""Halts told without a halt verb of the lists before (session 30, issue 11).

* A facility standing idle («с прошлой осени линия стоит», «цех стоит, ворота на замке»,
  «цех пустует»: an ``idle_facility`` noun before an ``idle`` form, not placed by a
  preposition after it — «стоит на берегу» is where it stands), in a sentence naming its firm:
  the project is suspended, still a project with no stage (rounds 28, 41); an idle shop of no
  firm named tells no project of ours.
* Work stopped in the active voice with the work as its object («сборку прекратили в 2015
  году», «прекратили выпуск автобусов»: a ``cease`` verb within two words of a kind cue): the
  project is closed, as the passive «сборка прекращена» (``closed_states``) is — no denial.
"""

from __future__ import annotations

from analysis.entities import Entity
from analysis.projects.cues import CueHit, Token, words
from analysis.vocab import SUSPENDED

_CUE_AFTER = 3  # words from a cease verb to the kind cue after it («прекратило сборку»)
_CUE_BEFORE = 6  # … or before it («Выпуск прицепов «…» в Кургане прекратили»)
_IDLE_GAP = 2  # words between a facility and its standing idle («цех уже год пустует»)
_VERBS = ("VERB", "INFN", "PRTS", "GRND")


def idle_halt(toks: list[Token], firms: list[Entity]) -> str:
    """The halt (suspended) of a sentence naming its `firms` whose facility stands idle; ""
    when it tells none."""
    return SUSPENDED if firms and idle_told(toks) else ""


def idle_told(toks: list[Token]) -> bool:
    """Does a facility noun stand before a form of standing idle, at most two words between
    and no verb («цех уже год пустует»), not negated, no preposition after it?"""
    idle = words("idle")
    for k, t in enumerate(toks):
        if t.word not in idle or toks[k - 1].word == "не" or (
                k + 1 < len(toks) and toks[k + 1].pos == "PREP"):
            continue
        for j in range(k - 1, max(-1, k - 2 - _IDLE_GAP), -1):
            if toks[j].lemma in words("idle_facility"):
                return True
            if toks[j].pos in _VERBS:
                break
    return False


def work_ceased(toks: list[Token], hits: list[CueHit]) -> bool:
    """Is a ``cease`` verb (not negated) the verb of a kind cue: the cue right after it, or
    before it with no other verb between («Выпуск прицепов … в Кургане прекратили»)?"""
    cues = [h.first for h in hits if h.cue.field == "kind"]
    for k, t in enumerate(toks):
        if t.lemma not in words("cease") or (k and toks[k - 1].word == "не"):
            continue
        if any(k < c <= k + _CUE_AFTER for c in cues) or any(
                k - _CUE_BEFORE <= c < k and not any(u.pos in _VERBS for u in toks[c + 1:k])
                for c in cues):
            return True
    return False
