"""Services rendered to another country's people or firms are an export of services.

«Клиники оказали иностранцам услуг на 6 млн долларов», «больница оказала гражданам Беларуси
медицинских услуг на 14 млн рублей», «разработчики оказали российским заказчикам услуг на …»:
the verb of rendering («оказать») governs the amount through its object «услуг», and its
dative names who bought them; a buyer of another country makes the sum a sale abroad (the
balance-of-payments meaning of an export of services). A part told after it («из которых на
граждан России пришлось около 4 млн») names its buyers the same way. With no foreign buyer
named before the amount («оказали услуг на 3,4 млн») the sum stays the provider's revenue, its
own reading: no figure or topic before it says otherwise (`is_service_rendered`; rounds 28,
32, 33; session 33).
Money earned on foreign buyers («клиники заработали на иностранных пациентах …», `earned_on`)
is such a sale too (issue 10, session 27).
Work or orders carried out on the other side's ground are sold there the same way: «выполнило
в Ханты-Мансийском автономном округе буровых работ на $96 млн», «компания выполнила в Беларуси
заказов на 112 млн» (the verb of carrying out, its object and the place it names in the
locative, all in the amount's clause; session 29), or for the other side's buyers («выполнил
хоздоговорных работ для российских заказчиков на», `service_recipients_abroad`; round 58).
Work for one client named with no place («выполнил для белорусского автогиганта работ на»)
stays the provider's revenue.

The words are data: `services_rendered`, `service_recipients_abroad`, `works_performed`,
`works_done` and `works_places_abroad` of `data/money_context_ru.json`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.entities import russian_regions_in
from analysis.lazypattern import lazy_compile
from analysis.money.alternation import lookbehind_led
from analysis.money.context import context_data
from analysis.money.literal_gate import GatedPattern
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.money.scope import AmountScope

__all__ = ["earned_on", "is_service_export", "is_service_rendered", "rendered_on", "service_noun",
           "works_clause", "works_performed"]

# the readings a service sold abroad overrides: a provider's revenue, money received read as
# financing, a turnover or an output word; a trade word already read stays as it is
_FROM = frozenset({"other", "financing", "trade_turnover", "investment", "production",
                   "agreements", "credit"})
_SERVICE = lazy_compile(r"(?<![а-яё])услуг\w*")
# the amount is what the work came to: «работ на …», «заказов на общую сумму …»
_ON_SUM = lazy_compile(r"(?<![а-яё])на(?:\s+(?:общую\s+)?сумму)?\s+\Z")
_CLAUSE_BREAK = lazy_compile(r"[,;:.!?()«»—–]")
_INTO = lazy_compile(r"(?<![а-яё])(?:во?|на\s+территории)\s+\Z")
# the verb that gives the amount a noun phrase before it came to
# (its look-behind said after each first letter, `lookbehind_led`: speed, session 35)
_AMOUNTING = lazy_compile(lookbehind_led(r"(?<![а-яё])(?:состав|достиг|превы|оценива|исчисля)\w*"
                                         r"(?:\s+в)?\s+(?:[а-яё]+\s+){0,2}\Z"))
# the work's noun and its participle clause between commas («работ, выполненных … в Москве,»)
_WORKS_CLAUSE = lazy_compile(r"(?<![а-яё])(?:работ|заказов|услуг)\s*,\s*(?P<clause>(?:выполненн|"
                             r"проведенн|проведённ|оказанн)\w*[^,;:.!?()«»—–]{0,100}),")


@cache
def _pattern(key: str) -> re.Pattern[str]:
    words = context_data()[key]
    # (the look-behind said after each first letter, `lookbehind_led`: the same matches)
    return compile_pattern(lookbehind_led(r"(?<![а-яё])(?:" + "|".join(words) + r")(?![а-яё])"))


# money earned: every match holds «заработа» (checked on the pattern, `literal_gate`)
_EARNED_ON = GatedPattern(lambda: _pattern("earned_on"), ("заработа",))


def is_service_export(scope: AmountScope, metric: str) -> bool:
    """Is the amount, read `metric`, the value of services rendered to a foreign buyer: a
    verb of rendering, the noun «услуги» and a foreign recipient all before it in its
    sentence?"""
    if metric not in _FROM:
        return False
    low, start, end = scope.folded, scope.start, scope.amount.start
    # (a pattern with none of its literals in the stretch is not searched: `literal_gate`)
    earned = _EARNED_ON.search(low, start, end)
    if earned is not None and _pattern("service_recipients_abroad").search(
            low, earned.start(), end) is not None:
        return True  # «клиники заработали на иностранных пациентах 31 млн долларов»
    if _works_abroad(scope):
        return True  # «выполнила в Беларуси заказов на 112 млн»
    service = _SERVICE.search(low, start, end) if "услуг" in low[start:end] else None
    if service is None:
        return False
    rendered = _pattern("services_rendered").search(low, start, end)
    return rendered is not None and _pattern("service_recipients_abroad").search(
        low, min(rendered.start(), service.start()), end) is not None


# «оказали услуг на», «оказано транспортных услуг на сумму»: the verb of rendering, its
# object «услуг» and «на» right before the sum (folded text, the amount's clause)
_RENDERED_ON = lazy_compile(r"(?<![а-яё])оказ\w*\s+(?:[а-яё-]+\s+){0,4}?услуг\w*\s+"
                            r"(?:[а-яё-]+\s+){0,3}?на(?:\s+(?:общую\s+)?сумму)?\s+\Z")
_RENDERED_REACH = 120  # characters before the sum the verb may stand


_RENDERED = GatedPattern(lambda: _RENDERED_ON, ("оказ",))  # (every match holds the verb's stem)


def is_service_rendered(scope: AmountScope) -> bool:
    """Is the amount what services rendered came to («экспедиторы оказали услуг на 318 млн
    рублей»), the verb, its object and «на» in its clause with no other figure between and no
    foreign buyer named in the clause? Then it is the provider's revenue, `other`."""
    low, amount = scope.folded, scope.amount
    lo = max(scope.start, amount.start - _RENDERED_REACH)
    found = _RENDERED.search(low, lo, amount.start)  # (none with no «оказ…» before the amount)
    if found is None or any(found.start() <= o.start < amount.start
                            for o in scope.others if o is not amount):
        return False
    # a foreign buyer anywhere in its clause («из них гражданам России оказано услуг на …»)
    breaks = list(_CLAUSE_BREAK.finditer(low, scope.start, found.start()))
    clause = breaks[-1].end() if breaks else scope.start
    return _pattern("service_recipients_abroad").search(low, clause, amount.start) is None


