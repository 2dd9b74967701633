"""A bond issue named by «выпуск» alone, the money borrowed by it, and the demand for it.

«Объём выпуска — 2 млрд рублей» in an article about bonds, «дебютный выпуск на 3 млрд
рублей разместил»: the issue is borrowing (`credit`, the bond convention of
tests/gold/README.md), not output, although «выпуск» is an output word elsewhere (rounds 11,
17). «Выпуск продукции на …» names its goods right after the word and stays output. Once the
article has named bonds, a later paragraph's «выпуск» is still the issue («Около трети
выпуска, примерно 3,4 млрд рублей, выкупили частные инвесторы»), and so is the money a verb of
borrowing takes in a sentence on the issue («Это второй выпуск республики: в прошлом году Минфин
привлек 6 млрд»): the lead's decision of session 42 (rounds 64, 65). The investors' demand for
the issue («Спрос инвесторов превысил 16 млрд», «книга заявок») lends nothing at that amount:
`other` (the same decision; rounds 11, 66). The words are data (`bond_issue` and
`bond_article` in `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.first_naming import named_before
from analysis.money.scope import AmountScope
from analysis.money.word_lists import context_data, joined, pattern, read_words

__all__ = ["bond_words", "is_bond_demand", "is_bond_issue"]

_CLAUSE_MARK = lazy_compile(r"[,;:()]")  # (a dash may stand for the verb: «Спрос — 16 млрд»)


class BondWords(NamedTuple):
    """«выпуск» with no goods after it, a word for bonds, a verb of placing them, any
    «выпуск», a verb of borrowing, the investors' demand."""

    bare_issue: re.Pattern[str]
    bonds: re.Pattern[str]
    placed: re.Pattern[str]
    borrowed: re.Pattern[str] | None
    demand: re.Pattern[str] | None


@cache
def _words() -> BondWords:
    data = context_data()
    article = data.get("bond_article", {})
    issue_kind = joined(r"(?<!\w)(?:", ")")
    return read_words(data["bond_issue"], BondWords,
                      dict.fromkeys(("bare_issue", "bonds", "placed"), issue_kind),
                      **{k: pattern(article[k]) if k in article else None
                         for k in ("borrowed", "demand")})


def _bonds_before(low: str, at: int) -> bool:
    """Does the article (`low`, its lower-cased text) name bonds before `at`? (The whole text
    searched once an article: `first_naming.named_before`.)"""
    return named_before(_words().bonds, low, at)


def is_bond_issue(scope: AmountScope) -> bool:
    """Is the «выпуск» before the amount a bond issue: bare, with a verb of placing in its
    sentence or bonds named earlier in the article; or any «выпуск» of its sentence, bonds
    named before and a verb of borrowing in the amount's stretch?"""
    low, amount_start = scope.folded, scope.amount.start
    words = _words()
    if low.find("выпуск", scope.start, amount_start) < 0:
        return False
    if words.bare_issue.search(low, scope.start, amount_start) is not None and (
            words.placed.search(low, scope.start, scope.end) is not None
            or _bonds_before(low, amount_start)):
        return True
    return (words.borrowed is not None
            and words.borrowed.search(low, scope.stretch_start, scope.stretch_end) is not None
            and _bonds_before(low, amount_start))


def bond_words() -> BondWords:
    """The bond patterns (`money.reader_gates` proves the literals of `demand`)."""
    return _words()


def is_bond_demand(scope: AmountScope) -> bool:
    """Is the amount the investors' demand for a bond issue: a word of demand or of the book
    of orders in its stretch before it, and bonds named in the article before the amount?"""
    words = _words()
    low, at = scope.folded, scope.amount.start
    if words.demand is None or (low.find("спрос", scope.start, at) < 0
                                and low.find("заяв", scope.start, at) < 0):
        return False  # (most amounts: two looks in C over the sentence, no pattern run)
    lo = scope.stretch_start
    # the amount's own clause: «спрос на такие бумаги есть: ВЭБ.РФ разместил облигации на
    # 10 млрд» names the demand in another clause, and the issue placed (round 31)
    lo = max([lo] + [m.end() for m in _CLAUSE_MARK.finditer(low, lo, at)])
    return (words.demand.search(low, lo, at) is not None
            and words.placed.search(low, lo, at) is None
            and _bonds_before(low, at))
