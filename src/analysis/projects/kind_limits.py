"""Kind rules for cues that name no project of ours, read from more genres of news.

Each rule has the shape of the rules in `analysis.projects.kinds` (it takes the kind hits
of a sentence and returns those it keeps), and `KIND_RULES` there runs them after its own:

* `not_a_gathering`: «форум собрал более 600 участников» gathers people, it assembles nothing;
* `not_in_house_service`: «обслуживание будет вести собственная ремонтная служба разреза»
  is a customer's own staff, not a service centre;
* `hub_needs_belarusian_side`: a warehouse or hub («логистическая компания построит
  складской комплекс») is ours only where the sentence names a Belarusian side;
* `localised_parts_belong_to_assembly`: «уровень локализации … будут монтировать кабины»
  lists what the assembly makes on site, not a parts project of its own;
* `not_parts_that_arrive`: «из Минска приходили двигатель, трансмиссия и кабина» are parts
  made elsewhere and brought in.

Word lists are data (``data/project_words.csv``: gathered, own, own_staff, belarusian_stems,
arrive).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import enterprise_parent
from analysis.projects.cues import CueHit, words

if TYPE_CHECKING:
    from analysis.projects.kinds import KindContext

_OBJECT_SPAN = 4  # words after «собрать» where what was gathered stands («собрал более 600 участников»)
_ARRIVE_SPAN = 4  # words from «приходили» to the part («приходили двигатель, трансмиссия и кабина»)
_OWN_SPAN = 3  # words from «собственный» to the staff noun («собственная ремонтная служба»)


def not_a_gathering(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Форум собрал более 600 участников», «собрали заявки»: «собрать» with people, votes or
    applications as its object gathers them; such an assembly hit is dropped."""
    toks, gathered = ctx.toks, words("gathered")
    return [h for h in kinds if not (
        h.cue.value == "assembly" and toks[h.first].lemma.startswith("собра")
        and any(t.lemma in gathered for t in toks[h.last + 1:h.last + 1 + _OBJECT_SPAN]))]


def not_in_house_service(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Техническое обслуживание будет вести собственная ремонтная служба разреза»,
    «ремонтируют своими силами»: the owner's own staff service its machines, no centre opens.
    («дилер открыл собственный сервисный центр» names no staff and stays a project.)"""
    toks, own, staff = ctx.toks, words("own"), words("own_staff")
    in_house = any(t.lemma in own and any(u.lemma in staff for u in toks[k + 1:k + 1 + _OWN_SPAN])
                   for k, t in enumerate(toks))
    return [h for h in kinds if h.cue.value != "service_center"] if in_house else kinds


def hub_needs_belarusian_side(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """A hub, dealer or warehouse (kind other) counts only where its sentence names a
    Belarusian firm (or a Belarusian maker's company) or says «белорусский»: «логистическая
    компания построит складской комплекс» in a park's news is not a Russia–Belarus project."""
    if not any(h.cue.value == "other" for h in kinds):
        return kinds
    stems = tuple(words("belarusian_stems"))
    belarusian = any(ctx.country(e) == "BY" or enterprise_parent(e.normal)  # «МТЗ-Татарстан»
                     for e in ctx.enterprises) or any(
        t.lemma.startswith(stems) for t in ctx.toks)
    return kinds if belarusian else [h for h in kinds if h.cue.value != "other"]


def localised_parts_belong_to_assembly(ctx: KindContext,
                                       kinds: list[CueHit]) -> list[CueHit]:
    """«Уровень локализации составит 30 процентов: будут монтировать кабины, гидросистему»:
    parts counted in an assembly's localisation, with no firm of their own, are a part of
    that assembly, not a component project."""
    toks = ctx.toks
    level = any(t.lemma == "локализация" and any(u.lemma == "уровень" for u in toks[max(0, k - 2):k])
                for k, t in enumerate(toks))  # not «локализация производства комплектующих»
    if ctx.enterprises or not level:
        return kinds
    return [h for h in kinds if h.cue.value != "component_production"]


def not_parts_that_arrive(ctx: KindContext, kinds: list[CueHit]) -> list[CueHit]:
    """«Из Минска приходили двигатель, трансмиссия и кабина, здесь ставили колёса»: parts
    just after a verb of arriving, with «из» before it, are brought in, not made here."""
    toks, arrive = ctx.toks, words("arrive")

    def brought(h: CueHit) -> bool:
        k = next((k for k in range(h.first - 1, max(-1, h.first - 1 - _ARRIVE_SPAN), -1)
                  if toks[k].lemma in arrive), None)
        return k is not None and any(t.word == "из" for t in toks[max(0, k - 3):k])

    return [h for h in kinds if not (h.cue.value == "component_production" and brought(h))]
