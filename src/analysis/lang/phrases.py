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
from functools import lru_cache
from typing import Any

from analysis.lang.morph import inflected, parse, parses
from analysis.lazypattern import lazy_compile

__all__ = ["ACTIVITY_ADJECTIVES", "PROCESS_NOUNS", "STOP_PREPOSITIONS", "nominative_phrase"]

# Nouns naming the activity rather than the thing made: the label keeps what follows them.
PROCESS_NOUNS = frozenset("""
    сборка выпуск производство разработка локализация создание открытие организация запуск
    строительство изготовление поставка расширение модернизация реализация налаживание
    освоение досборка монтаж
""".split())
# Services a thing made is also given («сборка и ремонт самосвалов»): a second activity
# after «и», skipped with the first (a label of the service alone keeps them: «ремонт и
# обслуживание тракторов» starts with no activity noun)
SERVICE_NOUNS = frozenset("ремонт обслуживание техобслуживание сервис восстановление диагностика".split())
# Plants named by what they make («завода фронтальных погрузчиков», «завод по выпуску
# автобусов»): skipped before a genitive or «по», as an activity noun is.
PLANT_NOUNS = frozenset({"завод", "фабрика", "комбинат"})
# A venture named by its purpose («совместное предприятие по выпуску электродвигателей», «СП
# по сборке кормосмесителей»): skipped before «по» only («предприятие МАЗа» names its owners).
VENTURE_NOUNS = frozenset({"предприятие", "сп"})
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
_TOKEN = lazy_compile(r"[«»\"]?[\w-]+[«»\"]?|[,;]")


def _has(p: Any, *grammemes: str) -> bool:
    return _tag_has(p.tag, grammemes)


@lru_cache(maxsize=50_000)
def _tag_has(tag: Any, grammemes: tuple[str, ...]) -> bool:
    """Does the pymorphy3 tag hold one of `grammemes`? Cached: a tag's own test of a grammeme
    it lacks checks the grammeme is known, ~10 µs, and the phrases ask of few tags."""
    return any(g in tag for g in grammemes)


def _nominative(word: str, p: Any, plural: bool = False) -> str:
    """The word in the nominative, keeping its number (or made `plural`) and capital; words
    with several capitals (abbreviations, brands: «БЕЛАЗы», «МТЗ-Татарстан») are left as written."""
    if sum(ch.isupper() for ch in word) > 1:
        return word
    form = inflected(p, frozenset({"nomn", "plur"} if plural or "plur" in p.tag else {"nomn"}))
    out = form.word if form else word.lower()
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def _name_goes_on(before: str, word: str) -> bool:
    """Is `word` the next word of the capitalised name `before` ends: capitalised (not an
    abbreviation), in a case `before` can be in («Великих Луках»: both locative plural)?"""
    if not (before[:1].isupper() and word[:1].isupper()) or sum(ch.isupper() for ch in word) > 1:
        return False
    cases = {c for q in parses(before.lower()) for c in _CASES if _tag_has(q.tag, (c,))}
    return any(_tag_has(q.tag, (c,)) for q in parses(word.lower()) for c in cases)


def _coordinated_activity(words: list[str], i: int) -> bool:
    """Is «и» at `i` followed by a second activity in the case of the activity noun before it
    («по сборке и ремонту карьерных самосвалов», «выпуск и обслуживание лифтов»)? The thing
    made is the complement the two share, not the second activity (newuser39's «ремонту
    карьерных самосвалов»)."""
    if i == 0 or i + 1 >= len(words) or words[i].lower() != "и":
        return False
    cases = {g for p in parses(words[i - 1].lower()) if p.normal_form in PROCESS_NOUNS
             for c in _CASES if _tag_has(p.tag, (c,)) for g in _CASE_GROUPS.get(c, {c})}
    return any(_has(q, "NOUN") and q.normal_form in PROCESS_NOUNS | SERVICE_NOUNS
               and any(_tag_has(q.tag, (c,)) for c in cases) for q in parses(words[i + 1].lower()))


