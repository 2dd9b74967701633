"""One project read twice from one sentence (the end of step 5 of the register).

«Совместное предприятие «Белшины» и «Кузбасс-Шинсервиса» запустило в Белове центр
восстановления шин для карьерных самосвалов» gives a venture and a service centre; «участок,
где по документации завода собирали коробки передач» gives an assembly and a parts plant of
the same gearboxes. A sentence that names one thing under two kind cues tells one project:
two rows of one article and region, of different kinds, told in a shared sentence, whose
firms are one within the other and whose products share a word (or, for a venture, name none
of its own: «СП … запустило центр»), are one row, of the more specific kind. Rows whose products differ
(«здесь и собирают комбайны, и делают для них узлы») stay two projects, and so do rows that
name other firms each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.merging import compatible

if TYPE_CHECKING:
    from analysis.projects.merging import Project

# Of two kinds one sentence gives one thing, the one that says most about it comes first:
# the venture is the firm that runs the centre; the assembly is what the parts are made for.
_SPECIFIC_FIRST = ("joint_venture", "joint_development", "assembly", "service_center",
                   "component_production", "other")


def _rank(kind: str) -> int:
    return _SPECIFIC_FIRST.index(kind) if kind in _SPECIFIC_FIRST else len(_SPECIFIC_FIRST)


def _cites(p: Project) -> set[tuple[str, int, int]]:
    return {(e.article.article_id, e.start, e.end) for e in p.evidence}




def _same_goods(p: Project, q: Project) -> bool:
    """Products sharing a word; a venture with no product of its own runs the other's facility
    («СП … запустило центр восстановления шин»). Another row with no product may be another
    clause's thing («открыла сервисный центр, а рядом начался выпуск кабин»): not the same."""
    if not p.product_key or not q.product_key:
        return "joint_venture" in (p.kind, q.kind) and bool(p.product_key or q.product_key)
    return compatible(p.product_key, q.product_key)


def _twins(p: Project, q: Project) -> bool:
    return (p.kind != q.kind and p.region == q.region and p.articles() == q.articles()
            and bool(p.enterprises) and bool(q.enterprises)
            and (p.enterprises <= q.enterprises or q.enterprises <= p.enterprises)
            and _same_goods(p, q)
            and bool(_cites(p) & _cites(q)))


def merge_sentence_twins(rows: list[Project]) -> None:
    """Merge (in place) each row into its one twin of a more specific kind (`_twins`)."""
    for p in sorted(rows, key=lambda r: -_rank(r.kind)):
        if p not in rows:
            continue
        into = [q for q in rows if q is not p and _rank(q.kind) < _rank(p.kind) and _twins(p, q)]
        if len(into) == 1:
            into[0].absorb(p)
            rows.remove(p)
