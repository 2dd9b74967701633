"""The bound of a charge told as a share of a sum: «Комиссия за организацию финансирования
составляет 0,5% от суммы кредита, но не менее 5 тыс. долларов».

The figure after «…%…, но (не более | не менее)» caps or floors the charge the share is of, so it
is what that charge is: a fee, a commission, a penalty, a duty or a tariff is `other`; a subsidy
or a compensation of a part of a cost is `financing` («Субсидия составляет 25% стоимости машины,
но не более 2 млн рублей»). The base of the share («от суммы кредита», «цены контракта»,
«стоимости машины») is no cue of the bound. Every dev gold so told reads it so (26 amounts of
rounds 10, 15–17, 22, 23, 26, 27, 33, 34, 36, 39, 40, 42, 48–50, 53, 54, 56, 58, 61; metric40).
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.scope import CLAUSE_MARK, AmountScope

__all__ = ["blank_share", "charge_named", "share_bounded"]

_REACH = 120  # characters before the amount the share may open
# «0,5% от суммы гарантии, но », «до 50% стоимости, но не более »: the share, its base and the
# «но» that opens the bound, right before the amount (the bound's words may be the amount's own)
_SHARE_BOUND = lazy_compile(
    r"%[^.;!?%\d]{0,90}?,[ \u00a0]*(?:но|однако)[ \u00a0]+"
    r"(?P<bound>не[ \u00a0]+(?:более|менее|выше|ниже)(?:[ \u00a0]+чем)?[ \u00a0]*)?\Z")
# the bound's words opening the amount itself («не менее 5 тыс. долларов»): without them and
# without them before it («Экспорт вырос на 12%, но 300 млн пришлось на …») no bound is told
_BOUND_WORDS = lazy_compile(r"(?:не[ \u00a0]+(?:более|менее|выше|ниже)|максимум|минимум)(?![а-яё])")
# a label opening the sentence («Ответ:», «Комментарий:»): a page's or a speaker's, no charge
_LABEL = lazy_compile(r"[ \u00a0]*[А-ЯЁA-Z][а-яёa-z]*[ \u00a0]*:")
_WORD = lazy_compile(r"[а-яёa-z]{3,}")


def share_bounded(scope: AmountScope) -> int | None:
    """Where the share whose bound the amount is starts (its «%»), or None."""
    start = scope.amount.start
    if scope.folded.find("%", max(scope.start, start - _REACH), start) < 0:
        return None  # (most amounts: one look in C)
    found = _SHARE_BOUND.search(scope.folded, max(scope.start, start - _REACH), start)
    if found is None or (found.group("bound") is None
                         and _BOUND_WORDS.match(scope.folded, start, scope.amount.end) is None):
        return None
    return found.start()


def charge_named(scope: AmountScope, share: int) -> bool:
    """Does the sentence name anything before its share? «Ответ: 30% стоимости оборудования,
    но не более 2 млн рублей» names no charge: the question before it does («Каков размер
    субсидии?»), read as any sentence's topic is, the share an aside (round 62's Q&A page)."""
    start = scope.start
    if (label := _LABEL.match(scope.text, start, share)) is not None:
        start = label.end()
    return _WORD.search(scope.folded, start, share) is not None


def blank_share(scope: AmountScope, text: str, share: int) -> str:
    """`text` with the share and its base blanked out up to the amount, and the rest of the
    amount's clause after it (offsets unchanged): the cue before the share is the charge's;
    «… не более 5 млн рублей по одному контракту», «не менее 50 рублей за документ» say what
    the bound is counted per, not what it is."""
    start, end = scope.amount.start, scope.amount.end
    mark = CLAUSE_MARK.search(text, end, scope.end)
    stop = mark.start() if mark is not None else scope.end
    return text[:share] + " " * (start - share) + text[start:end] + " " * (stop - end) + text[stop:]