def _skip_activity(words: list[str]) -> int:
    """Index of the first word of the thing made: verbs, adverbs, activity nouns (with a
    second activity coordinated with one) and prepositional phrases before it are skipped."""
    i = 0
    while i < len(words):
        word = words[i]
        p = parse(word.lower().strip("«»\""))
        nxt = parse(words[i + 1].lower()) if i + 1 < len(words) else None
        if _coordinated_activity(words, i):
            i += 2
        elif word in ",;" or _has(p, "VERB", "INFN", "PRTS", "ADVB", "GRND") \
                or p.normal_form in PROCESS_NOUNS or p.normal_form in ACTIVITY_ADJECTIVES \
                or (_has(p, "ADJF", "PRTF") and nxt is not None and nxt.normal_form in PROCESS_NOUNS) \
                or (p.normal_form in PLANT_NOUNS and nxt is not None and (
                    words[i + 1].lower() == "по" or (_has(nxt, "gent") and _has(nxt, "NOUN", "ADJF")))) \
                or (p.normal_form in VENTURE_NOUNS and i + 1 < len(words) and words[i + 1].lower() == "по"):
            i += 1
        elif _has(p, "PREP") or word.lower() in STOP_PREPOSITIONS:
            # the preposition and its phrase, up to its noun or name («с белорусским МотоВелоЗавод»)
            i += 1
            while i < len(words) and not _has(parse(words[i].lower()), "NOUN") \
                    and not words[i][:1].isupper():
                i += 1
            i += 1
            # a name of several words in one case («в Великих Луках», «в Нижнем Новгороде»)
            while i < len(words) and _name_goes_on(words[i - 1], words[i]):
                i += 1
        elif word.isdigit() and i + 1 < len(words):
            i += 1  # «собрать там 900 лифтов»: the count is no part of the thing made
        else:
            return i
    return i


def _parses(word: str) -> list[Any]:
    """Every parse of a word (as written, quotes aside) that can stand in a noun phrase."""
    every = parses(word.lower().strip("«»\""))
    if _has(every[0], "PREP", "CONJ", "PRCL", "NPRO", "PNCT"):  # «в», «и», «их»: never a noun
        return []
    nominal = [p for p in every if _has(p, "ADJF", "PRTF", "NOUN")]
    # a common word before a proper name of the dictionary: «рам» (of «рама») is no
    # place «Рам», so «рам для самосвалов» reads «рамы для самосвалов»
    common = [p for p in nominal if not _has(p, "Geox", "Name", "Surn", "Patr", "Orgn")]
    return common if common and word[:1].islower() else nominal


def _in_case(parses: list[Any], cases: set[str]) -> list[Any]:
    key = tuple(cases)
    return [p for p in parses if _tag_has(p.tag, key)]


def _agrees(adjective: Any, noun: Any) -> bool:
    """An adjective's parse that agrees with the noun's in number, and in gender when singular."""
    if _tag_has(noun.tag, ("plur",)):
        return _tag_has(adjective.tag, ("plur",))
    return _tag_has(adjective.tag, ("sing",)) and (
        noun.tag.gender is None or _tag_has(adjective.tag, (noun.tag.gender,))
        or _tag_has(noun.tag, ("Ms-f",)))


