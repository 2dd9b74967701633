"""What a cost is the cost of: «сервисный центр МТЗ стоимостью 180 млн рублей».

The cost of a facility (a centre, a plant, a workshop, a line, a terminal, a bridge, a project;
the opening of a shop or a pick-up point: rounds 19, 24, 26) named just before
«стоимостью» is the money put into building it: an investment (rounds 8 and 10), whatever
weak cue stands near («стоимость» alone is «other»: a price). Goods «стоимостью» stay a
purchase, a contract «стоимостью» an agreement (their own cues decide). The words are data
(`facility_cost` in `data/money_context_ru.json`).

A company's own funds named right by the amount («около полумиллиарда рублей собственных
средств», «собственные средства предприятий — 500 млн», «из них 41 млн – собственные
средства») are what it puts in itself: an investment (rounds 6, 7, 11, 12, 13).

Equity put in («на пополнение уставного капитала компании предусмотрено 5 млрд», «получит
7 млрд рублей на увеличение уставного капитала») is an investment too (rounds 9–12).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, entry, joined, pattern, read_words

__all__ = ["is_equity", "is_facility_cost", "is_own_funds", "names_own_funds"]

_REACH = 120  # characters before the amount: «сервисного центра для белорусской техники стоимостью»
_CLAUSE_BREAK = lazy_compile(r"[;:]|,(?!\d)|(?<!\d),")  # a comma between digits is a decimal one
# (a cost word opening its clause right after the comma, «Первая очередь, стоимостью около
# 480 млн рублей, будет введена», is an apposition to the noun before the comma, as a relative
# clause is; round 57)
_RELATIVE = lazy_compile(r"[ \u00a0]*(?:(?:котор(?:ый|ая|ое|ые)|обошедш\w+)(?![а-яё])|(?=стоимостью))")
_ANTECEDENT = 30  # characters before a relative clause's comma its noun is looked for in


@dataclass(frozen=True)
class FacilityCost:
    """The compiled words (`facility_cost` of the data): a cost word ending right before the
    amount, and a facility noun in the same clause before it."""

    cost_word: re.Pattern[str] = entry(joined("(?:", r")[ \u00a0]*\Z"))
    facility: re.Pattern[str] = entry(joined(r"(?<!\w)(?:", ")"))
    # «стоимость нового цеха», «стоимость нового зерносушильного комплекса»: the cost noun with
    # its facility (a second word of its name between only when it agrees as an adjective in the
    # genitive: session 45; «стоимость работ по дому» is the works' cost, not the house's)
    cost_of: re.Pattern[str] = entry(joined(r"(?<!\w)стоимост\w*[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?"
                                            r"(?:[а-яё]+(?:ого|его|ой|ей|ых|их)[ \u00a0]+)?(?:", ")"),
                                     key="facility")
    # «его стоимость»: the cost of a thing named before
    possessive: re.Pattern[str] | None = entry(pattern, key="possessive_cost", default=None)
    # «строительство», «реконструкция»: a building work
    building: re.Pattern[str] | None = entry(pattern, default=None)
    # «Ещё один, …»: one more of the thing named before
    one_more: re.Pattern[str] | None = entry(pattern, default=None)
    # «Проект стоит 4 млрд», «строительство терминала будет стоить»: a project's or a building
    # work's cost in the present or future tense (not a facility's: «место в комплексе стоит»
    # is a price)
    present: re.Pattern[str] | None = entry(pattern, key="present_cost", default=None)
    # «получит оборудование стоимостью»: goods the cost is of
    goods: re.Pattern[str] | None = entry(pattern, key="goods_before_cost", default=None)


@cache
def _words() -> FacilityCost:
    return read_words(context_data()["facility_cost"], FacilityCost)


def is_facility_cost(scope: AmountScope) -> bool:
    """Is the amount the cost of a facility named just before it in its clause («открылся
    сервисный центр стоимостью 180 млн», «завода общей стоимостью»)?"""
    words, low = _words(), scope.folded
    if low.find("стоимост", scope.start, scope.end) < 0 and low.find(
            "обо", scope.start, scope.end) < 0 and low.find("обх", scope.start, scope.end) < 0 and (
            low.find("стоил", scope.start, scope.end) < 0):
        return _present_cost(scope, words)  # (most amounts: a few looks in C)
    if _cost_of_facility(scope, words.cost_of) or _cost_of_building_before(scope, words):
        return True
    lo = max(scope.start, scope.amount.start - _REACH)
    before = low[lo:scope.amount.start]
    cost = words.cost_word.search(before)
    if cost is None:
        return False
    clause = before[:cost.start()]
    if words.goods is not None and _goods_cost(clause, words.goods):
        return False
    if _PAST_PRICE.match(cost.group()) and _MADE_BY.search(clause):
        # «Новая линия российского производства стоила 1,9 млн евро»: goods of a named make
        # were bought, their price (round 28); a facility launched that «стоила» is built
        return False
    # (a decimal comma is no clause break: «комплекса на 2,4 тыс. коров стоимостью»)
    opens = max((m.end() for m in _CLAUSE_BREAK.finditer(clause)), default=0)
    # a plant one buys from («закупил у белорусского завода два разбрасывателя общей
    # стоимостью …») is the seller, not the thing that costs (round 46)
    if any(_SELLER_BEFORE.search(clause, opens, m.start()) is None
           for m in words.facility.finditer(clause, opens)):
        return True
    # «запустил новую котельную, которая обошлась в 95 млн»: a relative clause's antecedent,
    # the noun right before its comma (issue 10, session 30)
    if opens > 0 and _RELATIVE.match(before, opens) is not None and words.facility.search(
            clause, max(0, opens - _ANTECEDENT), opens) is not None:
        return True
    return _one_more_facility(scope, words)


def _present_cost(scope: AmountScope, words: FacilityCost) -> bool:
    """«Проект стоит 4 млрд рублей», «Строительство моста будет стоить около 2 млрд»: what a
    project or a building work costs, told with «стоит» right before the amount."""
    low = scope.folded
    if words.present is None or low.find("стои", scope.start, scope.amount.start) < 0:
        return False
    return words.present.search(low, max(scope.start, scope.amount.start - _REACH),
                                scope.amount.start) is not None


def _goods_cost(clause: str, goods: re.Pattern[str]) -> bool:
    """Does the noun the cost word follows name goods, not the facility before them («Лаборатория
    получит оборудование стоимостью …», «склад с товаром стоимостью …»: the equipment's, the
    goods' value, `other`; rounds 18, 57, session 37)? Goods a facility is «для» («сервисного
    центра для белорусской техники стоимостью») leave the cost the facility's."""
    m = goods.search(clause)
    return m is not None and _FOR_GOODS.search(clause, 0, m.start()) is None


