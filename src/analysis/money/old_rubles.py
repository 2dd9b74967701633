"""Belarusian rubles of a year before the 2016 redenomination are BYR, whenever the article
was written: «В 2007 году выручка СП составила около 3,8 млрд рублей» in a 2021 feature, or
«Уставный фонд составил тогда 2,4 млрд рублей» after a sentence set in 2006 (rounds 8, 20).
The redenomination date is `rubles.REDENOMINATION`; this module only reads the years.
"""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words
from analysis.money.literal_gate import list_gate, may_match
from analysis.money.than_base import than_base
from analysis.money.year_mentions import year_mentions

__all__ = ["dated_before", "names_new_rubles", "names_old_rubles", "names_old_rubles_of"]

# «тогда», «в то время», «в том же году», «тогда же»: the time of the sentence before
_THEN = lazy_compile(r"(?i)(?<![\w-])(?:тогда|в[ \u00a0]+то[ \u00a0]+время"
                     r"|в[ \u00a0]+том[ \u00a0]+же[ \u00a0]+году)(?![\w-])")


def _years_before(text: str, start: int, end: int, year: int) -> bool | None:
    """Are all the years text[start:end] names (with a preposition or «год»; spans left out)
    before `year`? None when it names none. The base of a comparison («в 2,1 раза больше,
    чем в 2008-м») dates no figure of the sentence (round 67)."""
    named = [m.year for m in year_mentions(text, start, end)
             if not m.is_span and (m.preposition or m.has_word)
             and not than_base(text, start, m.start, m.end, end)]
    return all(y < year for y in named) if named else None


def dated_before(text: str, sentence: tuple[int, int], before: tuple[int, int] | None,
                 amount_start: int, year: int) -> bool:
    """Is the figure at `amount_start` of a year before `year`: its sentence names only such
    years, or says «тогда» before it after a sentence (`before`) that does?"""
    own = _years_before(text, sentence[0], sentence[1], year)
    if own is not None:
        return own
    return (before is not None and _THEN.search(text, sentence[0], amount_start) is not None
            and bool(_years_before(text, before[0], before[1], year)))


# «1,1 млн новых рублей»: the new, denominated Belarusian rubles named in the amount
_NEW_IN_SURFACE = lazy_compile(r"(?<![а-яё])нов(?:ый|ого|ому|ым|ом|ые|ых|ыми)[ \u00a0]+руб")


def names_old_rubles(sentence: str) -> bool:
    """Does the sentence call its rubles the pre-2016 Belarusian ones («… 9,7 млрд рублей (в
    старых деньгах)», «неденоминированных»)? Then they are Belarusian rubles, whoever speaks
    around them (round 46)."""
    return context_words().old_belarusian_rubles.search(sentence.lower()) is not None


# «(в старых деньгах – 23,7 млрд)»: the words restate the figure after them, in the old rubles
_RESTATES_NEXT = lazy_compile(r"[ \u00a0]*[—–:-][ \u00a0]*(?:около[ \u00a0]+|почти[ \u00a0]+)?\d")


def names_old_rubles_of(text: str, start: int, end: int, amount_start: int) -> bool:
    """Does the sentence text[start:end] call the rubles of the amount at `amount_start` the
    pre-2016 ones? Words that restate a figure after them («Прибыль – 2,37 млн рублей (в
    старых деньгах – 23,7 млрд)») name that figure's rubles, not those of a figure before
    them: that one is told in the new rubles (round 48)."""
    rx = context_words().old_belarusian_rubles
    low = text[start:end].lower()
    if not may_match(list_gate(rx), low, 0, len(low)):
        return False  # (most sentences: none of the words' literals stands there)
    for m in rx.finditer(low):
        if start + m.start() > amount_start and _RESTATES_NEXT.match(low, m.end()):
            continue  # the old rubles of the figure the words introduce
        return True
    return False


def names_new_rubles(surface: str) -> bool:
    """Does the amount name the new rubles («1,1 млн новых рублей», or by their code: «сейчас
    – около 15 тыс. BYN» after a sum in the old ones, in a text of 2016)?"""
    return "BYN" in surface or _NEW_IN_SURFACE.search(surface.lower()) is not None
