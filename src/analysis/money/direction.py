"""Which way goods go: «поставки белорусских товаров в регион — 410 млн» is the region's
import.

A delivery word («поставки», «отгрузки») whose goods are named Belarusian and whose
destination is a Russian region («в Краснодарский край», «в регион», «в область») speaks
from the region's side: the figure is its import (rounds 6 and 11), not the export a bare
delivery word means. A delivery «в Россию» stays Belarus's export, and «экспорт» says its
own direction.

The goods' side may be said after the destination or by a clause of make («поставки в край
техники, произведённой в Беларуси», «поставки из Беларуси в область», «ввезено в область
молока белорусского производства»; issue 10, session 30: the construction, not its one
word order).
"""

from __future__ import annotations

from analysis.entities import russian_regions_in
from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope

__all__ = ["from_region_to_named_buyer", "is_delivery_into_region"]

# a delivery word, then Belarusian goods («поставки белорусской молочной продукции»)
# or goods of Belarusian make («поставки тракторов и комбайнов белорусского производства»:
# the make after the goods, session 29)
_DELIVERY_OF_BELARUSIAN = lazy_compile(
    r"(?<![\w-])(?:поставк|отгрузк|поставлен|ввезен|ввезён|завезен|завезён)\w*"
    r"(?:(?:[ \u00a0]+[а-яё-]+){0,2}?[ \u00a0]+белорусск\w+"
    r"|(?:[ \u00a0]+[а-яё-]+){1,5}?[ \u00a0]+белорусск\w+[ \u00a0]+(?:производств|сборк)\w*)")
# a delivery word with the goods' side told later in its clause: made in Belarus, or from it
_DELIVERY = lazy_compile(
    r"(?<![\w-])(?:поставк|отгрузк|поставлен|ввезен|ввезён|завезен|завезён|ввезли|завезли)\w*")
_MADE_IN_BELARUS = lazy_compile(
    r"(?<![\w-])(?:(?:произведенн|произведённ|изготовленн|выпущенн|собранн|сделанн)\w*"
    r"(?:[ \u00a0]+[а-яё-]+){0,2}?[ \u00a0]+(?:в|на)(?:[ \u00a0]+[а-яё-]+)?|производства|сборки"
    r"|из)[ \u00a0]+"
    r"(?:республик[еи][ \u00a0]+)?(?:беларус|белорусси)\w*"
    r"|белорусск\w+[ \u00a0]+(?:производств|сборк)\w*")
_CLAUSE_BREAK = lazy_compile(r"[;:.!?«»—–]")
_CLAUSE_OR_COMMA = lazy_compile(r"[,;:.!?«»—–]")
_FROM_BELARUS = lazy_compile(r"(?<![\w-])из[ \u00a0]+(?:республики[ \u00a0]+)?(?:беларуси|белоруссии)"
                             r"(?![\w-])")
# «в регион», «в край», «в область», «в республику», «в округ»: the article's region
_INTO_LOCAL = lazy_compile(r"(?<![\w-])(?:в|во)[ \u00a0]+(?:регион|край|область|округ)(?![\w-])")
_INTO = lazy_compile(r"(?<![\w-])(?:в|во)[ \u00a0]+\Z")
_REACH = 160  # characters before the amount
# «поставки компонентов для МАЗа из …»: the buyer the goods are for, named
_FOR_NAMED_BUYER = lazy_compile(r"(?<![\w-])для[ \u00a0]+[«\"]?[А-ЯЁ]")
_REGION_NAME_REACH = 60  # characters a region's name may take after «из»


def from_region_to_named_buyer(text: str, noun_end: int, origin_end: int) -> bool:
    """Is a delivery whose origin is told («поставки … из Татарстана», the origin's capital
    ending at `origin_end`) one for a named buyer («для МАЗа») from a Russian region? Goods
    leaving a Russian region for a buyer are that region's export («кооперационные поставки
    компонентов для МАЗа из Татарстана»: round 52), not an import from the place named."""
    if _FOR_NAMED_BUYER.search(text, noun_end, origin_end) is None:
        return False
    start = origin_end - 1
    return any(r.start == start for r in russian_regions_in(text, start, start + _REGION_NAME_REACH))


def is_delivery_into_region(scope: AmountScope) -> bool:
    """Is the amount a delivery of Belarusian goods into a Russian region (its import)?"""
    low = scope.folded
    lo = max(scope.start, scope.amount.start - _REACH)
    if low.find("белорус", lo, scope.amount.start) < 0 and low.find(
            "беларус", lo, scope.amount.start) < 0:
        return False  # (most export figures: one look in C)
    delivery = _DELIVERY_OF_BELARUSIAN.search(low, lo, scope.amount.start)
    if delivery is not None and (_into_region(scope, delivery.end())
                                 or _into_region_before(scope, lo, delivery.start())):
        return True
    # «поставки в край техники, произведённой в Беларуси, составили …»: the make told later
    # «Из Беларуси поставки в область …»: the origin opening the clause before the word
    for delivery in _DELIVERY.finditer(low, lo, scope.amount.start):
        hi = scope.amount.start
        if _CLAUSE_BREAK.search(low, delivery.end(), hi) is not None:
            continue
        breaks = list(_CLAUSE_OR_COMMA.finditer(low, lo, delivery.start()))
        opens = breaks[-1].end() if breaks else lo
        if (_MADE_IN_BELARUS.search(low, delivery.end(), hi) or _FROM_BELARUS.search(
                low, opens, delivery.start())) and _into_region(scope, delivery.end()):
            return True
    return False


def _into_region_before(scope: AmountScope, lo: int, delivery: int) -> bool:
    """Does the delivery's clause name the region the goods go into before its word («В
    область было поставлено белорусских глюкометров на …», «в Брянскую область за год
    завезено белорусской мебели на …»: the word order, not the construction; session 31)?"""
    low = scope.folded
    breaks = list(_CLAUSE_OR_COMMA.finditer(low, lo, delivery))
    opens = breaks[-1].end() if breaks else lo
    if _INTO_LOCAL.search(low, opens, delivery):
        return True
    return any(_INTO.search(low, max(opens, r.start - 4), r.start)
               for r in russian_regions_in(scope.text, opens, delivery, folded=low))


def _into_region(scope: AmountScope, after: int) -> bool:
    """Does the stretch from `after` to the amount send the goods into a Russian region («в
    регион», «в край», «в Смоленскую область»)?"""
    low = scope.folded
    if _INTO_LOCAL.search(low, after, scope.amount.start):
        return True
    return any(_INTO.search(low, max(after, r.start - 4), r.start)
               for r in russian_regions_in(scope.text, after, scope.amount.start, folded=low))
