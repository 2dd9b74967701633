"""A legal unit's size is no sum, as an exchange rate is not (the lead's decision, session 45):
«базовая величина — 37 рублей», «размер базовой величины с 1 января составит 42 рубля»,
«Совмин увеличил базовую величину до 40 рублей». A fine or a duty counted in such units («штраф
в 200 базовых величин (7 400 рублей)») is money all the same: the unit counted by a number
before it sizes nothing. The words are data (`unit_size` of `data/money_ru.json`).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.lazypattern import lazy_compile
from analysis.money.grammar import Core
from analysis.money.values import vocabulary
from analysis.patternstore import compile_pattern

__all__ = ["is_unit_size"]

# characters looked back for the letters every unit word holds («базов», «Базов», «БВ») before the
# patterns are asked (most figures have none before them); the data's reach is at most this
_LOOK = 160


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int] | None:
    """(a unit word, a counter right before one, a contrast between, the reach)."""
    words = vocabulary().unit_size
    if not words.get("units"):
        return None
    unit = compile_pattern("|".join(words["units"]))
    counted = compile_pattern(r"(?i)(?:" + "|".join(words.get("counted_by", ["(?!)"]))
                              + r")[ \u00a0]*\Z")
    contrast = compile_pattern(r"(?i)" + "|".join(words.get("contrast", ["(?!)"])))
    return unit, counted, contrast, int(words.get("reach", 100))


def is_unit_size(text: str, core: Core) -> bool:
    """Is the figure the size of a legal unit named, not counted, before it in its sentence
    («базовая величина — 37 рублей»)?"""
    start = core.start
    lo = start - _LOOK if start > _LOOK else 0
    if text.find("базов", lo, start) < 0 and text.find("БВ", lo, start) < 0 \
            and text.find("Базов", lo, start) < 0:  # («газовый» holds «азов»)
        return False  # (most figures: no unit word before them)
    found = _patterns()
    if found is None:
        return False
    unit, counted, contrast, reach = found
    lo = max(lo, start - reach)
    line_start = text.rfind("\n", lo, core.start) + 1 or lo
    lo = max(lo, line_start)
    last = None
    for last in unit.finditer(text, lo, core.start):  # noqa: B007 (the last one is read)
        pass
    if last is None:
        return False
    if counted.search(text, max(line_start, last.start() - 12), last.start()):
        return False  # «штраф в 200 базовых величин», «0,5 базовой величины»: units counted
    between = text[last.end():core.start]
    if _STOP.search(between) or contrast.search(between):
        return False  # another sentence, or another subject's money
    return True


_STOP = lazy_compile(r"[.!?][ \u00a0]+[«\"A-ZА-ЯЁ]")
