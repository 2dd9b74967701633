"""A facility told as what a site or a firm used to be: «копры делают на бывшем ремонтном
заводе», «корпус прежней ремонтной базы», «предприятие прошло путь от ремонтной базы районного
значения до холдинга». A service cue qualified by a word of the past (``former`` stems; adjectives
between) or opening the start of a firm's path («путь от … до …») names the site's or the
firm's past, not a service centre set up now (rounds 20 and 39). So does one that a past
«был», «было» predicates of the firm («ООО «…» три года назад было ремонтной мастерской»:
``former_copula``, session 33), and one a firm was founded or started as («основан в 1967 году
как ремонтное предприятие»: «как» after a word of founding, ``founded_as``, session 34)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_ADJECTIVES = 2  # adjectives between «бывший» or «от» and the cue («от районной ремонтной базы»)
_PATH_SPAN = 3  # words from «путь» to its «от» («прошло путь от», «путь развития от»)


def not_a_former_facility(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a service cue after a ``former`` word or a past «был» (``former_copula``), or
    after the «от» of «путь от … до …»."""
    toks, former = ctx.toks, tuple(words("former"))

    def of_the_past(k: int) -> bool:
        return toks[k].word.lower().startswith(former)

    def before(h: CueHit) -> int:
        """The word before the cue and the adjectives that open it (-1: none)."""
        j = h.first - 1
        while j >= 0 and h.first - j <= _ADJECTIVES and toks[j].pos in ("ADJF", "PRTF") \
                and not of_the_past(j):
            j -= 1
        return j

    def past(h: CueHit) -> bool:
        if h.cue.value != "service_center":
            return False
        j = before(h)
        if j < 0:
            return False
        if of_the_past(j) or toks[j].word in words("former_copula"):
            return True
        if toks[j].word == "как" and any(t.lemma in words("founded_as") for t in toks[:j]):
            return True  # «основан … как ремонтное предприятие»: what the firm started as
        return toks[j].word == "от" and any(t.lemma == "путь" for t in toks[max(0, j - _PATH_SPAN):j]) \
            and any(t.word == "до" for t in toks[h.last + 1:])

    return [h for h in kinds if not past(h)]
