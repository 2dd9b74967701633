"""Parts a Russian site makes and also sends to Belarus: a supply of its own.

«Сварочный участок изготавливает каркасы для всех моделей, собираемых на площадке, и часть
каркасов отгружает в Минск»: the frames go to the maker's own plant as well as to the local
assembly, so the parts line is a project of its own, not a step of that assembly's
localisation (`consolidation`). A verb of sending (``shipped_out``) with «в» and a Belarusian
place after it tells it; goods arriving from Belarus («приходят из Гомеля») do not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.entities import find_regions
from analysis.entities.sides import names_belarusian_side
from analysis.projects.cues import tokens, words

if TYPE_CHECKING:
    from analysis.projects.merging import Project

_INTO = re.compile(r"\bво?\s+$", re.IGNORECASE)  # «в» right before the place


def sent_to_belarus(sentence: str) -> bool:
    """Whether `sentence` sends goods «в» a Belarusian place after a verb of sending («часть
    каркасов отгружает в Минск»)."""
    sending = words("shipped_out")
    verb = next((t for t in tokens(sentence, 0, len(sentence)) if t.lemma in sending), None)
    if verb is None:
        return False
    return any(_INTO.search(sentence[max(verb.end, r.start - 4):r.start])
               and names_belarusian_side(r.surface)
               for r in find_regions(sentence) if r.start >= verb.end)


def ships_to_belarus(p: Project) -> bool:
    """Whether a sentence of `p` sends its goods on to Belarus."""
    return any(sent_to_belarus(e.article.text[e.start:e.end]) for e in p.evidence)
