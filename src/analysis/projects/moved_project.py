"""A project moved from one region to another: «Проект, о котором власти Псковской области
объявляли, перенесён в Тверскую область: площадку в Ржеве предоставит ООО «…»».

The sentence names no kind of its own and two regions (the old one, the new one); it told no
project, and the project given up just before in the old region was dropped with nothing in
its place (session 36). A move verb (``moved_verbs`` of ``data/project_words.csv``:
перенести, перенестись, переехать …) followed by «в»/«во»/«на» and a Russian region names the
project's new region: the sentence is a site of the kind the sentence before named, with
that sentence's firms, in the new region only (its investment and date then join it as they
join any project). The old region keeps no row here: an article's own cancellation drops a
plan (tests/gold/README.md), a project another article told is kept `cancelled`
(`cancelled_later`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import cue_hits, words
from analysis.projects.products import product_phrase

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.projects.cues import Token

__all__ = ["lent_product", "moved_to"]

# what stands between the move verb and the new region: «перенесён в», «переедет во», «на»
_TO = lazy_compile(r"\s+(?:в|во|на)\s+")


def moved_to(text: str, toks: list[Token], regions: list[Entity]) -> Entity | None:
    """The Russian region (of `regions`, the sentence's) a move verb of the sentence sends its
    project to, or None when the sentence tells no move."""
    moves = [t for t in toks if t.lemma in words("moved_verbs")]
    for verb in moves:
        for region in sorted(regions, key=lambda e: e.start):
            if region.start > verb.end and _TO.fullmatch(text, verb.end, region.start):
                return region
    return None


def lent_product(text: str, before: list[Token], ents: list[Entity]) -> tuple[str, set[str]] | None:
    """The product phrase and key of the first specific kind cue of the sentence before (the
    one `kind_said_before` lends), read there: «сборочное производство погрузчиков»."""
    kinds = [h for h in cue_hits(before) if h.cue.field == "kind" and h.cue.strong
             and h.cue.value != "other"]
    if not kinds:
        return None
    found = product_phrase(text=text, toks=before, first=kinds[0].first, last=kinds[0].last,
                           ents=ents, other_cues={h.first for h in kinds[1:]})
    return found.phrase, set(found.key)
