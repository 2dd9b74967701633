"""A venture founded to service machines and the service centre it runs (issue 11, split
rows of one project).

«В Челябинске зарегистрировано совместное предприятие по обслуживанию белорусских тракторов
… Новая структура займётся гарантийным ремонтом тракторов»: the venture's own sentence says
what it is for (a service word, ``serviced`` of `data/project_words.csv`, told with it), so
the service centre its article tells later in its region is that venture, not a second project,
although the two sentences name different firms (the venture's own company, its founders).
Only the article's one service-centre row of the region joins, and only one with no other
Belarusian maker than the venture's; a venture making goods («СП по выпуску насосов») is
another project beside a service centre. The centre keeps the stage its own sentences tell
(a venture registered is a firm that exists, not a centre at work).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import enterprise_info
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import words

if TYPE_CHECKING:
    from analysis.projects.merging import Project

__all__ = ["service_venture_joins"]

_WORD = lazy_compile(r"[А-Яа-яЁё]+")


def _founded_to_service(p: Project) -> bool:
    """Does the venture's first sentence say it services («по обслуживанию», «по ремонту»)?"""
    if p.kind != "joint_venture" or not p.evidence:
        return False
    e = min(p.evidence, key=lambda e: e.start)
    stems = words("serviced")
    return any(m.group().lower().startswith(tuple(stems))
               for m in _WORD.finditer(e.article.text, e.start, e.end))


def _makers(firms: set[str]) -> set[str]:
    info = enterprise_info()
    return {f for f in firms if info.get(f, {}).get("country") == "BY"}


def service_venture_joins(rows: list[Project]) -> None:
    """Merge (in place) a venture founded to service into its article's one service centre
    of its region, which keeps the service kind."""
    for p in [p for p in rows if _founded_to_service(p)]:
        into = [q for q in rows if q.kind == "service_center" and q.region == p.region
                and q.articles() == p.articles()]
        if len(into) != 1:
            continue
        mp, mq = _makers(p.enterprises), _makers(into[0].enterprises)
        if mp and mq and not mp & mq:
            continue
        centre = into[0]
        stage = (centre.status, centre.signed)
        centre.absorb(p)
        if stage[0] != "unknown":  # («зарегистрировано СП»: the firm exists, the centre's
            centre.status, centre.signed = stage  # stage is what its own sentences tell)
        rows.remove(p)
