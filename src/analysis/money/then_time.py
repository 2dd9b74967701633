"""«Тогда …», «тогда же», «Контракт тогда был …»: the time of the sentence before (split from
`carry.py`, session 44)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.carried_time import CarriedTime, stated_time

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from analysis.money.region import SentenceSpan

__all__ = ["then_time"]

# «Тогда …», «Тогда же …» opening a sentence: the time the sentence before told
_THEN = lazy_compile(r"[ \u00a0]*[Тт]огда(?:[ \u00a0]+же)?(?![\w-])")
# «Для расширения цеха тогда же взяли кредит …»: «тогда же» inside the sentence points back
# as an opening «Тогда» does (a bare «тогда» there may be a condition's «если …, тогда»)
_THEN_SAME = lazy_compile(r"(?<![\w-])[Тт]огда[ \u00a0]+же(?![\w-])")
# «Контракт тогда был на 46 млн рублей»: «тогда» right after the sentence's first word, its
# subject, is the time adverb too (a condition's «тогда» stands after its «если …» clause)
_THEN_SECOND = lazy_compile(r"[ \u00a0]*[«\"]?[А-ЯЁ][а-яё-]*[ \u00a0]+тогда(?![\w-])")


def then_time(text: str, sents: Sequence[SentenceSpan], si: int,
              published: date | None) -> CarriedTime | None:
    """The time of the sentence before when the sentence `si` opens with «Тогда» («В 2019-м
    товарооборот … составил $452 млн. Тогда же в Уфе открылся сервисный центр стоимостью …»,
    «открыли салон в 2016 году. Тогда это был … кредит в 1,2 млн рублей»; rounds 10, 14, 15),
    or holds «тогда же» further on («Для расширения цеха тогда же взяли кредит на …»), or
    «тогда» right after its first word («Контракт тогда был на 46 млн рублей»; round 58)."""
    while si > 0 and (_THEN.match(text, sents[si].start)
                      # (every «тогда же» holds «огда»: most sentences are not scanned)
                      or (text.find("огда", sents[si].start, sents[si].end) >= 0
                          and _THEN_SAME.search(text, sents[si].start, sents[si].end))
                      or _THEN_SECOND.match(text, sents[si].start)):
        got = stated_time(text, sents[si - 1], published)
        if got is not None:
            return got
        si -= 1  # «Тогда … . Тогда же …»: the time the first «Тогда» took
    return None
