"""Noun phrases put back into their dictionary (nominative) form for display.

`nominative_phrase` turns the phrase a project was found in into a label an analyst can
read in a table: «сборке низкопольных перронных автобусов» → «низкопольные перронные
автобусы», «совместно с татарстанскими партнерами создает современные газовые двигатели» →
«современные газовые двигатели», «Центра технической поддержки» → «Центр технической
поддержки». The activity (сборка, выпуск, производство…) is the register's `kind`, so the
label keeps only the thing made or serviced.
"""

from __future__ import annotations

import re
from typing import Any

from analysis.lang.morph import parse

__all__ = ["ACTIVITY_ADJECTIVES", "PROCESS_NOUNS", "STOP_PREPOSITIONS", "nominative_phrase"]

# Nouns naming the activity rather than the thing made: the label keeps what follows them.
PROCESS_NOUNS = frozenset("""
    сборка выпуск производство разработка локализация создание открытие организация запуск
    строительство изготовление поставка расширение модернизация реализация налаживание
    освоение
""".split())
# Adjectives of the activity («совместным производством»), skipped with it.
ACTIVITY_ADJECTIVES = frozenset({"совместный", "собственный"})
# Prepositions whose phrase is not part of the thing made («на основе базовых моделей»);
# «для» is kept: «комплектующие для карьерных самосвалов».
STOP_PREPOSITIONS = frozenset("""
    на в во с со по при к от из до через между за под над об о у
""".split())
# Cases that agree within one phrase; nominative and accusative look alike for inanimates.
_CASE_GROUPS = {"nomn": {"nomn", "accs"}, "accs": {"nomn", "accs"}}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_TOKEN = re.compile(r"[«»\"]?[\w-]+[«»\"]?|[,;]")


def _has(p: Any, *grammemes: str) -> bool:
    return any(g in p.tag for g in grammemes)


def _nominative(word: str, p: Any) -> str:
    """The word in the nominative, keeping its number and capital; words with several
    capitals (abbreviations, brands: «БЕЛАЗы», «МТЗ-Татарстан») are left as written."""
    if sum(ch.isupper() for ch in word) > 1:
        return word
    form = p.inflect({"nomn"} | ({"plur"} if "plur" in p.tag else set()))
    out = form.word if form else word.lower()
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def _skip_activity(words: list[str]) -> int:
    """Index of the first word of the thing made: verbs, adverbs, activity nouns and
    prepositional phrases before it are skipped."""
    i = 0
    while i < len(words):
        word = words[i]
        p = parse(word.lower().strip("«»\""))
        nxt = parse(words[i + 1].lower()) if i + 1 < len(words) else None
        if word in ",;" or _has(p, "VERB", "INFN", "PRTS", "ADVB", "GRND") \
                or p.normal_form in PROCESS_NOUNS or p.normal_form in ACTIVITY_ADJECTIVES \
                or (_has(p, "ADJF", "PRTF") and nxt is not None and nxt.normal_form in PROCESS_NOUNS):
            i += 1
        elif _has(p, "PREP") or word.lower() in STOP_PREPOSITIONS:
            # the preposition and its phrase, up to its noun or name («с белорусским МотоВелоЗавод»)
            i += 1
            while i < len(words) and not _has(parse(words[i].lower()), "NOUN") \
                    and not words[i][:1].isupper():
                i += 1
            i += 1
        else:
            return i
    return i


def nominative_phrase(phrase: str) -> str:
    """The thing a phrase names, in the nominative; the phrase itself when none is found.

    A trailing parenthesis («(программа «Интелавто»)») is kept as written.
    """
    paren = re.search(r"\s*\(.*\)\s*$", phrase)
    core = phrase[: paren.start()] if paren else phrase
    suffix = f" {paren.group().strip()}" if paren else ""
    words = _TOKEN.findall(core)
    words = words[_skip_activity(words):]
    if not words:
        return phrase.strip()
    first = parse(words[0].lower().strip("«»\""))
    case = next((c for c in _CASES if c in first.tag), None)
    agreeing = _CASE_GROUPS.get(case or "", {case})
    head: list[str] = []
    j, seen_noun = 0, False
    # The head: agreeing adjectives and nouns, coordinated by «и» or commas, in the first
    # word's case; after the head noun a complement follows as written («… технической поддержки»).
    while j < len(words):
        word, low = words[j], words[j].lower()
        p = parse(low.strip("«»\""))
        if low in ("и", ",") and j + 1 < len(words):
            head.append("," if word == "," else " и")
            seen_noun = False
        elif not seen_noun and case and any(c in p.tag for c in agreeing) \
                and _has(p, "ADJF", "PRTF", "NOUN") and (j == 0 or not word[:1].isupper()):
            head.append(" " + _nominative(word, p))
            seen_noun = _has(p, "NOUN")
        else:
            break
        j += 1
    tail: list[str] = []
    for word in words[j:]:
        if word.lower().strip("«»\"") in STOP_PREPOSITIONS:
            break
        tail.append(word)
    label = ("".join(head) + " " + " ".join(tail)).strip()
    label = re.sub(r"\s+,", ",", label).strip(" ,;")
    return (label + suffix) if label else phrase.strip()
