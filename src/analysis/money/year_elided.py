"""A sentence whose relative year leaves out «год» right after a sentence of its paragraph
that told one: «В этом рассчитываем перешагнуть …» opening it (round 44), «Для сравнения, в
прошлом было 214 млн» (round 50). Read by `money.year` as a gate: only then are «в этом»,
«в прошлом» with no «год» read as a year at all."""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.scope import AmountScope

__all__ = ["year_told_before"]

# «В этом рассчитываем перешагнуть …» opening a sentence: «год» left out (a quote may open
# it, and «а», «но» join it to the sentence before: «…вырос до 420 млн. «А в этом
# рассчитываем превысить полмиллиарда», — добавил он»: round 54)
_THIS_OPENING = lazy_compile(r"(?i)[ \u00a0—–«\"-]*(?:(?:а|но)[ \u00a0]+)?в[ \u00a0]+этом[ \u00a0]+[а-яё]")
_YEARS_BEFORE = 160  # characters of the paragraph before the sentence where «год» is looked for


def _this_after_years(scope: AmountScope) -> bool:
    """Does the sentence open «В этом …» right after a sentence of its paragraph that told
    years («В прошлом году было 5,2 млн, в позапрошлом — 3,9. В этом рассчитываем
    перешагнуть шесть миллионов»: this year, «год» left out; round 44)?"""
    if _THIS_OPENING.match(scope.text, scope.start) is None:
        return False
    para = scope.text.rfind("\n", 0, scope.start) + 1
    return "год" in scope.text[max(para, scope.start - _YEARS_BEFORE):scope.start].lower()


# «в прошлом было 214 млн», «в прошлом был около $3 млн»: a figure right after the verb
_LAST_WAS = lazy_compile(r"(?<![а-яё])в[ \u00a0]+прошлом[ \u00a0]+был[аио]?[ \u00a0]+(?:(?:около|почти"
                         r"|примерно|порядка|более|свыше|менее|лишь|всего|только)[ \u00a0]+)?[$€\d]")


def _last_after_years(scope: AmountScope) -> bool:
    """Does the sentence say «в прошлом было …» right after a sentence of its paragraph that
    told a year («В этом году экспорт составит 290 млн. Для сравнения, в прошлом было 214
    млн»: last year, «году» left out; round 50)? «В прошлом» alone («В прошлом было немало
    трудностей»), no figure right after its verb, is the past at large."""
    if "прошлом" not in scope.lowered or _LAST_WAS.search(scope.lowered) is None:
        return False
    para = scope.text.rfind("\n", 0, scope.start) + 1
    return "год" in scope.text[max(para, scope.start - _YEARS_BEFORE):scope.start].lower()


def year_told_before(scope: AmountScope) -> bool:
    """Does the sentence leave «год» out of «в этом» or «в прошлом» right after a sentence of its
    paragraph that told a year?"""
    return _this_after_years(scope) or _last_after_years(scope)
