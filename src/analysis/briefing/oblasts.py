"""Which Belarusian oblast a figure of an oblast's scope is about (`belarus_oblast`,
`regional_oblast`: `analysis.figures.scope`), for its label: «Могилёвская область — Россия»,
«Смоленская область — Могилёвская область». The figures table keeps the scope, not the
oblast; the oblast is read again from the figure's sentences, else its articles' titles,
the same words the scope was decided by (`analysis.entities.oblasts`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import as_text
from analysis.entities.oblasts import Oblast, oblast_named, trading_oblast
from analysis.vocab import BELARUS_OBLAST, REGIONAL_OBLAST

__all__ = ["figure_oblast"]


def figure_oblast(row: Mapping[str, Any], mention_index: Mapping[str, Mapping[str, Any]],
                  titles: Mapping[str, str]) -> Oblast | None:
    """The oblast a figure of an oblast's scope is about (None for any other figure, or
    when its sentences and titles name no one oblast)."""
    if row.get("scope") not in (BELARUS_OBLAST, REGIONAL_OBLAST):
        return None
    mentions = [m for m in (mention_index.get(i) for i in
                            ids(row.get("mention_ids")) or ids(row.get("mention_id"))) if m]
    sentences = [as_text(m.get("sentence")) for m in mentions]
    headings = [titles.get(as_text(m.get("article_id")), "") for m in mentions]
    for read in (trading_oblast, oblast_named):
        for text in (*sentences, *headings):
            found = read(text)
            if found is not None:
                return found
    return None