def _head_in_case(words: list[str], cases: set[str],
                  counted: bool = False) -> tuple[list[str], int, bool]:
    """The head of the phrase read in `cases`: agreeing adjectives and their noun, coordinated
    by «и» or commas; each in the nominative, adjectives agreeing with their noun («коммунальной
    техники» → «коммунальная техника», not «коммунальная техники»). Returns the head's words,
    where it ends and whether it holds a noun."""
    head: list[str] = []
    pending: list[tuple[str, list[Any]]] = []  # adjectives (and «и») waiting for their noun
    j, seen_noun, any_noun = 0, False, False

    def flush(noun: Any | None) -> None:
        for word, ps in pending:
            if not ps:
                head.append(word)
                continue
            p = next((q for q in ps if noun is not None and _agrees(q, noun)), ps[0])
            head.append(" " + _nominative(word, p))
        pending.clear()

    while j < len(words):
        word, low = words[j], words[j].lower()
        if low in ("и", ",") and j + 1 < len(words):
            connector = "," if word == "," else " и"
            if pending:
                pending.append((connector, []))
            else:
                head.append(connector)
            seen_noun = False
            j += 1
            continue
        ps = _in_case(_parses(word), cases)
        if seen_noun or not ps or (j > 0 and word[:1].isupper()):
            break
        nouns = [p for p in ps if _has(p, "NOUN")]
        adjectives = [p for p in ps if _has(p, "ADJF", "PRTF")]
        # an adjective reading when the phrase goes on in the same case («низкопольных
        # перронных автобусов»: «низкопольных» is no noun here)
        goes_on = j + 1 < len(words) and bool(_in_case(_parses(words[j + 1]), cases))
        if nouns and not (adjectives and goes_on):
            noun = next((n for n in nouns if all(not q or any(_agrees(a, n) for a in q)
                                                 for _, q in pending)), None)
            plural = counted  # «74 электробуса»: goods counted are many
            if noun is None and pending and all(not q or any("plur" in a.tag for a in q)
                                                for _, q in pending):
                # after «два», «три», «четыре» a plural adjective stands with a singular
                # genitive noun («двух … два дилерско-сервисных центра»): both go plural
                noun = next((n for n in nouns if "sing" in n.tag and "gent" in n.tag), None)
                plural = noun is not None
            if noun is None:  # no reading of the noun agrees with its adjectives: not this case
                break
            flush(noun)
            head.append(" " + _nominative(word, noun, plural))
            seen_noun = any_noun = True
        else:
            pending.append((word, adjectives or ps))
        j += 1
    flush(None)
    return head, j, any_noun


def nominative_phrase(phrase: str) -> str:
    """The thing a phrase names, in the nominative; the phrase itself when none is found.

    A trailing parenthesis («(программа «Интелавто»)») is kept as written.
    """
    paren = re.search(r"\s*\(.*\)\s*$", phrase)
    core = phrase[: paren.start()] if paren else phrase
    suffix = f" {paren.group().strip()}" if paren else ""
    words = _TOKEN.findall(core)
    skipped, words = words, words[_skip_activity(words):]
    if not words:  # the activity alone, without a place or partner named after it
        # (a place or a partner's name after its preposition; «из машинокомплектов» stays)
        cut = next((k for k, w in enumerate(skipped[:-1]) if k and w.lower() in STOP_PREPOSITIONS
                    and skipped[k + 1][:1].isupper()), len(skipped))
        return " ".join(skipped[:cut]) + suffix if cut < len(skipped) else phrase.strip()
    # The case the phrase is in, from the first word's readings; after the head noun a
    # complement follows as written («Центр технической поддержки»).
    # Of the readings, the one whose head holds a noun and runs longest («лесной техники» is
    # genitive, not «лесна» in the instrumental); ties go to the likelier reading.
    cases = list(dict.fromkeys(c for p in _parses(words[0]) for c in _CASES if _tag_has(p.tag, (c,))))
    counted = len(skipped) > len(words) and skipped[-len(words) - 1].isdigit()
    readings = [_head_in_case(words, _CASE_GROUPS.get(case, {case}), counted) for case in cases]
    best = max(readings, key=lambda r: (r[2], r[1]), default=([], 0, False))
    head, j = best[0], best[1]
    tail: list[str] = []
    if head and head[-1] in (" и", ","):  # a dangling «и»: what it coordinates is no noun phrase
        head, j = head[:-1], len(words)
    for word in words[j:]:
        if word.lower().strip("«»\"") in STOP_PREPOSITIONS:
            break
        tail.append(word)
    label = ("".join(head) + " " + " ".join(tail)).strip()
    label = re.sub(r"\s+,", ",", label).strip(" ,;")
    return (label + suffix) if label else phrase.strip()
