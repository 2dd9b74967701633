"""A client named in the sentence after the work (session 31, issue 11: recall).

News tells who the work is for in a sentence of its own right after it: «На Гомельском заводе
с прошлого года изготавливают каркасы кузовов. Заказчик — российское АО «…»», «В цехе
отливают станины. Заказчиком выступает …». A sentence opening with a client role noun
(``client_role``) and naming a firm is such a sentence. Two readings follow from it:

- `client_told_next`: the work of the sentence before is done for a client of the other side
  (a firm of another country than the sentence's own firms and places), as «по заказу …» or
  «для казанской компании ООО «…»» inside the sentence tell it (`work_site.for_a_client`): a
  weak or for-client cue of making counts;
- `opens_with_client`: the client sentence itself tells no project of its own; its firm is a
  party to the project just told, as «Партнёр — компания «…»» is (the reader).

A client is told inside the sentence too by a relative clause on the goods, the firm its
subject: «изготавливают диски для борон, которые собирает новозыбковское ООО «…»»
(`assembles_them`, session 33): the firm that assembles what the parts are for.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.entities import Entity, is_russian_region
from analysis.projects.cues import Token, words
from analysis.projects.firm_homes import home_country

if TYPE_CHECKING:
    from analysis.projects.kind_context import KindContext


_RELATIVE_REACH = 4  # words from «которые» to the firm's name («которые собирает брянское ООО»)


def assembles_them(toks: list[Token], firm: Entity) -> bool:
    """«…для дисковых борон, которые собирает новозыбковское ООО «…»»: `firm` is the subject
    of a relative clause whose verb (``client_relative_verbs``: собирать, выпускать …)
    opens right after «который»: it makes the goods the work is for, a client."""
    verbs = words("client_relative_verbs")
    before = [t for t in toks if t.end <= firm.start][-_RELATIVE_REACH:]
    return any(t.lemma == "который" and u.lemma in verbs for t, u in pairwise(before))


def opens_with_client(toks: list[Token]) -> bool:
    """«Заказчик — …», «Заказчиком выступает …»: the sentence opens with a client role noun."""
    return bool(toks) and toks[0].lemma in words("client_role")


def client_told_next(ctx: KindContext) -> bool:
    """Does the next sentence of the paragraph open with a client role noun and name a firm
    of another side than the sentence's own (its firms, and the places it names)? A client
    the lists lack takes its side from that sentence («российское АО «…»», «из Иванова»)."""
    if not ctx.following_firms or not ctx.around_has(ctx.following_sentence,
                                                     words("client_role")):
        return False
    if not opens_with_client(ctx.following):
        return False
    own = {ctx.country(e) for e in ctx.enterprises} | {
        _side(e) for e in ctx.entities if e.type in ("region", "country")}
    places = list(ctx.following_places)
    # a firm the lists lack: the place or country introducing it («ивановское ООО «…»»,
    # «российское АО «…»»), else the places its sentence names («… из Иванова»)
    clients = {ctx.info[e.normal].get("country") if e.normal in ctx.info
               else home_country(ctx.text, places, e) for e in ctx.following_firms} - {None}
    if not clients:
        clients = {_side(e) for e in places} - {None}
    return len(clients) == 1 and not clients <= own


def _side(place: Entity) -> str | None:
    """The side a place is on: Russia and its regions, Belarus and its places (a region the
    Russian list lacks, as `work_site.made_in_belarus` reads it); another country none."""
    if place.type == "country":
        return {"Россия": "RU", "Беларусь": "BY"}.get(place.normal)
    return "RU" if is_russian_region(place.normal) else "BY"
