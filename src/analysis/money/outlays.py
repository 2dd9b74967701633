"""Money spent that is a payment, not financing: a budget's outlay on a purchase or on its
debt, money paid into a budget, and money put into repairs.

- Budget «расходы» on a purchase or on debt service («бюджетные расходы на закупку препаратов
  составили …», «Расходы областного бюджета на обслуживание долга запланированы в размере …»)
  pay for goods or for a debt: `other`, as a buyer's purchase and a debt paid are
  (tests/gold/README.md; the lead's decision, session 35: rounds 12, 32, 42, 48 read them so,
  round 19 had financing). The outlay's purpose is told in the amount's clause before it.
- Money paid into a budget («Из них уже возмещено в бюджет 9,7 млрд рублей», «перечислило в
  бюджеты всех уровней …») is what the budget takes in, `other`, not financing, whatever
  verb of support or of money given tells it (rounds 12, 16, 18, 20, 26, 28, 31, 44, 45 read
  every such amount `other`; session 35, metric35).
- Money a firm puts «на ремонт» (roads, buildings, machines: «компания направила на ремонт
  цеха 40 млн») is upkeep, `other`, not investment nor financing — unless a budget, a
  programme, a fund or a ministry pays for it, or no firm is named («область выделила на ремонт
  подъезда …», «из областного бюджета на ремонт дорог выделено …»): financing, as rounds 13, 14,
  24, 29, 45 read (the lead's decision, session 35).

The words are data (`outlay_on_payment`, `into_budget`, `repair_purpose`, `private_payer`,
`public_payer` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, entry, joined, read_words
from analysis.patternstore import compile_pattern

__all__ = ["is_paid_into_budget", "is_payment_outlay", "is_private_repair"]

# «из федерального бюджета в областной направлено …»: money paid out of a budget (folded text)
_OUT_OF_BUDGET = compile_pattern(r"(?<![а-яё])из\s+(?:[а-яё-]+\s+){0,2}бюджет")


_AT_WORD = joined(r"(?<![а-яё])(?:", ")")  # the words, each at a word's start


@dataclass(frozen=True)
class OutlayWords:
    """An outlay on a purchase or debt service, money paid into a budget, a repair's purpose,
    a private and a public payer (each None where the data lacks it: the rule stays silent)."""

    outlay_on_payment: re.Pattern[str] | None = entry(_AT_WORD, default=None)
    into_budget: re.Pattern[str] | None = entry(_AT_WORD, default=None)
    repair_purpose: re.Pattern[str] | None = entry(_AT_WORD, default=None)
    private_payer: re.Pattern[str] | None = entry(_AT_WORD, default=None)
    public_payer: re.Pattern[str] | None = entry(_AT_WORD, default=None)


@cache
def _words() -> OutlayWords:
    return read_words(context_data(), OutlayWords)


def is_payment_outlay(scope: AmountScope) -> bool:
    """Is the amount an outlay on a purchase or on debt service, named in its stretch before
    it («расходы бюджета на обслуживание долга запланированы в размере …»)?"""
    rx = _words().outlay_on_payment
    low = scope.folded
    if rx is None or (low.find("расход", scope.start, scope.amount.start) < 0
                      and low.find("затрат", scope.start, scope.amount.start) < 0):
        return False  # (most amounts: one look in C)
    return rx.search(scope.folded, scope.stretch_start, scope.amount.start) is not None


def is_paid_into_budget(scope: AmountScope) -> bool:
    """Is the amount money paid into a budget, told in its stretch before it («возмещено в
    бюджет …», «перечислило в бюджеты всех уровней …»), no budget paying out in it («из
    бюджета»)?"""
    rx, low = _words().into_budget, scope.folded
    if rx is None or low.find("бюджет", scope.start, scope.amount.start) < 0:
        return False  # (most amounts: one look in C)
    lo = scope.stretch_start
    return (rx.search(low, lo, scope.amount.start) is not None
            and _OUT_OF_BUDGET.search(low, lo, scope.amount.start) is None)


def is_private_repair(scope: AmountScope) -> bool:
    """Is the amount money a firm puts into repairs («компания направила на ремонт цеха …»),
    the repair told in the amount's stretch of the sentence, a firm named in it and no budget,
    programme, fund or ministry?"""
    low = scope.folded
    if low.find("ремонт", scope.start, scope.end) < 0:
        return False  # (most amounts: one look in C)
    words = _words()
    repair, firm, public = words.repair_purpose, words.private_payer, words.public_payer
    if repair is None or firm is None or public is None:
        return False
    return (repair.search(low, scope.stretch_start, scope.stretch_end) is not None
            and firm.search(low, scope.start, scope.end) is not None
            and public.search(low, scope.start, scope.end) is None)
