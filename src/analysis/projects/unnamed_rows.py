"""A row that names nothing it makes (its product only the cue word: «сборку», «СП»,
«создает») told in an article beside one row of its kind in its place is that project told
again («…собирают в Тульской и Калужской областях. В Новомосковске сборку ведёт ООО «…»»,
«Фары СП будут поставляться на конвейеры …»): it joins that row rather than standing as a
second one (session 28, issue 11: a project split into two rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.projects.further_sites import belarusian_makers
from analysis.projects.labels import names_a_product
from analysis.projects.merging import other_towns
from analysis.projects.products import product_label

if TYPE_CHECKING:
    from analysis.projects.merging import Project

__all__ = ["unnamed_rows_join"]


def unnamed_rows_join(out: list[Project]) -> None:
    """Merge, in place, each row of `out` whose product names nothing into the one row of
    its article, kind and region that names a product (no other town, no other Belarusian
    maker; both with a stage); with none or several such rows it stays."""
    def named(q: Project) -> bool:
        return names_a_product(product_label(q.product))

    # (rows with no stage are dropped after the merge: none joins or takes in one)
    for p in [p for p in out if p.status != "unknown" and not named(p)]:
        makers = belarusian_makers(p.enterprises)
        into = [q for q in out if q is not p and q.kind == p.kind and q.region == p.region
                and q.status != "unknown" and named(q) and p.articles() <= q.articles()
                and not other_towns(q.location, p.location)
                and not (makers and belarusian_makers(q.enterprises)
                         and not makers & belarusian_makers(q.enterprises))]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
