"""The sides of the Union State's budget told without naming the budget again: «Совет министров
Союзного государства утвердил бюджет на 2026 год. Доходы и расходы … составят по 8,9 млрд»,
«…союзного бюджета за 2011 год. Доходы составили 5,17 млрд рублей, расходы — 4,9 млрд»,
«65% доходной части обеспечивает Россия …: взнос российской стороны составит 5,785 млрд».

Its revenue, its expenditure and each side's contribution are the budget's size and its
shares: `financing`, as its total is (tests/gold/README.md, session 11: «Union State budget
totals, each side's share and programme money are financing»; session 15: a budget's own
sides). The side word alone («доходы», «взнос») says whose money it is only through the
paragraph: so the paragraph up to the amount must name a budget, and it or the headline the
Union State; or, naming no budget, stand under a headline that names the Union State's budget
(«Утверждён бюджет Союзного государства на 2018 год» over «Неналоговые доходы оцениваются в
14 млн рублей»). A republic's or a region's budget keeps its revenue `other` (round 17). The words
are data (`union_budget_side`, `union_budget_named` in `data/money_context_ru.json`).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.ingest import headline_end
from analysis.money.context import pattern_pair
from analysis.money.scope import AmountScope

__all__ = ["is_union_budget_side"]

_BUDGET = "бюджет"


def is_union_budget_side(scope: AmountScope) -> bool:
    """Is the amount a side or a share of the Union State budget its paragraph tells of?"""
    patterns = pattern_pair("union_budget_side", "union_budget_named")
    if patterns is None:
        return False
    side, union = patterns
    low, amount = scope.folded, scope.amount
    # the amount's own stretch: from the figure before it in the sentence (or the start)
    lo = max([scope.start] + [o.end for o in scope.others if o.end <= amount.start])
    if side.search(low, lo, amount.start) is None:
        return False
    paragraph = low.rfind("\n", 0, scope.start) + 1
    if low.find(_BUDGET, paragraph, amount.start) < 0:
        # «Утверждён бюджет Союзного государства на 2018 год» over «Неналоговые доходы
        # оцениваются в 14 млн рублей»: a headline naming the Union State's budget tells whose
        # sides a paragraph naming no budget counts (round 55)
        return _headline_names_union(low) and _headline_names_budget(low)
    return union.search(low, paragraph, amount.start) is not None or _headline_names_union(low)


# (the headline's readings, once an article: every amount of it asks them of the same folded text)
@lru_cache(maxsize=16)
def _headline_names_union(low: str) -> bool:
    """Does the headline of the article (`low`, its folded text) name the Union State?"""
    patterns = pattern_pair("union_budget_side", "union_budget_named")
    return patterns is not None and patterns[1].search(low, 0, max(headline_end(low), 0)) is not None


@lru_cache(maxsize=16)
def _headline_names_budget(low: str) -> bool:
    """Does the headline of the article (`low`, its folded text) name a budget?"""
    return low.find(_BUDGET, 0, max(headline_end(low), 0)) >= 0
