"""A facility named beside another one of its place, after the article placed it elsewhere.

«В Михайловске открыт дилерско-сервисный центр, а в Аксае — региональный склад запасных
частей. … Сервисный центр и склад в Аксае позволят обслуживать технику …»: the last sentence
names two facilities before one place, and the article has already placed the centre in
another region; read as written, the place is the warehouse's, and the centre is the one told
before. The sentence tells the warehouse again: it opens no service centre in Аксай, nor does
the warehouse's row become a service centre (two sites of different kinds and partners stay
two rows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analysis.projects.mention import Mention
    from analysis.projects.merging import Project

__all__ = ["site_named_beside"]


def site_named_beside(m: Mention, here: Sequence[Project]) -> Project | None:
    """The project of the mention's place it names beside a facility of its firms placed in
    another region (`here`: the article's projects so far); None when the mention tells a
    site of its own."""
    if m.kind is None or not m.placed or m.region is None or not m.enterprises:
        return None
    if not any(p.kind == m.kind and p.placed and p.region not in (m.region, None)
               and p.enterprises & m.enterprises for p in here):
        return None
    return next((p for p in reversed(here) if p.region == m.region and p.placed
                 and p.kind != m.kind and p.enterprises & m.enterprises
                 and p.product_key & m.product_key), None)
