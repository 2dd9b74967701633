"""A figure the writer recalls as earlier news («Напомним, ранее Россия предоставила Беларуси
кредит на 105 млрд рублей», «Ранее сообщалось, что …», «Как сообщалось ранее, …») is not the
article's news: with no year of its own it is of some earlier time, not of the publication
year. Its fact's `year_source` says so («earlier»), so that the tables neither date it by
the publication (`fx_year`, the year filter) nor lead a briefing with it.

The opening words are data (`recalled_news` of `data/money_context_ru.json`); a year the
sentence states («Напомним, в 2024 году …») or counts («в прошлом году») is kept as read.
"""

from __future__ import annotations

from functools import cache

from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data

__all__ = ["EARLIER", "recalled_news"]

EARLIER = "earlier"  # the `year_source` of a recalled figure with no year

# the opening of a sentence: a reply's dash or a quote set aside
_OPENING = lazy_compile(r"[ \u00a0—–-]*[«\"]?")


@cache
def _recall():  # the words of a recall, as the sentence's opening
    return lazy_compile(r"(?i)(?:" + "|".join(context_data()["recalled_news"]) + r")(?!\w)")


def recalled_news(text: str, s_start: int, amount_start: int) -> bool:
    """Does the sentence opening at `s_start` recall earlier news before the amount?"""
    opening = _OPENING.match(text, s_start, amount_start)
    at = opening.end() if opening is not None else s_start
    return _recall().match(text, at, amount_start) is not None
