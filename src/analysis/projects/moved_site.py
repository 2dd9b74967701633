"""A site whose work moved to another region, told in one sentence (newuser42 F7).

«Сборку тракторов «Беларус» МТЗ, которую с 2020 года вело ООО «А» в Гатчине Ленинградской
области, перенесли в Псковскую область», «Производство в Гатчине остановлено в июне 2025 года,
оборудование и часть персонала переведены на площадку ООО «Б» в Великих Луках»: a move verb
(``moved_verbs``) and a Russian region after it that is not the mention's own. The sentence
tells two sites:

- the old one (the mention's region): its work is gone, so it is closed (`vocab.CLOSED`,
  shown «закрыт»; no pause: nothing says it will resume), and it keeps only the firms named
  before the move verb; a mention with no kind of its own takes the kind said the sentence
  before and its town, so that it points at the old site, not at the project last told;
- the new one (the region after the verb): a mention of the same kind, with the firms named
  after the verb (the new site's partner) and the Belarusian makers of the old site, told last
  so that the sentences after it («Новая площадка … начала работу») go on about it.

`moved_project` reads a move sentence that names no site of its own (its project goes
whole to the new region); this module the sentence that names both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.entities import enterprise_info, is_russian_region
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words
from analysis.projects.location import ADJECTIVE_ROLES, location_of
from analysis.projects.stance import stronger_halt
from analysis.vocab import CLOSED

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.entities import Entity
    from analysis.projects.cues import CueHit
    from analysis.projects.mention import Mention, ReadSentence

__all__ = ["moved_sites"]

# «переехала из Ленобласти в Псковскую область»: a place after «из»/«с» is where the work left
_FROM = lazy_compile(r"(?i)\b(?:из|с|со|от)\s+$")


def moved_sites(sent: ReadSentence, mentions: list[Mention], ents: list[Entity],
                ents_before: list[Entity], kind_before: Callable[[int], list[CueHit]]
                ) -> list[Mention]:
    """`mentions` of `sent` read as an old site and the new one its work moved to (see the
    module's docstring); unchanged when the sentence tells no such move. `ents`: the
    sentence's entities; `ents_before`: the sentence before's; `kind_before(at)`: the kind
    said the sentence before (`KindContext.kind_said_before`)."""
    moves = [t for t in sent.toks if t.lemma in words("moved_verbs")]
    if not mentions or not moves:
        return mentions
    verb = moves[0]
    text = sent.text
    dest = next((e for e in ents if e.type == "region" and e.start > verb.end
                 and is_russian_region(e.normal) and e.role not in ADJECTIVE_ROLES
                 and not _FROM.search(text, max(sent.start, e.start - 6), e.start)), None)
    if dest is None:
        return mentions
    old = [m for m in mentions if m.region is not None and m.region != dest.normal]
    if not old or any(m.region == dest.normal for m in mentions):
        return mentions
    ru = [e for e in ents if e.type == "region" and is_russian_region(e.normal)]
    info = enterprise_info()
    moved_firms = {e.normal for e in ents if e.type == "enterprise" and e.start > verb.end}
    kind = old[0].kind
    if kind is None:
        said = kind_before(dest.start)
        kind = said[0].cue.value if said else None
    if kind is None:
        return mentions
    out = []
    for m in mentions:
        if m in old:
            m = replace(m, enterprises=m.enterprises - moved_firms,
                        halted=stronger_halt(m.halted, CLOSED), kind=m.kind or kind,
                        placed=True, location=m.location or location_of(m.region, ru, [], info))
        out.append(m)
    makers = {f for m in old for f in m.enterprises} | {
        e.normal for e in ents_before if e.type == "enterprise"}
    makers = {f for f in makers if info.get(f, {}).get("country") == "BY"}
    first = old[0]
    out.append(replace(first, kind=kind, status="unknown", enterprises=moved_firms | makers,
                       region=dest.normal, location=location_of(dest.normal, ru, [], info),
                       placed=True, halted="", reference=False, timeline=None, new_site=False,
                       another=False, cancels=False, denies=False, resumed=False,
                       announced=False, trial=False, generic=False, adds_site=False))
    return out
