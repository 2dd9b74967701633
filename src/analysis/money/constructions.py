"""Constructions of the amount's own sentence that say what it is better than the nearest cue
word: a country buying, money put into modernisation, Belarusian goods delivered into a
region, a facility's cost, equity put in, a lessor handing over machines, a side of the Union
State's budget, an item of a list of signed deals, a deal for financing, a tender's final
price, a budget's outlay on a purchase or a debt, money for repairs.

Each is a small grammar over data words (`data/money_context_ru.json`), asked only of the
readings it can correct, in this order; the first that holds decides.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, states_trade_balance
from analysis.money.costs import is_equity, is_facility_cost, is_own_funds
from analysis.money.court import is_court_award, is_court_recovery
from analysis.money.credit_line import is_bare_credit_line
from analysis.money.cuewords import NO_CUE
from analysis.money.deal_items import is_signed_deal_item
from analysis.money.direction import is_delivery_into_region
from analysis.money.funds_received import is_funds_received
from analysis.money.invested import is_invested_spending, is_investment_purpose
from analysis.money.leasing import (
    is_clients_lease,
    is_down_payment,
    is_lessee_contract,
    is_lessor_deals,
    is_lessor_delivery,
)
from analysis.money.lender import bank_provides, is_bank_loan
from analysis.money.outlays import is_paid_into_budget, is_payment_outlay, is_private_repair
from analysis.money.purchase import (
    is_country_purchase,
    is_farm_spending,
    is_one_company_import,
    is_spending,
)
from analysis.money.reader_gates import (
    APPROVES_PROJECTS,
    BANK_PROVIDES,
    BARE_CREDIT_LINE,
    CONTRACT_SECURITY,
    COURT_AWARD,
    DOWN_PAYMENT,
    FUNDS_RECEIVED,
    SHIPMENT_TO_PLACE,
    SUPPLIER_SHIPMENT,
    TRADE_BALANCE,
    open_readers,
)
from analysis.money.scope import CLAUSE_MARK, AmountScope
from analysis.money.shipment import is_shipment_to_place, is_supplier_shipment, supplier_to_buyer
from analysis.money.support import is_interest_support
from analysis.money.tender_price import (
    is_contract_security,
    is_tender_final_price,
    is_winning_bid,
)
from analysis.money.union_budget import is_union_budget_side

if TYPE_CHECKING:
    import re

__all__ = ["approval_verb", "construction_metric"]

_FACILITY_COST_FROM = frozenset({"other", "production", "financing"})  # readings a facility's cost overrides
_EQUITY_FROM = frozenset({"other", "financing"})  # readings equity put in overrides
# a lessor's deliveries read by their verb as a trade flow, a purchase, output or the credit
# that pays for them (round 8: «Лизинг-Партнёр» передал клиентам технику на ₽2,3 млрд)
_LESSOR_FROM = frozenset({"export", "import", "other", "production", "credit"})
# a lessee's contract read as an agreement, or by «лизинг» as the lessor's financing
_LESSEE_FROM = frozenset({"agreements", "financing"})
# clients' leased machines read as the goods' import or by «лизинг» as a lessor's financing
_CLIENTS_LEASE_FROM = frozenset({"import", "financing"})
_OWN_FUNDS_FROM = frozenset({"other", "financing", "credit", "agreements"})  # readings own funds override
# («Под белорусский заказ перевооружается цех, на это направляется 380 млн рублей собственных
# средств завода»: an order named before is no contract value of the funds; round 70)
# what a signed deal's item delivers or a weak word for its price (round 15 forum lists)
_DEAL_ITEM_FROM = frozenset({"export", "import", "other"})
# output shipped or goods sold, or no cue at all: a destination makes them an export
_SHIPMENT_FROM = frozenset({"production", "other"})
_SUPPLIED_FROM = frozenset({"production", "export", "other"})  # a supplier's shipment to its buyer
# support words («компенсации», «возместит») and a lender's or investor's money a court awards or a
# claimant seeks («присудил истцу 2 млн рублей компенсации»): a claim, `other`
_COURT_FROM = frozenset({"financing", "credit", "investment"})
# goods delivered a court's verb awards the price of («взыскал с покупателя 31 млн рублей за
# поставленные комбайны»): the unpaid price claimed, not an export (session 45)
_RECOVERED_FROM = frozenset({"export", "import"})
_FARM_SPENDING_FROM = frozenset({"investment", "financing"})  # farms' spending is a purchase
# a budget's outlay on a purchase or a debt read by «бюджет» or the loan it serves
_OUTLAY_FROM = frozenset({"financing", "investment", "credit"})
_CONSTRUCTION_SCORE = 3  # a construction with no cue word of its own: a middling cue's score
# the readings a tender winner's offered price overrides: a price, the goods' delivery or make
_WINNER_FROM = frozenset({"other", "export", "import", "production"})
# a trade word read, or nothing: «Торговый (внешнеторговый) баланс сложился … — 300 млн»
_BALANCE_FROM = frozenset({"trade_turnover", "export", "import"})
_BALANCE_REACH = 80  # characters before the amount its balance word is read in


def construction_metric(scope: AmountScope, metric: str, score: int) -> tuple[str, int]:
    """The metric the sentence's construction gives the amount, and its score (`metric` and
    `score`, its nearest cue's reading, when no construction applies). A construction found
    where no cue word stands («передал клиентам технику на») is the amount's own reading, so
    its figure does not inherit the previous one's."""
    # (a reader none of whose trigger words stands in the sentence would answer no: not asked)
    opened = open_readers(scope)
    if (metric != "other" or score == NO_CUE) and DOWN_PAYMENT in opened and is_down_payment(scope):
        return "other", _CONSTRUCTION_SCORE if score == NO_CUE else score  # «Первоначальный взнос …»
    if (metric in _BALANCE_FROM or score == NO_CUE) and _is_trade_balance(scope):
        return "other", _CONSTRUCTION_SCORE if score == NO_CUE else score  # «Торговый баланс — …»
    if metric == "other" and score != NO_CUE and is_country_purchase(scope):
        return "import", score  # «Беларусь закупает в России энергоносителей на $10 млрд»
    if metric == "import" and score != NO_CUE and is_one_company_import(scope):
        return "other", score  # «Компания ввезла из Беларуси погрузчики стоимостью …»
    if metric in _COURT_FROM and COURT_AWARD in opened and is_court_award(scope):
        return "other", score  # «присудил истцу 2 млн рублей компенсации»
    if metric in _RECOVERED_FROM and COURT_AWARD in opened and is_court_recovery(scope):
        return "other", score
    if score == NO_CUE and is_spending(scope):
        # «ежегодно тратят на поверку около 35 млн»; «потратит на новую линию 620 млн» is put in
        return ("investment" if is_invested_spending(scope) else "other"), _CONSTRUCTION_SCORE
    if metric in _OUTLAY_FROM and is_payment_outlay(scope):
        return "other", score  # «расходы бюджета на обслуживание долга — 1,2 млрд»: a payment
    if metric == "credit" and is_interest_support(scope):
        return "financing", score  # «бюджет компенсировал проценты по кредитам на 34 млн»
    if metric == "financing" and is_paid_into_budget(scope):
        return "other", score  # «Из них уже возмещено в бюджет 9,7 млрд рублей»: revenue
    if metric in _FARM_SPENDING_FROM and is_private_repair(scope):
        return "other", score  # «компания направила на ремонт цеха 40 млн»: upkeep
    if metric in _FARM_SPENDING_FROM and is_farm_spending(scope):
        return "other", score  # «на обновление парка хозяйства района потратили 190 млн»
    if metric == "financing" and is_investment_purpose(scope):
        return "investment", score  # «направит на модернизацию цехов 230 млн рублей»
    if metric == "export" and is_delivery_into_region(scope):
        return "import", score  # «поставки белорусских товаров в регион — 410 млн»
    if metric == "investment" and FUNDS_RECEIVED in opened and is_funds_received(scope):
        return "financing", score  # «агроусадьба получит 2,6 млн рублей на строительство бани»
    if metric in _FACILITY_COST_FROM and is_facility_cost(scope):
        # «открылся сервисный центр стоимостью 180 млн рублей», «Его стоимость оценивается
        # в 300 млн» after «готовится к строительству терминала»
        return "investment", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if BANK_PROVIDES in opened and (is_bank_loan(scope, metric) or (
            score == NO_CUE and bank_provides(scope))) and not (
            is_facility_cost(scope)):
        # «Часть средств — 3 млн рублей — предоставит Банк развития»
        return "credit", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if metric in _EQUITY_FROM and is_equity(scope):
        return "investment", score  # «на пополнение уставного капитала предусмотрено 5 млрд»
    if metric in _SUPPLIED_FROM and SUPPLIER_SHIPMENT in opened and supplier_to_buyer(scope):
        return "other", score  # «поставщик молока на комбинат отгрузил сырья на …»: one buyer's
    if (metric in _SHIPMENT_FROM or score == NO_CUE) and SHIPMENT_TO_PLACE in opened and (
            is_shipment_to_place(scope)) and not (
            is_lessor_delivery(scope)):
        # «в Воронежскую область мы отгрузили техники на 19 млн», «отправила в Смоленскую
        # область сыров на», «реализовали за рубеж … на» (a lessor's shipment to its clients is
        # the money it finances: read below); Belarusian goods into a region are its import
        shipped = "import" if is_delivery_into_region(scope) else "export"
        return shipped, _CONSTRUCTION_SCORE if score == NO_CUE else score
    if metric == "production" and SUPPLIER_SHIPMENT in opened and is_supplier_shipment(scope):
        return "other", score  # «поставщик отгрузил продукцию лишь на …»: one buyer's goods
    if metric != "credit" and BARE_CREDIT_LINE in opened and is_bare_credit_line(scope):
        # «российские госбанки открыли белорусским заводам линии до 100 млрд рублей»
        return "credit", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if metric in _OWN_FUNDS_FROM and is_own_funds(scope):
        # «Собственные средства предприятий — около полумиллиарда рублей»
        return "investment", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if metric in _LESSEE_FROM and is_lessee_contract(scope):
        # «… взял в лизинг два Boeing; стоимость договоров лизинга — $58 млн», «компания
        # оформила лизинг на 320 млн»: what one lessee pays
        return "other", score
    if metric in _CLIENTS_LEASE_FROM and is_clients_lease(scope):
        # «хозяйства района получили в лизинг белорусскую технику на 96 млн»: what they pay
        return "other", score
    if metric == "agreements" and is_lessor_deals(scope):
        return "financing", score  # «объём сделок с российскими лизингополучателями — …»
    if metric in _LESSOR_FROM and is_lessor_delivery(scope):
        # «Росагролизинг передал аграриям техники на 4,2 млрд»
        return "financing", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if (metric == "other" or score == NO_CUE) and is_union_budget_side(scope):
        # «…союзного бюджета за 2011 год. Доходы составили 5,17 млрд рублей, расходы — 4,9 млрд»
        return "financing", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if metric in _DEAL_ITEM_FROM and is_signed_deal_item(scope):
        # «7. ОАО «МТЗ» — Амурская область: поставка 120 единиц техники, 1,45 млрд рублей»
        return "agreements", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if metric == "investment" and APPROVES_PROJECTS in opened and (
            lender := _approves_projects(scope)) is not None:
        # «Банк одобрил проекты в Беларуси на 240 млн долларов», «ФРП одобрил 61 проект на …»
        return lender, score
    if metric == "agreements" and _is_financing_deal(scope):
        # «договоры с банками на финансирование … заключены на 38 млрд», «сделку на 5,6 млн
        # профинансировала лизинговая компания»: the money financed
        return "financing", score
    if is_tender_final_price(scope, metric):
        # «Начальная цена контракта составляла 42,6 млн, по итогам торгов она снизилась до 38,9 млн»
        return "agreements", score
    if (metric in _WINNER_FROM or score == NO_CUE) and is_winning_bid(scope):
        # «Победителем стала компания …, предложившая 8,6 млн рублей»: the contract's value,
        # over the goods' word of the offer («предложившее поставку машин … по цене …»)
        return "agreements", _CONSTRUCTION_SCORE if score == NO_CUE else score
    if (metric == "agreements" or score == NO_CUE) and CONTRACT_SECURITY in opened and (
            is_contract_security(scope)):
        # «Обеспечение исполнения контракта — 23 088 000 руб.»: a deposit, whether «контракта»
        # was read as its cue or set aside (contract_security's not-cue), so no contract told
        # before lends its own
        return "other", _CONSTRUCTION_SCORE if score == NO_CUE else score
    return metric, score


