"""A sentence placed abroad: a place outside the pair named by its noun (``foreign_places``
of `data/project_words.csv`, «в Казахстане», «под Ташкентом») tells no project of ours, and
takes no scene from the sentence before; the Russian places beside it may only say where
the partners are from (`homes_only`). Read by the reader's steps (`projects.reader`,
`projects.sentence_sites`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.entities import Entity, is_russian_region
from analysis.projects.cues import words
from analysis.projects.location import ADJECTIVE_ROLES, bracketed_home, came_from, in_foreign_unit

if TYPE_CHECKING:
    from analysis.projects.mention import ReadSentence

__all__ = ["abroad", "homes_only", "places_abroad"]


def places_abroad(sent: ReadSentence) -> bool:
    """«Описан и проект в Казахстане, где комбайны собирают до сих пор»: the sentence names a
    place abroad by its noun (``foreign_places``), so it is set there and takes no scene
    from the sentence before (a third country's adjective before a partner is no place)."""
    foreign = words("foreign_places")
    return any(t.lemma in foreign and t.pos == "NOUN" for t in sent.toks)


def abroad(sent: ReadSentence, scene: ReadSentence | None, regions: list[Entity]) -> bool:
    """«в Ташкенте открыли склад запчастей»: a sentence that names a place abroad
    (``foreign_places``) tells no project of ours. Nor does one whose `scene` (the sentence
    before in its paragraph, when it names no place of its own) is placed abroad with no
    Russian region among its `regions`: ««Курсив» сообщает о сборке тракторов МТЗ в
    Казахстане. По данным издания, на заводе в Костанае собрано 600 машин»."""
    foreign = words("foreign_places")
    if not foreign.isdisjoint(sent.lemmas) or in_foreign_unit(sent.toks, sent.text):
        return True
    return scene is not None and scene.paragraph == sent.paragraph and not foreign.isdisjoint(
        scene.lemmas) and not any(is_russian_region(e.normal) for e in regions)


def homes_only(sent: ReadSentence, ru: list[Entity]) -> bool:
    """«МТЗ и компания из Челябинска наладили сборку тракторов в Казахстане», «самарская
    компания собирает … под Ташкентом»: every Russian place the sentence names says where a
    partner is from («из …», in brackets after a firm, a place adjective), none is a site, and
    a place abroad is named by its noun (``foreign_places``, not a partner's adjective:
    «казахстанское ТОО»): with `abroad`, the project is there. True when `ru` is empty."""
    if not ru:
        return True
    foreign = words("foreign_places")
    return all(came_from(sent.text, e) or bracketed_home(sent.text, e)
               or e.role in ADJECTIVE_ROLES for e in ru) and (
        any(t.lemma in foreign and t.pos == "NOUN" for t in sent.toks)
        or in_foreign_unit(sent.toks, sent.text))
