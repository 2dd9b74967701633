"""The stage a clause gives its project: the status cue nearest the kind cue, and denials.

* `status_near`: «будет открыт», «будет подписано» are plans; a status inside a «который …»
  clause describes the object, not the project;
* `denied`: «не будут создавать СП», «опровергло информацию о создании».

Word lists are data (``data/project_words.csv``: modal, denial, denial_forms, negatable).
"""

from __future__ import annotations

from analysis.projects.cues import CueHit, Token, words


def status_near(statuses: list[CueHit], toks: list[Token], i: int) -> str:
    """The status cue nearest the kind cue at token `i` (the verb usually comes first: on a
    tie the left one), not inside a «который …» clause that describes the object."""
    def clause(k: int) -> bool:
        return k > i and any(t.lemma == "который" for t in toks[i:k])

    statuses = [h for h in statuses if not clause(h.first)] or statuses
    if not statuses:
        return "unknown"
    near = min(statuses, key=lambda h: (abs(h.first - i) + (h.first > i) * 0.5, -len(h.cue.words)))
    k = near.first
    if near.cue.value in ("agreed", "operating") and any(
            (t.lemma == "быть" and ("futr" in t.tags or t.pos == "INFN"))
            or t.lemma in words("modal") for t in toks[max(0, k - 3):k]):
        return "planned"  # «будет открыт», «будет подписано», «могут быть собраны»
    return near.cue.value


def denied(toks: list[Token]) -> bool:
    """«не будут создавать СП», «опровергло информацию о создании»: a denial."""
    denial, forms, negatable = words("denial"), words("denial_forms"), words("negatable")
    for n, t in enumerate(toks):
        if t.lemma in denial or t.word in forms:
            return True
        if t.word in ("не", "нет") and any(u.lemma in negatable for u in toks[n + 1:n + 3]):
            return True
    return False
