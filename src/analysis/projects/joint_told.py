"""Is a project's making told as joint production («соглашение о совместном производстве
коммунальной техники», «начали совместный выпуск двигателей»)? The register files such a
project under its goods' kind, as the gold conventions read it (assembly, or component
production for parts: `kind_joint_production`); the briefing names it «совместное
производство» all the same, so a reader does not take a pair's joint production for the
assembly of one maker's kits (newuser38, F7)."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.projects.cues import cue_hits, tokens, words

__all__ = ["JOINT_SHOWN", "told_jointly"]

# the goods' kinds a joint production is filed under, and the label key each is shown with
JOINT_SHOWN = {"assembly": "k.joint_production",
               "component_production": "k.joint_component_production"}


def told_jointly(texts: Iterable[str]) -> bool:
    """Does one of the sentences `texts` tell joint production: a joint cue made of a
    production word (``production``: «совместное производство», «совместно выпускать»)?"""
    production = words("production")
    return any(h.cue.value == "joint_development" and not production.isdisjoint(h.cue.words)
               for text in texts for h in cue_hits(tokens(text, 0, len(text))))
