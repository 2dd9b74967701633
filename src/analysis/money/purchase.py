"""A purchase in a sentence that names Russia or Belarus: a country buying («Беларусь
закупает в России энергоносителей на», «белорусские предприятия закупили в России
оборудования на») is its import; one company buying in a country («ОАО «Белшина» закупило в
России каучука на») is that buyer's purchase, «other», as one buyer's purchase of Belarusian
goods is (tests/gold/README.md; rounds 21, 22), and so are farms buying in a country
(«калужские хозяйства закупили в Беларуси … на»: rounds 6–10, 26), and so is a company's
purchase from one named seller («Сырьё компания везёт из Беларуси: гранулы закупили у
гродненского поставщика на …»: round 48). The words are data
(`country_purchase`, `country`, `farm_buyers` of `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.entities.oblasts import oblast_named
from analysis.lang import parse
from analysis.lazypattern import lazy_compile
from analysis.money.alternation import lookbehind_led
from analysis.money.context import context_data, context_words
from analysis.money.literal_gate import GatedPattern
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["is_country_purchase", "is_farm_spending", "is_one_company_import", "is_spending"]


def is_country_purchase(scope: AmountScope) -> bool:
    """Does a country buy («Беларусь закупает в России …», «закупил в Беларуси тракторов на
    …»)? Then the purchase is an import, not one buyer's purchase."""
    words, text = context_words(), scope.folded
    buy = words.country_purchase.search(text, scope.start, scope.amount.start)
    if buy is None:
        return False
    # (a country named in a clause set against the purchase's, which names its own buyer, is
    # that clause's: «Беларусь поставляет в Россию сыров …, а только московские сети закупают
    # их на …», round 55; «Беларусь продала в Россию …, а купила на …» shares its subject)
    lo = max((m.end() for m in _SET_AGAINST.finditer(text, scope.start, buy.start())),
             default=scope.start)
    if not text[lo:buy.start()].strip():
        lo = scope.start
    countries = list(words.country.finditer(text, lo, scope.amount.start))
    # the purchase word nearest the amount («покупателями выступают …, которые закупили»)
    last = ([buy, *words.country_purchase.finditer(text, buy.end(), scope.amount.start)])[-1]
    if countries and all(_PLACE_BEFORE.search(text, max(0, m.start() - 4), m.start())
                         for m in countries) and (
            (_one_buyer(buy.group()) and _company_before(text, scope.start, buy.start())) or (
                (_singular_before_infinitive(text, last)
                 or _named_firms_before(text, scope.start, last.start()))
                and _company_before(text, scope.start, last.start()))):
        # «ОАО «Белшина» закупило в России каучука на …», «дорога приобрела в России
        # полувагонов на …»: one buyer (a verb in the singular) buying in a country, no
        # country buying (rounds 21, 22; «предприятия закупили в России» stays import); so is
        # one planning to buy («ЦКК планирует закупить в России …») and named firms buying
        # together («ОАО «…» и «…», которые закупили в России сырья …»: round 27)
        return False
    if countries and _ONE_SELLER.search(text, buy.end(), scope.amount.start) and _company_before(
            text, scope.start, buy.start()):
        # «Сырьё компания везёт из Беларуси: гранулы закупили у гродненского поставщика на …»:
        # a company buying from one named seller, a deal between two firms (round 48)
        return False
    if countries and _farms().search(text, scope.start, buy.start()) is not None:
        return False  # «калужские хозяйства закупили в Беларуси … на»: farms' own purchases
    if countries and _people().search(text, scope.start, buy.start()) is not None:
        return False  # «иностранцы купили в России товаров на …»: shoppers' retail purchases
    if not countries:
        # «Псковская область за полугодие закупила у предприятий Витебщины продукции на …»: a
        # region buying from a Belarusian oblast imports from it (not a company, not farms)
        return (oblast_named(scope.text[buy.end():scope.amount.start]) is not None
                and not _company_before(text, scope.start, buy.start())
                and _farms().search(text, scope.start, buy.start()) is None)
    return True


def is_one_company_import(scope: AmountScope) -> bool:
    """Does one company bring goods in from a country named only as the place («Компания …
    ввезла из Беларуси погрузчики стоимостью …»)? That is its own purchase, «other», as one
    buyer buying in a country is; a country or a region bringing them in stays an import
    (`bringing_in_verbs`; round 50)."""
    text = scope.folded
    verb = _bringing_in().search(text, scope.start, scope.amount.start)
    if verb is None or not _one_buyer(verb.group()):
        return False
    countries = list(context_words().country.finditer(text, scope.start, scope.amount.start))
    return bool(countries) and all(
        _PLACE_BEFORE.search(text, max(0, m.start() - 4), m.start()) for m in countries) and (
        _company_before(text, scope.start, verb.start()))


@cache
def _bringing_in() -> re.Pattern[str]:
    return compile_pattern("(?i)" + "|".join(context_data()["bringing_in_verbs"]))


def is_farm_spending(scope: AmountScope) -> bool:
    """Do farms spend the money («Всего на обновление парка хозяйства района потратили около
    190 млн рублей»)? Farms' money spent on machines is their purchase, as farms buying is
    (rounds 6–10, 26), not an investment nor a financing (`farm_buyers`, `spent_words`)."""
    text = scope.folded
    # (not searched with no farm word's literal before the amount: no farm word)
    farms = _FARMS.search(text, scope.start, scope.amount.start)
    spent = context_words().spent_words
    return farms is not None and spent is not None and spent.search(
        text, farms.end(), scope.amount.start) is not None


