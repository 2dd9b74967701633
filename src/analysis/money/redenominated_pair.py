"""Old and new Belarusian rubles told side by side: on 1 July 2016 Br 10 000 (BYR) became
Br 1 (BYN), and a story of those weeks tells a sum in both («Средняя зарплата … составила
7 215 000 рублей, в новых деньгах — 721,5 рубля», «стоил 1,18 млрд рублей, теперь продаётся
за 118 000 рублей», «185 000 000 белорусских рублей … читать как 18 500 BYN»). Two
Belarusian ruble figures in one sentence whose values stand ten thousand to one are such a
pair, whatever the publication date says: the larger is in the old rubles, the smaller in
the new (round 65: a 2016 story showed every old figure as BYN).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.lang.sentences import stop_before_capital
from analysis.lazypattern import lazy_compile

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["redenominated_pairs"]

_RATIO = 10_000.0  # old rubles to a new one
_SLACK = 0.06  # a rounded restatement («7,2 миллиона или 720 рублей»: exact; «около …»)
_REACH = 200  # characters between the two figures at most
_BELARUSIAN = frozenset({"BYN", "BYR"})
# a sentence's end between the two figures (a decimal point is none)
_SENTENCE_END = stop_before_capital("«\"—–-", line_break=True)
# a figure's own words that name the new or the old rubles
_NAMES_NEW = lazy_compile(r"(?i)BYN|нов[а-яё]*")
_NAMES_OLD = lazy_compile(r"(?i)BYR|стар[а-яё]*|неденомин")


def _pair_ratio(large: Amount, small: Amount) -> bool:
    if small.value <= 0:
        return False
    ratio = large.value / small.value
    return abs(ratio - _RATIO) <= _RATIO * _SLACK


def redenominated_pairs(text: str, amounts: list[Amount]) -> list[Amount]:
    """The amounts, with each pair of Belarusian ruble figures of one sentence standing ten
    thousand to one read as old (BYR, the larger) and new (BYN, the smaller) rubles. A figure
    whose own words name its rubles' code keeps it («18 500 BYN»)."""
    if sum(a.currency in _BELARUSIAN for a in amounts) < 2:
        return amounts
    out = list(amounts)
    for i, a in enumerate(out):
        if a.currency not in _BELARUSIAN:
            continue
        for j in range(i + 1, len(out)):
            b = out[j]
            if b.start - a.end > _REACH or _SENTENCE_END.search(text, a.end, b.start):
                break
            if b.currency not in _BELARUSIAN:
                continue
            if _pair_ratio(a, b):
                old, new = i, j
            elif _pair_ratio(b, a):
                old, new = j, i
            else:
                continue
            if _NAMES_NEW.search(out[old].surface) or _NAMES_OLD.search(out[new].surface):
                continue  # («21,47 млн новых» after «214,7 млрд старых рублей»: so said)
            out[old] = replace(out[old], currency="BYR")
            out[new] = replace(out[new], currency="BYN")
            break
    return out
