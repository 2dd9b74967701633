"""Which goods a trade figure covers, when its sentence says: «Беларусь и Россия
импортировали автокомпоненты … на сумму свыше $19 млрд» is the imports of auto components,
not the imports. The figures carry no goods of their own, so a briefing reads the clause of
the amount in the cited sentence (from the last comma, semicolon, colon or dash before the
amount up to it) for a goods noun of `data/goods_ru.json`, or an adjective of a kind of goods
before «продукция», «товары». Nothing found: the figure is the measure's total, as before.

    goods_of("Экспорт тракторов в Россию составил 910 млн долларов.", "910 млн долларов", "ru")
    -> "тракторы"
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, NamedTuple

from analysis.lang.morph import lemma
from analysis.lazypattern import lazy_compile

# Where a clause begins: the amount's clause is what follows the last of these before it.
_CLAUSE_BREAK = lazy_compile(r"[,;:—–]|\s-\s")
_WORD = lazy_compile(r"[А-Яа-яЁё]+")
_LANGS = ("ru", "en")


class GoodsWords(NamedTuple):
    """The goods list: noun lemma → names, generic nouns, adjective lemma → names."""

    nouns: dict[str, tuple[str, str]]
    generic: frozenset[str]
    adjectives: dict[str, tuple[str, str]]


@functools.cache
def goods_words() -> GoodsWords:
    data = json.loads((resources.files("analysis") / "data" / "goods_ru.json")
                      .read_text(encoding="utf-8"))
    return GoodsWords(nouns={k: tuple(v) for k, v in data["nouns"].items()},
                      generic=frozenset(data["generic"]),
                      adjectives={k: tuple(v) for k, v in data["adjectives"].items()})


def amount_clause(sentence: str, surface: str) -> str:
    """The words of the amount's clause before the amount ("" when the amount is not found)."""
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return ""
    before = sentence[:at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def goods_of(sentence: Any, surface: Any, lang: str) -> str:
    """The goods the amount's clause names, in `lang` ("" for none: the measure's total)."""
    if not isinstance(sentence, str) or not isinstance(surface, str):
        return ""
    words = goods_words()
    lemmas = [lemma(w.lower()) for w in _WORD.findall(amount_clause(sentence, surface.strip()))]
    index = _LANGS.index(lang) if lang in _LANGS else 1
    for i, lem in enumerate(lemmas):
        if lem in words.nouns:
            return words.nouns[lem][index]
        if lem in words.adjectives and i + 1 < len(lemmas) and lemmas[i + 1] in words.generic:
            return words.adjectives[lem][index]
    return ""
