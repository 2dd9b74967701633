"""Goods named as what is in demand: «потребность сибирских строителей в бетонных узлах
растёт», «спрос на запчасти вырос», «дефицит шин в регионе»: a kind cue governed by a demand
noun (``demand_nouns``; its owner's words and adjectives may stand between, then «в» or
«на») names goods someone needs, not a project that makes or services them (issue 11,
round 47: the sentence's other words, «открыть аналогичный участок», tell the project)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_DEMAND_SPAN = 7  # words from the demand noun to the cue («спрос местных строителей на узлы и …»)
_PREPOSITIONS = frozenset({"в", "на"})


def not_demanded(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a kind cue that a demand noun governs through «в»/«на» a few words before it."""
    toks, demand = ctx.toks, words("demand_nouns")

    def demanded(h: CueHit) -> bool:
        for j in range(h.first - 1, max(-1, h.first - 1 - _DEMAND_SPAN), -1):
            if toks[j].lemma in demand:
                between = [t.word.lower() for t in toks[j + 1:h.first]]
                return any(w in _PREPOSITIONS for w in between)
            if toks[j].pos in ("VERB", "INFN") or toks[j].word in (",", ":", ";"):
                return False
        return False

    return [h for h in kinds if not demanded(h)]
