"""The money vocabulary of one language (`data/money_ru.json`) and the values of its words:
digit strings as Russian news writes them, spelled-out numerals, scale words and currency
mentions. `grammar` builds its patterns from this; nothing here knows a pattern."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from analysis.lazypattern import lazy_compile

__all__ = [
    "CURRENCY_CUES",
    "NUMERALS",
    "QUALIFIER_PHRASES",
    "SCALES",
    "MoneyVocabulary",
    "currency_code",
    "parse_number",
    "scale_value",
    "spelled_value",
    "vocabulary",
]


# --------------------------------------------------------------------------- vocabulary
@dataclass(frozen=True)
class MoneyVocabulary:
    """The money words of one language, as `data/money_ru.json` gives them."""

    numerals: dict[str, float]  # every case form of a spelled-out numeral -> its value
    scales: tuple[tuple[str, float], ...]  # stem -> multiplier, matched by prefix
    currency_cues: tuple[tuple[str, str], ...]  # stem -> ISO code; the first one found decides
    qualifier_phrases: tuple[tuple[str, str], ...]  # (regex, qualifier); the leftmost wins
    money_nouns: frozenset[str] = frozenset()  # lemmas that name money («импорт»), not things
    currency_statements: tuple[tuple[str, str], ...] = ()  # («это в рублях», ISO code)
    currency_in_clause: tuple[tuple[str, str], ...] = ()  # («в российской валюте», ISO code)
    # spoken decimals: «четырёх целых трёх десятых», «три и восемь десятых», «двух с половиной»
    fraction_joiners: tuple[str, ...] = ()  # «целых», «и»: between the whole and the fraction
    fraction_denominators: dict[str, float] = field(default_factory=dict)  # «десятых» -> 10
    half_phrases: tuple[str, ...] = ()  # «с половиной»: adds one half
    face_value_before: tuple[str, ...] = ()  # «номиналом»: a thing's face value, no sum
    securities: tuple[str, ...] = ()  # «облигац»: whose face value is money all the same
    count_share: tuple[str, ...] = ()  # «из» of «три из пяти долларов»: a share, no sum
    # «равны» of «10 000 старых рублей равны одному новому»: an exchange's ratio, no sum
    redenomination_ratio: tuple[str, ...] = ()
    rounding_precision: tuple[str, ...] = ()  # «округлены до» 0,1 млн: a step, no sum
    share_words: tuple[str, ...] = ()  # «акции», «бумаги»: whose quoted price is no sum
    share_moves: tuple[str, ...] = ()  # «подорожали», «торгуются»: the quote's verbs
    # «базовая величина» and what counts or sets off one: a legal unit's size, no sum
    unit_size: dict[str, Any] = field(default_factory=dict)


@cache
def vocabulary() -> MoneyVocabulary:
    """The Russian money vocabulary (read once per process)."""
    path = resources.files("analysis").joinpath("data", "money_ru.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    fractions = data.get("numeral_fractions", {})
    return MoneyVocabulary(
        numerals={form: float(value) for value, forms in data["numerals"].items()
                  for form in forms},
        scales=tuple((stem, float(mult)) for stem, mult in data["scales"].items()),
        currency_cues=tuple((cue, code) for cue, code in data["currency_cues"]),
        qualifier_phrases=tuple(("|".join(q["phrases"]), q["qualifier"])
                                for q in data["qualifier_phrases"]),
        money_nouns=frozenset(data.get("money_nouns", ())),
        currency_statements=tuple((rx, code) for rx, code in data.get("currency_statements", ())),
        currency_in_clause=tuple((rx, code) for rx, code in data.get("currency_in_clause", ())),
        fraction_joiners=tuple(fractions.get("joiners", ())),
        fraction_denominators={form: float(unit)
                               for unit, forms in fractions.get("denominators", {}).items()
                               for form in forms},
        half_phrases=tuple(fractions.get("half", ())),
        face_value_before=tuple(data.get("face_value", {}).get("before", ())),
        securities=tuple(data.get("face_value", {}).get("securities", ())),
        count_share=tuple(data.get("count_share", ())),
        redenomination_ratio=tuple(data.get("redenomination_ratio", ())),
        rounding_precision=tuple(data.get("rounding_precision", ())),
        share_words=tuple(data.get("share_quote", {}).get("shares", ())),
        share_moves=tuple(data.get("share_quote", {}).get("moves", ())),
        unit_size=dict(data.get("unit_size", {})),
    )


NUMERALS: dict[str, float] = vocabulary().numerals
SCALES: tuple[tuple[str, float], ...] = vocabulary().scales
CURRENCY_CUES: tuple[tuple[str, str], ...] = vocabulary().currency_cues
QUALIFIER_PHRASES: tuple[tuple[str, str], ...] = vocabulary().qualifier_phrases

# --------------------------------------------------------------------------- values
_DIGIT_GROUP_SPACE = lazy_compile(r"[ \u00a0\u2009\u202f]")
_CASE_ENDING = lazy_compile(r"-[а-яё]+\Z")  # «2-х», «5-ти»


def parse_number(raw: str) -> float | None:
    """Value of a digit string as Russian news writes it («1 200», «1,5», «1.5», «1,200,000»,
    «4,200.00», «5 000,-», «5 450 000-00», «2-х»)."""
    if raw.isascii() and raw.isdigit():
        return float(raw)  # («250»: no space, mark or ending for the reading below to take off)
    s = _CASE_ENDING.sub("", _DIGIT_GROUP_SPACE.sub("", raw).removesuffix(",-").removesuffix("-00"))
    if "," in s and "." in s:  # «4,200.00», «4.200,00»: the last mark is the decimal one
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if decimal == "." else ".", "").replace(",", ".")
    elif s.count(",") >= 2:  # 1,200,000: commas group thousands
        s = s.replace(",", "")
    elif s.count(".") >= 2:
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def spelled_value(raw: str) -> float | None:
    """Value of spelled-out numerals («двухсот пятидесяти» → 250, «четырёх целых трёх
    десятых» → 4.3, «двух с половиной» → 2.5), None if a word is not one."""
    vocab = vocabulary()
    low = " ".join(raw.lower().split())
    half = 0.0
    for phrase in vocab.half_phrases:
        if low.endswith(" " + phrase):
            low, half = low[:-len(phrase) - 1], 0.5
            break
    whole, fraction, in_fraction = 0.0, 0.0, False
    for word in low.split():
        if word in vocab.fraction_joiners and not in_fraction:
            in_fraction = True
            continue
        if in_fraction and word in vocab.fraction_denominators:
            return whole + fraction / vocab.fraction_denominators[word] + half
        v = NUMERALS.get(word)
        if v is None:
            return None
        if in_fraction:
            fraction += v
        else:
            whole += v
    if in_fraction:  # «три и восемь миллиарда»: spoken tenths (the grammar allows one digit)
        return whole + fraction / 10 + half if 1 <= fraction <= 9 else None
    return whole + half


# (the two readers below are asked of the same few words again and again, a loop over the
# vocabulary each time: their answers are kept per word)
@lru_cache(maxsize=1024)
def scale_value(raw: str | None) -> float:
    """Multiplier of a scale word («млрд», «миллионов» …); 1 when there is none."""
    if not raw:
        return 1.0
    low = raw.lower()
    for stem, mult in SCALES:
        if low.startswith(stem):
            return mult
    return 1.0


@lru_cache(maxsize=1024)
def currency_code(raw: str | None) -> str | None:
    """ISO code for a currency mention («рос. руб.» → RUB, «белорусских рублей» → BYN)."""
    if not raw:
        return None
    low = raw.lower()
    for cue, code in CURRENCY_CUES:
        if cue in low:
            return code
    return None
