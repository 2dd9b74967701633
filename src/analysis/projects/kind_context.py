"""What the kind rules see of one sentence: `KindContext` (its text, tokens, entities, «на
базе» spans and the sentences around), and the shape of a rule, `KindRule`. Kept apart from
the rules (`analysis.projects.kinds` and the `kind_*` modules) so every rule module can name
it without importing the list of rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from analysis.entities import Entity, is_russian_region
from analysis.projects.cues import CueHit, Token
from analysis.projects.firm_homes import home_country

if TYPE_CHECKING:
    from analysis.projects.mention import ReadSentence

__all__ = ["SIDES", "KindContext", "KindRule"]

# a country named as an adjective («белорусские», «российские партнёры») by its side
SIDES = {"Беларусь": "BY", "Россия": "RU"}


@dataclass
class KindContext:
    """What the kind rules see of one sentence (clean-text offsets)."""

    text: str
    toks: list[Token]
    start: int
    end: int
    entities: list[Entity]  # the sentence's entities
    info: dict[str, dict[str, str]]  # `enterprise_info()`
    base: list[tuple[int, int]]  # «на базе …» spans: a site, not a project
    # the sentences around (None at the article's edges); their tokens are read only when a
    # rule asks for them, as few do
    previous_sentence: ReadSentence | None = None
    following_sentence: ReadSentence | None = None
    # the side «мы», «наш» stand for in an interview with one firm («BY», «RU»), else None
    speaker_side: str | None = None
    # the firms the next sentence of the paragraph names («… о пуске участка по выпуску …
    # Проект реализуют Минский тракторный завод и калужское АО «…»»)
    following_firms: tuple[Entity, ...] = ()
    # the places and countries that sentence names («Заказчик — ивановское ООО «…»»:
    # `client_next` reads the client's side from them)
    following_places: tuple[Entity, ...] = ()

    def around_has(self, sentence: ReadSentence | None, lemmas: frozenset[str],
                   forms: bool = False) -> bool:
        """Does a word of the neighbour `sentence` have its lemma (`forms`: or its form) in
        `lemmas`? Asked without tokenising it when it was not read yet."""
        return sentence is not None and sentence.has_lemma_in(lemmas, forms=forms)

    @property
    def previous(self) -> list[Token]:
        """The previous sentence's tokens (none for the first)."""
        return self.previous_sentence.toks if self.previous_sentence is not None else []

    @property
    def following(self) -> list[Token]:
        """The next sentence's tokens (none for the last)."""
        return self.following_sentence.toks if self.following_sentence is not None else []

    def on_base(self, pos: int) -> bool:
        """Whether `pos` lies in a «на базе Центра … «БелАЗ»» phrase (it names a site)."""
        return any(a <= pos < b for a, b in self.base)

    @cached_property
    def enterprises(self) -> list[Entity]:
        """The sentence's enterprises."""
        return [e for e in self.entities if e.type == "enterprise"]

    def country(self, firm: Entity) -> str | None:
        """A listed firm's country; a partner the list lacks takes the place in its name
        («Казанский … университет» is Russian, «Белорусский … университет» Belarusian)."""
        if firm.normal in self.info:
            return self.info[firm.normal].get("country")
        inside = [e for e in self.entities if e.type in ("region", "country")
                  and firm.start <= e.start < firm.end]
        if not inside:  # «Елецкий элеваторный завод», «ярославским ООО «ДвигательТех»»
            return home_country(self.text, self.entities, firm)
        e = inside[0]
        if e.type == "country":
            return SIDES.get(e.normal)
        return "RU" if is_russian_region(e.normal) else "BY"


KindRule = Callable[[KindContext, list[CueHit]], list[CueHit]]
