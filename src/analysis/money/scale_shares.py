"""Words that take a share or a multiple of a scale in a sum said in words: «четверть миллиарда
рублей» (250 million), the way «полмиллиарда» is half of one, and «полтора десятка миллионов
рублей» (15 million), a count of tens between the number and its scale. The words are data
(`data/scale_shares_ru.json`); the grammar (`money.grammar`) reads a fraction in its `half`
group and a count of tens in its `tens` group.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.datafiles import data_json

__all__ = ["FRACTION_DENOMINATORS", "FRACTION_SCALE", "TENS_WORD", "fraction_of", "group_multiple",
           "words_before_scale"]


@cache
def _forms(key: str) -> dict[str, float]:
    raw = data_json("scale_shares_ru.json").get(key, {})
    return {form: float(share) for share, forms in raw.items() for form in forms}


@cache
def _before_scale() -> dict[str, float]:
    """The words read before a bare scale: fractions («четверть») and counts («сотню»)."""
    return {**_forms("fractions"), **_forms("counts")}


def _alternatives(forms: dict[str, float]) -> str:
    """The forms as alternatives, longest first; a form of two words («три четверти») takes
    any run of spaces between them."""
    return "|".join(r"[ \u00a0]+".join(map(re.escape, form.split()))
                    for form in sorted(forms, key=len, reverse=True))


# the fraction or the count and the bare scale after it («четверть миллиарда», «четверти
# миллиона», «сотню миллионов»)
FRACTION_SCALE = (rf"(?<![\w-])(?:{_alternatives(_before_scale())})[ \u00a0]+"
                  r"(?:миллион|миллиард|триллион)(?:а|ов)?(?!\w)")
# the second words of the fractions of two words («четверти» of «три четверти», «трети» of «две
# трети») and the scale after them: the numeral before them is no number of its own
FRACTION_DENOMINATORS = (
    # (longest first, then by letter: one source in every process, whatever its string hashing)
    "(?:" + "|".join(sorted({f.split()[1] for f in _before_scale() if " " in f},
                            key=lambda w: (-len(w), w)) or ["(?!)"])
    + r")[ \u00a0]+(?:миллион|миллиард|триллион)")
# a count of tens after a number, before its scale («полтора десятка миллионов»)
TENS_WORD = rf"(?:{_alternatives(_forms('groups'))})(?!\w)"


def fraction_of(half: str) -> tuple[float, str] | None:
    """The share and the scale word of a `half` match that opens with a fraction or a count
    word («четверть миллиарда» → 0.25, «миллиарда»; «три четверти миллиарда» → 0.75;
    «сотню миллионов» → 100, «миллионов»);
    None for a glued half («полмиллиарда»)."""
    parts = half.replace("\u00a0", " ").split()
    share = _before_scale().get(" ".join(parts[:-1]).lower()) if len(parts) >= 2 else None
    return (share, parts[-1]) if share is not None else None


def group_multiple(word: str) -> float:
    """The multiple a count-of-tens word stands for («десятка» → 10)."""
    return _forms("groups").get(word.lower(), 1.0)


def words_before_scale() -> tuple[str, ...]:
    """The fraction and count words a bare scale may follow («четверть», «сотню»): where the
    amount scanner may open a figure."""
    return tuple(_before_scale())
