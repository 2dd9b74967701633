"""Does an aside phrase («за счёт кредита банка») run on into the amount after it, past a
bracket's note and a participle clause that only describe its noun?

«за счёт кредита банка ВТБ (Беларусь), выданного в российских рублях, на сумму 215 млн»: the
bracket names the bank, the clause between commas describes the credit, and «на сумму» hands
the amount to the credit — the phrase names the amount itself, as «за счёт кредита на 2 млрд»
does (plain Russian: a participle clause set off by commas modifies the noun before it).
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.cuewords import is_participle

__all__ = ["runs_into_amount"]

_BRACKET = lazy_compile(r"\([^()]{0,60}\)")
# «, выданного в российских рублях,»: a participle (or «который») opening a clause between commas
_MODIFIER = lazy_compile(r",[ \u00a0]*(?P<w>[а-яё]+)[^,;:.!?()]{0,80},")
# what hands the amount to the noun: nothing, «на», «на сумму», «в размере», «объёмом»
_HANDOVER = lazy_compile(r"[ \u00a0,]*(?:(?:на[ \u00a0]+(?:(?:общую[ \u00a0]+)?сумму[ \u00a0]+)?"
                         r"|в[ \u00a0]+размере[ \u00a0]+|объ[её]мом[ \u00a0]+)"
                         r"(?:(?:около|более|свыше|почти|порядка|до)[ \u00a0]+)?)?")


def runs_into_amount(low: str, start: int, amount_start: int) -> bool:
    """Is low[start:amount_start] (lower-cased, from where an aside phrase stopped) only a
    bracket's note and participle clauses before a word handing the amount over?"""
    rest = _BRACKET.sub(" ", low[start:amount_start])
    if "," in rest:
        rest = _MODIFIER.sub(lambda m: " " if is_participle(m.group("w")) else m.group(), rest)
    return _HANDOVER.fullmatch(rest) is not None
