"""A row that names nothing it makes (its product only the cue word: «сборку», «СП»,
«создает») told in an article beside one row of its kind in its place is that project told
again («…собирают в Тульской и Калужской областях. В Новомосковске сборку ведёт ООО «…»»,
«Фары СП будут поставляться на конвейеры …»): it joins that row rather than standing as a
second one (session 28, issue 11: a project split into two rows). So does a row placed only
by its Russian partner's home beside the placed row of its firms (`unplaced_rows_join`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from analysis.entities import enterprise_info
from analysis.projects.further_sites import belarusian_makers
from analysis.projects.labels import names_a_product
from analysis.projects.merging import other_towns
from analysis.projects.products import product_label

if TYPE_CHECKING:
    from analysis.projects.merging import Project

__all__ = ["unnamed_rows_join", "unplaced_rows_join"]


def unnamed_rows_join(out: list[Project], label: Callable[[str], str] = product_label) -> None:
    """Merge, in place, each row of `out` whose product names nothing into the one row of
    its article, kind and region that names a product (no other town, no other Belarusian
    maker; both with a stage); with none or several such rows it stays. `label`:
    `product_label` or a store of its answers (`tables.derived.ShelvedLabels`)."""
    def named(q: Project) -> bool:
        return names_a_product(label(q.product))

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


def unplaced_rows_join(out: list[Project]) -> None:
    """«Борисовский завод … освоит выпуск деталей для КАМАЗа» (placed by nothing but the
    partner's home) beside «… договорились об организации в Борисове выпуска …»: a row no
    sentence placed, whose firms are all among those of the one placed row of its article and
    kind, is that project told again; it joins it (both with a stage)."""
    info = enterprise_info()

    def partner_home(p: Project) -> bool:  # the region is a Russian partner's home
        return p.region is not None and any(info.get(f, {}).get("home_region") == p.region
                                            for f in p.enterprises)

    for p in [p for p in out if not p.placed and p.status != "unknown" and partner_home(p)]:
        into = [q for q in out if q is not p and q.placed and q.kind == p.kind
                and q.region != p.region
                and q.status != "unknown" and p.enterprises <= q.enterprises
                and p.articles() <= q.articles()]
        if len(into) == 1:
            into[0].absorb(p)
            out.remove(p)
