"""A place denied by «не» before its preposition is no place of the sentence (issue 11,
round 47).

«начнёт не с Минска», «собирать будут не в Гомеле, а в Брянске», «площадку выбрали не на
Урале»: «не» right before the place's preposition (``denied_place_prepositions`` in
data/project_words.csv) says the project is not there, so the place is no site, scene or
region of a project (`denied_places`, read by `article_entities.ArticleEntities` as street
names are). «не только в Минске» affirms the place: «только» stands between and the pattern
does not match.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.entities import Entity
from analysis.patternstore import compile_pattern
from analysis.projects.cues import words

__all__ = ["denied_places"]

_PLACE_TYPES = ("region", "country")
_SPAN = 40  # characters looked back: «не», the preposition, an adjective of the place's own


def denied_places(text: str, ents: list[Entity]) -> set[int]:
    """ids of the place entities a «не» before their preposition denies («не с Минска»)."""
    before = _denied_pattern()
    return {id(e) for e in ents if e.type in _PLACE_TYPES
            and before.search(text, max(0, e.start - _SPAN), e.start)}


@cache
def _denied_pattern() -> re.Pattern[str]:
    # longest first; equal lengths in a fixed order, so every process builds the same source
    preps = "|".join(sorted(map(re.escape, words("denied_place_prepositions")),
                            key=lambda w: (-len(w), w)))
    # «не в Минске», «не с самого Минска», «не в соседней Брянской области»
    return compile_pattern(
        rf"(?:^|[\s,(—–-])не\s+(?:{preps})\s+(?:[а-яё]+(?:ом|ем|ой|ей|ого|его)\s+)?$",
        re.IGNORECASE)
