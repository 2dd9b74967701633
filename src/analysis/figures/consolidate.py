"""Mentions → figures: one row per (metric, region, year, period, forecast, currency, goods, flow).

The value rule (which mention gives a figure's value) and what a conflict is:
`analysis.figures.value_rule`.

When the mentions of a series figure (turnover of one scope and year) disagree, a body that
publishes data — a statistics or customs office, a ministry, final data (`body` kinds in
`data/figure_rules.json`) — goes before rule 2: its «более 55,9 млрд» is the value and an
ambassador's or the press's exact «54,1 млрд» the other statement the briefing names beside it
(a new user's walkthrough, session 20). When they agree, the more precise statement stays the
value, whoever gave it.

A forecast never competes with a result: `forecast` is part of the key (a figure stated
before its period was over is a forecast or an estimate, see `analysis.figures.mentions`).
Money sums are the exception (`plan_or_done` in `data/figure_rules.json`: investment, credit,
financing, agreements): a project's cost «оценивается в 180 млн» in one outlet and «Стоимость
проекта — 180 млн» in its reprint, or a sum planned and later told spent, is one deal, so
their mentions are split into deals across the flag, and a deal is a plan only when every
source tells it as one.
Nor does one kind of goods' trade with the total: `goods` (what a trade figure covers,
`analysis.money.goods`; empty for the total) is part of the key, so «импорт автокомпонентов
— $19 млрд» is never a source of, nor in conflict with, the year's imports. Nor do two
flows (`flow`, which way an export or import figure's goods go, `analysis.money.flow`; empty
when not told): Belarus's exports to Russia and Russia's exports to Belarus of one year are
two figures, never one figure's sources nor in conflict, and a figure whose direction is not
told is kept apart from both (it may be either). A mirror figure — Russia's imports from
Belarus against Belarus's exports to Russia, one flow measured by two statistics offices — has
the same flow but another metric: it stays a figure of its own (the two offices count
differently, so their values are no conflict); the briefing shows both in the one flow's series.

**A value corrected away** («составлял не 8,4 млрд, как было указано, а 9,1 млрд»: the
mention's `contrasted`) is no figure, and a mention of the same key that agrees with it — the
article the correction notice corrects — is no source: the notice stands for the figure.

**Implausible mentions** (`analysis.figures.plausibility`) never choose the value of a
plausible figure: they form their own row for the same key, `plausible` false, with the
reason, so a $0.96 bn «national» 2023 turnover is listed, flagged, next to the $49.8 bn one.

**Deals are not a series.** Trade turnover (`series_metrics` in `data/figure_rules.json`)
is one quantity per scope and period, so every mention of the key states the same figure and
differing values are a conflict. Export and import are not: news gives a firm's, a sector's
or one direction's exports under the same metric, region and year («российский экспорт в
Беларусь — 30,1 млрд, белорусский в Россию — 20,1 млрд»; «экспорт МТЗ в Россию — 870 млн»),
so they are split by value as deals are. An investment, a credit, a
financing, an agreement or a purchase is one deal among many in a region and year: «7,8 млрд
руб.» and «180 млн руб.» of investment in 2025 are two deals, not two sources disagreeing. For
these metrics a key's mentions are split into deals: a mention joins the first deal (in the
value rule's order) whose leading statement it agrees with given the rounding both allow
(«около 3 млрд» and «3,05 млрд» are one deal restated), and starts a deal of its own otherwise.
Each deal is a figure row (its id includes the deal's leading value); reprints of one deal
still count once in `n_sources`. A series figure whose year is not known (no year stated, the
publication undated) is split so too: «текущего года» and «годом ранее» of an undated text are
two years' figures, not two sources disagreeing.

`n_sources` counts independent articles (`analysis.figures.duplicates`); `article_ids` and
`mention_ids` (links to `amounts.mention_id`) list every source, «;»-separated, the value's
own first. `value_mention_id` is the mention the value was taken from (the one to cite).
`values`: what the sources say, for showing a conflict side by side — a JSON list, the value
first, of {value, qualifier, n_sources, mention_ids} per distinct statement.
`corrected`: one of the figure's mentions was changed or struck out by the analyst
(`analysis.figures.corrections`); struck-out mentions count nowhere else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from analysis.figures.duplicates import Duplicates
from analysis.figures.value_rule import (
    mentions_conflict,
    ranked_mentions,
    split_into_deals,
    statements_agree,
    statements_json,
)
from analysis.plaintable import PlainTable, is_missing
from analysis.vocab import NATIONAL, PAIR_ABROAD

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FIGURE_COLUMNS", "FIGURE_KINDS", "consolidate", "consolidate_plain"]

FIGURE_COLUMNS = [
    "figure_id", "metric", "goods", "flow", "region", "scope", "year", "period", "forecast", "currency",
    "value",
    "value_min", "value_max", "qualifier", "n_sources", "article_ids", "mention_ids", "conflict",
    "plausible", "reason", "converted_value", "converted_currency", "value_mention_id", "values", "corrected",
]
# a figure's mentions share its scope (`analysis.figures.scope`): the pair's imports abroad are
# never a source of, nor in conflict with, a Russia–Belarus trade figure
# figure; nor is one kind of goods' trade a source of the total's (`goods`, "" for the total)
# and of a flow (`flow`, "" when not told)
KEY = ["metric", "region", "year", "period", "forecast", "currency", "plausible", "goods", "scope", "flow"]
_FORECAST = KEY.index("forecast")
_READ = ["value", "qualifier", "stated", "qualifier_rank", "source_rank", "published", "article_id",
         "mention_id", "low", "high", "reason", "converted_value", "converted_currency", "corrected",
         "excluded", "source_kind", "converts", "contrasted", "part_of"]


def _figure_id(key: tuple, *deal: str) -> str:
    """A figure's id: a hash of its key (and a deal's value) without the goods, the scope and
    the flow, so the ids of the totals stay what they were; a figure of one kind of goods, or
    of one flow, whose key a total may share but for them, hashes with its goods and flow as
    more parts; the pair's figures, whose key a Russia–Belarus figure may share but for the
    scope, hash that id once more with their scope."""
    *rest, goods, scope, flow = key
    text = "|".join("" if is_missing(k) else str(k)
                    for k in (*rest, *deal, *([goods] if goods else []), *([flow] if flow else [])))
    figure_id = "fig-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    if scope == PAIR_ABROAD:
        return "fig-" + hashlib.sha1(f"{figure_id}|{PAIR_ABROAD}".encode()).hexdigest()[:10]
    return figure_id


def _columns(mentions: pd.DataFrame) -> dict[str, list]:
    """The columns the value rule reads, as the lists plain records hold, with their key
    fields normalised (groups are small and many: plain Python is faster here than a
    DataFrame per group)."""
    from analysis.figures.records import plain_columns

    work = mentions[[c for c in (*KEY, *_READ) if c in mentions]]
    return _normalised(plain_columns(work), len(work))


def _normalised(columns: dict[str, list], count: int) -> dict[str, list]:
    """The key fields of mention columns (pandas' values of the cells) made one value each:
    a missing region, period, goods or flow is "", the flags bools, an unknown year None
    (NaN is not equal to itself: an unknown year must be one key)."""
    def text(name: str) -> list[str]:
        return ["" if is_missing(v) else str(v) for v in columns[name]] if name in columns else [""] * count

    columns.update(region=text("region"), period=text("period"), goods=text("goods"), flow=text("flow"),
                   forecast=[bool(v) for v in columns["forecast"]],
                   plausible=[bool(v) for v in columns["plausible"]],
                   article_id=[str(v) for v in columns["article_id"]])
    columns.setdefault("scope", [NATIONAL] * count)
    for col in ("corrected", "excluded", "contrasted"):
        columns.setdefault(col, [False] * count)
    columns["contrasted"] = [not is_missing(v) and bool(v) for v in columns["contrasted"]]
    columns.setdefault("source_kind", [""] * count)
    columns["converts"], columns["part_of"] = text("converts"), text("part_of")
    columns["year"] = [None if is_missing(y) else int(y) for y in columns["year"]]
    return columns


def _groups(columns: dict[str, list]) -> dict[tuple, list[int]]:
    """Each key's mentions, by position, in file order (keys in order of first mention)."""
    groups: dict[tuple, list[int]] = {}
    for pos, key in enumerate(zip(*(columns[k] for k in KEY), strict=True)):
        groups.setdefault(key, []).append(pos)
    return groups


def _group_records(columns: dict[str, list], positions: list[int]) -> list[dict]:
    """One key's mentions as plain records: made a group at a time (every mention as a dict
    at once was most of this step's memory on a large corpus)."""
    names = [*KEY, *_READ]
    return [{name: columns[name][pos] for name in names} for pos in positions]


def consolidate(mentions: pd.DataFrame, duplicates: Duplicates,
                series_metrics: frozenset[str] = frozenset({"trade_turnover"}),
                body_kinds: frozenset[str] = frozenset(),
                plan_or_done: frozenset[str] = frozenset(),
                ) -> pd.DataFrame:
    """The figures table from prepared, flagged mentions (see the module docstring);
    `series_metrics`: the metrics that are one quantity per scope and period (the others are
    deals, split by value); `body_kinds`: the source kinds of bodies that publish data, whose
    statement is a disagreeing series figure's value; `plan_or_done`: the deal metrics whose
    plan and result of one sum are one deal."""
    import pandas as pd

    if mentions.empty:
        return _typed(pd.DataFrame(columns=FIGURE_COLUMNS))
    rows = _figure_rows(_columns(mentions), duplicates, series_metrics, body_kinds, plan_or_done)
    table = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    table["year"] = pd.to_numeric(table["year"], errors="coerce").astype("Int64")
    # the pair's figures after a Russia–Belarus figure of the same key
    table = table.assign(_apart=table["scope"] == PAIR_ABROAD).sort_values(
        ["metric", "region", "year", "period", "forecast", "currency", "plausible", "_apart"],
        ascending=[True, True, True, True, True, True, False, True], kind="stable",
        na_position="last")
    return _typed(table.drop(columns="_apart").reset_index(drop=True))


# the figures table's column types (`_typed`), as `analysis.plaintable` names them
FIGURE_KINDS = {"year": "Int64", "n_sources": "int64", "value": "float64", "value_min": "float64",
                "value_max": "float64", "converted_value": "float64", "forecast": "bool",
                "conflict": "bool", "plausible": "bool", "corrected": "bool",
                **{c: "object" for c in ("figure_id", "metric", "goods", "flow", "region", "scope",
                                         "period", "currency", "qualifier", "article_ids", "mention_ids",
                                         "reason", "converted_currency", "value_mention_id", "values")}}


def consolidate_plain(columns: Mapping[str, list], duplicates: Duplicates,
                      series_metrics: frozenset[str] = frozenset({"trade_turnover"}),
                      body_kinds: frozenset[str] = frozenset(),
                      plan_or_done: frozenset[str] = frozenset()) -> PlainTable:
    """`consolidate` of mention columns (pandas' values of the cells: `plain_mentions`),
    the same table as a `PlainTable`: rows in the order of its sort, columns of its types."""
    count = len(columns["article_id"])
    wanted = {c: list(columns[c]) for c in (*KEY, *_READ) if c in columns}
    rows = (_figure_rows(_normalised(wanted, count), duplicates, series_metrics, body_kinds, plan_or_done)
            if count else [])

    def order(row: dict[str, Any]) -> tuple:
        # ascending with missing values last, plausible first, the pair's figures after
        return (*((is_missing(row[c]), "" if is_missing(row[c]) else row[c])
                  for c in ("metric", "region", "year", "period", "forecast", "currency")),
                not row["plausible"], row["scope"] == PAIR_ABROAD)

    return PlainTable.from_rows(sorted(rows, key=order), FIGURE_COLUMNS, FIGURE_KINDS)


def _plan_or_done_groups(groups: dict[tuple, list[int]], metrics: frozenset[str]) -> dict[tuple, list[int]]:
    """`groups` with a money metric's plan and result keys made one (their forecast None):
    its deals decide the flag (`_deal_key`)."""
    if not metrics:
        return groups
    merged: dict[tuple, list[int]] = {}
    for key, positions in groups.items():
        if key[0] in metrics:
            key = (*key[:_FORECAST], None, *key[_FORECAST + 1:])
        merged.setdefault(key, []).extend(positions)
    return {key: sorted(positions) for key, positions in merged.items()}


def _deal_key(key: tuple, deal: list[dict]) -> tuple:
    """A deal's key: a merged key (forecast None) is a plan only when every mention is one."""
    if key[_FORECAST] is not None:
        return key
    return (*key[:_FORECAST], all(m["forecast"] for m in deal), *key[_FORECAST + 1:])


def _figure_rows(columns: dict[str, list], duplicates: Duplicates,
                 series_metrics: frozenset[str], body_kinds: frozenset[str],
                 plan_or_done: frozenset[str] = frozenset()) -> list[dict]:
    """The figures' rows, one a figure (or a deal), keys in order of first mention."""
    rows = []
    for key, positions in _plan_or_done_groups(_groups(columns), plan_or_done - series_metrics).items():
        # a source's own conversion («6,4 млрд рублей (около $79 млн)») is its figure again
        with_excluded = _without_corrected_away(
            [m for m in _group_records(columns, positions) if not m["converts"]])
        group = [m for m in with_excluded if not m["excluded"]]
        if not group:
            continue
        if key[0] in series_metrics and not is_missing(key[2]):
            # a part of a sum the group also states («4,3 млрд, из них 1,6 млрд …») is no
            # statement of that figure: it is a figure of its own (split as deals are)
            parts = _parts_of_group(group)
            whole = [m for m in group if id(m) not in parts]
            # (a later forecast revises an earlier one: session 30's new user)
            ranked = ranked_mentions(whole, duplicates,
                                     body_kinds if mentions_conflict(whole) else frozenset(),
                                     latest_first=bool(key[_FORECAST]))
            rows.append(_row(key, _figure_id(key), ranked, whole,
                             [m for m in with_excluded if id(m) not in parts], duplicates))
            if not parts:
                continue
            group = [m for m in group if id(m) in parts]
            with_excluded = group
        struck = [m for m in with_excluded if m["excluded"]]
        for deal in split_into_deals(ranked_mentions(group, duplicates,
                                                     undated=is_missing(key[2]))):
            deal_key = _deal_key(key, deal)
            deal_id = _figure_id(deal_key, f"{deal[0]['value']:.6g}")
            deal_struck = [m for m in struck if statements_agree(m, deal[0])]
            in_deal = {id(m) for m in deal}
            members = [m for m in group if id(m) in in_deal]  # file order
            rows.append(_row(deal_key, deal_id, deal, members, members + deal_struck, duplicates))
    return rows


def _parts_of_group(group: list[dict]) -> set[int]:
    """The mentions (by `id`) of a group that are parts (`part_of`, `money.part_of`) of
    another mention of the same group."""
    ids = {m["mention_id"] for m in group}
    return {id(m) for m in group if not is_missing(m.get("part_of")) and m["part_of"] in ids
            and m["part_of"] != m["mention_id"]}


def _without_corrected_away(group: list[dict]) -> list[dict]:
    """A key's mentions without the values a «не X, а Y» contrast corrects away (`contrasted`,
    `analysis.figures.mentions`): neither the corrected value itself nor any mention that
    agrees with it, in whatever article — a correction notice stands for the corrected
    figure, and the wrong value it names is no second source in conflict with it."""
    wrong = [m for m in group if m["contrasted"]]
    if not wrong:
        return group
    return [m for m in group if not any(statements_agree(m, w) for w in wrong)]


def _row(key: tuple, figure_id: str, ranked: list[dict], group: list[dict],
         with_excluded: list[dict], duplicates: Duplicates) -> dict:
    """One figure: its key, the value rule's choice among `ranked` (its mentions, the value's
    first; `group`: the same in file order) and its sources; `with_excluded` adds the
    mentions the analyst struck out."""
    best = ranked[0]
    article_ids = list(dict.fromkeys(m["article_id"] for m in ranked))
    values = [m["value"] for m in group]
    return {
        "figure_id": figure_id, "metric": key[0], "region": key[1], "year": key[2],
        "period": key[3], "forecast": key[4], "currency": key[5], "value": best["value"],
        "value_min": min(values), "value_max": max(values),
        "qualifier": best["qualifier"], "n_sources": duplicates.independent(article_ids),
        "article_ids": ";".join(article_ids), "mention_ids": ";".join(m["mention_id"] for m in ranked),
        "conflict": mentions_conflict(group), "plausible": key[6], "goods": key[7], "scope": key[8],
        "flow": key[9],
        "reason": "; ".join(dict.fromkeys(m["reason"] for m in group if m["reason"])),
        "converted_value": best["converted_value"], "converted_currency": best["converted_currency"],
        "value_mention_id": best["mention_id"], "values": statements_json(ranked, duplicates),
        "corrected": any(m["corrected"] or m["excluded"] for m in with_excluded),
    }


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    """Stable column types, whatever the corpus holds (Parquet needs them)."""
    import pandas as pd

    table["year"] = pd.to_numeric(table["year"], errors="coerce").astype("Int64")
    table["n_sources"] = pd.to_numeric(table["n_sources"], errors="coerce").fillna(0).astype("int64")
    for col in ("value", "value_min", "value_max", "converted_value"):
        table[col] = pd.to_numeric(table[col], errors="coerce").astype("float64")
    for col in ("forecast", "conflict", "plausible", "corrected"):
        table[col] = table[col].astype(bool)
    for col in ("figure_id", "metric", "goods", "flow", "region", "scope", "period", "currency", "qualifier",
                "article_ids", "mention_ids", "reason", "converted_currency", "value_mention_id", "values"):
        table[col] = table[col].astype("object")
    return table
