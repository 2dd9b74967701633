"""Which rubles a bare «рублей» are, said right after the figure by the writer or the
speaker: in a bracket («4,2 млн рублей (белорусских)», «(бел.)», «(рос.)», «… рублей за кв.
м (цена организатора, российские рубли)»), or in a clause set off by a dash or a comma
(«купили техники на 1,1 миллиарда рублей — это российские рубли, —»: round 65, a dealer's
clarification on the air was not heard). And the speaker's own rubles, «наших рублей»: the
rubles of the side the article speaks for.

The clause's openers are data (`rubles_said_openers` of `data/money_context_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

__all__ = ["names_our_rubles", "side_said_after"]

# a bracket after a bare «рублей» that names their country: «(белорусских. — Ред.)», «(бел.)»,
# «(рос.)»; a note closing the phrase too («… рублей за кв. м (цена организатора, российские рубли)»);
# not the country of another noun («6,7 млн руб. (белорусские участники не заявлялись)», round 67)
_BRACKETED_SIDE = lazy_compile(r"(?i)(?:[ \u00a0]+за[ \u00a0]+[^()\n,;!?]{1,20}?)?[ \u00a0]*\("
                               r"(?:[^()\n]{1,40}?,[ \u00a0]*)?(?:(бел(?:орусск\w*|\.))|российск\w*|рос\.)"
                               r"(?![а-яё])(?![ \u00a0]+(?!руб)[а-яё])")
# «примерно миллион наших рублей»: the speaker's own rubles
_OURS = lazy_compile(r"(?i)(?<![а-яё])наш\w*[ \u00a0]+руб")


@cache
def _said_clause() -> re.Pattern[str]:
    """A dash or comma, an opener («это», «речь о», «имею в виду») and the rubles' country
    (group 1 set for Belarusian ones)."""
    openers = "|".join(context_data().get("rubles_said_openers", ())) or r"(?!)"
    return compile_pattern(r"(?i)[ \u00a0]*[—–,][ \u00a0]*(?:" + openers + r")[ \u00a0]+"
                           r"(?:(белорусск\w*)|российск\w*)(?:[ \u00a0]+рубл\w*)?(?![а-яё])")


def side_said_after(text: str, end: int) -> str | None:
    """"BY" or "RU" when the words right after a bare ruble figure ending at `end` say which
    rubles they are; None when they do not."""
    said = _BRACKETED_SIDE.match(text, end) or _said_clause().match(text, end)
    if said is None:
        return None
    return "BY" if said.group(1) is not None else "RU"


def names_our_rubles(surface: str) -> bool:
    """Does the figure call its rubles the speaker's own («миллион наших рублей»)?"""
    if "ш" not in surface and "Ш" not in surface:
        # (most figures: every match holds «ш» in one case or the other, a letter sre reads
        # ignoring case as only these two; no pattern call)
        return False
    return _OURS.search(surface) is not None
