"""Parts an assembly is made from: «собирает пассажирские лифты из узлов ОАО «Могилевлифтмаш»»,
«собирают дробильно-сортировочное оборудование из белорусских узлов», «сборкой стартеров из
российских комплектующих». «из» with the parts after an assembly cue names its material (the
genitive of source), not parts made on the site: the component cue names no project of its
own; the assembly is the project."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_MATERIAL_SPAN = 2  # adjectives between «из» and the parts («из могилёвских комплектующих»)


def not_assembly_material(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """Drop a component cue right after «из» (adjectives between) in a sentence whose
    assembly cue stands before it."""
    toks = ctx.toks
    assembly = [h.first for h in kinds if h.cue.value == "assembly"]
    if not assembly:
        return kinds

    def material(h: CueHit) -> bool:
        j = h.first - 1
        while j >= 0 and h.first - j <= _MATERIAL_SPAN and toks[j].pos in ("ADJF", "PRTF"):
            j -= 1
        return j >= 0 and toks[j].word == "из" and any(a < j for a in assembly)

    return [h for h in kinds if not (h.cue.value == "component_production" and material(h))]
