"""How two neighbouring amount cores combine: a range («2–3 млрд», «от 2 до 3 млрд», «от 100
тыс. до 500 тыс. рублей») or a change («с 40 до 50 млрд», «с 23 тыс. до 17 тыс. рублей»), and
the low end's value (it takes the high end's scale when it has none).
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.money.grammar import FROM_BEFORE, RANGE_DASH, RANGE_TO, Core

__all__ = ["SCALE_ABBR", "RangePair", "low_value", "range_pair"]

SCALE_ABBR = ("тыс", "млн", "млрд", "трлн")  # scale abbreviations a dot may follow
_DASH_SPREAD = 100  # a dash's low end with no scale word is at most this far below its high end


class RangePair(NamedTuple):
    """How two neighbouring cores combine: "range" («от 2 до 3») or "change" («с 40 до 50»)."""

    kind: str
    start: int  # where the combined surface starts («от», «с» or the low number)


def range_pair(text: str, low: Core, high: Core) -> RangePair | None:
    """«2–3 млрд», «от 2 до 3 млрд», «с 40 до 50 млрд»: how `low` and `high` combine."""
    if high.currency is None and not high.has_scale:
        return None
    between = text[low.end:high.start]
    if between[:1] == "." and high.currency is not None and text[
            max(0, low.end - 4):low.end].lower().endswith(SCALE_ABBR):
        # «от 100 тыс. до 500 тыс. рублей»: the scale's own dot (a currency closing the pair:
        # «с 1,5 тыс. до 3 тыс. тракторов» counts machines)
        between = between[1:]
    if len(between) > 8:
        return None
    if low.currency is not None and high.currency is not None and low.currency != high.currency:
        return None
    if RANGE_DASH.fullmatch(between):
        # (a bare scale only in «от … до»: «от полумиллиона до миллиона рублей»)
        if low.bare or (not low.has_scale and not high.has_scale
                        and low.number * _DASH_SPREAD < high.number):
            # «этот же 4421 — 5 890 000 бел. рублей»: a model's number before a dash, not a
            # low end a hundred times below the high one (round 70; «от 500 до 100 000
            # рублей», a fine's bounds, keeps its words)
            return None
        return RangePair(kind="range", start=low.start)
    if RANGE_TO.fullmatch(between):
        m = FROM_BEFORE.search(text, max(0, low.start - 6), low.start)
        if m:
            return RangePair(kind="range" if m.group("w").lower() == "от" else "change",
                             start=m.start())
    return None


def low_value(low: Core, high: Core, kind: str = "range") -> float | None:
    """Value of the low end: it inherits the high end's scale when it has none. A range's
    low end above its high end is no low end («в 2023 — 5 млрд»: a year); a change may go
    down («порог снижен с 500 до 200 евро», «упал с 5 до 3 млрд»), when its first figure is
    no year."""
    if low.has_scale:
        return low.number * low.scale
    value = low.number * high.scale
    if value <= high.number * high.scale:
        return value
    if kind == "change" and not _YEARS[0] <= low.number <= _YEARS[1]:
        return value
    return None


_YEARS = (1900, 2100)  # a bare number in this span before «до» reads as a year
