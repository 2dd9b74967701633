"""The numbered items of a digest are separate stories.

A weekly digest or a Telegram post numbers its items («1️⃣ Белстат подвел итоги …», «2. В
Калужской области …», «3) …»): each item tells its own news, so a sentence with no firm of
its own («Сервисный центр откроют в Барнауле») speaks of the firm its own item named
(«„Гомсельмаш“ подписал контракт …»), not of the project the item before told.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.projects.cues import cue_hits

if TYPE_CHECKING:
    from analysis.entities import Entity
    from analysis.projects.mention import ReadSentence

__all__ = ["ITEM_NUMBER", "item_firms"]

# an item's number opening its paragraph: a keycap emoji («3️⃣»), «3.», «3)» or «№ 3»
ITEM_NUMBER = r"(?:\d{1,2}\ufe0f?\u20e3|\d{1,2}[.)][ \u00a0]+(?!\d)|№[ \u00a0]*\d{1,2}[ \u00a0.:])"
_ITEM_NUMBER = lazy_compile(r"[ \u00a0]*" + ITEM_NUMBER)

EntitiesIn = Callable[[int, str | None], list["Entity"]]


def item_firms(text: str, sents: list[ReadSentence], idx: int,
               entities_in: EntitiesIn) -> list[Entity]:
    """The enterprises of the nearest earlier sentence of sentence `idx`'s digest item that
    names any, when its paragraph opens with an item's number and tells no project before
    `idx` («„Гомсельмаш“ подписал контракт … Сервисный центр откроют в Барнауле»; empty
    otherwise: a project the item told is the one its later sentences go on about)."""
    para = sents[idx].paragraph
    first = idx
    while first > 0 and sents[first - 1].paragraph == para:
        first -= 1
    if first == idx or not _ITEM_NUMBER.match(text, sents[first].start):
        return []
    if any(h.cue.field == "kind" for j in range(first, idx) for h in cue_hits(sents[j].toks)):
        return []  # («Его ТО-центр под Омском …. Центр работает с 2021-го»: the item's own project)
    for j in range(idx - 1, first - 1, -1):
        named = entities_in(j, "enterprise")
        if named:
            return named
    return []