def _works_abroad(scope: AmountScope) -> bool:
    """Is the amount what work or orders carried out in the other country came to: a verb of
    carrying out and the work's noun, the place (Belarus, Russia or a Russian region in the
    locative, or «на территории» of one) anywhere in their clause, then «на» the amount — or
    the work's noun with its participle clause naming the place before a verb of amounting
    («Объём работ, выполненных … в Москве, составил …»)?"""
    low, amount = scope.folded, scope.amount
    if _ON_SUM.search(low, max(scope.start, amount.start - 24), amount.start) is None:
        return _works_told_abroad(scope)
    # the last verb before the amount
    verb = next(iter(reversed(list(_pattern("works_performed").finditer(
        low, scope.start, amount.start)))), None)
    if verb is None:
        return False
    lo = verb.end()
    if _CLAUSE_BREAK.search(low, lo, amount.start) or any(
            lo <= o.start < amount.start for o in scope.others if o is not amount):
        return False
    if _pattern("works_done").search(low, lo, amount.start) is None:
        return False
    # the place may open the clause before its verb («В России трест выполнил работ на …»)
    breaks = list(_CLAUSE_BREAK.finditer(low, scope.start, verb.start()))
    clause = breaks[-1].end() if breaks else scope.start
    # …or the work is done for the other side's buyers («выполнил хоздоговорных работ для
    # российских заказчиков на 1,15 млн рублей», as «оказали российским заказчикам услуг»)
    return _abroad_in(scope, clause, amount.start) or _pattern(
        "service_recipients_abroad").search(low, lo, amount.start) is not None


# the patterns one of which a «yes» needs (`money.reader_gates` proves their literals):
# `is_service_export` reads money earned, a verb of carrying out, a work's noun before its
# participle clause or the noun «услуг»; `is_service_rendered` the verb of rendering
def earned_on() -> re.Pattern[str]:
    return _pattern("earned_on")


def works_performed() -> re.Pattern[str]:
    return _pattern("works_performed")


def works_clause() -> re.Pattern[str]:
    return _WORKS_CLAUSE


def service_noun() -> re.Pattern[str]:
    return _SERVICE


def rendered_on() -> re.Pattern[str]:
    return _RENDERED_ON


def _works_told_abroad(scope: AmountScope) -> bool:
    """«Объём (стоимость) работ, выполненных минскими строителями в Москве, составил …»: the
    work's noun, its participle clause naming the place between commas, then the verb that
    gives the amount with no other amount between."""
    low, amount = scope.folded, scope.amount
    told = _AMOUNTING.search(low, max(scope.start, amount.start - 40), amount.start)
    if told is None:
        return False
    head = next(iter(reversed(list(_WORKS_CLAUSE.finditer(low, scope.start, told.start())))),
                None)
    if head is None or any(head.start() <= o.start < amount.start
                           for o in scope.others if o is not amount):
        return False
    return _abroad_in(scope, head.start("clause"), head.end())


def _abroad_in(scope: AmountScope, lo: int, hi: int) -> bool:
    """Does [lo, hi) name the other side's ground: Belarus, Russia, or a Russian region after
    «в» or «на территории»?"""
    low = scope.folded
    return _pattern("works_places_abroad").search(low, lo, hi) is not None or any(
        _INTO.search(low, max(lo, r.start - 16), r.start) is not None
        for r in russian_regions_in(scope.text, lo, hi, folded=low))
