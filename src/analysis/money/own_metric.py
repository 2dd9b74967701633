"""The metric an amount's own sentence gives it, before any figure around it is read
(`money.facts.describe` then lets a continuation, a topic, a part or a table's label change
it): the nearest cue (`money.metric`), a construction's own metric (`money.constructions`),
and the readings that override a cue of the sentence: Belarusian goods sold in Russia are an
export, so are services rendered to foreign buyers (`money.services_abroad`), a support
payout is financing, an insurer's payout is other, a unit price is other, and so is what a
clause's own subject costs («…, однако рейс фуры обходится в 1 500 долларов») when the cue
chosen stands in an earlier clause (`money.cost_verb`).
A figure coordinated right after another («оштрафовало две компании на 300 тыс. и 450 тыс.
рублей за вывоз …», «поставлено техники на 148 млн и 96 млн долларов соответственно») is
read as the first is: the words before the pair govern both (plain grammar; rounds 8, 27, 34).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.amounts import Amount
from analysis.money.apposition import names_credit_before
from analysis.money.belarusian_sales import sells_belarusian_goods_in_russia
from analysis.money.bonds import is_bond_demand
from analysis.money.budget_purse import budget_purse
from analysis.money.constructions import construction_metric
from analysis.money.cost_verb import costs_past_cue
from analysis.money.costs import is_running_cost
from analysis.money.cuewords import NO_CUE, cue_of
from analysis.money.deal_apposition import in_deal_apposition
from analysis.money.exchange_deals import EXCHANGE_FROM, on_exchange
from analysis.money.invested_purchase import is_invested_purchase
from analysis.money.market_breakdown import is_market_item
from analysis.money.metric import MetricCue, metric_of
from analysis.money.pointers import pointer_source
from analysis.money.possessive_size import possessive_size_metric
from analysis.money.reader_gates import (
    BOND_DEMAND,
    COSTS_PAST_CUE,
    CREDIT_BEFORE,
    EXCHANGE_DEALS,
    INSURER_PAYOUT,
    MARKET_ITEM,
    POSSESSIVE_SIZE,
    SERVICE_EXPORT,
    SERVICE_RENDERED,
    SHIPPED_PAST_CUE,
    open_readers,
)
from analysis.money.sales_whole import is_sales_whole
from analysis.money.scope import AmountScope
from analysis.money.services_abroad import is_service_export, is_service_rendered
from analysis.money.shipment import shipped_past_cue
from analysis.money.sponsor_money import sponsor_money
from analysis.money.support import insurer_payout, is_support_payout
from analysis.money.threshold import THRESHOLD_FROM, names_threshold
from analysis.money.unit_price import is_unit_price
from analysis.vocab import TRADE_METRICS

__all__ = ["OwnMetric", "own_metric"]

# «300 тыс. и 450 тыс.», «на 148 млн и на 96 млн»: only a conjunction (and a repeated
# preposition) between the two figures
# the score of a construction read in the amount's own clause with no cue word of its own (as
# `constructions._CONSTRUCTION_SCORE`: a middling cue's)
_OWN_READING_SCORE = 3
# a measure pointed back to as the clause's subject: «этот показатель», «эта цифра», «данная
# величина», a bare «показатель» («В январе–марте показатель снизился … до 93,1 млн»); the
# nominative only (`money/pointers` says why `topic` reads every case)
_POINTER = lazy_compile(pointer_source(oblique=False, bare=("показатель",)))
_WEAK_AFTER = 2  # the penalty of a cue too weak to name a pointed-back figure after it
_PURPOSE_BEFORE = lazy_compile(r"(?<![а-яё])(?:на|для)[ \u00a0]+\Z")  # (folded text)
_COORDINATED = lazy_compile(r"(?i)\.?[ \u00a0]+(?:и|или|либо)[ \u00a0]+(?:(?:на|в|до|по)[ \u00a0]+)?")


# a seller's whole sales read as its export, or with no cue of their own (a topic's)
_WHOLE_FROM = frozenset({"export", "other"})
# what a description of a deal may be read as by its own noun: its goods, work or output
_DEAL_APPOSITION_FROM = frozenset({"other", "export", "import", "production"})


class OwnMetric(NamedTuple):
    """The sentence's cue, and the metric and score it comes to."""

    cue: MetricCue
    metric: str
    score: int


