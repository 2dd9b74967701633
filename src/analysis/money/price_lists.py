"""A list whose lead announces prices or tariffs: its items are prices.

«ТАРИФЫ «…» (без НДС):» over «декларация на импорт – от 3 500 до 7 000 руб.;»: each item is
what a service costs, `other`, whatever trade word it holds; a cost lead («Стоимость
проекта:») is not one, its items are an investment's parts. The lead is `money.lists`'
(`list_lead`, or `semicolon_lead` for lines closed by «;»); the words are data
(`price_list_heads` of `data/money_context_ru.json`).
"""

from __future__ import annotations

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words

__all__ = ["names_price_list"]


_WORDS = lazy_compile(r"[а-яё]+")


def names_price_list(text: str, start: int, end: int) -> bool:
    """Does text[start:end], a list's lead, announce prices or tariffs («ТАРИФЫ (без НДС):»,
    «Цены на услуги:»)? Then its items are prices, `other`, whatever trade word an item holds
    («декларация на импорт – 3 500 руб.»). Not a cost («Стоимость проекта:» over its parts
    is an investment's): `price_list_heads` of `data/money_context_ru.json`."""
    heads = context_words().price_list_heads
    return any(lemma(w) in heads for w in _WORDS.findall(text.lower(), start, end))
