"""Which rubles a bare «рублей» figure is, told by its conversion into dollars or euros right
after it: «завод вложил 96 млрд рублей. В долларах это около 11 миллионов» — some 8 700
rubles to the dollar, so Belarusian rubles before the 2016 redenomination (BYR), whatever
the outlet; «1,2 млрд рублей, или около 19 млн долларов» — some 60 to the dollar, Russian
rubles, even on a Belarusian site; under 6 to the dollar, Belarusian rubles since 2016 (BYN).
The three rates have never overlapped (round 38). A ratio between the ranges (a rounded or
loose conversion) decides nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.lazypattern import lazy_compile
from analysis.money.converted import conversion_between

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["BYR_PER_RUB", "RUB_PER_BYN", "converts_named_russian", "goes_on_in", "old_ruble_scale",
           "restates", "ruble_by_rate"]

_HARD = frozenset({"USD", "EUR"})
_OLD_BELARUSIAN = 500.0  # rubles to a dollar or euro from here up: BYR (1,000–20,000 since 2000)
_NEW_BELARUSIAN = 6.0  # up to here: BYN (about 1.5–3.7 since 2016)
_RUSSIAN = (20.0, 150.0)  # Russian rubles (about 24–110 since 2000)
# Before 2016 a Russian ruble was worth some 40 (2000) to 300 (2011–2015) Belarusian rubles
# (BYR), since then 1/15–1/50 of a new one (BYN); margins on both
BYR_PER_RUB = (20.0, 500.0)
RUB_PER_BYN = (15.0, 50.0)  # Russian rubles to a Belarusian ruble since 2016
# «4,2 млрд рублей (около $1,95 млн)»: a dollar or euro figure alone in a bracket right after
# the rubles restates them (the bracket's opening and its closing around the figure)
_BRACKET_OPEN = lazy_compile(r"[ \u00a0]*\([ \u00a0]*")
_BRACKET_CLOSE = lazy_compile(r"[ \u00a0]*\)")


def ruble_by_rate(text: str, amount: Amount, nxt: Amount | None, prev: Amount | None = None
                  ) -> str | None:
    """The currency (BYR, BYN or RUB) the conversion right after a bare ruble `amount` says
    it is in, or the dollar or euro figure `prev` it converts («на 9,6 млн долларов (около 101
    миллиарда рублей по текущему курсу)»: some 10 500 to the dollar, BYR; round 66), or None."""
    hard = None
    if nxt is not None and nxt.currency in _HARD and (
            conversion_between(text, amount.end, nxt.start, nxt.end)
            or _bracketed(text, amount.end, nxt)):
        hard = nxt
    elif prev is not None and prev.currency in _HARD and prev.end <= amount.start and (
            conversion_between(text, prev.end, amount.start, amount.end)
            or ((opened := _BRACKET_OPEN.match(text, prev.end)) is not None
                and opened.end() == amount.start and "(" in opened.group())):
        hard = prev
    if hard is None or not hard.value or amount.value <= 0:
        return None
    ratio = amount.value / hard.value
    if ratio >= _OLD_BELARUSIAN:
        return "BYR"
    if ratio <= _NEW_BELARUSIAN:
        return "BYN"
    return "RUB" if _RUSSIAN[0] <= ratio <= _RUSSIAN[1] else None


def _bracketed(text: str, end: int, nxt: Amount) -> bool:
    """Does `nxt` stand alone in a bracket opened right after a figure ending at `end`
    («… рублей (около $1,95 млн)»)? A writer restates a sum so, in the harder money."""
    opened = _BRACKET_OPEN.match(text, end)
    return (opened is not None and opened.end() == nxt.start
            and _BRACKET_CLOSE.match(text, nxt.end) is not None)


def restates(text: str, prev: Amount, a: Amount) -> bool:
    """Does `a` restate the figure `prev` just before it in other money: a conversion's words
    between them («14,8 млн рублей, это около 5,7 млн долларов») or `a` alone in a bracket
    right after it («300 млн российских рублей (около 9,7 млн рублей)»)? A writer then goes
    on in the money of the figure restated, not of its conversion (round 50)."""
    return a.start >= prev.end and (conversion_between(text, prev.end, a.start, a.end)
                                    or _bracketed(text, prev.end, a))


def goes_on_in(text: str, prev: Amount, a: Amount, before: bool | None,
               after: bool | None) -> bool | None:
    """Are the rubles the writer goes on in after `a` Belarusian: `after` as `a` was read, or
    `before` (as they were before it) when `a` restates `prev` in other money (`restates`:
    «… 14,8 млн рублей, это около 5,7 млн долларов … было 19,6 млн», round 50)? `restates`
    is asked only when its answer changes something: `a` changed them, and `before` is
    known (session 40: it was asked of every figure, ~1% of `describe`)."""
    if before is not None and after != before and restates(text, prev, a):
        return before
    return after


def old_ruble_scale(a: Amount, russian: Amount, old: bool) -> bool:
    """Before the 2016 redenomination (`old`), is a bare «рублей» of the old Belarusian
    rubles' scale next to the Russian rubles named just before it in its paragraph
    (`russian`): twenty and more times them («продал в Москве на 5 млрд российских рублей …
    вложат 200 млрд рублей», «в Москве пачка стоит 80 российских рублей, дома — 15 тыс.
    рублей»)? A writer who names Russian rubles has two currencies in hand; a same-deal
    restatement in the Russian ones (a debt, a part, next year's target) is of their order, so
    a figure this much larger is in the other, old Belarusian rubles (BYR), whoever the
    headline names."""
    return old and a.value >= BYR_PER_RUB[0] * russian.value > 0


def converts_named_russian(text: str, a: Amount, russian: Amount, old: bool) -> bool:
    """Is a bare «рублей» the conversion of the Russian rubles named just before it («на 318
    млн российских рублей, это около 11 млн рублей по нынешнему курсу»): a conversion's words
    between them, and the two in the ratio of the Russian and the Belarusian ruble (before
    2016, `old`, the old rubles')? A writer converts into the other currency, so the bare
    rubles are Belarusian. A bare ruble figure alone in a bracket right after the named ones
    («кредитная линия на 300 млн российских рублей (около 9,7 млн рублей)») restates them so
    too (round 50)."""
    if russian.value <= 0 or a.value <= 0 or not (
            conversion_between(text, russian.end, a.start, a.end) or _bracketed(text, russian.end, a)):
        return False
    if old:
        return BYR_PER_RUB[0] <= a.value / russian.value <= BYR_PER_RUB[1]
    return RUB_PER_BYN[0] <= russian.value / a.value <= RUB_PER_BYN[1]
