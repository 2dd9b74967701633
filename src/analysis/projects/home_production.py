"""A Belarusian maker's own production at home is no Russia–Belarus project.

«Продукция, произведённая в Белоруссии, … для самосвалов МАЗ и погрузчиков «Амкодор» заводской
сборки»: a row placed in Belarus whose every firm is Belarusian and whose text names no
Russian place or firm tells what the maker makes at home, as it always has. The register's
`_belarusian_only` drops such a row told as an upgrade («запущена линия»); an assembly or
parts production already working is the same: a Russian side is what makes a project ours.
A plan or a works being built in Belarus (a new plant may serve a Russian partner the
article names later) is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import enterprise_info, find_regions, is_russian_region
from analysis.vocab import MADE_KINDS

if TYPE_CHECKING:
    from analysis.projects.merging import Project


def home_production(p: Project) -> bool:
    """Is `p` an operating assembly or parts production placed in Belarus, with Belarusian
    firms only and no Russian region named in its evidence?"""
    if p.region is not None or p.kind not in MADE_KINDS or p.status != "operating":
        return False
    info = enterprise_info()
    if not p.enterprises or any(info.get(f, {}).get("country") != "BY" for f in p.enterprises):
        return False
    told = (e.article.text[e.start:e.end] for e in p.evidence)
    return not any(is_russian_region(r.normal) for t in told for r in find_regions(t))