# «для» or «по» and up to two words before a goods noun: what a facility is for; a service
# named after «по» and the goods' words («центр по обслуживанию карьерной и коммунальной
# техники стоимостью …»: the centre's cost, round 62)
_FOR_GOODS = lazy_compile(r"(?<![а-яё])(?:(?:для|по)[ \u00a0]+(?:[а-яё-]+[ \u00a0]+){0,2}"
                          r"|по[ \u00a0]+(?:обслуживани|ремонт|сборк|выпуск|производств|хранени)\w*"
                          r"[ \u00a0]+(?:[а-яё-]+[ \u00a0]+){0,3})\Z")


def _one_more_facility(scope: AmountScope, words: FacilityCost) -> bool:
    """«… открыт сервисный центр МАЗ, вложения — 350 млн рублей. Ещё один, под Альметьевском,
    обойдётся примерно в 500 млн»: a sentence opening «Ещё один» whose cost word ends right
    before the amount is one more of a facility the sentence before names (round 51)."""
    low = scope.folded
    if words.one_more is None or not words.one_more.match(low, scope.start, scope.amount.start):
        return False
    if words.cost_word.search(low, scope.start, scope.amount.start) is None:
        return False
    prev_end = len(low[:scope.start].rstrip(" \u00a0\n.!?"))
    prev_start = max(low.rfind(".", 0, prev_end), low.rfind("\n", 0, prev_end)) + 1
    return words.facility.search(low, prev_start, prev_end) is not None


# the past of «стоить» as the cost word, and a make named for the thing («российского
# производства», «итальянского производства»: goods bought)
_PAST_PRICE = lazy_compile(r"стоил")
_MADE_BY = lazy_compile(r"(?<![а-яё])[а-яё-]+(?:ого|его)[ \u00a0]+(?:производства|изготовления)(?![а-яё])")
# «у», «от» and up to two words before a facility noun: the party goods come from; so does
# the maker after «производства» («тракторы производства Петербургского тракторного завода
# общей стоимостью …»: goods of its make, their price; round 41, session 33)
_SELLER_BEFORE = lazy_compile(r"(?<![а-яё])(?:у|от|производства|изготовления)[ \u00a0]+"
                              r"(?:[а-яё«»\"-]+[ \u00a0]+){0,2}\Z")


