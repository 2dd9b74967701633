"""Is a Belarusian oblast the trading side of a figure? «товарооборот Могилевской области с
Российской Федерацией составил $3,6 млрд» is one oblast's trade with Russia, not the two
countries'; «со Смоленской областью объем взаимной торговли составил $186,3 млн» in an article
headed «Могилевская область наращивает торговлю с …» is Smolensk's trade with that oblast,
not Smolensk's whole trade with Belarus.

The ways an oblast is written as a side (its name or adjective as the owner of the trade
noun, as the partner after «с», as the subject of a trade verb) are regular expressions in
`data/belarus_oblasts_ru.json`; `analysis.figures.scope` asks `trading_oblast` of a mention's
sentence, and of its article's heading when the sentence names no side of its own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from analysis.patternstore import compile_pattern

__all__ = ["Oblast", "names_country_side", "names_the_sides", "oblast_named", "oblast_own_money",
           "trading_oblast"]


@dataclass(frozen=True)
class Oblast:
    """One Belarusian oblast's names for labels."""

    nom: str
    gen: str
    ins: str
    en: str


@cache
def _vocabulary() -> dict:
    text = resources.files("analysis").joinpath("data", "belarus_oblasts_ru.json").read_text("utf-8")
    return json.loads(text)


@cache
def _oblasts() -> tuple[tuple[re.Pattern[str], Oblast], ...]:
    """Each oblast's ways of being written as a trading side, with its names."""
    words = _vocabulary()
    shapes = "|".join(f"(?:{words[k]})" for k in ("genitive", "partner", "seller", "subject"))
    out = []
    for row in words["oblasts"]:
        pattern = (shapes.replace("{TRADE}", words["trade_words"])
                   .replace("{FIRMS}", words["firm_nouns"])
                   .replace("{STEM}", row["stem"]).replace("{COLL}", row["colloquial"]))
        out.append((compile_pattern(pattern, re.IGNORECASE),
                    Oblast(nom=row["nom"], gen=row["gen"], ins=row["ins"], en=row["en"])))
    return tuple(out)


@cache
def _mentions() -> tuple[tuple[re.Pattern[str], Oblast], ...]:
    """Each oblast's name anywhere (its adjective before «область», its colloquial name)."""
    out = []
    for row in _vocabulary()["oblasts"]:
        pattern = rf"(?<![\w-])(?:(?:{row['stem']})\w*\s+област\w*|(?:{row['colloquial']})\w*)"
        out.append((compile_pattern(pattern, re.IGNORECASE),
                    Oblast(nom=row["nom"], gen=row["gen"], ins=row["ins"], en=row["en"])))
    return tuple(out)


@cache
def _country() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{w})" for w in _vocabulary()["national"]), re.IGNORECASE)


def trading_oblast(text: object) -> Oblast | None:
    """The one Belarusian oblast `text` writes as a side of trade (None when none, or when
    two different oblasts are: then no one of them is the figure's side)."""
    if not isinstance(text, str) or not text:
        return None
    found = {o for pattern, o in _oblasts() if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


def oblast_named(text: object) -> Oblast | None:
    """The one Belarusian oblast `text` names at all (None when none or several)."""
    if not isinstance(text, str) or not text:
        return None
    found = {o for pattern, o in _mentions() if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


@cache
def _sides() -> re.Pattern[str]:
    return compile_pattern(_vocabulary()["sides"], re.IGNORECASE)


def names_the_sides(text: object) -> bool:
    """Whether `text` calls the trading parties «стороны» (plural: «стороны рассчитывают
    увеличить взаимные поставки»), not one side («со стороны», «белорусской стороны»)."""
    return isinstance(text, str) and bool(_sides().search(text))


def names_country_side(text: object) -> bool:
    """Whether `text` names Belarus as a whole (or the two states together): «Беларусь»,
    «белорусский», «РБ», «республика», «Союзное государство», «двух стран»."""
    return isinstance(text, str) and bool(_country().search(text))


@cache
def _own_money_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a bare «по области», the words that name Russia)."""
    words = _vocabulary()
    return (compile_pattern(words["own_money_bare"], re.IGNORECASE),
            compile_pattern("|".join(f"(?:{w})" for w in words["russia"]), re.IGNORECASE))


def oblast_own_money(sentence: object, heading: object = None) -> Oblast | None:
    """The Belarusian oblast whose own money a sentence tells (None when none): it names one
    oblast, or says «по области» under a heading that names one, and names no Russia
    («Инвестиции в основной капитал по области составили 2,3 млрд белорусских рублей»)."""
    if not isinstance(sentence, str) or not sentence:
        return None
    bare, russia = _own_money_words()
    if russia.search(sentence):
        return None
    named = oblast_named(sentence)
    if named is not None or not bare.search(sentence):
        return named
    return oblast_named(heading)
