"""Figures as a briefing reads them: one row per consolidated figure (`analysis.figures`),
joined with the mention its value comes from.

A figure row carries the figure's own fields (metric, goods, flow, region, scope, year, period,
forecast, value,
qualifier, n_sources, mention_ids, values, conflict, plausible, reason, corrected) and, from
the mention its value was taken from (`value_mention_id`), the article, file, sentence and
offsets a citation needs. The conversion to the briefing's currency is made afterwards, on
the figure's own value and year (`selection.convert`), so a value set by the analyst's
correction is converted as corrected.

`statements(row)` reads the figure's `values` (each distinct statement with its mentions):
what a conflict shows side by side, `disagreeing(row)` the statements that cannot be true
with the value (`shown_beside`: and a forecast's other statements). `figures_only` selects
figures by kind (plausible, forecast, part of a year):
the lead and the charts take plausible ones that are not forecasts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.briefing.formatting import isblank
from analysis.figures.bounds import APPROX_SHARE, OPEN_ABOVE, OPEN_BELOW
from analysis.figures.value_rule import group_by_lead
from analysis.vocab import APPROXIMATE

# The figure's own fields: they win over the cited mention's.
FIGURE_FIELDS = ("figure_id", "metric", "goods", "flow", "region", "scope", "year", "period",
                 "forecast", "currency",
                 "value", "value_min", "value_max", "qualifier", "n_sources", "article_ids",
                 "mention_ids", "conflict", "plausible", "reason", "value_mention_id", "values",
                 "corrected")
# What a citation and a range need from the value's mention.
# (`year_source`: «earlier», a figure recalled as earlier news, is never dated by the
# publication: `money.recalled`)
MENTION_FIELDS = ("article_id", "file", "start", "end", "surface", "sentence", "value_low",
                  "value_high", "confidence", "year_source")
# Separator of `mention_ids` / `article_ids` in the figures table (ids may hold spaces).
ID_SEPARATOR = ";"
# The scale words news writes a number in (трлн, млрд, млн, тыс.).
WRITTEN_SCALES = (1e12, 1e9, 1e6, 1e3)
# «около 46» allows twice the rounding of «46», and at least `APPROX_SHARE` of its value
# («примерно 900 млн» for «860 млн»; the qualifiers' bounds are `figures.bounds`').
APPROX_WIDTH = 2.0


@dataclass(frozen=True)
class Statement:
    """One distinct statement of a figure: its value and qualifier, and who states it."""

    value: float
    qualifier: str
    n_sources: int
    mention_ids: tuple[str, ...]


def ids(cell: Any) -> list[str]:
    """The ids of a «;»-separated cell (a list passes through)."""
    if isblank(cell):
        return []
    if isinstance(cell, list | tuple):
        return [str(i) for i in cell]
    return [p.strip() for p in str(cell).split(ID_SEPARATOR) if p.strip()]


def is_figure(row: Mapping[str, Any]) -> bool:
    """Whether a row is a consolidated figure (else a single mention)."""
    return bool(ids(row.get("mention_ids")))


def figure_rows(figures: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The figures joined with the mention each cites (see the module docstring)."""
    if figures is None or not len(figures):
        return pd.DataFrame(columns=[*MENTION_FIELDS, *FIGURE_FIELDS])
    by_id: dict[str, Mapping[str, Any]] = {}
    if len(mentions) and "mention_id" in mentions:
        by_id = {str(m["mention_id"]): m for m in mentions.to_dict("records")}
    rows = []
    for fig in (part for whole in figures.to_dict("records") for part in _undated_split(whole)):
        cited = by_id.get(str(fig.get("value_mention_id")), {})
        row: dict[str, Any] = {k: cited.get(k) for k in MENTION_FIELDS}
        if not cited or cited.get("value") != fig.get("value") \
                or cited.get("qualifier") != fig.get("qualifier"):
            row["value_low"] = row["value_high"] = None  # the range was the mention's, not this value's
        row.update({k: fig.get(k) for k in FIGURE_FIELDS})
        if isblank(row["article_id"]):
            row["article_id"] = next(iter(ids(fig.get("article_ids"))), None)
        row["region"] = None if isblank(row["region"]) or row["region"] == "" else row["region"]
        row["period"] = None if isblank(row["period"]) or row["period"] == "" else row["period"]
        rows.append(row)
    out = pd.DataFrame(rows)
    for col in ("forecast", "conflict", "plausible", "corrected"):
        out[col] = out[col].fillna(col == "plausible").astype(bool)
    out["n_sources"] = pd.to_numeric(out["n_sources"], errors="coerce").fillna(1).astype(int)
    return out