def is_spending(scope: AmountScope) -> bool:
    """Does a verb of spending govern the amount in its clause («предприятия ежегодно тратят на
    поверку приборов около 35 млн»: `spending_verbs`)? Asked only of an amount with no cue word of
    its own: money a buyer spends on goods or services is a payment, `other`, not the trade
    figure told before it (round 44); a cue word beside it («потратили 5 млн на строительство»)
    decides as it did."""
    rx = _spending()
    if rx is None:
        return False
    lo = max(scope.start, scope.folded.rfind(",", scope.start, scope.amount.start) + 1)
    return rx.search(scope.folded, lo, scope.amount.start) is not None


@cache
def _spending() -> re.Pattern[str] | None:
    words = context_data().get("spending_verbs")
    return compile_pattern("|".join(words)) if words else None


@cache
def _farms() -> re.Pattern[str]:
    # (the look-behind said after each first letter, `lookbehind_led`: the same matches)
    return compile_pattern(lookbehind_led("|".join(context_data().get("farm_buyers", ["(?!)"]))))


# every farm word holds one of these (checked on the pattern, `literal_gate`)
_FARM_LITERALS = ("хозяйств", "аграри", "фермер", "сельхоз", "колхоз")
_FARMS = GatedPattern(_farms, _FARM_LITERALS)


@cache
def _people() -> re.Pattern[str]:
    return compile_pattern("|".join(context_data().get("people_buyers", ["(?!)"])))


# a clause set against the one before: «…, а …», «…, но …», «…; …»
_SET_AGAINST = lazy_compile(r",[ \u00a0]+(?:а|но)[ \u00a0]+|;")
# «в России», «из Беларуси», «у России», «за рубежом», «у российских поставщиков»: the
# country as the place or the seller
_PLACE_BEFORE = lazy_compile(r"(?i)(?<!\w)(?:в|во|из|у|за)[ \u00a0]+\Z")


# «у новополоцкого поставщика», «у белорусского завода»: one seller, after the purchase verb
_ONE_SELLER = lazy_compile(
    r"(?<![а-яё])у[ \u00a0]+(?:[а-яё-]+(?:ого|его|ой)[ \u00a0]+){0,2}(?:поставщик|завод|производител"
    r"|комбинат|холдинг|концерн)(?:а|я)(?![а-яё])|(?<![а-яё])у[ \u00a0]+(?:[а-яё-]+(?:ого|его|ой)"
    r"[ \u00a0]+){0,2}(?:предприятия|компании|фабрики|фирмы)(?![а-яё])")


@cache
def _company_words() -> re.Pattern[str]:
    return compile_pattern("(?i)" + "|".join(context_data()["one_buyer"]))


def _company_before(text: str, start: int, end: int) -> bool:
    """Is the buyer a company («ОАО «Белшина»», «дорога»: `one_buyer`), not a region or a
    country («Ставропольский край закупил в Беларуси …»: the region's import)?"""
    return _company_words().search(text, start, end) is not None


# the plural nouns of many buyers («предприятия закупили в России»: a country's makers)
_MANY_BUYERS = lazy_compile(r"(?<![а-яё])(?:предприятия|предприятий|компании|компаний|заводы|заводов"
                            r"|фабрики|фабрик|организации|организаций|производители|производителей"
                            r"|хозяйства|хозяйств|импортёры|импортеры|покупатели)(?![а-яё])")
# a firm named by its legal form or its quoted name, and a second one joined by «и»
_TWO_NAMED = lazy_compile(r"(?:«|(?<![а-яё])(?:оао|ооо|зао|пао|ао|руп|уп|сооо|одо|чуп)(?![а-яё]))"
                          r"[^.;:]*?(?<![а-яё])и[ \u00a0]+(?:«|(?:оао|ооо|зао|пао|ао|руп|уп|сооо|одо"
                          r"|чуп)(?![а-яё]))")
_WORD_BEFORE = lazy_compile(r"([а-яё]+)[ \u00a0]+\Z")


def _singular_before_infinitive(text: str, buy: re.Match[str]) -> bool:
    """Is the purchase word an infinitive after a verb in the singular («Светлогорский ЦКК
    планирует закупить в России …»): one buyer's plan?"""
    if parse(buy.group().lower()).tag.POS != "INFN":
        return False
    before = _WORD_BEFORE.search(text, max(0, buy.start() - 30), buy.start())
    return before is not None and _one_buyer(before.group(1))


def _named_firms_before(text: str, start: int, end: int) -> bool:
    """Are the buyers before the purchase word firms named one by one, joined by «и» («ОАО
    «Светлогорский ЦКК» и «Добрушская бумажная фабрика», которые … закупили»), with no plural
    noun of many buyers («белорусские предприятия»)?"""
    return (_TWO_NAMED.search(text, start, end) is not None
            and _MANY_BUYERS.search(text, start, end) is None)


@lru_cache(maxsize=10_000)
def _one_buyer(word: str) -> bool:
    """Is the purchase word a verb in the singular («закупило», «приобрела»)?"""
    tag = parse(word.lower()).tag
    return tag.POS == "VERB" and tag.number == "sing"
