"""A design told as a step of a making project (F1 of docs/quality.md, session 16).

«Гомельское ОАО «Гидропривод» осваивает по документации ростовской компании выпуск
редукторов … Российская сторона разработала конструкцию и передала её белорусскому
заводу»: the second sentence reads as a joint development of the same two firms, and with no
place of its own it would be placed by the article's main region. A design by the very firms
of the article's one making project placed elsewhere, told with no place of its own (the
main region's guess), is that project's step («совместная с «Волгадизельмашем» доработка
двигателей» of the Minsk motor plant beside «на заводе «Волгадизельмаш» в Балаково»: the
Belarusian maker counts as named there); in the making project's region it is left to
the merge (a development beside an assembly there may be a project of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import enterprise_info
from analysis.vocab import MADE_KINDS

if TYPE_CHECKING:
    from analysis.projects.merging import Project


def design_joins_its_making(rows: list[Project]) -> None:
    """Merge (in place) each unplaced joint development whose firms are all firms of its
    article's one assembly or parts project placed in another region into that project (a
    Belarusian maker the project's own sentences left unnamed may be among them)."""
    for p in [p for p in rows if p.kind == "joint_development" and not p.placed
              and p.enterprises]:
        into = [q for q in rows if q.kind in MADE_KINDS and p.enterprises & q.enterprises
                and _belarusian(p.enterprises - q.enterprises)
                and p.articles() <= q.articles()]
        if len(into) == 1 and into[0].placed and into[0].region != p.region:
            into[0].absorb(p)
            rows.remove(p)


def _belarusian(firms: set[str]) -> bool:
    """Are all of `firms` Belarusian (by the gazetteer)? True for none."""
    info = enterprise_info()
    return all(info.get(f, {}).get("country") == "BY" for f in firms)