def _is_trade_balance(scope: AmountScope) -> bool:
    """Is the amount a trade balance its clause names right before it («Сальдо торговли …
    сложилось положительным — 200 млн», «Внешнеторговый баланс … — 300 млн»; `trade_balance`
    data), with no other amount between (issue 10, session 30: the balance was read by its
    trade word or the topic before it)?"""
    amount = scope.amount
    lo = max(scope.start, amount.start - _BALANCE_REACH, *(
        o.end for o in scope.others if o is not amount and o.end <= amount.start))
    return TRADE_BALANCE in open_readers(scope) and states_trade_balance(scope.text, lo, amount.start)


@cache
def _financing_deal():  # «на финансирование», «в рамках торгового финансирования», «профинансировала»
    return lazy_compile("|".join(context_data().get("financing_deal", ())) or r"(?!)")


def _is_financing_deal(scope: AmountScope) -> bool:
    """Does the amount's clause name financing as what its deal is for («договоры с банками на
    финансирование … заключены на», «сделок … в рамках торгового финансирования», «сделку на
    … профинансировала лизинговая компания»: `financing_deal` data; session 33)?"""
    low, amount = scope.folded, scope.amount
    lo = max([scope.start] + [m.end() for m in CLAUSE_MARK.finditer(low, scope.start, amount.start)])
    mark = CLAUSE_MARK.search(low, amount.end, scope.end)
    return _financing_deal().search(low, lo, mark.start() if mark else scope.end) is not None


@cache
def _approval_words() -> tuple[object, object]:
    data = context_data().get("approved_projects", {})
    return (lazy_compile(data.get("verb", r"(?!)")),
            lazy_compile("|".join(data.get("loan_funds", ())) or r"(?!)"))


def approval_verb() -> re.Pattern[str]:
    """The verb of approving (`money.reader_gates` proves its literals)."""
    return _approval_words()[0]  # type: ignore[return-value]


def _approves_projects(scope: AmountScope) -> str | None:
    """The metric of money a bank or a fund approves projects on («Банк одобрил проекты на
    240 млн долларов»: financing; a fund that lends, «ФРП одобрил 61 проект на сумму …»:
    credit; `approved_projects` data, session 33), or None when the clause tells no approval."""
    low, amount = scope.folded, scope.amount
    lo = max([scope.start] + [m.end() for m in CLAUSE_MARK.finditer(low, scope.start, amount.start)])
    verb, loan_funds = _approval_words()
    approved = verb.search(low[lo:amount.start])  # type: ignore[attr-defined]
    if approved is None:
        return None
    return "credit" if loan_funds.search(low, lo, lo + approved.start()) else "financing"  # type: ignore[attr-defined]
