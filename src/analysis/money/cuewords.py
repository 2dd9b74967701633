"""Metric cue words: the table of `data/metric_lemmas.csv` (lemma, metric, penalty), read by
raw form then by lemma (pymorphy3, cached), the delivery and inflow verbs that say export or
import by their direction, and the few morphological questions the metric rules ask.
"""

from __future__ import annotations

import csv
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from analysis.datafiles import data_json
from analysis.lang import lemma, parse, parses
from analysis.lang.case import fold_yo
from analysis.lazypattern import lazy_compile

__all__ = ["COUNTRY_NEAR", "DIRECTION", "EXPORT_CUE", "IMPORT_CUE", "NO_CUE", "ORIGIN", "ORIGIN_OPENS",
           "SURFACE_ROLES", "Cue", "MetricCue", "WordRole", "country_near", "cue_of", "is_adjective",
           "is_delivery_noun", "is_participle", "is_predicative", "is_verbish", "metric_table",
           "min_penalty", "weak_cue", "word_role"]

NO_CUE = 99  # the score of "no cue at all"


class Cue(NamedTuple):
    """A metric cue word's metric and penalty (0 strong … higher is weaker)."""

    metric: str
    penalty: int


class MetricCue(NamedTuple):
    """The metric chosen for an amount, its score (`NO_CUE`: none) and the cue word."""

    metric: str
    score: int
    head: str  # the lower-cased cue word ("" when there is none)


class WordRole(NamedTuple):
    """What a word is to the metric rules: its cue, and whether it is an inflow or a delivery."""

    cue: Cue | None
    inflow: bool  # the lemma is a verb of receiving («получить», «ввезти»)
    delivery: bool  # the lemma is a delivery word («поставка», «отгрузить»)


IMPORT_CUE = Cue(metric="import", penalty=1)
EXPORT_CUE = Cue(metric="export", penalty=1)


# --------------------------------------------------------------------------- cue words
@cache
def metric_table() -> dict[str, Cue]:
    path = resources.files("analysis") / "data" / "metric_lemmas.csv"
    with path.open(encoding="utf-8") as fh:
        return {row["lemma"]: Cue(metric=row["metric"], penalty=int(row["penalty"]))
                for row in csv.DictReader(fh)}


@lru_cache(maxsize=200_000)
def cue_of(word: str) -> Cue | None:
    """Metric cue of a lower-cased word, by its raw form first, then by its lemma."""
    table = metric_table()
    hit = table.get(word) or table.get(fold_yo(word))
    if hit is None:
        lem = lemma(word)
        hit = table.get(lem) or table.get(lem.replace("е", "ё"))
        if hit is None and lem.endswith(_REFLEXIVE) and lem not in _reflexive_apart():
            # «финансируется», «производятся», «экспортируется»: the reflexive or passive of a
            # cue verb names the money its verb does (issue 10, session 31)
            hit = table.get(lem[:-2])
        if hit is None and lem.startswith(_compound_prefixes()) and is_nounish(word):
            # «госконтракт», «допсоглашение», «госсубсидия», «микрозаём»: a compound of a cue
            # noun is the noun (not a verb: «сопоставить» is no «поставить»; session 31)
            hit = next((table[rest] for p in _compound_prefixes() if lem.startswith(p)
                        and len(rest := lem[len(p):]) >= 4 and rest in table), None)
    return hit


# the endings of a reflexive verb's infinitive («финансироваться», «вестись», «печься»)
_REFLEXIVE = ("ться", "тись", "чься")


@cache
def _compound_prefixes() -> tuple[str, ...]:
    """The first parts of compound nouns that keep their noun's meaning («госконтракт» is a
    contract): `compound_prefixes` of `data/money_context_ru.json`."""
    return tuple(data_json("money_context_ru.json")["compound_prefixes"])


@cache
def _reflexive_apart() -> frozenset[str]:
    """Reflexive verbs that mean something else than their verb («проект реализуется» is
    carried out, not sold): `reflexive_apart` of `data/money_context_ru.json`."""
    return frozenset(data_json("money_context_ru.json")["reflexive_apart"])


@cache
def min_penalty() -> int:
    """The smallest cue penalty (the rule cues for import/export have 1): a score floor."""
    return min(0, min((c.penalty for c in metric_table().values()), default=0))


