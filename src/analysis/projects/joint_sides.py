"""A firm told before, named again by a plain noun («предприятие», «компания»), is a side of
joint work as much as a firm named in full.

«Сборку комбайнов «Палессе» предприятие ведёт совместно с холдингом «Гомсельмаш»»: the
subject «предприятие» is the Russian assembler the article introduced, the Belarusian maker
stands after «совместно с». One named side and one referred to make a localisation (the kind
stays: assembly), as «ООО «…» совместно с «Гомсельмашем» собирает комбайны» does; joint
production is «совместно с белорусскими партнёрами», where no maker is named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import is_russian_region
from analysis.entities.sides import names_belarusian_side
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words
from analysis.projects.location import ADJECTIVE_ROLES

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext

# «с» or «со» and the words of a firm's description before its name («с холдингом «…»»)
_WITH_FIRM = lazy_compile(r"(?i)(?:^|\s)со?\s+(?:[а-яё]+\s+){0,2}«?$")


def referred_side_with_maker(ctx: KindContext) -> bool:
    """Are the sentence's named firms (and brands) all Belarusian, one of them after «с»,
    while a plain firm noun (``generic_head``) outside any name, with no adjective before it,
    stands for the other side told before?"""
    firms = ctx.enterprises
    if not firms or any(ctx.info.get(e.normal, {}).get("country") != "BY" for e in firms):
        return False
    if not any(_WITH_FIRM.search(ctx.text, max(ctx.start, e.start - 30), e.start) for e in firms):
        return False
    heads, names = words("generic_head"), [(e.start, e.end) for e in ctx.entities]
    toks = ctx.toks
    return any(t.lemma in heads and "nomn" in t.tags
               and not any(a <= t.start < b for a, b in names)
               and (k == 0 or toks[k - 1].pos not in ("ADJF", "PRTF"))
               and not _WITH_FIRM.search(ctx.text, max(ctx.start, t.start - 30), t.start)
               for k, t in enumerate(toks))



def plant_sides(ctx: KindContext) -> set[str]:
    """The sides a place adjective names with a plain firm noun right after it (``generic_head``):
    «Минский завод вместе с петербургским ООО «…» разрабатывает …» names a Belarusian side as
    «белорусский завод» would; «курское предприятие» a Russian one; people too
    (``side_people``: «с гомельскими конструкторами»)."""
    heads, toks = words("generic_head") | words("side_people"), ctx.toks
    after = {t.start: toks[k + 1].lemma for k, t in enumerate(toks[:-1])}
    return {"RU" if is_russian_region(e.normal) else "BY" for e in ctx.entities
            if e.type == "region" and e.role in ADJECTIVE_ROLES and after.get(e.start) in heads
            and (is_russian_region(e.normal) or names_belarusian_side(e.normal))}
