"""Money put into a site the article opened somewhere before: «В Курске открылся
дилерско-сервисный центр … Центр создан совместно с курской компанией и будет обслуживать
хозяйства Курской и Белгородской областей. Инвестиции в центр составили 95 млн рублей.»

The sum names no place, and the sentence before it names two regions (the ones the centre
serves), so the previous sentence cannot give it one. «Инвестиции в центр» points back to the
centre itself: the nearest earlier sentence that names that same thing (its noun, in any form)
and one Russian region («В Курске открылся … центр») says where it stands, and the money put
into it is that region's (newuser42 F3). The words (what puts money into something, and the
nouns of sites) are `invested_site` of data/money_context_ru.json.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.money.word_lists import context_data, joined, read_words
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.entities import RegionMention

__all__ = ["site_region"]

_REACH = 3  # sentences back from the figure's a site is looked for in


class SiteWords(NamedTuple):
    """«инвестиции в центр», «вложения в новый завод»: what puts money into a site, then the
    site noun's stem as group `noun`; the stems of the site nouns."""

    money_into: re.Pattern[str]
    nouns: tuple[str, ...]


@cache
def _words() -> SiteWords:
    data = context_data()["invested_site"]
    nouns = tuple(data["nouns"])
    into = joined(after="(?P<noun>" + "|".join(nouns) + r")[а-яё]*")
    return read_words(data, SiteWords, {"money_into": into}, nouns=nouns)


@cache
def _named(stem: str) -> re.Pattern[str]:
    return compile_pattern(rf"(?<![а-яё]){stem}")


def site_region(folded: str, clause: tuple[int, int], before: Iterable[tuple[int, int]],
                regions: Callable[[int, int], list[RegionMention]]) -> tuple[str, tuple[int, int]] | None:
    """The one region of the nearest sentence of `before` (nearest first) that names the site
    the money of `clause` (folded text, up to the amount) is put into, and that sentence;
    None when the clause puts money into no site or no sentence near enough names it so."""
    words = folded[clause[0]:clause[1]]
    if "инвест" not in words and "вложен" not in words:
        return None  # (most clauses: two looks in C)
    site = _words()
    m = site.money_into.search(folded, *clause)
    if m is None:
        return None
    noun = m.group("noun")
    stem = next(s for s in site.nouns if re.fullmatch(s, noun))
    for n, sent in enumerate(before):
        if n >= _REACH:
            break
        if _named(stem).search(folded, *sent) is None:
            continue
        named = {r.normal for r in regions(*sent)}
        if len(named) == 1:
            return named.pop(), sent
    return None
