"""A bank that provides the money lends it: «Часть средств — 3 млн рублей — предоставит Банк
развития», «Россия предоставит до 25 млрд» after «договорились о новом кредите».

A bank (a word ending in «-банк», ВЭБ, ВТБ) as the subject of a verb of providing or granting
(«предоставит», «выдаст», «даст»; not «выделил», which the gold reads as the financing it names)
in the amount's stretch of its sentence (from the figure before it to the figure after it, cut
at a comma that parts it from either: `_own_clauses`) lends what
it gives: `credit`, where the nearest cue read an investment or a financing by the purpose the
money goes to, or no cue stood at all (rounds 25, 26: a part of a project's cost a bank
provides, «Около 70% средств предоставит российский банк …: соглашение о финансировании на
сумму 28,5 млн долларов»). A facility's cost in that stretch stays an investment. The words
are data (`bank_lender`, `lender_verb` of `data/money_context_ru.json`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import pattern_pair
from analysis.money.literal_gate import GatedPattern
from analysis.money.scope import AmountScope

if TYPE_CHECKING:
    import re

__all__ = ["bank_provides", "is_bank_loan"]

# a comma or a semicolon that ends a clause (not the one inside «6,5%»)
_CLAUSE_CUT = lazy_compile(r"[,;](?=[ \u00a0\n])")
_FROM = frozenset({"investment", "financing"})  # readings a bank's providing overrides
# every bank the data names holds one of these (checked on the pattern, `literal_gate`): a
# stretch holding none is not searched (the bank pattern tries every letter of every word)
_BANK_LITERALS = ("банк", "вэб", "втб")


def is_bank_loan(scope: AmountScope, metric: str) -> bool:
    """Does a bank provide the amount, read `metric` (an investment or a financing), in its
    stretch of the sentence («… — 3 млн рублей — предоставит Банк развития»)?"""
    return metric in _FROM and bank_provides(scope)


def bank_provides(scope: AmountScope) -> bool:
    """Is a bank the subject of a verb of providing in the amount's stretch of its sentence
    (from the figure before it to the figure after it)?"""
    words = pattern_pair("bank_lender", "lender_verb")
    if words is None:
        return False
    low = scope.folded
    lo, hi = _own_clauses(scope)
    return _BANK.search(low, lo, hi) is not None and words[1].search(low, lo, hi) is not None


def _own_clauses(scope: AmountScope) -> tuple[int, int]:
    """The amount's stretch, cut at a clause mark that parts it from a figure before or after
    it: «Из них 1,5 млрд рублей даст банк, остальные 1,5 млрд рублей инвестор вложит сам» —
    the bank gives the first sum; its clause is no part of the second's (metric46). A stretch
    with no other figure keeps its whole reach («Около 70% средств предоставит российский банк
    …: соглашение о финансировании на сумму …», round 25)."""
    lo, hi = scope.stretch_start, scope.stretch_end
    text, amount = scope.text, scope.amount
    if lo > scope.start:
        for mark in _CLAUSE_CUT.finditer(text, lo, amount.start):
            lo = mark.end()
    if hi < scope.end and (mark := _CLAUSE_CUT.search(text, amount.end, hi)) is not None:
        hi = mark.start()
    return lo, hi


def _bank() -> re.Pattern[str] | None:
    words = pattern_pair("bank_lender", "lender_verb")
    return words[0] if words is not None else None


_BANK = GatedPattern(_bank, _BANK_LITERALS)  # the bank pattern, searched where a literal stands