_BACK = 240  # characters before the possessive where its noun is looked for


def _cost_of_building_before(scope: AmountScope, words: FacilityCost) -> bool:
    """«Идёт строительство студенческого городка. Его стоимость оценивается в 420 млн»,
    «приступил к строительству второй очереди: ее стоимость оценивается в 4,5 млрд»: a
    possessive cost in the amount's clause (no clause mark or other amount between) whose
    noun, a facility or a building work, is named in the clause or sentence just before."""
    if words.possessive is None or words.building is None:
        return False
    low, amount = scope.folded, scope.amount
    m = next(reversed(list(words.possessive.finditer(low, scope.start, amount.start))), None)
    if m is None or any(c in low[m.end():amount.start] for c in ",;:(") or any(
            m.end() <= o.start < amount.start for o in scope.others if o is not amount):
        return False
    # the stretch the possessive points back to: its own sentence before it, else the one before
    if m.start() > scope.start:
        stop = scope.start
    else:
        prev_end = len(low[:scope.start].rstrip(" \u00a0\n.!?"))
        stop = max(low.rfind(".", 0, prev_end), low.rfind("\n", 0, prev_end)) + 1
    before = low[max(stop, m.start() - _BACK):m.start()]
    return bool(words.building.search(before) or words.facility.search(before))


def _gap_to_amount(scope: AmountScope, m: re.Match[str]) -> tuple[int, int] | None:
    """The stretch between words found in the amount's sentence and the amount, on whichever
    side of it they stand; None when another amount stands in it (the words are its)."""
    amount = scope.amount
    lo, hi = (m.end(), amount.start) if m.end() <= amount.start else (amount.end, m.start())
    if any(lo <= o.start < hi for o in scope.others if o is not amount):
        return None
    return lo, hi


def _cost_of_facility(scope: AmountScope, cost_of: re.Pattern[str]) -> bool:
    """«105 млн рублей составит стоимость нового цеха», «Стоимость строительства терминала —
    46 млрд»: the cost noun with its facility in the amount's clause (no other amount and no
    clause mark between)."""
    low = scope.folded
    for m in cost_of.finditer(low, scope.start, scope.end):
        gap = _gap_to_amount(scope, m)
        if gap is None or any(c in low[gap[0]:gap[1]] for c in ",;:("):
            continue
        return True
    return False


# «уставный капитал», «уставный фонд», «складочный капитал»: a company's equity; an investor
# that «войдёт в капитал» of a company puts equity in (session 45)
_EQUITY = lazy_compile(r"(?<!\w)(?:уставн|складочн)\w*[ \u00a0]+(?:капитал|фонд)\w*"
                       r"|(?<!\w)(?:войд[её]т|войдут|вош[её]л|вошл[аои]|войти|входит|входят)"
                       r"[ \u00a0]+в[ \u00a0]+капитал\w*")


def is_equity(scope: AmountScope) -> bool:
    """Is the amount equity put into a company: «уставный капитал» (or an investor that «войдёт
    в капитал») in its clause, with no
    other amount between («компания с уставным капиталом 10 млн закупила техники на 50 млн»:
    the purchase is not equity)?"""
    low = scope.folded
    if low.find("уставн", scope.start, scope.end) < 0 and low.find("складочн", scope.start,
                                                                   scope.end) < 0 and (
            low.find("в капитал", scope.start, scope.end) < 0):
        return False
    amount = scope.amount
    for m in _EQUITY.finditer(low, scope.start, scope.end):
        gap = _gap_to_amount(scope, m)
        if gap is None or ";" in low[gap[0]:gap[1]]:
            continue
        if m.end() <= amount.start and "," in low[gap[0]:gap[1]]:
            continue  # («…, в уставный капитал», after a comma: another clause)
        return True
    return False


# «собственные средства», «собственных денег», «своих средств», «собственный вклад» (an
# initiator's share of a project: session 45): money of one's own
_OWN_FUNDS = lazy_compile(r"(?<!\w)(?:собственн|сво)\w*[ \u00a0]+(?:средств|денег|деньг)\w*"
                          r"|(?<!\w)собственн\w*[ \u00a0]+вклад\w*")
