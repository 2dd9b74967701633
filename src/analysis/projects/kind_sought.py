"""A repair sought elsewhere or not done: «за ремонтом хозяйства обращаются в собственные
мастерские», «за гарантийным ремонтом покупателей направляют к заводу», «за ремонтом приезжают
владельцы». «за» with a service word in the instrumental (adjectives before it: «за
гарантийным обслуживанием») names what people go for (as «за хлебом»), not a facility of the
sentence's firm: the cue names no project, nor does a one-word service adjective of the place
they go to after it («обращаются в районные ремонтные предприятия»). («за ремонт» in the
accusative, «отвечает за ремонт», is left to the other rules: it may name a firm's job.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_OBJECT_SPAN = 2  # adjectives between «за» and the repair word («за гарантийным ремонтом»)


def not_sought_elsewhere(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a service cue (one service word, adjectives before it) in the instrumental right
    after ``sought_for`` («за»), and the one-word service cues after it."""
    toks, sought, bare = ctx.toks, words("sought_for"), words("bare_service")

    def service(h: CueHit) -> bool:
        return h.cue.value == "service_center" and h.cue.words[-1] in bare and all(
            toks[k].pos in ("ADJF", "PRTF") for k in range(h.first, h.last))

    def sought_after(h: CueHit) -> bool:
        if not service(h) or "ablt" not in toks[h.last].tags:
            return False
        j = h.first - 1
        while j >= 0 and h.last - j <= _OBJECT_SPAN + 1 and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        return j >= 0 and toks[j].word in sought

    first_sought = min((h.first for h in kinds if sought_after(h)), default=None)
    return [h for h in kinds if not (sought_after(h) or (
        first_sought is not None and h.first > first_sought and service(h)
        and len(h.cue.words) == 1))]
