"""Where a shipment goes: «Только в Воронежскую область мы отгрузили техники на 19 млн
долларов», «предприятие отгрузит в Жодино продукции на 420 млн рублей».

A bare «отгрузить продукции на …» is output shipped (`production`, the statistics' «отгружено
товаров собственного производства»). With a destination in the clause — «в» and a region,
a town or a country of the gazetteer, before the verb or after it — the goods cross to a
trading partner: a trade flow, read from the shipper's side as `export` (rounds 7, 9 and 10:
a Belarusian plant's deliveries into a Russian region are its export; round 13's contrary
reading is recorded in tests/gold/README.md). «в республику», «туда», «за рубеж», «на
внешние рынки» name a destination too (rounds 14, 36). So does a buyer in the dative, the
indirect object of the verb: «отгрузило пермским аграриям техники на», «свердловские
предприятия отгрузили нам продукции на» (round 36): output is shipped to no one. The shipment
verbs and those places are data (`shipment_verbs`, `shipment_places` in
`data/money_context_ru.json`). A supplier shipping («поставщик отгрузил продукцию лишь на …»)
delivers to its one buyer under a contract: no output either (`supplier_shipment`; rounds 10, 50).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.entities.regions import find_regions
from analysis.lang import lemma
from analysis.lang.morph import parses
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = [
    "SHIPPING_CLAUSE",
    "is_shipment_to_place",
    "is_supplier_shipment",
    "shipment_verbs",
    "shipped_past_cue",
    "supplier_to_buyer",
    "supplier_words",
]

_REACH = 160  # characters before the amount the clause is read in
_INTO = lazy_compile(r"(?<![\w-])(?:в|во)[ \u00a0]+\Z")
# a new clause: a semicolon, a colon, or a comma before «а», «но», «и», a conjunction or a
# relative word (the amount's own clause is the one it stands in)
SHIPPING_CLAUSE = lazy_compile(r"[;:]|,[ \u00a0]+(?:а|но|однако|и|что|который|которая|которые)(?![\w-])")


@cache
def _words(key: str) -> list[str]:
    return list(context_data()[key])


@cache
def _verbs() -> re.Pattern[str]:
    return compile_pattern(r"(?<![\w-])(?:" + "|".join(_words("shipment_verbs")) + r")")


def shipment_verbs() -> re.Pattern[str]:
    """The shipment verbs' pattern (`money.reader_gates` proves its literals)."""
    return _verbs()


@cache
def _places() -> re.Pattern[str]:
    """Destinations with no gazetteer place: «в республику», «туда», «за рубеж»."""
    return compile_pattern("|".join(f"(?:{w})" for w in _words("shipment_places")))


# «ушло», «уходит» with no place: money «ушло жильцам на компенсации» is paid to someone, not
# goods shipped to a buyer; a dative names a buyer only after a verb of shipping proper
# (session 44)
_GONE = lazy_compile(r"уш(?:ло|ли|ла|[её]л)|уход(?:ит|ят|ил|ило|или)")


def is_shipment_to_place(scope: AmountScope) -> bool:
    """Does the amount's clause ship goods into a named place (region, town or country)?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    if _verbs().search(low, lo, scope.amount.start) is None:
        return False  # (most amounts: one look)
    marks = list(SHIPPING_CLAUSE.finditer(low, lo, scope.amount.start))
    lo = marks[-1].end() if marks else lo
    if _verbs().search(low, lo, scope.amount.start) is None:
        return False
    if own_price_after_figure(scope, lo):
        return False  # «… уходит по 55 рублей, на местном рынке цена – 1,2 рубля»
    if _places().search(low, lo, scope.amount.start):
        return True  # «туда мы отгрузили продукции на», «отгрузили в республику продукции на»
    if _has_dative_buyer(low, lo, scope.amount.start) and not all(
            _GONE.fullmatch(v.group()) for v in _verbs().finditer(low, lo, scope.amount.start)):
        return True  # «отгрузило пермским аграриям техники на»
    text = scope.text
    return any(_INTO.search(low, max(lo, lo + e.start - 4), lo + e.start)
               and _goes_to(text[lo + e.start:lo + e.end])
               for e in find_regions(text[lo:scope.amount.start]))


_WORD = lazy_compile(r"[а-яё]+")


def own_price_after_figure(scope: AmountScope, lo: int) -> bool:
    """Does a figure stand between the shipping clause's start `lo` and the amount, and the
    amount's own stretch after it name a price («В Петербург килограмм уходит по 55 рублей,
    на местном рынке оптовая цена – 1,2 рубля»)? The verb shipped the first figure's goods;
    the second is the price its own noun names (`price_heads`; round 58)."""
    own = scope.stretch_start
    if own <= lo:
        return False  # (most shipments: no figure before the amount in its clause)
    heads = context_words().price_heads
    return any(lemma(w) in heads for w in _WORD.findall(scope.folded, own, scope.amount.start))


def is_supplier_shipment(scope: AmountScope) -> bool:
    """Is a supplier the subject of the shipping verb in the amount's clause before it
    («Поставщик отгрузил лишь часть товара — около 4 млн рублей»)?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    if low.find("поставщик", lo, scope.amount.start) < 0:
        return False  # (most amounts: one look in C)
    clause = low[lo:scope.amount.start]
    cut = max([m.end() for m in SHIPPING_CLAUSE.finditer(clause)], default=0)
    return _supplier().search(clause, cut) is not None


