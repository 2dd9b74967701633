"""The roles a side of a trade flow can play for the goods, and the role a noun near the side
gives it (split from `analysis.money.flow_sides` for size, session 46; the prepositions and
cases around a side are read there).

The roles: `origin` (the goods come from the side), `destination` (they go to it), `partner`
(the other side of the clause's trade word), `market` (where the goods are sold), `owner` (whose
trade it is: the goods come from it when the clause's trade word sends, go to it when it
receives) and `subject` (an owner named alone, as a clause's subject or a list's item).

A noun tells the role by its lemma (`data/trade_flow_ru.json`): the noun a side's adjective
qualifies («белорусской молочной продукции»: goods, the origin; «российским заказчикам»:
receivers; «белорусские предприятия»: actors, the owner — `noun_role`), or a noun of receivers,
suppliers or partners said of the side in its clause («Россия — основной покупатель»;
«Крупнейшим покупателем среди российских регионов стала Смоленская область», after a copula:
`predicate_role`).
"""

from __future__ import annotations

from analysis.lang.morph import lemma, parses
from analysis.lazypattern import lazy_compile
from analysis.money.flow_words import FlowWords, flow_words

__all__ = ["DESTINATION", "MARKET", "ORIGIN", "OWNER", "PARTNER", "SUBJECT", "WORD", "WORDS_AFTER",
           "is_adjective", "noun_role", "predicate_role", "word_cases"]

ORIGIN, DESTINATION, PARTNER, OWNER, MARKET = "origin", "destination", "partner", "owner", "market"
SUBJECT = "subject"  # an owner named alone, as a clause's subject or a list's item («Москва (…)»)
WORD = lazy_compile(r"[А-Яа-яЁё]+")
WORDS_AFTER = lazy_compile(r"[ \u00a0]+([А-Яа-яЁё-]+)(?:[ \u00a0]+([А-Яа-яЁё-]+))?"
                           r"(?:[ \u00a0]+([А-Яа-яЁё-]+))?")
_PREDICATE_REACH = 40  # characters around a side a noun said of it may stand in
_CLAUSE_REACH = 120  # characters of a clause read for a copula and its noun
# «стать покупателем», «являться поставщиком», «оставаться партнёром»: the noun says what
# the subject is
_COPULAS = frozenset({"стать", "становиться", "являться", "остаться", "оставаться"})
_PREDICATE_STOP = lazy_compile(r"[.!?;:(),]")  # a clause's end: a noun past it says nothing of the side


def word_cases(word: str) -> set[str]:
    """The cases of every reading of `word`."""
    return {p.tag.case for p in parses(word.lower()) if p.tag.case}


def _only_case(word: str, case: str) -> bool:
    """Does every reading of `word` with a case have `case`?"""
    return all(p.tag.case == case for p in parses(word.lower()) if p.tag.case)


def is_adjective(word: str) -> bool:
    """Is `word`, in its likeliest reading, an adjective or a participle?"""
    return parses(word.lower())[0].tag.POS in ("ADJF", "PRTF")


def predicate_role(text: str, start: int, end: int) -> str | None:
    """The role a noun of receivers, suppliers or partners said of a side gives it (a few
    words before or after it in its clause, no trade word between)."""
    words = flow_words()
    lo = max(0, start - _PREDICATE_REACH)
    lo = max([lo, *(m.end() for m in _PREDICATE_STOP.finditer(text, lo, start))])
    hi = min(len(text), end + _PREDICATE_REACH)
    hi = next((m.start() for m in _PREDICATE_STOP.finditer(text, end, hi)), hi)
    near = [m.group() for m in WORD.finditer(text, lo, start)][-3:]
    near += [m.group() for m in WORD.finditer(text, end, hi)][:5]
    for word in near:
        lem = lemma(word.lower())
        # (a noun of suppliers or receivers first: «поставщиком», «импортёром» are trade words
        # too, but said of the side they tell what it is: «Крупнейшим поставщиком остается
        # Беларусь», rounds 32, 33)
        if (role := _noun_side(lem, words)) is not None:
            return role
        if lem in words.out_words or lem in words.in_words:
            return None
    return _copula_role(text, start, end)


def _copula_role(text: str, start: int, end: int) -> str | None:
    """The role a noun in the instrumental after a copula of the side's clause gives it,
    however many words stand between («Крупнейшим покупателем среди российских регионов
    стала Смоленская область»: the subject is what the noun says, a receiver)."""
    words = flow_words()
    lo = max([max(0, start - _CLAUSE_REACH),
              *(m.end() for m in _PREDICATE_STOP.finditer(text, max(0, start - _CLAUSE_REACH), start))])
    hi = next((m.start() for m in _PREDICATE_STOP.finditer(text, end, end + _CLAUSE_REACH)),
              min(len(text), end + _CLAUSE_REACH))
    clause = [m.group().lower() for m in WORD.finditer(text, lo, hi)]
    if not any(lemma(w) in _COPULAS for w in clause):
        return None
    for word in clause:
        lem = lemma(word)
        if (role := _noun_side(lem, words)) is not None and any(
                p.tag.case == "ablt" for p in parses(word)):
            return role
        if lem in words.out_words or lem in words.in_words:
            return None  # a trade word of its own: the side is its subject
    return None


def _noun_side(lem: str, words: FlowWords) -> str | None:
    """The side a noun names by its lemma: a receiver, a partner or a supplier (the lists
    are disjoint), else None."""
    if lem in words.receivers:
        return DESTINATION
    if lem in words.partners:
        return PARTNER
    if lem in words.suppliers:
        return ORIGIN
    return None


def noun_role(text: str, end: int) -> str | None:
    """The role an adjective of a side gives by the noun it qualifies (up to two adjectives
    between: «белорусской молочной продукции»)."""
    words = flow_words()
    after = WORDS_AFTER.match(text, end)
    if after is None:
        return None
    for word in (w.rsplit("-", 1)[-1] for w in after.groups() if w and w.strip("-")):
        lem = lemma(word.lower())
        if lem in words.goods:
            return ORIGIN
        if (role := _noun_side(lem, words)) is not None:
            return role
        if "datv" in word_cases(word) and _only_case(word, "datv"):
            return DESTINATION  # «продали белорусским меткомбинатам»: whom the goods go to
        if lem in words.actors:
            return OWNER
        if not is_adjective(word):
            return None
    return None
