"""Which way goods go: «поставки белорусских товаров в регион — 410 млн» is the region's
import.

A delivery word («поставки», «отгрузки») whose goods are named Belarusian and whose
destination is a Russian region («в Краснодарский край», «в регион», «в область») speaks
from the region's side: the figure is its import (rounds 6 and 11), not the export a bare
delivery word means. A delivery «в Россию» stays Belarus's export, and «экспорт» says its
own direction.
"""

from __future__ import annotations

from analysis.entities import russian_regions_in
from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope

__all__ = ["is_delivery_into_region"]

# a delivery word, then Belarusian goods («поставки белорусской молочной продукции»)
# or goods of Belarusian make («поставки тракторов и комбайнов белорусского производства»:
# the make after the goods, session 29)
_DELIVERY_OF_BELARUSIAN = lazy_compile(
    r"(?<![\w-])(?:поставк|отгрузк|поставлен|ввезен|ввезён|завезен|завезён)\w*"
    r"(?:(?:[ \u00a0]+[а-яё-]+){0,2}?[ \u00a0]+белорусск\w+"
    r"|(?:[ \u00a0]+[а-яё-]+){1,5}?[ \u00a0]+белорусск\w+[ \u00a0]+(?:производств|сборк)\w*)")
# «в регион», «в край», «в область», «в республику», «в округ»: the article's region
_INTO_LOCAL = lazy_compile(r"(?<![\w-])(?:в|во)[ \u00a0]+(?:регион|край|область|округ)(?![\w-])")
_INTO = lazy_compile(r"(?<![\w-])(?:в|во)[ \u00a0]+\Z")
_REACH = 160  # characters before the amount


def is_delivery_into_region(scope: AmountScope) -> bool:
    """Is the amount a delivery of Belarusian goods into a Russian region (its import)?"""
    low, text = scope.folded, scope.text
    lo = max(scope.start, scope.amount.start - _REACH)
    if low.find("белорусск", lo, scope.amount.start) < 0:
        return False  # (most export figures: one look in C)
    delivery = _DELIVERY_OF_BELARUSIAN.search(low, lo, scope.amount.start)
    if delivery is None:
        return False
    after = delivery.end()
    if _INTO_LOCAL.search(low, after, scope.amount.start):
        return True
    return any(_INTO.search(low, max(after, r.start - 4), r.start)
               for r in russian_regions_in(text, after, scope.amount.start))
