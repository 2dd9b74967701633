"""The value rule: which of a figure's mentions gives its value, whether its mentions
conflict, and a deal metric's mentions split into deals (read by `analysis.figures.consolidate`).

**The value rule.** Of the plausible mentions of a figure, the value is the one that ranks
first on, in order:

1. a stated currency beats an implied one («$46,2 млрд» over «46,2 млрд» after a dollar);
2. exact beats approximate, and approximate beats a bound («46,2» > «около 46» > «более 45»);
3. the more authoritative kind of source its sentence names: final data («окончательные
   данные») > a statistics or customs office (ФТС, Белстат) > an official (a ministry, an
   ambassador) > the press alone > a hedged statement (an estimate, «напомним», «ранее»);
4. the later statement (publication date; a vague date counts at the end of its span) — but
   for a figure with no year of its own (`undated`), dated by its article, the earlier: a
   later article that repeats it («Из запланированных 800 млн рублей освоено …» four years
   on) restates it, and its first telling dates it (newuser33, session 33);
5. the value more independent articles give (copies of a story count once);
6. the earlier mention in file order.

A series figure's forecast ranks rule 4 right after rule 1: a later forecast revises an
earlier one («от 54 до 55 млрд» in March, «может превысить 55 млрд» in October).

**Conflict.** Sources conflict when two of the figure's mentions cannot both be true given
the rounding their own precision allows («около 46 млрд» and 46.2 agree; 38.5 and 38.9
do not; «более 45» agrees with 46.2).

A deal metric's mentions of one key are split into deals: a mention joins the first deal (in
the value rule's order) whose leading statement it agrees with given the rounding both allow,
and starts a deal of its own otherwise (see `analysis.figures.consolidate`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from analysis.figures.duplicates import Duplicates
from analysis.plaintable import is_missing

__all__ = ["group_by_lead", "mentions_conflict", "ranked_mentions", "split_into_deals",
           "statements_agree", "statements_json"]

_Item = TypeVar("_Item")


def mentions_conflict(group: list[dict]) -> bool:
    """Two mentions whose allowed values do not overlap (see the module docstring)."""
    return max(m["low"] for m in group) > min(m["high"] for m in group)


_EPOCH_DAY = date(1970, 1, 1).toordinal()
_DAY_NS = 86_400_000_000_000


def _instant(when: object) -> float:
    """A date as a sortable number, pandas' nanoseconds (a `datetime.date` the same as its
    Timestamp); an unknown date is the earliest (it never wins «later»)."""
    if is_missing(when):
        return float("-inf")
    if isinstance(when, date) and not hasattr(when, "value"):  # a plain date, not a Timestamp
        return float((when.toordinal() - _EPOCH_DAY) * _DAY_NS)
    import pandas as pd

    return float(pd.Timestamp(when).value)


def ranked_mentions(group: list[dict], duplicates: Duplicates,
                    bodies: frozenset[str] = frozenset(), latest_first: bool = False,
                    undated: bool = False) -> list[dict]:
    """The group's mentions, the value's mention first (the value rule); `group` is in
    file order, which breaks the last ties; a mention whose source kind is one of `bodies`
    (given when the group's statements disagree) goes first; `latest_first`: a forecast;
    `undated`: a figure with no year of its own, whose earliest statement wins rule 4."""
    def support(value: float) -> int:
        return len({duplicates.original.get(m["article_id"], m["article_id"]) for m in group
                    if abs(m["value"] - value) <= 1e-3 * abs(value)})

    supports = {value: support(value) for value in {m["value"] for m in group}}
    if latest_first:
        return sorted(group, key=lambda m: (not m["stated"], -_instant(m["published"]),
                                            m["source_kind"] not in bodies, -m["qualifier_rank"],
                                            -m["source_rank"], -supports[m["value"]]))
    def order_by_date(m: dict) -> float:
        """Rule 4 as a sort key (smaller first); an unknown date last either way."""
        instant = _instant(m["published"])
        if not undated:
            return -instant
        return float("inf") if instant == float("-inf") else instant

    return sorted(group, key=lambda m: (not m["stated"], m["source_kind"] not in bodies,
                                        -m["qualifier_rank"], -m["source_rank"],
                                        order_by_date(m), -supports[m["value"]]))


def statements_json(ranked: list[dict], duplicates: Duplicates) -> str:
    """Each distinct statement (value and qualifier) of a figure with its sources, as JSON."""
    by_statement: dict[tuple, list[dict]] = {}
    for m in ranked:
        by_statement.setdefault((m["value"], m["qualifier"]), []).append(m)
    return json.dumps([{"value": value, "qualifier": qualifier,
                        "n_sources": duplicates.independent([m["article_id"] for m in ms]),
                        "mention_ids": [m["mention_id"] for m in ms]}
                       for (value, qualifier), ms in by_statement.items()], ensure_ascii=False)


def statements_agree(m: dict, lead: dict) -> bool:
    """Two statements that can both be true given the rounding each allows."""
    return m["low"] <= lead["high"] and lead["low"] <= m["high"]


def group_by_lead(items: Iterable[_Item],
                  agree: Callable[[_Item, _Item], bool]) -> list[list[_Item]]:
    """`items` in groups, in their order: each joins the first group whose leading (first)
    item it agrees with (`agree(item, lead)`), else starts a group of its own (a deal's
    mentions here; the statements of a year-less figure in the briefing, `figrows`)."""
    groups: list[list[_Item]] = []
    for item in items:
        group = next((g for g in groups if agree(item, g[0])), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    return groups


def split_into_deals(ranked: list[dict]) -> list[list[dict]]:
    """A deal metric's mentions of one key, split into deals (see the module docstring):
    each mention joins the first deal whose leading statement it agrees with."""
    return group_by_lead(ranked, statements_agree)
