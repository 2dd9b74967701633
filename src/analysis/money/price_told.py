"""Is an amount told as a price: by its cue word («Средняя стоимость путёвки — 1 600 рублей»),
by what one item costs («Каждый автобус обошёлся примерно в 5,2 млн», `unit_cost`), by a limit a
rule sets («Минимальная сумма покупки …», `limit_words`) or by a «цена» its own clause names; and
does a table's lead name prices (`names_price`). A price keeps no time of the figures around it
(tests/gold/README.md). The words are data (`data/money_context_ru.json`, `price_heads`,
compiled by `analysis.money.context`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.money.literal_gate import GatedPattern
from analysis.money.reader_gates import COSTS_ONE, open_readers
from analysis.money.scope import AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["costs_one", "is_price", "is_price_told", "names_limit", "names_price"]


def names_price(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (a table's lead or header) name prices («Цены на металлопрокат
    (руб./т с НДС):»)? Then its cells are prices, which keep no time of the text before."""
    heads = context_words().price_heads
    return any(lemma(w) in heads for w in _WORDS.findall(text.lower(), start, end))


_WORDS = lazy_compile(r"[а-яё]+")


def is_price(metric: str, head: str) -> bool:
    """Is the amount a price, read from its cue word (`head`, as `metric_of` found it:
    «Средняя стоимость путёвки — 1 600 рублей»)? A price after a sentence of trade figures
    keeps no year unless its sentence states one (tests/gold/README.md)."""
    return metric == "other" and bool(head) and lemma(head) in context_words().price_heads


@cache
def _limit() -> re.Pattern[str]:
    return compile_pattern("|".join(context_data().get("limit_words", ["(?!)"])))


def names_limit(scope: AmountScope) -> bool:
    """Does the amount's sentence before it name a limit a rule sets («Минимальная сумма
    покупки …», `limit_words`)? It keeps no time of the figures around it."""
    return _limit().search(scope.folded, scope.start, scope.amount.start) is not None


def costs_one(scope: AmountScope) -> bool:
    """Does the amount's clause say what one item costs («Один дом с отделкой обходится
    бюджету в 7,8 млн», «Каждый автобус обошёлся примерно в 5,2 млн», «Регистрация одного
    препарата … обходится производителю в 3–5 млн»)? Then it is a price (`unit_cost`;
    rounds 6, 19, 23; sessions 19, 30)."""
    rx = context_words().unit_cost
    if rx is None or COSTS_ONE not in open_readers(scope):
        return False  # (most amounts: none of the pattern's literals in the sentence)
    low, end = scope.folded, scope.amount.start
    lo = max(scope.start, low.rfind(";", scope.start, end) + 1)
    return _UNIT_COST.search(low, lo, end) is not None


# every match of `unit_cost` holds one of these (a verb of costing, a price or cost noun, a
# comparison of prices; checked on the pattern, `literal_gate`): a clause holding none is
# not searched (most amounts' clauses)
_UNIT_COST_LITERALS = ("обход", "обойд", "обош", "стои", "стоя", "цен", "дороже", "дешевле",
                       "килограмм")
_UNIT_COST = GatedPattern(lambda: context_words().unit_cost, _UNIT_COST_LITERALS)


def is_price_told(scope: AmountScope, metric: str, head: str) -> bool:
    """Is the amount a price by its cue word (`is_price`) or by its own clause, which names a
    «цена» («Основная доля приходится на ЖК-модели, оптовая цена которых составляет около 9
    тыс.»: the cue read is «оптовая»; round 44)?"""
    if is_price(metric, head):
        return True
    if metric == "other" and costs_one(scope):
        return True  # «Каждый автобус обошёлся примерно в 5,2 млн»: what one item costs
    if metric == "other" and names_limit(scope):
        return True  # «Минимальная сумма покупки … – 40 рублей»: a rule's limit (session 31)
    if metric != "other" or scope.folded.find("цен", scope.start, scope.amount.start) < 0:
        return False  # («Общая стоимость приобретённой техники — …»: a total, no price)
    lo = max(scope.start, scope.text.rfind(",", scope.start, scope.amount.start) + 1)
    return any(lemma(w) == "цена" for w in _WORDS.findall(scope.folded, lo, scope.amount.start))
