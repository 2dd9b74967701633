"""The plant of a project's town: a project told with no firm in a town («Кабины сваривают и
окрашивают в Светлогорске», «выпускать в Мончегорске кузова») is the work of the article's one
firm whose name opens with that town's adjective («Светлогорский механический завод»,
«Мончегорский механический завод»), wherever the article names it (session 33, issue 11: a
project with no named enterprise)."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.entities import town_of_adjective
from analysis.projects.town_adjectives import belarusian_town_of_adjective

__all__ = ["town_plant"]


def _town_opening(name: str) -> str | None:
    """The town whose adjective opens a firm's name of several words («Лидский завод
    сельхоздеталей» → Лида), Russian or Belarusian; None when it opens with none."""
    first, _, rest = name.partition(" ")
    if not rest or not first[:1].isupper() or not first.lower().endswith(("ский", "цкий")):
        return None
    return town_of_adjective(first) or belarusian_town_of_adjective(first.lower())


def town_plant(location: str, firms: Iterable[str]) -> str | None:
    """The one firm of `firms` named after the town `location` (a single town), else None."""
    if not location or "," in location:
        return None
    named = {f for f in firms if _town_opening(f) == location}
    return next(iter(named)) if len(named) == 1 else None
