"""The investment figure a project keeps (`Investment`, `better_investment`), kept apart
from `analysis.projects.merging`, which re-exports both."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

__all__ = ["Investment", "better_investment"]


class Investment(NamedTuple):
    """The investment figure tied to a project."""

    value: float
    currency: str
    # «Общий объём инвестиций в проект оценивается в 8,6 млрд»: the project's whole cost,
    # which outranks a part told before it (the shareholders' own contribution)
    total: bool = False
    # «Дополнительно инвестировали 420 млн рублей» after «Вложили тогда 350 млн»: it adds
    additional: bool = False
    # «оценивается в 1,2 млрд», «составят 650 млн»: an estimate or a plan, not money spent
    planned: bool = False
    published: date | None = None  # of the article that told it


def better_investment(held: Investment | None, new: Investment | None) -> Investment | None:
    """The figure a project keeps: the first told, unless a later one is its total; a sum
    told as additional in the same currency adds to it (350 + 420 млн руб. invested). A sum
    a later article reports as spent («Итоговый объём вложений в проект составил 1,4 млрд»)
    replaces an earlier article's estimate or plan («оценивается в 1,2 млрд»), unless it is
    only a part of a total estimated (newuser32)."""
    if held is not None and new is not None and new.additional and new.currency == held.currency:
        return held._replace(value=held.value + new.value)
    if held is None or (new is not None and new.total and not held.total):
        return new
    if new is not None and held.planned and not new.planned and not new.additional \
            and (new.total or not held.total) and _later(new.published, held.published):
        return new
    return held


def _later(a: date | None, b: date | None) -> bool:
    """Was `a` published after `b` (both known)?"""
    return a is not None and b is not None and a > b
