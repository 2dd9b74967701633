"""Joint production between a named Belarusian maker and a named Russian firm is the maker's
goods localised: «Минский подшипниковый завод и сызранское ООО «…» подписали соглашение о
совместном производстве подшипников», ««Гомсельмаш» и Рубцовский машиностроительный завод
готовят совместный выпуск литых деталей», «ОАО «…» и владимирское ООО «…» начали совместный
выпуск двигателей». With both firms named, «совместный» tells who takes part, not a
development: the kind is that of the goods (parts: component production; else assembly).
Joint production with no named pair («совместно с белорусскими партнёрами») stays a joint
development (`kinds.jointly_is_joint_development`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit
    from analysis.projects.kind_context import KindContext


def joint_production_is_localisation(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A joint-development cue made of a production word («совместное производство»,
    «совместный выпуск») becomes the goods' kind where the sentence names a Belarusian and
    a Russian firm and no joint venture."""
    values = {h.cue.value for h in kinds}
    if "joint_venture" in values:
        return kinds
    production = words("production")
    joint = [h for h in kinds
             if h.cue.value == "joint_development" and not production.isdisjoint(h.cue.words)]
    if not joint or not {"BY", "RU"} <= {ctx.country(e) for e in ctx.enterprises}:
        return kinds
    made = "component_production" if "component_production" in values else "assembly"
    return [h._replace(cue=replace(h.cue, value=made)) if h in joint else h for h in kinds]
