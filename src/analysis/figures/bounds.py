"""What a stated figure allows: the values its own precision and qualifier leave open, and
its size in US dollars for the plausibility bounds.

`interval_of(row)`: «46,2 млрд» allows 46.15–46.25, «около 46 млрд» 45.5–46.5 (at least
`APPROX_SHARE` of the value either side), «более 45 млрд» from 45 to `OVER_SHARE` above it,
«до 40» anything up to 40. `usd_of(rates, row)`: the value in US dollars, at the nearest
year's rate when the figure's own year has none.
"""

from __future__ import annotations

import re

from analysis.lazypattern import lazy_compile
from analysis.money import Rates
from analysis.plaintable import is_missing
from analysis.vocab import APPROXIMATE, LOWER_BOUNDS

__all__ = ["APPROX_SHARE", "OPEN_ABOVE", "OPEN_BELOW", "OVER_SHARE", "interval_of", "usd_of"]

_NUMBER = lazy_compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?")
OPEN_ABOVE = LOWER_BOUNDS  # «более 45», «не менее 45»
# What an approximate statement allows beside its last digit: a share of its value («примерно
# 900 млн» for «860 млн», 4.4%: a reprint rounding to hundreds; «около 30 млрд» is not 31,6).
APPROX_SHARE = 0.05
# What a lower bound allows above it: «превысил 1,7 млрд», «более 45 млрд» tell a figure just
# over the round number (46.2 for «более 45»), not one of any size: «свыше 1,7 млрд» of a
# year's investment is no source of a 4.7 bn accumulated stock (session 27).
OVER_SHARE = 0.25
OPEN_BELOW = frozenset({"under", "up_to"})


def _half_unit(surface: str, value: float) -> float:
    """Half the last written digit of the number in `surface`, on the amount's scale."""
    found = _NUMBER.search(surface or "")
    if not found or not value:
        return 0.0
    digits = re.sub(r"[ \u00a0\u202f]", "", found.group(0)).replace(",", ".")
    try:
        number = float(digits)
    except ValueError:
        return 0.0
    if number == 0:
        return 0.0
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return 0.5 * 10 ** (-decimals) * (value / number)


def interval_of(row: dict) -> tuple[float, float]:
    """The (low, high) values a mention allows: its range, or its value widened by its
    rounding and its qualifier (see the module docstring)."""
    value = float(row["value"])
    if row["qualifier"] == "range" and not is_missing(row["value_low"]) and not is_missing(row["value_high"]):
        return float(row["value_low"]), float(row["value_high"])
    half = _half_unit(str(row["surface"]), value)
    if row["qualifier"] in APPROXIMATE:  # «примерно 900 млн» restating «860 млн»
        half = max(half, APPROX_SHARE * value)
    if row["qualifier"] in OPEN_ABOVE:
        return value, value * (1 + OVER_SHARE) + half
    if row["qualifier"] in OPEN_BELOW:
        return 0.0, value + half
    return value - half, value + half


_NEAREST_RATE_YEARS = 5  # years either side a sanity check may borrow a rate from
_LAST_BYR_YEAR = 2015  # Belarusian rubles of this year or before are the old ones (fx.convert)


def usd_of(rates: Rates, row: dict) -> float | None:
    """In US dollars for the sanity checks, at the nearest year's rate when its own has none (a
    bound is an order of magnitude: a figure with no rate must not escape it; shown ones never guess)."""
    year = None if is_missing(row["year"]) else int(row["year"])
    published = None if is_missing(row["published"]) else row["published"].year
    value, currency = float(row["value"]), str(row["currency"])
    usd = rates.convert_for(value, currency, "USD", year, published).value
    when = year if year is not None else published
    if usd is not None or when is None:
        return usd
    kind = "BYR" if currency == "BYN" and when <= _LAST_BYR_YEAR else currency
    for step in range(1, _NEAREST_RATE_YEARS + 1):
        for near in (when - step, when + step):
            got = rates.convert(value, kind, "USD", near, "nearest year").value
            if got is not None:
                return got
    return None
