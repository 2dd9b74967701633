"""Money sold or priced in Russia, told on a Belarusian site after Russian rubles were named.

A Belarusian firm's release counts in Belarusian rubles (`money.rubles`), but what it sells in
Russia it counts in the rubles it is paid in, once it has said so: «Продажи мебели в России …
составили 8,45 млрд российских рублей. … В IV квартале продажи в России достигли 2,6 млрд
рублей. Средняя стоимость комплекта … в российских салонах холдинга – 64.900 руб.» The bare
«рублей» of a sentence that places its money in Russia before the figure (`sold_in_russia` of
`data/money_context_ru.json`: «в России», «на российском рынке», «в российских салонах») are
Russian when the sentence tells a sale or a price (`sold_words`: «продажи», «стоимость»,
«цена») and a Russian ruble was named earlier in the article; the firm's wages and revenue
at home stay Belarusian. An article that never names Russian rubles keeps the site's reading.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.money.context import context_data
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.amounts import Amount

__all__ = ["sold_in_russia"]


@cache
def _in_russia() -> re.Pattern[str]:
    words = "|".join(context_data()["sold_in_russia"])
    return compile_pattern(rf"(?<![а-яё])(?:{words})(?![а-яё])", re.IGNORECASE)


@cache
def _sold() -> re.Pattern[str]:
    words = "|".join(context_data()["sold_words"])
    return compile_pattern(rf"(?<![а-яё])(?:{words})(?![а-яё])", re.IGNORECASE)


def sold_in_russia(text: str, a: Amount, named: list[Amount], sentence: tuple[int, int]) -> bool:
    """Is the bare ruble amount `a` (in text[sentence[0]:sentence[1]]) a sale or a price that
    its sentence places in Russia before it («…, в России его продают за» after it is another
    clause's), after a Russian ruble named earlier in the article (`named`: the amounts whose
    rubles say their country)?"""
    if not any(n.currency == "RUB" and n.end <= a.start for n in named):
        return False  # (most articles: no Russian ruble named before)
    return (_in_russia().search(text, sentence[0], a.start) is not None
            and _sold().search(text, sentence[0], a.start) is not None)
