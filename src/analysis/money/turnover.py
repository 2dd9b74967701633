"""Whose «оборот» a turnover cue names: the two sides' trade, or one seller's sales.

«Оборот» is the countries' or a region's trade («оборот с Беларусью»), but a company's,
a shop's or a marketplace seller's «оборот» is its sales (`other`, no flow between
countries): the seller named right after it in the genitive («оборот белорусских продавцов
на Ozon», `turnover_owners`, round 19) or as the subject of its clause («Компания … увеличила
оборот до 4,6 млрд рублей», «компания рассчитывает увеличить оборот до …»,
`turnover_subjects`, rounds 19, 30), or as the subject of an earlier sentence of the paragraph
that tells of no trade between the sides («Минская компания … подвела итоги года. Оборот
составил …»: the paragraph goes on about the firm; round 42). A partner after it («оборот с
республикой») or a trade word before it («внешнеторговый оборот») keeps it trade.
«Оборот розничной торговли» is domestic retail, «биржевой оборот» an exchange's deals
(`turnover_kinds`).

Deliveries called mutual («стороны рассчитывают увеличить взаимные поставки до 220 млн
долларов») go both ways: the sides' turnover, not one side's export (`mutual_deliveries`,
session 35).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.money.cue_gaps import clause_before
from analysis.patternstore import compile_pattern
from analysis.vocab import FLOW_METRICS

if TYPE_CHECKING:
    import re

    from analysis.money.scope import AmountScope

__all__ = ["mutual_deliveries", "turnover_kind"]

_DELIVERY_METRICS = frozenset(FLOW_METRICS)  # (a set: asked of every figure)


# «оборот с Беларусью», «оборот со странами ЕАЭС», «оборот между странами»: a partner of
# trade follows the word
_PARTNER_AFTER = lazy_compile(r"(?i)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?(?:с|со|между)[ \u00a0]")
# «внешнеторговый оборот», «взаимный оборот», «торговый оборот»: trade named right before
_TRADE_BEFORE = lazy_compile(r"(?:торг|взаимн)\w*[ \u00a0]+\Z")
# trade between the sides told in the paragraph before: the «оборот» may be theirs
_SIDES_TRADE = lazy_compile(r"(?<!\w)(?:товарооборот|торгов|экспорт|импорт|поставк|поставля)\w*")


def turnover_kind(text: str, folded: str, s_start: int, start: int, word: str) -> str | None:
    """The metric a turnover cue `word` at `start` (its sentence opening at `s_start`) gives
    when it is not trade between the sides, else None."""
    words = context_words()
    kind = next((m for rx, m in words.turnover_kinds
                 if rx.search(text, max(s_start, start - 30), start)), None)
    if kind is not None or not word.startswith("оборот"):
        return kind
    after = start + len(word)
    if words.turnover_owners is not None and words.turnover_owners.match(text, after):
        return "other"  # «оборот белорусских продавцов на Ozon»
    if (words.turnover_subjects is not None and words.turnover_subjects.search(
            folded, s_start, start) and not _PARTNER_AFTER.match(text, after)):
        return "other"  # «Компания … увеличила оборот до 4,6 млрд рублей»
    paragraph = folded.rfind("\n", 0, s_start) + 1
    if (words.turnover_subjects is not None and paragraph < s_start
            and not _PARTNER_AFTER.match(text, after)
            and _TRADE_BEFORE.search(folded, max(s_start, start - 24), start) is None
            and words.turnover_subjects.search(folded, paragraph, s_start)
            and _SIDES_TRADE.search(folded, paragraph, start) is None):
        return "other"  # «Минская компания … подвела итоги 11 месяцев. Оборот составил …»
    return None


@cache
def _mutual() -> re.Pattern[str] | None:
    pattern = context_data().get("mutual_deliveries")
    return compile_pattern(pattern) if pattern else None


def mutual_deliveries(scope: AmountScope, metric: str, head: str) -> bool:
    """Is the delivery word the amount's cue (`head`, read as one side's `metric`) called
    mutual in the amount's clause («увеличить взаимные поставки до 220 млн долларов»)?"""
    mutual = _mutual()
    if metric not in _DELIVERY_METRICS or mutual is None or not head.lower().startswith("постав"):
        return False
    clause = clause_before(scope.folded, scope.start, scope.amount)
    return any(head.lower() in m.group() for m in mutual.finditer(clause))
