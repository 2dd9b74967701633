"""Is an amount a price per unit or a rate per time, not the trade, investment or deal its cue
word names? A price per unit («по 750–900 рублей за килограмм»), a rate («лизинговые платежи —
280 тыс. долларов в месяц»), what one item costs («Один дом … обходится бюджету в 7,8 млн»);
but support money told per unit stays support («скидка 10%, но не более 500 тыс. рублей за
машину»). The words are data (`unit_price`, `rate_per_time`, `unit_cost`, `support_per_unit`
of `data/money_context_ru.json`).
"""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile
from analysis.money.alternation import lookbehind_led
from analysis.money.context import context_words
from analysis.money.cuewords import is_adjective
from analysis.money.price_told import costs_one, names_price
from analysis.money.scope import AmountScope

__all__ = ["is_elliptic_price", "is_unit_price"]


# a contract's value or a flow told per month stays what it is («экспорт — $1,5 млрд в месяц»)
_RATE_KEEPS = frozenset({"agreements", "export", "import", "trade_turnover", "production"})
# deals and loans told «каждый» («контракты на 20 млн рублей каждый»): each one's value, not a
# price of goods (issue 10, session 27)
_EACH_KEEPS = frozenset({"agreements", "credit"})
_EACH = lazy_compile(r"[ \u00a0]*кажд")


def is_unit_price(scope: AmountScope, metric: str = "") -> bool:
    """Is the amount a price per unit («по 750–900 рублей за килограмм», «4 200 руб. за
    один акт») or a rate per month or day («лизинговые платежи — 280 тыс. долларов в
    месяц», «стипендия — 5 тыс. рублей в месяц»)? Then it measures no trade, investment or
    agreement: «other». A contract's value or a trade flow told per month («договор поставки
    на 11 млн рублей в месяц», «экспорт — $1,5 млрд в месяц») stays what `metric` says."""
    words = context_words()
    rx, rate = words.unit_price, words.rate_per_time
    each = rx.match(scope.text, scope.amount.end, scope.end) if rx is not None else None
    if each is not None and metric in _EACH_KEEPS and _EACH.match(each.group()):
        each = None  # «заключает контракты на 20–25 млн рублей каждый»: each deal's value
    return (each is not None and not _support_per_unit(scope, metric)) or costs_one(scope) or (
        metric not in _RATE_KEEPS and rate is not None
        and rate.match(scope.text, scope.amount.end, scope.end) is not None) or (
        rx is not None and _parallel_unit_price(scope, rx))


# «по 12 долларов за штуку, на местном рынке – по 28–35 рублей»: a distributive «по» opening
# the elliptic item after a dash, a unit price told earlier in the sentence
_PARALLEL = lazy_compile(r"\w*[ \u00a0]*,[^.;:!?\d]{0,50}?[—–-][ \u00a0]*по[ \u00a0]+\Z")
_EACH_BEFORE = lazy_compile(lookbehind_led(r"(?<![\w-])по[ \u00a0]+\Z"))  # (`lookbehind_led`: faster)


def _parallel_unit_price(scope: AmountScope, rx: re.Pattern[str]) -> bool:
    """Is the amount an elliptic item of a row of prices per unit («Партнёрам ели ушли по 12
    долларов за штуку, на местном рынке – по 28–35 рублей»): «по» before it after a dash, and
    a figure of its sentence before it told «по … за штуку»? Its unit is left out: a price, as
    the first (round 48)."""
    text, amount = scope.text, scope.amount
    if not _EACH_BEFORE.search(text, max(scope.start, amount.start - 4), amount.start):
        return False
    for other in scope.others:
        if other.end > amount.start or other is amount:
            continue
        unit = rx.match(text, other.end, scope.end)
        if unit is not None and _EACH_BEFORE.search(text, max(scope.start, other.start - 4),
                                                    other.start) and _PARALLEL.match(
                text, unit.end(), amount.start) and not any(
                other.end < o.start < amount.start for o in scope.others):
            return True
    return False


def _support_per_unit(scope: AmountScope, metric: str) -> bool:
    """Is the amount support money told per unit or per recipient («скидка 10%, но не более
    500 тыс. рублей за машину», «грантов … по 120 тыс. рублей каждый»)? A cap or share of a
    subsidy, grant, discount or compensation is that support, `financing`, not a price
    (`support_per_unit`; rounds 10, 12, 16, 20, 22, 23 annotate it so; session 19), and so
    is the support's size pointed back to («её размер»)."""
    rx = context_words().support_per_unit
    return metric == "financing" and ((rx is not None and rx.search(
        scope.folded, scope.start, scope.amount.start) is not None) or _SIZE_POINTED.search(
        scope.folded, scope.start, scope.amount.start) is not None)


# «Субсидия на покупку скота выросла. Теперь её размер — 60 тыс. рублей за голову»: the
# support's size pointed back to (read `financing` by `possessive_size`), told per unit (session 44)
_SIZE_POINTED = lazy_compile(r"(?<![а-яё])(?:е[её]|его|их)[ \u00a0]+(?:размер|объ[её]м|сумм)\w*")


# «…, импортного европейского — 310 рублей», «…, импортные сорта – от 90 рублей»: an elliptic
# item after a figure, its predicate left out
# (a part told after a whole, «Стоимость — 4,7 млрд, в том числе заёмные средства — 3,3 млрд»,
# is no elliptic item: its noun says what the part is; session 45)
_ELLIPTIC = lazy_compile(r"[ \u00a0]*,(?![ \u00a0]*(?:в[ \u00a0]+т(?:ом[ \u00a0]+числе|\.)|из[ \u00a0]+"
                         r"(?:них|него|которых)(?![а-яё])))[ \u00a0]*[^,;:.!?\d]{1,40}[—–-][ \u00a0]*"
                         r"(?:от[ \u00a0]+|до[ \u00a0]+)?\Z")


def is_elliptic_price(text: str, s_start: int, before_end: int, amount_start: int,
                      head: str) -> bool:
    """Is the amount an elliptic item after a price in its sentence («Средняя цена флакона
    белорусского шампуня — 127 рублей, импортного европейского — 310 рублей», «Килограмм
    антоновки стоит 45–60 рублей, импортные сорта – от 90 рублей»), read by an adjective
    of its own (`head`: «импортного»)? The adjective names the goods, not a trade flow: the
    item is a price as the figure before it (rounds 22, 24; session 19). `before_end` is the
    end of the figure before it in the sentence."""
    return (bool(head) and is_adjective(head) and _ELLIPTIC.match(text, before_end, amount_start)
            is not None and names_price(text, s_start, before_end))
