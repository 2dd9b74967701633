"""A repair sought elsewhere: «за ремонтом хозяйства обращаются в собственные мастерские», «за
гарантийным ремонтом покупателей направляют к заводу», «за ремонтом приезжают владельцы».
«за» with a bare service word in the instrumental names what people go for (as «за хлебом»),
not a facility of the sentence's firm: the cue names no project. («за ремонт» in the
accusative, «отвечает за ремонт», is left to the other rules: it may name a firm's job.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_OBJECT_SPAN = 2  # adjectives between «за» and the repair word («за гарантийным ремонтом»)


def not_sought_elsewhere(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a one-word service cue in the instrumental right after ``sought_for`` («за»),
    adjectives between."""
    toks, sought, bare = ctx.toks, words("sought_for"), words("bare_service")

    def sought_after(h: CueHit) -> bool:
        if "ablt" not in toks[h.first].tags:
            return False
        j = h.first - 1
        while j >= 0 and h.first - j <= _OBJECT_SPAN and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        return j >= 0 and toks[j].word in sought

    return [h for h in kinds if not (h.cue.value == "service_center" and len(h.cue.words) == 1
                                     and h.cue.words[0] in bare and sought_after(h))]
