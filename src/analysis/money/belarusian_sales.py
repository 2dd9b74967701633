"""Sales of Belarusian goods in Russia are Belarus's export: a trade house, a fair, a chain or
an oblast's makers selling or shipping Belarusian goods in a Russian region or in Russia
(«белорусские производители реализовали продукции на 14,5 млн рублей» at a fair in Yaroslavl;
retail sales, «Розничные продажи за десять дней работы ярмарки составили …», round 24; a fair
told earlier in the paragraph as the channel of a sale «на» a sum, round 38; session 34;
«предприятия Гродненской области отгрузили продукции на 412 млн долларов» through networks in
the Russian Federation). A seller's sales with no Belarusian side or no Russian market named
stay its revenue (`other`) and a shipment with none its output (tests/gold/README.md, the
session-18 dealer and retail convention; rounds 19, 23, 24). The Belarusian side's words are
data (`belarusian_seller` of `data/money_context_ru.json`). Either side may stand in an earlier
sentence of the figure's paragraph (the topic a paragraph carries: «Белорусский трикотаж
покупают в Москве. Продажи через дилеров …»; session 28), not in the headline alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["sells_belarusian_goods_in_russia"]

_SALE = frozenset({"реализовать", "реализовывать", "продать", "продавать", "продажа",
                   "отгрузить", "отгружать", "отгрузка", "сбыт"})
_FROM = frozenset({"other", "production"})  # a seller's revenue, a maker's output
# «Оборот белорусской посуды на Wildberries», «оборот белорусского торгового дома»: Belarusian
# goods or a Belarusian trade house turning over in Russia (rounds 23, 24), not a seller's
# own turnover («оборот белорусских продавцов»: `turnover_owners`, other, round 19)
_GOODS_TURNOVER = lazy_compile(r"оборот\w*\s+белорусск\w+\s+(?!продавц|компани|магазин|фирм|сет"
                               r"|ритейлер|торговц)[а-яё]")
# Russia as the market: «в России», «в Российской Федерации», «российских сетях»
# («российские продажи» of a Belarusian maker: its sales in Russia); a federal district or a
# part of Russia named as a whole («в Сибирском федеральном округе», «в Сибири», «на Урале»,
# «на Дальнем Востоке»: several regions, Russia all the same; metric46)
_RUSSIA = lazy_compile(r"(?<![а-яё])(?:(?:в|во|на|по)\s+(?:росси|рф(?![а-яё])|российск\w+\s+федераци"
                       r"|[а-яё-]+ом\s+федеральн\w+\s+округ|сибири(?![а-яё])|урале(?![а-яё])"
                       r"|поволжье(?![а-яё])|дальн\w+\s+восток)"
                       r"|российск\w+\s+(?:сет|рын|магазин|покупател|маркетплейс|продаж))")


# a word that may be a verb of selling («продало», «реализовал», «отгрузили»)
_SALE_WORD = lazy_compile(r"(?<![а-яё])(?:прода|реализ|отгруз)[а-яё]*")
# the channel the convention names: a dealer, a distributor, a shop, a trade house or a fair,
# or the Belarusian state media's «товаропроводящая сеть» (the makers' own selling network)
_CHANNEL = lazy_compile(r"(?<![а-яё])(?:дилер|дистрибьютор|магазин|торгов\w+\s+дом|ярмарк"
                        r"|товаропроводящ)")
# «Розничные продажи … составили»: retail sales, read by their adjective («розничный» is the
# cue of domestic retail, «оборот розничной торговли»), are sales through retail
_RETAIL_SALES = lazy_compile(r"(?<![а-яё])розничн\w+\s+продаж")
# goods sold «на» a sum (not a price «за» one item: «продают примерно за 1,1 тыс.»)
_ON_SUM = lazy_compile(r"(?<![а-яё])на(?:\s+(?:сумму|общую\s+сумму))?\s+\Z")


def _sold_before(scope: AmountScope) -> bool:
    """With no cue word at all: does a dealer or a shop named in the sentence sell goods «на»
    the amount («официальный дилер … за прошлый год продало палаток и спальников на 14 млн
    рублей», round 42; the session-18 convention's sales through dealers or retail)?"""
    low, amount = scope.folded, scope.amount
    return (_ON_SUM.search(low, max(scope.start, amount.start - 24), amount.start) is not None
            and (_CHANNEL.search(low, scope.start, amount.start) is not None or any(
                _CHANNEL.search(low, lo, hi) for lo, hi in _carried(low, scope.start)))
            and any(lemma(m.group()) in _SALE
                    for m in _SALE_WORD.finditer(low, scope.start, amount.start)))


def _is_sale(scope: AmountScope, head: str) -> bool:
    """Is the cue word `head` a word of selling or shipping, or the adjective of retail sales
    told in the amount's sentence before it («Розничные продажи за десять дней ярмарки
    составили …»)?"""
    word = lemma(head)
    return word in _SALE or (word == "розничный" and _RETAIL_SALES.search(
        scope.folded, scope.start, scope.amount.start) is not None)


@cache
def _belarusian() -> object:
    return compile_pattern("(?i)" + "|".join(context_data()["belarusian_seller"]))


@cache
def _belarusian_market() -> object:
    return compile_pattern("(?i)" + "|".join(context_data()["belarusian_market"]))


def sells_belarusian_goods_in_russia(scope: AmountScope, metric: str, head: str,
                                     russian_region_named: Callable[[], bool]) -> bool:
    """Is the amount, read `metric` by a word of selling or shipping (`head`), Belarusian
    goods sold in Russia: a Belarusian seller or Belarusian goods named in its sentence, and
    Russia or a Russian region (`russian_region_named()`, asked last: reading the regions is
    the costly part) as the market?"""
    low = scope.folded
    if metric == "trade_turnover" and head.startswith("оборот"):
        if _GOODS_TURNOVER.search(low, scope.start, scope.amount.start) is None:
            return False
    elif metric not in _FROM or not (_is_sale(scope, head) if head else _sold_before(scope)):
        return False
    belarusian = _belarusian()
    if belarusian.search(low, scope.start, scope.end) is None and not any(  # type: ignore[attr-defined]
            belarusian.search(low, lo, hi) for lo, hi in _carried(low, scope.start)):  # type: ignore[attr-defined]
        return False
    if _RUSSIA.search(low, scope.start, scope.end) is not None or any(
            _RUSSIA.search(low, lo, hi) for lo, hi in _carried(low, scope.start)):
        return True
    # («… выступят в Минске. Белорусская сторона рассчитывает выручить от продажи билетов …»:
    # sold at home, no Russian market named where the sale is told)
    home = _belarusian_market()
    if home.search(low, scope.start, scope.end) is not None or any(  # type: ignore[attr-defined]
            home.search(low, lo, hi) for lo, hi in _carried(low, scope.start)):  # type: ignore[attr-defined]
        return False
    return russian_region_named()


def _carried(low: str, start: int) -> tuple[tuple[int, int], ...]:
    """Where a sale's sides are carried from when its sentence does not repeat them: the
    earlier sentences of the sentence's paragraph («Белорусский трикотаж покупают в Москве.
    Продажи через дилеров превысили …»). A headline's Belarusian goods are not carried: a
    dealer's or a partner's own sales stay its revenue there (rounds 7, 9, 18, 21)."""
    paragraph = low.rfind("\n", 0, start) + 1
    return ((paragraph, start),) if paragraph < start else ()
