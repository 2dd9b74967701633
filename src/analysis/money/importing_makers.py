"""Makers of a side as the subject of an import verb are where the goods go.

«Белорусские производители напитков … импортировали лимонной кислоты на 5,8 млн долларов»: the
adjective of a side before a maker's or a supplier's noun («производители», «поставщики») reads,
as a rule, where goods come from (`money.flow_sides`); when those makers are the subject of an
import or purchase verb they buy the goods in, and the side is where the goods go (round 46).
Goods of a side as the subject («Белорусские товары поступили в регион на …») still come from
it.
"""

from __future__ import annotations

from collections.abc import Set

from analysis.lang.morph import lemma, parses
from analysis.lazypattern import lazy_compile

__all__ = ["makers_importing"]

_REACH = 160  # characters after the subject where its verb is looked for
_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_WORDS_AFTER = lazy_compile(r"[ \u00a0]+([А-Яа-яЁё-]+)(?:[ \u00a0]+([А-Яа-яЁё-]+))?"
                            r"(?:[ \u00a0]+([А-Яа-яЁё-]+))?")


def makers_importing(text: str, end: int, suppliers: Set[str], in_words: Set[str]) -> bool:
    """Is the side's adjective ending at `end` one of makers or suppliers (`suppliers`) whose
    verb, the first of the sentence after them, imports or buys (`in_words`)?"""
    return _makers_after(text, end, suppliers) and _imports_after(text, end, in_words)


def _is_adjective(word: str) -> bool:
    return str(parses(word.lower())[0].tag.POS) in ("ADJF", "PRTF")


def _makers_after(text: str, end: int, suppliers: Set[str]) -> bool:
    """Is the noun the adjective qualifies a maker or a supplier («белорусские
    производители»), not goods («белорусские товары»)?"""
    after = _WORDS_AFTER.match(text, end)
    for word in (w for w in (after.groups() if after else ()) if w and w.strip("-")):
        if not _is_adjective(word):
            return lemma(word.lower()) in suppliers
    return False


def _imports_after(text: str, end: int, in_words: Set[str]) -> bool:
    """Is the first verb after `end` in its sentence an import or purchase verb («…
    импортировали», «закупили»)?"""
    stop = min((i for i in (text.find(c, end, end + _REACH) for c in ".;!?") if i >= 0),
               default=min(len(text), end + _REACH))
    for m in _WORD.finditer(text, end, stop):
        found = parses(m.group().lower())
        if found and str(found[0].tag.POS) == "VERB":
            return lemma(m.group().lower()) in in_words
    return False
