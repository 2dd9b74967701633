"""An estimate a later article replaced is not the briefing's largest investment.

A project announced in 2021 «Общий объём инвестиций в проект оценивается в 1,2 млрд рублей»
and told finished in 2024 «Итоговый объём вложений в проект составил 1,4 млрд рублей» keeps the
final sum (the register's `investment_value`, `projects.merging.better_investment`). Both stay
in the money tables, each with its year; but the lead's «largest investment» names a deal, and
the deal's size is the final one: the estimate told in an earlier article of the same project,
a plan whose value differs from the one the project keeps, never heads a briefing
(newuser32: the lead named the 2021 estimate while the final 1,4 bn stood in the table).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import as_text, isblank
from analysis.briefing.rows import parse_evidence

__all__ = ["replaced_estimate", "replaced_estimates"]


def replaced_estimates(projects: pd.DataFrame) -> dict[tuple[str, str], float]:
    """(article id, sentence) of each evidence sentence of a project with an investment →
    the value the project keeps, for the evidence of articles before its last one (where
    the sum it keeps can have replaced an estimate)."""
    out: dict[tuple[str, str], float] = {}
    if not len(projects) or "investment_value" not in projects:
        return out
    for row in projects.to_dict("records"):
        value = row.get("investment_value")
        if isblank(value):
            continue
        evidence = parse_evidence(row.get("evidence"))
        last = as_text(evidence[-1].get("article_id")) if evidence else ""
        for e in evidence:
            aid = as_text(e.get("article_id"))
            if aid != last:
                out[(aid, as_text(e.get("text")).strip())] = float(value)
    return out


def replaced_estimate(row: Mapping[str, Any], mention_index: Mapping[str, Mapping[str, Any]],
                      replaced: Mapping[tuple[str, str], float]) -> bool:
    """Is the investment figure `row` only an estimate or plan told in an earlier article of a
    project that keeps another sum now (every mention of it so)?"""
    if row.get("metric") != "investment" or not bool(row.get("forecast")) or not replaced:
        return False
    mention_ids = ids(row.get("mention_ids")) or ids(row.get("mention_id"))
    if not mention_ids:
        return False
    for mention_id in mention_ids:
        m = mention_index.get(mention_id)
        if m is None:
            return False
        kept = replaced.get((as_text(m.get("article_id")), as_text(m.get("sentence")).strip()))
        if kept is None or isblank(m.get("value")) or float(m["value"]) == kept:
            return False
    return True
