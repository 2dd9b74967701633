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
from analysis.money.lists import list_lead, semicolon_lead

__all__ = ["LineLeads", "names_price_list"]


_WORDS = lazy_compile(r"[а-яё]+")


def names_price_list(text: str, start: int, end: int) -> bool:
    """Does text[start:end], a list's lead, announce prices or tariffs («ТАРИФЫ (без НДС):»,
    «Цены на услуги:»)? Then its items are prices, `other`, whatever trade word an item holds
    («декларация на импорт – 3 500 руб.»). Not a cost («Стоимость проекта:» over its parts
    is an investment's): `price_list_heads` of `data/money_context_ru.json`."""
    heads = context_words().price_list_heads
    return any(lemma(w) in heads for w in _WORDS.findall(text.lower(), start, end))


class LineLeads:
    """The list lead of each line of one text, read once a line: a list's lead (`list_lead`)
    and whether the lead, or a price list's «;» lead (`semicolon_lead`), announces prices.
    Both readings look only at the line holding the position asked and the lines above it,
    so the figures of one paragraph share them."""

    __slots__ = ("_read", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._read: dict[int, tuple[tuple[int, int] | None, bool]] = {}

    def of(self, start: int) -> tuple[tuple[int, int] | None, bool]:
        """(the lead of the list whose item holds `start`, None if none; does a lead announce
        prices) — when it does, the lead given is that price list's."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        got = self._read.get(line_start)
        if got is None:
            item = list_lead(text, line_start)
            price = item or semicolon_lead(text, line_start)
            got = (price, True) if price and names_price_list(text, *price) else (item, False)
            self._read[line_start] = got
        return got