def own_metric(scope: AmountScope, names_a_region: Callable[[], bool]) -> OwnMetric:
    """The metric of the amount of `scope` by its own sentence; `names_a_region`: does the
    sentence (else the article) name a Russian region (asked only when it decides)."""
    first = _coordinated_with(scope)
    cue = metric_of(scope if first is None else replace(scope, amount=first))
    metric, score = construction_metric(scope, cue.metric, cue.score)
    if metric == "investment" and is_running_cost(scope, cue.head):
        metric = "other"  # «Затраты компании на логистику оценивают в 1,6 млрд»: running costs
    # (a reader none of whose trigger words stands in the sentence would answer no: not asked)
    opened = open_readers(scope)
    if POSSESSIVE_SIZE in opened and (pointed := possessive_size_metric(scope)) is not None:
        # «… государственного кредита. Его объём может составить до 100 млрд, средства пойдут
        # на строительство …»: the pronoun's antecedent names the money
        metric, score = pointed, min(score, _OWN_READING_SCORE)
    if metric != "credit" and CREDIT_BEFORE in opened and names_credit_before(scope):
        # «закуплена на кредит ЕАБР – 12 млн долларов»: the amount is the credit's sum
        metric, score = "credit", min(score, _OWN_READING_SCORE)
    elif metric == "credit" and budget_purse(scope):
        # «…, а 5,2 млн рублей выделит областной бюджет» after a bank's credit: the clause's
        # own purse, a budget, says whose money it is
        metric, score = "financing", min(score, _OWN_READING_SCORE)
    if sponsor_money(scope, metric):
        # «Генеральным спонсором выступил банк, его вклад — 3 млрд рублей»: a sponsor's money
        # given to an event or a club is financing (the lead's decision, session 42)
        metric, score = "financing", min(score, _OWN_READING_SCORE)
    elif BOND_DEMAND in opened and is_bond_demand(scope):
        # «Спрос инвесторов превысил 16 млрд рублей»: no money is lent at that amount (the
        # lead's decision, session 42)
        metric, score = "other", min(score, _OWN_READING_SCORE)
    if metric in _DEAL_APPOSITION_FROM and in_deal_apposition(scope):
        # «Крупнейший контракт года – перевод документации … на 46 млн рублей – выиграло …»
        metric, score = "agreements", min(score, _OWN_READING_SCORE)
    elif metric not in TRADE_METRICS and SHIPPED_PAST_CUE in opened and shipped_past_cue(
            scope, cue.head):
        # «Заказы у нас — три четверти портфеля. — Мы отправили в Россию колоколов на …»:
        # the verb that ships the goods governs the sum, not a noun before it
        metric, score = "export", min(score, _OWN_READING_SCORE)
    elif sells_belarusian_goods_in_russia(scope, metric, cue.head, names_a_region):
        # «белорусские производители реализовали продукции на …»; with no cue word, the verb
        # of selling is the amount's own reading («дилер … продал палаток на …»)
        metric, score = "export", min(score, _OWN_READING_SCORE)
    elif SERVICE_EXPORT in opened and is_service_export(scope, metric):
        # «оказали гражданам Беларуси медицинских услуг на …»: sold abroad; the verb and its
        # dative are the amount's own reading, so a figure before it hands nothing on
        metric, score = "export", min(score, _OWN_READING_SCORE)
    elif (metric != "other" or score == NO_CUE) and SERVICE_RENDERED in opened and is_service_rendered(
            scope):
        # «экспедиторы оказали услуг на 318 млн рублей»: no foreign buyer named, the
        # provider's revenue, its own reading (no topic of the figures before it)
        metric, score = "other", min(score, _OWN_READING_SCORE)
    elif MARKET_ITEM in opened and is_market_item(scope, metric):
        # «Структура продаж по рынкам: Россия – $176 млн, …»: a market's share of the sales
        metric, score = "export", min(score, _OWN_READING_SCORE)
    elif is_invested_purchase(scope, metric, cue.head):
        metric = "investment"  # «вкладывать в оборудование: … закуплены машины на …»
    elif is_support_payout(scope, metric, cue.head):
        metric = "financing"  # «компенсацию получили 117 хозяйств, выплачено 249,6 млн»
    if INSURER_PAYOUT in opened:
        metric = insurer_payout(scope, metric)  # «страховщики выплатили … возмещения»: other
    if score != NO_CUE and _pointed_past_cue(scope, cue.head):
        # «К 2016 году этот показатель упал до 690 млн – сказались девальвация и спад в
        # строительстве»: the subject points back to the figure told before; a word after
        # the amount, in the clause that explains it, names no kind of this money
        metric, score = "other", NO_CUE
    if metric in _WHOLE_FROM and is_sales_whole(scope):
        # «предприятие продало продукции на 9,7 млрд рублей, из них … на поставки в …»: the
        # seller's whole, its export a part told beside it; its own reading (no topic's)
        metric, score = "other", min(score, _OWN_READING_SCORE)
    if metric in THRESHOLD_FROM and names_threshold(scope, metric):
        # «для контрактов на сумму от 10 млн», «Банк выдаёт кредиты от 5 млн»: a condition's
        # sum, no deal signed (the lead's decision, session 45)
        metric, score = "other", min(score, _OWN_READING_SCORE)
    elif metric in EXCHANGE_FROM and EXCHANGE_DEALS in opened and on_exchange(scope, metric):
        # «На торгах БУТБ российские компании приобрели … на»: the exchange's deals (the
        # lead's decision, session 45)
        metric, score = "agreements", min(score, _OWN_READING_SCORE)
    if is_unit_price(scope, metric):
        metric, score = "other", 0  # «по 750–900 рублей за килограмм»: a price
    elif score != NO_CUE and metric in TRADE_METRICS and COSTS_PAST_CUE in opened and costs_past_cue(
            scope, cue.head):
        # «поставки составили 10 млн долларов, однако рейс фуры обходится в 1 500 долларов»
        # (a facility's cost after a credit's figure, «сам бокс обойдётся в 32 млн», is
        # left to the investment readings)
        metric, score = "other", 0
    return OwnMetric(cue, metric, score)