_OWN_REACH = 4  # words between the phrase and the amount
# «Собственные средства предприятия, направленные на развитие, составили …»: a participle
# clause set off by commas between the funds and their predicate says what they went to, no
# new clause (session 44; folded text)
_PARTICIPLE_ASIDE = lazy_compile(
    r",[ \u00a0]*[а-яё]+(?:нн|вш|ем|им|ущ|ющ|ащ|ящ)(?:ые|ых|ая|ой|ое|ый|ий|ие|ую)"
    r"(?:[ \u00a0]+[^\s,;:.!?()\d]+){1,6}?[ \u00a0]*,")
# «за счёт собственных средств», «на свои деньги»: what a thing was paid from (folded text)
_PAID_FROM = lazy_compile(r"(?<![а-яё])(?:за[ \u00a0]+сч[её]т|на)[ \u00a0]+\Z")
# a verb of buying in the amount's clause: one buyer's purchase (decision 3 of round 28)
_PURCHASE_VERB = lazy_compile(r"(?<![а-яё])(?:купи|купл|приобр[её]|приобрет|закупи|закупл)\w*")


def _clause_start(low: str, lo: int, hi: int) -> int:
    """Where the clause ending at `hi` begins: after the last clause mark, else at `lo`."""
    marks = list(_CLAUSE_BREAK.finditer(low, lo, hi))
    return marks[-1].end() if marks else lo


def names_own_funds(words: str) -> bool:
    """Do `words` name a company's own funds («собственных средств дороги»)?"""
    return _OWN_FUNDS.search(words.lower()) is not None


def is_own_funds(scope: AmountScope) -> bool:
    """Is the amount named a company's own funds, next to it in its clause («полмиллиарда
    рублей собственных средств», «Собственные средства предприятий — около 500 млн»; not
    «…, остальное — собственные средства», a part after a comma)?"""
    low = scope.folded
    if low.find("средств", scope.start, scope.end) < 0 and low.find("ден", scope.start,
                                                                    scope.end) < 0 and (
            low.find("вклад", scope.start, scope.end) < 0):
        return False
    amount = scope.amount
    for m in _OWN_FUNDS.finditer(low, scope.start, scope.end):
        between = _gap_to_amount(scope, m)
        if between is None:
            continue
        gap = _PARTICIPLE_ASIDE.sub(" ", low[between[0]:between[1]])
        if m.end() <= amount.start:  # «Собственные средства инициатора: 35 млн»: a colon
            gap = gap.rstrip(" \u00a0").removesuffix(":")  # closing the name heads its figure
        if any(c in gap for c in ",;:(") or len(gap.split()) > _OWN_REACH:
            continue
        if _PAID_FROM.search(low, max(scope.start, m.start() - 12), m.start()) and (
                _PURCHASE_VERB.search(low, _clause_start(low, scope.start, amount.start),
                                      amount.start)):
            # «разбрасыватель купили за 2,45 млн рублей за счёт собственных средств»: how a
            # purchase was paid for, not money put in (round 48)
            continue
        if m.end() <= amount.start and any(0 <= m.start() - o.end <= 2 and ";" not in low[
                o.end:m.start()] for o in scope.others if o is not amount):
            # «182 млн рублей собственных средств и 65 млн рублей кредитов»: the words name
            # the figure they follow, not the next one
            continue
        return True
    return False


# «затраты (…) на логистику»: a cost noun, at most three words, «на» and its purpose (folded)
_COST_ON = lazy_compile(r"(?<![а-яё])(?:затрат|расход|издерж)\w*[ \u00a0]+(?:[^\s,;:.!?]+[ \u00a0]+){0,3}?"
                        r"на[ \u00a0]+([а-яё]+)")


def is_running_cost(scope: AmountScope, head: str) -> bool:
    """Is the amount read by «затраты» (`head`) the running cost of logistics, delivery, rent
    or wages («Затраты компании на логистику оценивают в 1,6 млрд»: `running_costs` data), no
    investment (session 33)?"""
    if not head.lower().startswith("затрат"):
        return False
    running = context_data().get("running_costs", ())
    return any(lemma(m.group(1)) in running for m in _COST_ON.finditer(
        scope.folded, scope.start, scope.amount.start))
