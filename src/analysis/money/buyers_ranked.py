"""A ranking of buyers that names no kind of money of its own: «Среди российских регионов
крупнейшим покупателем могилёвской продукции остаётся Смоленская область — 96 млн долларов,
на втором месте Москва — 88 млн». The buyers of a side's goods rank what it sold them: the
export the article told before, not a figure of another kind that happens to stand just
before (an investment, a wage). The words are data (`buyer_ranking` in
`data/money_context_ru.json`; round 54). A ranking goes on in the sentence after it («Далее
следуют …», «На второе место вышел …») and over the item lines of a list under its heading
(`money.ranked_on`; rounds 46, 65).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from analysis.lang.sentences import sentence_opening
from analysis.money.ranked_on import ranking_opening
from analysis.money.word_lists import context_data, entry, joined, read_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analysis.money.fact_record import Fact

__all__ = ["export_ranked", "ranked_buyer"]


@dataclass(frozen=True)
class BuyerRankingWords:
    """The words that rank buyers («крупнейшим покупателем», «на втором месте»)."""

    ranking: re.Pattern[str] | None = entry(joined(r"(?i)(?<![а-яё])(?:", ")"), key="buyer_ranking",
                                            default=None)


@cache
def _ranking() -> re.Pattern[str] | None:
    return read_words(context_data(), BuyerRankingWords).ranking


def ranked_buyer(text: str, start: int) -> bool:
    """Does the sentence up to `start` rank buyers before the place named there («крупнейшим
    покупателем … остаётся Смоленская область — 96 млн, на втором месте Москва — 88 млн»)?
    Then a place named alone in it («Москва») is a buyer: where the goods go."""
    ranking = _ranking()
    if ranking is None:
        return False
    opening = sentence_opening(text, start)
    # (or the sentence it goes on from, the heading over its list: `money.ranked_on`)
    return ranking.search(text, ranking_opening(text, opening), start) is not None


def export_ranked(text: str, start: int, end: int, facts: Sequence[Fact]) -> Fact | None:
    """The export whose buyers the sentence text[start:end] ranks, when it ranks buyers: the
    last export figure told before it that is no plan; None otherwise."""
    ranking = _ranking()
    if ranking is None or ranking.search(text, ranking_opening(text, start), end) is None:
        return None
    return next((f for f in reversed(facts) if f.sentence.end <= start and f.metric == "export"
                 and not f.forecast), None)
