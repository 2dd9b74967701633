"""Purchases told as the particulars of an investment announced before a colon.

«Фабрика продолжает вкладывать в оборудование: в прошлом году закуплены итальянские машины
на 1,1 млн евро, в этом году планируется ещё 0,8 млн евро» (round 45, session 30): the
clause before the colon tells that the firm invests, the clause after it what the money
bought. The purchase verb («закуплены», «приобретено», «куплены») says how the money was
spent; the lead says what it is: an investment. A purchase with no such lead stays a
purchase (`other`).
"""

from __future__ import annotations

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope

__all__ = ["is_invested_purchase"]

# a verb or noun of investing in the lead («продолжает вкладывать в», «вложилось в»,
# «инвестирует в», «инвестиции в …:») (folded text)
_INVESTING = lazy_compile(r"(?<![а-яё])(?:вкладыва|вложи|вложе|инвестиру|инвестирова|инвестиц)\w*")
_PURCHASE_HEADS = frozenset({"закупить", "закупать", "закупка", "купить", "покупать", "покупка",
                             "приобрести", "приобретать", "приобретение"})


def is_invested_purchase(scope: AmountScope, metric: str, head: str) -> bool:
    """Is the amount a purchase (`metric` other, by the purchase word `head`) told after a
    colon of its sentence whose lead invests («вкладывать в оборудование: … закуплены … на»)?"""
    if metric != "other" or not head or lemma(head) not in _PURCHASE_HEADS:
        return False
    colon = scope.text.rfind(":", scope.start, scope.amount.start)
    if colon < 0 or not scope.start <= colon:
        return False
    lead_start = max(scope.text.rfind(";", scope.start, colon), scope.start)
    return _INVESTING.search(scope.folded, lead_start, colon) is not None
