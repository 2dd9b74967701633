"""Joint production between a named Belarusian maker and a named Russian firm is the maker's
goods localised: «Минский подшипниковый завод и сызранское ООО «…» подписали соглашение о
совместном производстве подшипников», ««Гомсельмаш» и Рубцовский машиностроительный завод
готовят совместный выпуск литых деталей», «ОАО «…» и владимирское ООО «…» начали совместный
выпуск двигателей». With both firms named, «совместный» tells who takes part, not a
development: the kind is that of the goods (parts: component production; else assembly).
A joint production being founded («создание совместного производства») is not touched.
Joint production with no named pair («совместно с белорусскими партнёрами») stays a joint
development (`kinds.jointly_is_joint_development`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.projects.cues import cue_hits, words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext

_FOUNDED_SPAN = 4  # words from «создание» to what it founds («создание в Гомеле совместного …»)
_GOODS_SPAN = 4  # words from the production word to the goods («производстве роликовых подшипников»)


def joint_production_is_localisation(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A joint-development cue made of a production word («совместное производство»,
    «совместный выпуск») becomes the goods' kind where the sentence names a Belarusian and
    a Russian firm and no joint venture."""
    values = {h.cue.value for h in kinds}
    if "joint_venture" in values:
        return kinds
    production, founded, toks = words("production"), words("founded"), ctx.toks
    # («создание совместного производства» founds a joint plant, a venture in the making: not
    # the goods of a pair)
    joint = [h for h in kinds
             if h.cue.value == "joint_development" and not production.isdisjoint(h.cue.words)
             and not any(t.lemma in founded for t in toks[max(0, h.first - _FOUNDED_SPAN):h.first])]
    if not joint or not {"BY", "RU"} <= {ctx.country(e) for e in ctx.enterprises}:
        return kinds
    # the goods' own cue may be gone already (a part right after a production word is the
    # production's object, not a second project): ask the sentence's cues
    parts = [h.first for h in cue_hits(ctx.toks) if h.cue.value == "component_production"]

    def made(h: CueHit) -> str:
        return "component_production" if any(
            0 < p - h.last <= _GOODS_SPAN for p in parts) else "assembly"

    return [h._replace(cue=replace(h.cue, value=made(h))) if h in joint else h for h in kinds]
