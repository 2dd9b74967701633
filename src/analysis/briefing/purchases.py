"""One buyer's purchase of counted machines is a deal, shown with the deals.

«СПК … приобрёл пять зерноуборочных комбайнов TORUM. Общая стоимость техники — 9,6 млн
рублей.» The sum is a buyer's purchase: `other` in the tables (one buyer's purchase is no
country's import, by the gold's convention), so no money table of investments or credits
lists it — yet it is the news, a one-off deal like a signed contract or a delivered batch.
A figure of `other` whose sentence, or the sentence before it in its paragraph, tells a
verb of buying (`purchase_verbs` of `data/goods_ru.json`) with a count of goods
(`money.counted_goods`) is a purchase: the briefing lists it in the deals table as «покупка
(комбайны)», beside single deliveries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from analysis.briefing.figrows import ids
from analysis.briefing.formatting import as_text
from analysis.lang.morph import lemma
from analysis.lazypattern import lazy_compile
from analysis.money import counted_goods

__all__ = ["purchased_goods"]

_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_SENTENCE_END = lazy_compile(r"[.!?…]\s")


@cache
def _words() -> tuple[frozenset[str], dict[str, str]]:
    data = json.loads(resources.files("analysis").joinpath("data", "goods_ru.json")
                      .read_text(encoding="utf-8"))
    return frozenset(data["purchase_verbs"]), dict(data["nouns"])


def purchased_goods(row: Mapping[str, Any], mention_index: Mapping[str, Mapping[str, Any]],
                    article_text: Callable[[str], str]) -> str | None:
    """The goods (as the goods list names them, "" when none of the list) of the purchase
    the `other` figure `row` is, else None."""
    if row.get("metric") != "other":
        return None
    mention_ids = ids(row.get("mention_ids")) or ids(row.get("mention_id"))
    for mid in mention_ids:
        mention = mention_index.get(mid) or (row if mid == row.get("mention_id") else None)
        if mention is None:
            continue
        sentence = as_text(mention.get("sentence"))
        surface = as_text(mention.get("surface"))
        own = sentence[:sentence.find(surface)] if surface and surface in sentence else sentence
        for told in (own, _sentence_before(article_text(as_text(mention.get("article_id"))),
                                           sentence)):
            goods = _bought(told)
            if goods is not None:
                return goods
    return None


def _bought(told: str) -> str | None:
    """The goods a stretch buys by count («приобрёл пять комбайнов»), else None."""
    verbs, nouns = _words()
    words = [w.lower() for w in _WORD.findall(told)]
    at = next((i for i, w in enumerate(words) if lemma(w) in verbs), None)
    if at is None or not counted_goods(told):
        return None
    return next((nouns[lemma(w)] for w in words[at + 1:] if lemma(w) in nouns), "")


def _sentence_before(text: str, sentence: str) -> str:
    """The sentence before `sentence` in its paragraph ("" at a paragraph's start)."""
    at = text.find(sentence) if sentence else -1
    if at <= 0:
        return ""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph.rstrip() + " ")]
    if not ends:
        return ""
    last = ends[-1]
    start = ends[-2] if len(ends) > 1 else 0
    return paragraph[start:last]