def _undated_split(fig: dict[str, Any]) -> list[dict[str, Any]]:
    """A figure without a year, one per group of statements that agree: the figures stage
    keys year-less mentions together, but «$22 млрд» in a 2019 article and «$29,5 млрд» in a
    2025 one are two facts, not a conflict (each is then placed by its own article's
    publication year); «1,4 млрд» and «около 1,4 млрд», «860 млн» and «примерно 900 млн» are
    one, as figures.csv has it (a new user, session 24)."""
    said = statements(fig)
    if not isblank(fig.get("year")) or len(said) < 2:
        return [fig]
    groups = group_by_lead(said, _agree)
    if len(groups) == 1:
        return [fig]
    parts = []
    for i, group in enumerate(groups):
        lead = group[0]
        mentions = [m for st in group for m in st.mention_ids]
        articles = list(dict.fromkeys(m.rsplit("@", 1)[0] for m in mentions))
        parts.append({**fig, "figure_id": f"{fig.get('figure_id')}#{i + 1}", "value": lead.value,
                      "qualifier": lead.qualifier, "value_min": lead.value, "value_max": lead.value,
                      "n_sources": max(st.n_sources for st in group),
                      "mention_ids": ID_SEPARATOR.join(mentions),
                      "article_ids": ID_SEPARATOR.join(articles),
                      "value_mention_id": mentions[0] if mentions else None,
                      "conflict": False,
                      "values": json.dumps([{"value": st.value, "qualifier": st.qualifier,
                                             "n_sources": st.n_sources,
                                             "mention_ids": list(st.mention_ids)} for st in group],
                                           ensure_ascii=False)})
    return parts


def _agree(said: Statement, lead: Statement) -> bool:
    """Two statements that can both be true given the rounding each allows."""
    low, high = _allowed(said)
    lead_low, lead_high = _allowed(lead)
    return low <= lead_high and lead_low <= high


def statements(row: Mapping[str, Any]) -> list[Statement]:
    """The figure's distinct statements, its value's first ([] when it has none)."""
    cell = row.get("values")
    if isblank(cell) or not str(cell).strip():
        return []
    try:
        data = json.loads(str(cell))
    except ValueError:
        return []
    return [Statement(value=float(s["value"]), qualifier=str(s.get("qualifier") or "exact"),
                      n_sources=int(s.get("n_sources") or 1),
                      mention_ids=tuple(str(m) for m in s.get("mention_ids") or ()))
            for s in data if isinstance(s, dict) and not isblank(s.get("value"))]


def _allowed(said: Statement) -> tuple[float, float]:
    """The values a statement allows given the rounding of its own number («52,4» allows
    52,35–52,45; «свыше 50» anything from 50 up; «около 900» ±5%)."""
    v = abs(said.value)
    if v == 0:
        return 0.0, 0.0
    # the number as news writes it, in its scale word: 38.9e9 → «38,9 млрд» (one decimal)
    scale = next((x for x in WRITTEN_SCALES if v >= x), 1.0)
    written = f"{v / scale:.6f}".rstrip("0").rstrip(".")
    decimals = len(written.split(".", 1)[1]) if "." in written else 0
    half = 0.5 * 10.0 ** -decimals * scale * (APPROX_WIDTH if said.qualifier in APPROXIMATE else 1.0)
    if said.qualifier in APPROXIMATE:  # «около 900 млн» restating «860 млн»
        half = max(half, APPROX_SHARE * v)
    if said.qualifier in OPEN_ABOVE:
        return v, math.inf
    if said.qualifier in OPEN_BELOW:
        return 0.0, v + half
    return v - half, v + half


def disagreeing(row: Mapping[str, Any]) -> list[Statement]:
    """The statements of a figure that cannot be true with its value: what a conflict shows
    beside the value ([] when the others agree: «свыше 50» and «около 52» agree with 52,4)."""
    said = statements(row)
    if not bool(row.get("conflict")) or len(said) < 2:
        return []
    low, high = _allowed(said[0])
    return [st for st in said[1:] if _allowed(st)[0] > high or _allowed(st)[1] < low]


def shown_beside(row: Mapping[str, Any]) -> list[Statement]:
    """The statements a table shows beside a figure's value: those that cannot be true with it
    (`disagreeing`), and for a forecast every other one: forecasts told at different times
    revise one another («от 54 до 55 млрд» in March, «может превысить 55 млрд» in October:
    session 30's new user), and the reader sees each with its source. The same number with
    a qualifier that agrees («около 50 млрд» and «свыше 50 млрд») is no revision: one
    statement, its sources counted together, never set side by side as if they differed
    (newuser40 F10)."""
    said = statements(row)
    if bool(row.get("forecast")) and len(said) >= 2:
        lead = said[0]
        return [st for st in said[1:]
                if not (math.isclose(st.value, lead.value) and _agree(st, lead))]
    return disagreeing(row)


def figures_only(frame: pd.DataFrame, *, plausible: bool | None = None,
                 forecast: bool | None = None, partial: bool | None = None) -> pd.DataFrame:
    """Figure rows filtered by kind (None: either)."""
    if not len(frame):
        return frame
    keep = pd.Series(True, index=frame.index)
    if plausible is not None and "plausible" in frame:
        keep &= frame["plausible"].fillna(True).astype(bool) == plausible
    if forecast is not None and "forecast" in frame:
        keep &= frame["forecast"].fillna(False).astype(bool) == forecast
    if partial is not None:
        has_period = frame["period"].map(lambda p: not isblank(p) and bool(str(p))) \
            if "period" in frame else pd.Series(False, index=frame.index)
        keep &= has_period == partial
    return frame[keep]
