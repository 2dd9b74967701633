"""Word lists of plans kept apart from `money.context` (its loaders are shared): the verbs
whose past tense presents a plan without deciding its money (`plan_words_ru.json`)."""

from __future__ import annotations

from functools import cache

from analysis.datafiles import data_json

__all__ = ["presented_verbs"]


@cache
def presented_verbs() -> frozenset[str]:
    """Lemmas of «представил», «предложил», «разработал» …: a programme shown, not decided."""
    return frozenset(data_json("plan_words_ru.json")["presented_verbs"])
