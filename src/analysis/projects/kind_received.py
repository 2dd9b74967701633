"""Parts received or bought: «могли получать узлы в течение суток», «закупают комплектующие у
белорусских производителей». Parts that are the object of a verb of receiving or buying
(``receive``), adjectives between, are goods that change hands, not parts made at the
sentence's site: the component cue names no project (a maker that supplies parts,
«поставляет узлы на конвейер», is another matter: supplying is no receiving)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_OBJECT_SPAN = 3  # words from the verb to the part («получить первые узлы», «закупать часть деталей»)


def not_parts_received(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a component cue within ``_OBJECT_SPAN`` words after a ``receive`` verb, with only
    adjectives, numerals or a quantity noun between."""
    toks, receive = ctx.toks, words("receive")

    def received(h: CueHit) -> bool:
        for j in range(h.first - 1, max(-1, h.first - 1 - _OBJECT_SPAN), -1):
            if toks[j].lemma in receive:
                return True
            if toks[j].pos not in ("ADJF", "PRTF", "NUMR", "ADVB") and toks[j].lemma != "часть":
                return False
        return False

    return [h for h in kinds if not (h.cue.value == "component_production" and received(h))]