def _pointed_past_cue(scope: AmountScope, head: str) -> bool:
    """Does the amount's clause open with a pointer to a figure told before («этот
    показатель», «эта цифра», the figure's own sentence having none between) while the cue
    chosen, a weak one (a sector, a verb: «спад в строительстве»), stands only after the
    amount? A measure noun after it («…: торговля немного снизилась») still names it."""
    found = cue_of(head) if head else None
    if found is None:
        return False
    text, amount = scope.text, scope.amount
    if found.penalty < _WEAK_AFTER and not _purpose_after(scope, head):
        return False  # (a strong cue that is no purpose after the amount: two looks in C)
    lo = max([scope.start] + [o.end for o in scope.others if o.end <= amount.start])
    if _POINTER.search(text, lo, amount.start) is None:
        return False
    return head.lower() not in text[scope.start:amount.end].lower()


def _purpose_after(scope: AmountScope, head: str) -> bool:
    """Is the cue `head` what the money goes to, after the amount («Указанная сумма — 500 млн
    рублей — будет направлена на покупку оборудования»: a purpose, no kind of the money told
    before; metric46)?"""
    low = scope.folded
    at = low.find(head.lower(), scope.amount.end, scope.end)
    return at >= 0 and _PURPOSE_BEFORE.search(low, max(scope.amount.end, at - 6), at) is not None


def _coordinated_with(scope: AmountScope) -> Amount | None:
    """The figure of the sentence the amount is coordinated right after, if any."""
    amount, text = scope.amount, scope.text
    for other in scope.others:
        if other.end < amount.start and amount.start - other.end <= 12 and _COORDINATED.fullmatch(
                text, other.end, amount.start):
            return other
    return None
