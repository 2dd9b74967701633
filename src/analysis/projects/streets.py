"""A place's adjective naming a street is an address, not a place (issue 11, round 42).

«на улице Кемеровской», «по ул. Брянской», «на Московском проспекте», «Ленинградское шоссе»:
the adjective of a region or town beside a street noun (``street_nouns`` in
data/project_words.csv, before or right after it) names a street of the town the article is
about, so it is no site, no home and no region of a project (`street_places`, read by
`article_entities.ArticleEntities` as datelines are).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.entities import Entity
from analysis.patternstore import compile_pattern
from analysis.projects.cues import words

__all__ = ["street_places"]

_ROLES = ("adjective", "elliptic")  # a place written as an adjective


def street_places(text: str, ents: list[Entity]) -> set[int]:
    """ids of the place entities that are a street's name («на улице Кемеровской»)."""
    before, after = _street_patterns()
    return {id(e) for e in ents if e.type == "region" and e.role in _ROLES
            and (before.search(text, max(0, e.start - 16), e.start)
                 or after.match(text, e.end))}


@cache
def _street_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # longest first; equal lengths in a fixed order, so every process builds the same source
    # (its compiled program is then read from the patterns' store, `analysis.patternstore`)
    stems = "|".join(sorted(map(re.escape, words("street_nouns")), key=lambda w: (-len(w), w)))
    short = "|".join(sorted(map(re.escape, words("street_abbreviations")), key=lambda w: (-len(w), w)))
    noun = rf"(?:(?:{stems})[а-яё]*|{short})"
    before = compile_pattern(rf"(?:^|[\s(«]){noun}[ \u00a0]+$", re.IGNORECASE)
    after = compile_pattern(rf"[ \u00a0]+(?:{stems})[а-яё]*\b", re.IGNORECASE)
    return before, after
