"""The region of a procurement notice's contract price: the customer's.

«Заказчик: Государственное бюджетное учреждение Брянской области «Брянскавтодор».» on a line
of its own, and lines below «Начальная (максимальная) цена контракта: 58 400 000,00 рублей»:
the price is what the customer will pay, its purchase, and the customer's region is the
figure's (newuser37 a05, session 37). Read only for a figure whose own sentence names no
region, and whose line names a contract's or a lot's price. The words are data
(`data/notice_customer_ru.json`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.entities import RegionMention
from analysis.money.word_lists import joined, pattern, read_words

__all__ = ["customer_region"]


class _Words(NamedTuple):  # the entries of data/notice_customer_ru.json
    customer_line: re.Pattern[str]  # (at a line's start)
    price_words: re.Pattern[str]


@cache
def _words() -> _Words:
    return read_words(data_json("notice_customer_ru.json"), _Words, {
        "customer_line": joined(r"(?m)^[ \t]*(?:", ")"), "price_words": pattern})


def customer_region(folded: str, amount_start: int,
                    regions: Callable[[int, int], list[RegionMention]]
                    ) -> tuple[str, int, int] | None:
    """The one Russian region the notice's customer line names (with the line's span), for
    the contract price at `amount_start`; None when the amount's line names no contract
    price or the text has no customer line naming one region. `regions(start, end)`: the
    Russian regions of text[start:end]."""
    line_start = folded.rfind("\n", 0, amount_start) + 1
    if "заказчик" not in folded and "покупател" not in folded:
        return None  # (most texts: no notice)
    if _words().price_words.search(folded, line_start, amount_start) is None:
        return None
    line = _customer_line(folded)
    if line is None:
        return None
    at, end = line
    named = {r.normal for r in regions(at, end)}
    return (named.pop(), at, end) if len(named) == 1 else None


@lru_cache(maxsize=16)  # (every amount of an article asks it of the same folded text)
def _customer_line(folded: str) -> tuple[int, int] | None:
    """The span of the notice's first customer line, None when the text has none."""
    found = _words().customer_line.search(folded)
    if found is None:
        return None
    at = found.start()
    end = folded.find("\n", at)
    return at, len(folded) if end < 0 else end
