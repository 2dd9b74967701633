"""A sum a thing «обошёлся / обойдётся / обходится» is its cost, told in its own sentence.

«Замена тазобедренного сустава … обойдется пациенту из России в 5,8–6,5 тыс. долларов»,
«сертификация обошлась в 1,5–2 млн рублей», «Прошлогодний турнир обошелся организаторам
примерно в 38 млн рублей» (rounds 27, 29, 30): the verb says what the figure is — what the
named thing costs — so a sentence with no cue word of its own takes no topic from the
figures before it (an export told in the paragraph before, a contract in the headline); its
figure is `other`. A pronoun subject («Она обошлась в 26 млн рублей» after «модернизации
цеха») stands for the thing told before and goes on about it, as any sentence does. So does
the budget of an undertaking the sentence names («Бюджет фестиваля – 310 млн рублей, из них
120 млн – спонсорские средства»: a not-cue of `data/money_context_ru.json`, what a film, a
festival or a tournament costs): it takes no contract told in the paragraph before (round 46).
So does a thing sold «за» a sum («Трактор оттуда продаётся фермерам примерно за 4,2 млн
рублей»: its price, not the investment told before; round 56).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words
from analysis.money.scope import CLAUSE_MARK, AmountScope

if TYPE_CHECKING:
    import re

__all__ = ["cost_verb", "costs_past_cue", "names_own_cost"]

# the verb, any tense and number («обойдётся», «обошлась», «обходится», «обходились»)
# (each look-behind said after its first letter, as `lookbehind_led` does: the same matches,
# and sre looks for the first letters in C; it refuses the named group, so written here)
_COST_VERB = lazy_compile(r"о(?<![\w-]о)(?:бо[йш]|бход)\w*|(?P<sold>п(?<![\w-]п)рода(?:[её]тся|ются"
                          r"|вался|валась|валось|вались)(?![\w-]))")
# «(Трактор) продаётся фермерам примерно за 4,2 млн рублей»: a thing sold «за» a sum, its price
_FOR_SUM = lazy_compile(r"(?<![\w-])за[ \u00a0]+(?:(?:около|примерно|порядка|почти|более|менее|свыше"
                        r"|от)[ \u00a0]+)?\Z")
# a subject that stands for something told before: the sentence goes on about it
_PRONOUN_SUBJECT = lazy_compile(
    r"[ \u00a0«\"—–-]*(?:он|она|оно|они|это|всё|все|каждый|каждая|каждое)(?![\w-])")


def names_own_cost(scope: AmountScope) -> bool:
    """Is the amount what the subject of its clause costs («… обойдется пациенту в 5,8–6,5
    тыс. долларов»), the subject a noun, not a pronoun standing for what came before, or
    an undertaking's budget («Бюджет фестиваля – 310 млн»)?"""
    return _cost_clause(scope) is not None or _undertaking_budget(scope)


def _undertaking_budget(scope: AmountScope) -> bool:
    """Does the amount's sentence name, before it, the budget of an undertaking (the
    not-cue «бюджет фильма / фестиваля / турнира»)?"""
    low = scope.folded
    if low.find(_BUDGET, scope.start, scope.amount.start) < 0:
        return False  # (most amounts: one look)
    return any(rx.search(low, scope.start, scope.amount.start) is not None
               for needle, rx in context_words().not_cues if needle == _BUDGET)


_BUDGET = "бюджет"


def costs_past_cue(scope: AmountScope, head: str) -> bool:
    """Is the amount what its own clause's subject costs while the cue word `head` the
    metric reading chose stands outside that clause («поставки в Россию составили 10,4 млн
    долларов, однако … рейс фуры до Москвы обходится от 1 350 до 1 500 долларов»)? The
    verb tells what this figure is — the thing's cost, `other` —, and the cue, standing
    before a figure told earlier in the sentence, is that figure's (read for a trade cue:
    `money.own_metric`). So does a cue before a colon that opens the cost's own clause
    («переговоры о поставке лодок: пробная партия обойдётся в 2,5 млн», round 42). A cue
    inside the clause («строительство цеха обойдётся в 2 млрд») keeps its reading."""
    start = _cost_clause(scope)
    if start is None or not head:
        return False
    low, amount = scope.folded, scope.amount
    colon = low.rfind(":", start, amount.start)
    if colon >= 0 and _COST_VERB.search(low, colon, amount.start) is not None and (
            _PRONOUN_SUBJECT.match(low, colon + 1) is None) and low.find(
            head, colon, amount.start) < 0:
        # «ведёт переговоры о поставке лодок: пробная партия обойдётся в 2,5 млн»: the colon
        # opens a clause of its own, whose noun subject's cost the figure is
        return True
    # the cue must be an earlier figure's: it stands before a figure told before this clause
    earlier = [o.end for o in scope.others if o.end <= start]
    return bool(earlier) and low.find(head, max(earlier), amount.start) < 0


def cost_verb() -> re.Pattern[str]:
    """The verb of costing `_cost_clause` needs (`money.reader_gates` proves its literals)."""
    return _COST_VERB


def _cost_clause(scope: AmountScope) -> int | None:
    """Where the amount's clause opens when it says what its noun subject costs, else None."""
    low, amount = scope.folded, scope.amount
    clause_start = max((m.end() for m in CLAUSE_MARK.finditer(low, scope.start, amount.start)),
                       default=scope.start)
    verb = _COST_VERB.search(low, clause_start, amount.start)
    if verb is None or _PRONOUN_SUBJECT.match(low, clause_start, verb.start()) is not None:
        return None
    if verb.group("sold") is not None and (_FOR_SUM.search(low, verb.end(), amount.start) is None
                                           and not low.startswith("за", amount.start)):
        return None  # («продаётся в Россию на 5 млн»: a sale, not one thing's price)
    return clause_start
