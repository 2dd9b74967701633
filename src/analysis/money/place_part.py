"""A part of a place as the end of a flow: «поставило в приграничные районы Брянской области
электроэнергии на …», «отгрузили в хозяйства Смоленской области». The place in the genitive
after a noun of its parts (districts, towns, farms: `place_parts` of
`data/trade_flow_ru.json`) that «в», «во» or «на» governs, a few adjectives between, is where
the goods go, as «в Брянскую область» is (issue 10, session 27). So is one after a part noun
in the dative right after a verb of shipping («поставил хозяйствам Брянской области 84
комбайна на …»: the farms receive; session 45, walk69money)."""

from __future__ import annotations

from functools import cache

from analysis.lang import lemma, parses
from analysis.lazypattern import lazy_compile
from analysis.money.trade_flow_data import flow_data

__all__ = ["is_place_part_destination"]

# «в приграничные », «во все », «на »: the preposition, at most two words, then the part noun
_INTO_BEFORE = lazy_compile(r"(?i)(?<![А-Яа-яЁё-])(?:в|во|на)[ \u00a0]+(?:[А-Яа-яЁё-]+[ \u00a0]+){0,2}\Z")
# the word right before a part noun in the dative: the verb that ships to it
_VERB_BEFORE = lazy_compile(r"([А-Яа-яЁё]+)[ \u00a0]+\Z")


@cache
def _parts() -> frozenset[str]:
    data = flow_data()
    return frozenset(data["place_parts"])


@cache
def _shipping() -> frozenset[str]:
    return frozenset(flow_data()["trade_words"]["out"])


def is_place_part_destination(text: str, part_start: int, part_word: str, cases: set[str]) -> bool:
    """Is the place after `part_word` (a word starting at `part_start`) in the genitive, the
    part noun a noun of `place_parts` that a preposition of direction governs?"""
    if "gent" not in cases or lemma(part_word.lower()) not in _parts():
        return False
    if _INTO_BEFORE.search(text, max(0, part_start - 40), part_start) is not None:
        return True
    verb = _VERB_BEFORE.search(text, max(0, part_start - 30), part_start)
    return (verb is not None and all(p.tag.case == "datv" for p in parses(part_word.lower())
                                     if p.tag.case)
            and parses(verb.group(1).lower())[0].tag.POS in ("VERB", "GRND", "PRTS")
            and lemma(verb.group(1).lower()) in _shipping())
