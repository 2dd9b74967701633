"""A size told through a possessive pronoun: «… условия нового государственного кредита. Его
объём может составить до 100 млрд рублей, средства пойдут на строительство …».

«Его объём», «её размер», «их общая сумма» in the amount's clause (no clause mark and no other
amount between) point back to the money named before the pronoun, in its own sentence or the
sentence before, as a relative pronoun after a size noun does («…, общий лимит которого — 105
млрд»: session 33): the last money noun there (a cue of `data/metric_lemmas.csv` with no penalty
whose metric is a sum: a credit, an investment, a financing) is what the amount measures,
whatever purpose a later clause gives the money («средства пойдут на строительство»: what it
is spent on, not what it is). The pronoun pattern is data (`possessive_size` in
`data/money_context_ru.json`); «его стоимость» is a facility's cost (`money/costs.py`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.money.cuewords import cue_of, is_verbish
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    import re

    from analysis.money.scope import AmountScope

__all__ = ["possessive_size", "possessive_size_metric"]

_SUMS = frozenset({"credit", "investment", "financing"})
_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_SENTENCE_END = lazy_compile(r"[.!?\n]")
_PURPOSE_BEFORE = lazy_compile(r"(?i)(?<![а-яё])(?:для|на)[ \u00a0]+\Z")
_BACK = 300  # characters before the sentence where the sentence before is looked for


@cache
def _pattern() -> re.Pattern[str]:
    return compile_pattern(context_data()["possessive_size"])


def possessive_size() -> re.Pattern[str]:
    """The possessive pattern (`money.reader_gates` proves its literals)."""
    return _pattern()


def possessive_size_metric(scope: AmountScope) -> str | None:
    """The metric of the money a possessive size noun in the amount's clause points back to,
    or None when there is no such pronoun or no money noun before it."""
    low, amount = scope.folded, scope.amount
    if all(low.find(w, scope.start, amount.start) < 0 for w in ("объ", "размер", "сумм", "лимит")):
        return None  # (most amounts: a few looks in C)
    m = next(reversed(list(_pattern().finditer(low, scope.start, amount.start))), None)
    if m is None or any(c in low[m.end():amount.start] for c in ",;:()") or any(
            m.end() <= o.start < amount.start for o in scope.others if o is not amount):
        return None
    # the money named before the pronoun: its own sentence, else the sentence before
    own = _last_money(scope.text, scope.start, m.start())
    if own is not None:
        return own
    stop = len(scope.text[:scope.start].rstrip(" \u00a0\n.!?"))
    lo = max(0, stop - _BACK)
    ends = [e.end() for e in _SENTENCE_END.finditer(scope.text, lo, stop)]
    return _last_money(scope.text, ends[-1] if ends else lo, stop)


def _last_money(text: str, lo: int, hi: int) -> str | None:
    """The metric of the last money noun of text[lo:hi], if any."""
    # (a noun right after «для» or «на» is what the money is for, not the money: «кредитную
    # линию для финансирования поставок. Её лимит …»; session 44, metric44b)
    for w in reversed(list(_WORD.finditer(text, lo, hi))):
        word = w.group().lower()
        cue = cue_of(word)
        if cue is not None and cue.penalty == 0 and cue.metric in _SUMS and not (
                _PURPOSE_BEFORE.search(text, max(lo, w.start() - 5), w.start())) and not (
                is_verbish(word)):
            # (a verb is no antecedent: «Вторая часть кредита будет выделена в следующем
            # году. Её размер …» points back to the credit; metric46)
            return cue.metric
    return None