def weak_cue(word: str) -> bool:
    """A cue too weak to govern («стоимость», «проект» penalties above 3)."""
    cue = cue_of(word) if word else None
    return cue is not None and cue.penalty > 3


# Delivery words say «export» when a destination follows («отгрузили в Россию», «сбыт в
# Россию»), also past the goods and maker the word governs («Продажи продукции стекольного
# завода «Неман» в России»: up to 60 characters with no comma or figure between, rounds 19,
# 23; session 19; not «… продукции на Br1,2 млрд, из них на экспорт», the next figure's).
_DELIVERY = frozenset({"поставка", "поставить", "поставлять", "отгрузка", "отгрузить",
                       "отгружать", "продать", "продажа", "продавать", "реализовать", "реализовывать",
                       "сбыт"})
DIRECTION = lazy_compile(
    r"(?i)(?:[^.;]{0,25}?|[^.;,\d]{26,60}?)"
    r"(?:(?<!\w)(?:в|во|на)[ \u00a0]+(?:Росси|РФ|Беларус|Белорусси|Казахстан|Китай"
    r"|КНР|страны|зарубеж|экспорт)"
    # «отгрузил белорусским партнёрам», «поставляет российским заказчикам»: the other side
    r"|(?<!\w)(?:белорусск|российск|казахстанск|китайск|зарубежн|иностранн)\w*[ \u00a0]+"
    r"(?:партн[её]р|покупател|потребител|заказчик|контрагент|клиент|хозяйств)\w*"
    # «продали белорусским меткомбинатам лома на»: a dative buyer of the other side
    r"|(?<!\w)(?:белорусск|российск)(?:им|ому)[ \u00a0]+(?:\w+[ \u00a0]+)?"
    r"(?:предприяти|комбинат|меткомбинат|завод|компани|переработчик|дилер)\w*)")
# «поставки из Китая — около $310 млн», «Поставки из России заняли в нём 41%»: a delivery
# noun whose goods come from a named place (a capital letter after «из», within three words,
# no comma) and go nowhere named (no `DIRECTION`) is the receiving side's import, unless an
# export told before it in its sentence sets it beside as the other side's export (session 29)
ORIGIN = lazy_compile(
    r"[ \u00a0]+(?:[а-яёА-ЯЁ-]+[ \u00a0]+){0,3}?из[ \u00a0]+[«\"]?[А-ЯЁ]")
_DELIVERY_NOUNS = frozenset({"поставка", "отгрузка"})


def is_delivery_noun(word: str) -> bool:
    """Is the lower-cased word a delivery noun («поставки», «отгрузок»)?"""
    return lemma(word) in _DELIVERY_NOUNS


# Goods received from a country: import («получила из России», «в Беларусь поступило»).
_INFLOW = frozenset({"получить", "получать", "поступить", "поступать", "ввезти", "ввозить",
                     "завезти"})
COUNTRY_NEAR = lazy_compile(
    # («из Республики Беларусь»: the country's full name)
    r"(?i)(?<!\w)(?:(?:из|в|во)[ \u00a0]+(?:Республик\w*[ \u00a0]+)?"
    r"(?:Росси|РФ|Беларус|Белорусси|Китая|Китай|КНР|Казахстан)"
    # «Белорусские товары поступили в регион»: the goods' country said by an adjective
    r"|(?:белорусск|российск|китайск|казахстанск)\w*[ \u00a0]+(?:товар|продукци|техник)"
    # «в город поступило белорусского камня на 870 млн»: any goods in the genitive of a
    # quantity, their sum after «на» (round 44; not a party: «от белорусского партнёра на»);
    # the place they came to may stand between («белорусского молока в город завезли на»);
    # goods joined by «и» are goods too («белорусской сельхозтехники и запчастей на», round 50),
    # and so are goods named with a second adjective («белорусской карьерной техники на», round 51)
    r"|(?<!от )(?<!у )(?:белорусск|российск|китайск|казахстанск)(?:ого|ой|их)[ \u00a0]+"
    r"(?:[а-яё]{3,}(?:ого|ой|их)[ \u00a0]+)?[а-яё]{3,}"
    r"(?:[ \u00a0]+и[ \u00a0]+[а-яё]{3,})?"
    r"[ \u00a0]+(?:на|во?[ \u00a0]+[а-яё]+[ \u00a0]+(?:поступил|завезл|ввезл|завез[её]н|ввез[её]н)"
    r"\w*[ \u00a0]+на)(?![а-яё])"
    # «отгрузили в Беларусь на …, а получили оттуда — на …»: the place just named (session 45)
    r"|(?<!\w)оттуда(?!\w))")
