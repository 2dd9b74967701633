"""An amount in apposition to a credit: «закуплена на кредит ЕАБР – 12 млн долларов», «за
счёт кредита Банка развития – 40 млн долларов», «за счёт кредита Газпромбанка (до 800 млн
рублей)», or given as its size («построен на кредит Сбербанка в 40 млн долларов»). The dash
or the bracket (or «в», «в размере») right before the amount ties it to the noun phrase before
(the noun and up to four words of its name or terms, no clause mark between): the amount is
that credit's sum, whatever verb governs the credit («закуплена на кредит» is bought on
credit, but the 12 million is the credit).

The nouns are data: `credit_apposition` of `data/money_context_ru.json`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.metric_masks import SentenceMasks
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.money.scope import AmountScope

__all__ = ["ENDS", "credit_apposition", "names_credit_before"]

_REACH = 100  # characters before the amount the credit's phrase may start
# «Инвестиции … — 2,05 млрд рублей, из них за счёт кредитов банков — 640 млн»: a part of the
# whole before it, told by its source, is of the whole's kind (the part rules read it)
_PART_OF_WHOLE = lazy_compile(r"(?<![а-яё])из[ \u00a0]+(?:них|которых|этой[ \u00a0]+суммы|этого)(?![а-яё])")


_MARKS = ("—", "–", "-", "(")  # the marks the apposition ends with, right before the amount
# «построен на кредит Сбербанка в 40 млн долларов», «кредит ВЭБ в размере 2 млрд»: the size
# preposition names the credit's sum as the dash does (metric46)
_SIZE_ENDS = (" в", "\u00a0в", " в размере", "\u00a0в размере")
ENDS = _MARKS + _SIZE_ENDS  # what the stretch before the amount ends with where a match stands


@cache
def _apposition() -> re.Pattern[str]:
    nouns = "|".join(context_data()["credit_apposition"])
    # the noun, up to four words of its name or terms (no clause mark), then the dash or the
    # bracket that runs into the amount (\Z: the amount's start)
    return compile_pattern(r"(?<![а-яё])(?:" + nouns + r")(?:[ \u00a0]+[^\s,;.!?:—–()«»]+){0,4}?"
                           r"[ \u00a0]*(?:[—–-]|\(|(?<![а-яё])в(?:[ \u00a0]+размере)?)[ \u00a0]*\Z")


def credit_apposition() -> re.Pattern[str]:
    """The apposition's pattern (`money.reader_gates` proves its literals)."""
    return _apposition()


def names_credit_before(scope: AmountScope) -> bool:
    """Does the amount stand in apposition to a credit named right before it (and is no part
    «из них» of a figure before it in its sentence)?"""
    start, low = scope.amount.start, scope.folded
    lo = max(scope.start, start - _REACH)
    # (a match ends at the amount with the dash or bracket and spaces: with the spaces before
    # the amount cut off, the stretch must end with that mark, or no match is there)
    if not low[lo:start].rstrip(" \u00a0").endswith(ENDS):
        return False
    if (m := _apposition().search(low, lo, start)) is None:
        return False
    if any(a <= m.start() <= b for a, b in SentenceMasks(scope).not_cues()):
        return False  # «Уплачено процентов по кредитам — 210 млн»: the interest, not the credit
    whole = max((o.end for o in scope.others if o.end <= start), default=None)
    return whole is None or _PART_OF_WHOLE.search(low, whole, start) is None
