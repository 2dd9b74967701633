"""A tender's final price told after its starting price is the contract signed at it:
«Начальная цена контракта составляла 42,6 млн рублей, по итогам торгов она снизилась до
38,9 млн», «начальная цена контракта — 96,5 млн рублей, итоговая — 81,2 млн». The starting
price stays a price (`other`: no contract is signed at it, tests/gold/README.md); the price
the bidding brought it to is the contract's value (`agreements`), as «цена контракта» with no
«начальная» is (not_cues). The money saved («экономия по итогам аукциона — 3,4 млн») stays `other`.
The price a tender's winner offered («Победителем стала компания …, предложившая 8,6 млн
рублей», `tender_winner`) is the contract's value too (`agreements`; rounds 38, 46, 51).
The security a supplier puts up for the contract («Обеспечение исполнения контракта — 23 088 000
руб.») is a deposit, `other`, not the contract's value (`contract_security`: its words are kept
once; money/context.py sets their contract's word aside as no cue of any figure).

The words are data (`tender_start`, `tender_final`, `tender_saving`, `tender_winner`,
`contract_security`
of `data/money_context_ru.json`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

__all__ = ["contract_security", "is_contract_security", "is_tender_final_price", "is_winning_bid",
           "names_final_price"]

# the readings a final price overrides: a price word or the starting price's own cue
_FINAL_FROM = frozenset({"other"})


@cache
def _start():  # the starting price of a tender («начальная (максимальная) цена контракта»)
    return lazy_compile(r"(?i)(?<!\w)(?:" + "|".join(context_data()["tender_start"]) + r")")


@cache
def _saving():  # what the bidding saved («экономия», «разница»): the money saved, not a price
    return lazy_compile(r"(?i)(?<!\w)(?:" + "|".join(context_data()["tender_saving"]) + r")")


@cache
def _final():  # a price the bidding ended at («итоговая», «по итогам торгов … снизилась до»)
    return lazy_compile(r"(?i)(?<!\w)(?:" + "|".join(context_data()["tender_final"]) + r")")


@cache
def _winner():  # «Победителем стала компания …, предложившая»: the winner and its offer
    return compile_pattern(context_data()["tender_winner"])


@cache
def _security():  # «Обеспечение исполнения контракта —» right before the amount
    security = context_data()["contract_security"]
    return compile_pattern(security["words"] + security["before_amount"])


def contract_security() -> re.Pattern[str]:
    """The security's words (`money.reader_gates` proves their literals)."""
    return _security()


def is_contract_security(scope: AmountScope) -> bool:
    """Is the amount the security for a contract its words name right before it?"""
    lo = max([scope.start] + [o.end for o in scope.others if o.end <= scope.amount.start])
    return _security().search(scope.folded, lo, scope.amount.start) is not None


def is_tender_final_price(scope: AmountScope, metric: str) -> bool:
    """Is the amount the final price of a tender whose starting price its sentence told
    before it, with a word of the bidding's end between that price and the amount?"""
    if metric not in _FINAL_FROM:
        return False
    text, amount = scope.text, scope.amount
    start = _start().search(text, scope.start, amount.start)
    if start is None:
        return False
    # the words after the starting price's own figure, up to the amount
    after = max((o.end for o in scope.others if start.end() <= o.start < amount.start),
                default=None)
    return (after is not None and _final().search(text, after, amount.start) is not None
            and _saving().search(text, after, amount.start) is None)


def is_winning_bid(scope: AmountScope) -> bool:
    """Is the amount the price a tender's winner offered, named in its sentence before it
    («Победителем стало ЗАО …, предложившее цену 31,4 млн рублей») or the tenders a bidder won
    («выиграла тендеров российских автопарков на 1,1 млрд»), no other amount between the offer
    and the amount?"""
    low, amount = scope.folded, scope.amount
    if low.find("победител", scope.start, amount.start) < 0 and low.find(
            "выигра", scope.start, amount.start) < 0:
        return False  # (most amounts: one look in C)
    offers = list(_winner().finditer(low, scope.start, amount.start))
    offer = offers[-1] if offers else None
    return offer is not None and not any(
        offer.end() <= o.start < amount.start for o in scope.others if o is not amount)


def names_final_price(words: str) -> bool:
    """Do `words` (a gapped clause's, before its dash: «, итоговая — 81,2 млн») name the
    price a tender ended at? Then the clause names its own measure: no gap
    (money/gapped.py)."""
    return _final().search(words) is not None