def supplier_to_buyer(scope: AmountScope) -> bool:
    """Is the amount a supplier's shipment to its one buyer, no country or region named in its
    sentence («Крупнейший поставщик молока на комбинат отгрузил сырья примерно на 900 млн»:
    one seller's goods, `other`, the lead's reading of session 41, though a buyer named by the
    plant it is or in the dative would read as a trade flow; metric46)? A supplier shipping
    into a named country or region stays that trade («белорусский поставщик отгрузил в
    Брянскую область …»)."""
    if not is_supplier_shipment(scope):
        return False
    sentence = scope.text[scope.start:scope.end]
    return not find_regions(sentence) and _ABROAD.search(scope.folded, scope.start, scope.end) is None


# a country or abroad named in the sentence (the gazetteer names the two countries and the regions)
_ABROAD = lazy_compile(r"(?<![а-яё])(?:росси|рф(?![а-яё])|белорус|беларус|казахстан|кита|за[ \u00a0]+рубеж"
                       r"|экспорт|импорт|зарубежн|иностранн)")


def supplier_words() -> re.Pattern[str]:
    """A supplier shipping (`money.reader_gates` proves its literals)."""
    return _supplier()


@cache
def _supplier() -> re.Pattern[str]:
    return compile_pattern(context_data()["supplier_shipment"])


def shipped_past_cue(scope: AmountScope, head: str) -> bool:
    """Does a shipment into a named place govern the amount while the cue word read for it
    stands before the shipping verb, outside the verb's phrase («Российские заказы у нас —
    три четверти портфеля. — В прошлом году мы отправили в Россию колоколов на …»)? The verb
    that governs the sum says what it is; a noun of an earlier clause does not."""
    if not head or not is_shipment_to_place(scope):
        return False
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    verbs = list(_verbs().finditer(low, lo, scope.amount.start))
    if not verbs:
        return False
    verb = verbs[-1].start()  # the verb nearest the sum
    return low.rfind(head, scope.start, verb) >= 0 and low.find(head, verb, scope.end) < 0


def _goes_to(place: str) -> bool:
    """Is the place named in the accusative, where goods go («в Воронежскую область», «в
    Гомель», an indeclinable «в Жодино»), not the prepositional of where a thing is («в
    Брянской области», «в Минске»)?"""
    first = _WORD.match(place)
    if first is None:
        return False
    cases = {p.tag.case for p in parses(first.group().lower())}
    return "accs" in cases or not cases & _PLACE_CASES


_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_PLACE_CASES = frozenset({"loct", "loc2", "gent", "datv", "ablt"})


# prepositions that govern the dative themselves («по итогам года», «к празднику»): the word
# after one is no buyer
_DATIVE_PREPOSITIONS = frozenset({"по", "к", "ко", "благодаря", "согласно", "вопреки", "навстречу"})
_NAMING = frozenset({"NOUN", "NPRO"})


def _has_dative_buyer(low: str, lo: int, hi: int) -> bool:
    """Is there a noun or pronoun between `lo` and `hi` that can only be a dative, and is not
    governed by a preposition: the one goods are shipped to («аграриям», «нам», «партнёрам»)?
    A word that may be another case too («продукции», «им») is not taken for one."""
    governed = False  # inside a phrase a dative preposition opened, up to its noun
    for m in _WORD.finditer(low, lo, hi):
        word = m.group()
        if word in _DATIVE_PREPOSITIONS:
            governed = True  # «по итогам года», «по разным оценкам»
            continue
        found = parses(word)
        naming = bool(found) and any(str(p.tag.POS) in _NAMING for p in found)
        if governed:
            governed = not naming
            continue
        if naming and all(p.tag.case == "datv" for p in found):
            return True
    return False
