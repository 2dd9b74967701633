"""A sentence opening with «Помимо …,» / «Кроме …,» (issue 11, round 42).

The phrase before the comma sets aside what the article has told («Помимо экспортного
заказа, …», «Кроме комплектующих, …»): a kind cue inside it names that known thing again,
no project of its own. When a firm is the subject right after the comma, the rest tells the
firm's other line of business («Помимо заказа из Минска, ООО «…» выпускает лодочные моторы и
ремонтирует катера»), as «специализируется на» does: its kind cues are no project unless the
rest itself names the other side of a Russia–Belarus pair. «Кроме того» opens no such phrase.
Rules of `kinds.KIND_RULES`; `other_work_of_firm` also tells `kind_not_a_project.continues_none`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import Entity, is_russian_region
from analysis.projects.cues import CueHit, words
from analysis.projects.kind_context import SIDES

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext

_SUBJECT_GAP = 12  # characters from the comma to the subject firm («, ООО «…»»)


def set_aside_comma(ctx: KindContext) -> int | None:
    """Where the comma closing an opening «Помимо …» / «Кроме …» phrase stands (None when
    the sentence opens otherwise, or with «Кроме того», «Помимо этого»)."""
    toks = ctx.toks
    if len(toks) < 3 or toks[0].word not in words("set_aside_openers"):
        return None
    if toks[1].word in words("set_aside_pronouns"):
        return None
    comma = ctx.text.find(",", toks[0].end, ctx.end)
    return comma if comma > toks[1].start else None


def not_set_aside(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Кроме комплектующих, завод поставляет …»: a cue inside the set-aside phrase names
    what was told; after it, a firm's other work (`other_work_of_firm`) is no project."""
    comma = set_aside_comma(ctx)
    if comma is None:
        return kinds
    if other_work_of_firm(ctx):
        return []
    return [h for h in kinds if ctx.toks[h.first].start > comma]


def other_work_of_firm(ctx: KindContext) -> bool:
    """«Помимо …, ООО «…» выпускает …»: a firm right after the set-aside phrase's comma, and
    the rest of the sentence naming no firm, place or adjective of the other side."""
    comma = set_aside_comma(ctx)
    if comma is None:
        return False
    subject = [e for e in ctx.enterprises if comma < e.start <= comma + _SUBJECT_GAP]
    if not subject:
        return False
    side = ctx.country(subject[0])
    other = "RU" if side == "BY" else "BY"
    rest = [e for e in ctx.entities if e.start > subject[0].end]
    if any(_side(ctx, e) == other for e in rest):
        return False
    stems = words("belarusian_stems") if other == "BY" else words("russian_stems")
    return not any(t.start > comma and any(t.lemma.startswith(s) for s in stems)
                   for t in ctx.toks)


def _side(ctx: KindContext, e: Entity) -> str | None:
    """The side a firm, a place or a country of the sentence names (None for others)."""
    if e.type == "enterprise":
        return ctx.country(e)
    if e.type == "country":
        return SIDES.get(e.normal)
    if e.type == "region":
        return "RU" if is_russian_region(e.normal) else "BY"
    return None