# «Из Беларуси в Ярославскую область за год поступило …»: the origin opening the verb's clause
# further back than COUNTRY_NEAR's reach (no clause mark between; session 45)
ORIGIN_OPENS = lazy_compile(r"(?i)(?<!\w)из[ \u00a0]+(?:Республик\w*[ \u00a0]+)?"
                            r"(?:Росси|РФ|Беларус|Белорусси|Китая|КНР|Казахстан)[^,;:.!?—–()]*\Z")
_NEAR, _OPENS = 30, 80  # characters before an inflow verb its country is looked for in


def country_near(text: str, s_start: int, verb_start: int, reach_end: int) -> bool:
    """Does a country stand by an inflow verb starting at `verb_start` (COUNTRY_NEAR up to
    `reach_end`, the goods after it), or open its clause («Из Беларуси … поступило»)?"""
    return bool(COUNTRY_NEAR.search(text, max(s_start, verb_start - _NEAR), reach_end)
                or ORIGIN_OPENS.search(text, max(s_start, verb_start - _OPENS), verb_start))


@lru_cache(maxsize=200_000)
def word_role(word: str) -> WordRole | None:
    """(cue, lemma is an inflow verb, lemma is a delivery word) of a lower-cased word, or None
    when it is none of these. One cached look-up per word instead of three in the hot loop of
    `nearest_cue` (every word of a 400-character window around each amount)."""
    cue = cue_of(word)
    lem = lemma(word)
    inflow, delivery = lem in _INFLOW, lem in _DELIVERY
    if cue is None and not inflow and not delivery:
        return None
    return WordRole(cue=cue, inflow=inflow, delivery=delivery)


class _SurfaceRoles(dict[str, "WordRole | None"]):
    """`word_role` of a word as it is written (any case), cached: `nearest_cue` looks up every
    word of its window, most of them no cue, and a subscript of a dict is the cheapest
    look-up there is (no call; the lower case made only for a word not seen yet)."""

    def __missing__(self, word: str) -> WordRole | None:
        if len(self) >= _SURFACE_ROLES_KEPT:
            self.clear()  # (a bound, as the caches of `word_role` and `lemma` have)
        role = self[word] = word_role(word.lower())
        return role


_SURFACE_ROLES_KEPT = 200_000
SURFACE_ROLES = _SurfaceRoles()  # `SURFACE_ROLES[word]`: the role of `word` as written


# --------------------------------------------------------------------------- morphology
_VERBISH = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@lru_cache(maxsize=200_000)
def is_verbish(word: str) -> bool:
    return parse(word).tag.POS in _VERBISH


def is_nounish(word: str) -> bool:
    """A noun or a full adjective («госконтракт», «госконтрактный»)?"""
    return parse(word).tag.POS in {"NOUN", "ADJF"}


@lru_cache(maxsize=200_000)
def is_participle(word: str) -> bool:
    low = word.lower()
    return low.startswith("котор") or parse(low).tag.POS == "PRTF"


@lru_cache(maxsize=20_000)
def may_be_participle(word: str) -> bool:
    """A participle by any of its readings («занятых»: the adjective «занятый» first, the
    participle of «занять» too): a clause it opens between commas may modify a noun."""
    low = word.lower()
    return is_participle(low) or any(p.tag.POS == "PRTF" for p in parses(low))


@lru_cache(maxsize=200_000)
def is_predicative(word: str) -> bool:
    """A short adjective or an adverb («излишне перечислено»): it goes with the verb, so no
    noun before it governs it."""
    return parse(word).tag.POS in {"ADJS", "ADVB"}


@lru_cache(maxsize=200_000)
def is_adjective(word: str) -> bool:
    return parse(word).tag.POS in {"ADJF", "ADJS"}
