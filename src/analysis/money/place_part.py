"""A part of a place as the end of a flow: «поставило в приграничные районы Брянской области
электроэнергии на …», «отгрузили в хозяйства Смоленской области». The place in the genitive
after a noun of its parts (districts, towns, farms: `place_parts` of
`data/trade_flow_ru.json`) that «в», «во» or «на» governs, a few adjectives between, is where
the goods go, as «в Брянскую область» is (issue 10, session 27)."""

from __future__ import annotations

from functools import cache

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.trade_flow_data import flow_data

__all__ = ["is_place_part_destination"]

# «в приграничные », «во все », «на »: the preposition, at most two words, then the part noun
_INTO_BEFORE = lazy_compile(r"(?i)(?<![А-Яа-яЁё-])(?:в|во|на)[ \u00a0]+(?:[А-Яа-яЁё-]+[ \u00a0]+){0,2}\Z")


@cache
def _parts() -> frozenset[str]:
    data = flow_data()
    return frozenset(data["place_parts"])


def is_place_part_destination(text: str, part_start: int, part_word: str, cases: set[str]) -> bool:
    """Is the place after `part_word` (a word starting at `part_start`) in the genitive, the
    part noun a noun of `place_parts` that a preposition of direction governs?"""
    return ("gent" in cases and lemma(part_word.lower()) in _parts()
            and _INTO_BEFORE.search(text, max(0, part_start - 40), part_start) is not None)
