"""Rubles named by their country's adjective alone, the noun left out: «тетрадь стоит 1,6
белорусского рубля, или около 45 российских», «получили 14,7 млн российских рублей, это почти
1,4 млрд наших». A writer who has just named one ruble says the other by its adjective; the
figure is money in that ruble.

The figure closes its clause (punctuation, a dash or the line's end follow the adjective: «45
российских компаний» counts firms) and a ruble figure named by its currency stands shortly
before it in its line. «российских» are Russian rubles, «белорусских» Belarusian ones (BYR
before the redenomination: `money.rubles`); «наших» («ours») are the rubles other than the
ones named just before — the writer sets his own money against the other side's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from analysis.lang.sentences import STOP_THEN_CAPITAL
from analysis.lazypattern import lazy_compile
from analysis.money.grammar import parse_number, scale_value

if TYPE_CHECKING:
    from collections.abc import Iterator

    from analysis.money.amounts import Amount, Qualified

__all__ = ["adjective_rubles"]

# (the first digit opens the pattern and the test of the character before it looks back from
# behind that digit: sre then finds digits in C instead of trying the look-behind at every
# position of the article; same matches)
_FIGURE = lazy_compile(
    r"(?P<n>\d(?<![\w.,\-–]\d)\d{0,2}(?:[ \u00a0]\d{3})*(?:,\d{1,3})?)"
    r"(?:[ \u00a0]+(?P<s>тыс\.|млн|млрд|трлн|тысяч[а-яё]*|миллион[а-яё]*|миллиард[а-яё]*))?"
    r"[ \u00a0]+(?P<adj>российских|белорусских|наших)"
    r"(?=[ \u00a0]*(?:[.,;!?»”)]|[—–][ \u00a0]|\n|\Z))")
_ADJECTIVES = ("российских", "белорусских", "наших")
_RUBLES = frozenset({"RUB", "BYN", "BYR"})
_REACH = 200  # characters from the named ruble figure to the adjective's figure
_SENTENCE_BREAK = STOP_THEN_CAPITAL


def _figures(text: str, after: int) -> Iterator[re.Match[str]]:
    """`_FIGURE.finditer(text)`'s matches that start at or past `after`, read only in the
    lines holding an adjective: no match runs over a line break (the pattern's characters
    are digits, spaces, letters; its look-ahead reads a break as it reads the end, so a
    line's scan ended at its break finds what the whole text's does), and every match holds
    its adjective."""
    lines: set[tuple[int, int]] = set()
    for word in _ADJECTIVES:
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end > after:  # (a line that ends before `after` holds no match past it)
                lines.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(word, end)
    for start, end in sorted(lines):
        for m in _FIGURE.finditer(text, start, end):
            if m.start() >= after:
                yield m


class _QualifierReader(Protocol):
    def __call__(self, text: str, start: int) -> Qualified | None: ...


def adjective_rubles(text: str, found: list[Amount],
                     qualifier_before: _QualifierReader) -> list[Amount]:
    """`found` with the figures whose ruble is named by its adjective alone (see the module
    docstring), in place of any bare core inside them, in text order."""
    named = [a for a in found if a.currency in _RUBLES and not a.implied_currency]
    if not named:
        return found  # (no figure has a named ruble before it)
    extra: list[Amount] = []
    for m in _figures(text, min(a.end for a in named)):
        s, e = m.span()
        anchor = next((a for a in reversed(named) if a.end <= s), None)
        if (anchor is None or s - anchor.end > _REACH
                or _SENTENCE_BREAK.search(text, anchor.end, s) is not None):
            continue
        number = parse_number(m.group("n"))
        if number is None:
            continue
        adjective = m.group("adj")
        currency = ("RUB" if adjective == "российских" else "BYN" if adjective == "белорусских"
                    else "BYN" if anchor.currency == "RUB" else "RUB")
        start, qualifier = s, "exact"
        if (q := qualifier_before(text, s)) is not None:
            start, qualifier = q.start, q.qualifier
        extra.append(replace(anchor, start=start, end=e, surface=text[start:e],
                             value=number * scale_value(m.group("s")), currency=currency,
                             qualifier=qualifier, value_low=None, value_high=None,
                             implied_currency=True))
    if not extra:
        return found
    kept = [a for a in found if not any(x.start < a.end and a.start < x.end for x in extra)]
    return sorted([*kept, *extra], key=lambda a: a.start)
