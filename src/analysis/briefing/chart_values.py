"""What a chart of the briefing plots: its values in the axis unit (billions, or millions
when every value is small), the axis label, and whether the values are converted.

    chart_values(rows, currency, lang) -> ChartValues
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import pandas as pd

from analysis.briefing.formatting import bar_number, isblank
from analysis.briefing.labels import currency_word, t

# A chart's scale: values from the first threshold up are shown in that unit's label.
_CHART_SCALES = ((1e9, "ax.bn"), (1e6, "ax.m"))


class ChartValues(NamedTuple):
    """What a chart plots: values in the axis unit (None: not plotted), the axis label,
    whether the values are converted, and the unit's size (1e9 for billions)."""

    values: list[float | None]
    unit: str
    converted: bool
    size: float = 1.0
    currency: str = ""  # the currency of the values (the sources' when not converted)
    # the rows drawn in the sources' currency `currency` though given in another, converted
    # at the rate of their own year (`into`): the $1,2 млрд of 2025 on a chart in roubles
    rated: tuple[int, ...] = ()

    def label(self, shown: float, lang: str) -> str:
        """A bar's number, as precise as the table prints its sum («38,5», not «38»)."""
        return bar_number(shown, self.size, self.converted, lang)


def chart_values(rows: pd.DataFrame, currency: str, lang: str,
                 into: Callable[[Mapping[str, Any], str], float | None] | None = None) -> ChartValues:
    """Values to plot (in billions, or millions when every value is small), the axis
    label with its unit, and whether the values are converted. Drawn in the sources'
    currency (no rate for most sums' year), a sum in another currency is drawn at its own
    year's rate into that currency when `into` (a row, the currency → its value or None)
    finds one (newuser41 F11: the largest credit, in dollars of a year with a rate, was
    left out as «без курса»)."""
    recs = rows.to_dict("records")
    conv = [None if isblank(r.get("converted_value")) else float(r["converted_value"])
            for r in recs]
    n_conv = sum(v is not None for v in conv)
    # (no rate for a year, as for the year of writing: the currency most sums are in,
    # as a regional briefing whose sums share one; whichever draws more bars)
    source, n_source = Counter(str(r.get("currency")) for r in recs).most_common(1)[0] \
        if recs else ("", 0)
    if n_conv and (n_conv == len(recs) or n_conv >= n_source):
        values, cur, converted = conv, currency, True
    elif n_source > 1 or len(recs) == 1 or n_source == len(recs):
        values = [float(r["value"]) if str(r.get("currency")) == source
                  else into(r, source) if into is not None and not isblank(r.get("value"))
                  else None for r in recs]
        rated = tuple(k for k, (r, v) in enumerate(zip(recs, values, strict=True))
                      if v is not None and str(r.get("currency")) != source)
        cur, converted = source, False
    else:
        return ChartValues(values=[None] * len(recs), unit="", converted=False)
    top = max((v for v in values if v is not None), default=0.0)
    size, key = next(((s, k) for s, k in _CHART_SCALES if top >= s), _CHART_SCALES[-1])
    scaled = [None if v is None else v / size for v in values]
    return ChartValues(values=scaled, converted=converted, size=size, currency=cur,
                       unit=t(key if converted else f"{key}_orig", lang,
                              cur=currency_word(cur, lang)), rated=() if converted else rated)
