"""Places where goods are in use, no sites: «сервисного центра в Коврове для станков, которые
работают на предприятиях Владимирской и Нижегородской областей» (session 34, round 54). A
«который» clause opened by a verb of use (``in_use_verbs`` in data/project_words.csv) tells
where the goods work; `places.sentence_places` sets its places aside beside a site the
sentence names, as it does a customer's («пойдут заказчикам в …»).
"""

from __future__ import annotations

from analysis.entities import Entity
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import Token, words

# the gap between two places of one list («Владимирской и Нижегородской»)
_PLACE_LIST_GAP = lazy_compile(r"\s*,\s*|\s+и\s+(?:в\s+)?")

_IN_USE_REACH = 4  # words from «который» to a place of its clause («работают на предприятиях»)


def places_in_use(text: str, toks: list[Token], named: list[Entity]) -> list[Entity]:
    """«станков, которые работают на предприятиях Владимирской и Нижегородской областей»,
    «машин, которые эксплуатируются в Якутии»: the places of a «который» clause whose verb
    tells goods in use (``in_use_verbs``), with the places listed after them, say where the
    goods work, no site of the project (session 34, round 54); not a facility's clause
    («центр, который работает в Кирове»)."""
    out: list[Entity] = []
    for e in sorted(named, key=lambda e: e.start):
        k = next((k for k, t in enumerate(toks) if t.start >= e.start), len(toks))
        before = toks[max(0, k - _IN_USE_REACH - 1):k]
        if any(t.lemma == "который" and j + 1 < len(before) and before[j + 1].lemma in words("in_use_verbs")
               and not _after_a_facility(toks, t) for j, t in enumerate(before)) \
                or (out and _PLACE_LIST_GAP.fullmatch(text, out[-1].end, e.start)):
            out.append(e)
    return out


def _after_a_facility(toks: list[Token], which: Token) -> bool:
    """«центр, который работает в Кирове»: a facility or a plant («центр», «завод»), not goods,
    works where the clause says; its place is the site."""
    k = toks.index(which)
    noun = toks[k - 1] if k and toks[k - 1].word != "," else (toks[k - 2] if k > 1 else None)
    return noun is not None and noun.lemma in words("facility") | words("plant_site") | words("site")
