"""A row with no firm that names a project told elsewhere again by its goods and its town
(«Эксперты связывают рост с запуском сборки тракторов в Димитровграде» a day after the
MTZ–«Волга-Агромаш» assembly in Димитровград was told): that project, not a second one
(newuser38, F5). Rows of the same article are `unnamed_rows`'s business."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.merging import compatible, other_towns

if TYPE_CHECKING:
    from analysis.projects.merging import Project

__all__ = ["firmless_rows_join"]


def firmless_rows_join(out: list[Project]) -> None:
    """Merge, in place, each row of `out` that names no firm but a town and goods into the one
    row with firms of its kind, region and town whose goods agree (both sides naming goods:
    a bare «сборка» in a town says too little); with none or several it stays."""
    # the rows with firms by kind and region (one look-up a row: linear on large corpora)
    named: dict[tuple[str, str | None], list[Project]] = {}
    for q in out:
        if q.enterprises and q.location and q.product_key:
            named.setdefault((q.kind, q.region), []).append(q)
    for p in [p for p in out if not p.enterprises and p.location and p.product_key]:
        into = [q for q in named.get((p.kind, p.region), ())
                if not other_towns(q.location, p.location)
                and compatible(p.product_key, q.product_key)]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
