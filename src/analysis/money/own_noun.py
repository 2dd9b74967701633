"""The noun that says what the money is, right after the amount: «перечислила в бюджет 7,3
млрд рублей таможенных платежей», «поступило 6,9 млрд рублей косвенных налогов», «привлекли
1,15 млрд рублей инвестиций», «получила 1,07 млрд рублей доходов».

A noun in the genitive after a sum (a few adjectives or participles before it) is the thing
counted: it names the money whatever cue a verb or a place before the amount gives («в
бюджет» is where the payments go, not what they are). Read on the dev parts of rounds 6–18,
such a noun named the gold metric of every amount it follows but «5,2 млрд рублей выручки» on
the Russian market, which the export-revenue rule reads after it (a capitalised word after an
abbreviation's full stop is the next sentence, not the money's noun).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.lang import analyzer, lemma, parse
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_data, context_words
from analysis.money.cuewords import Cue, cue_of
from analysis.money.scope import AmountScope

__all__ = ["own_noun_cue", "part_noun_cue"]

# a word in lower case (a capital after an abbreviation's full stop opens the next sentence),
# or an abbreviation in capitals («1,9 млрд рублей НДС»)
_NEXT_WORD = lazy_compile(r"[ \u00a0]+([а-яё][а-яё-]*|[А-ЯЁ]{2,5}(?![А-Яа-яЁё]))")
_MAX_WORDS = 3  # «прямых китайских инвестиций»: two adjectives and the noun
# «из них», «из которых», «в том числе» before a part, in its clause
_PART_OPENER = lazy_compile(r"(?i)(?<![\w-])(?:из[ \u00a0]+(?:них|которых)|в[ \u00a0]+том[ \u00a0]+числе)"
                            r"[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")
# «– кредит Банка развития», «— льготный заем фонда»: the dash and the part's name (an
# adjective may stand before the noun)
_DASH_NAME = lazy_compile(r"[ \u00a0]*[–—-][ \u00a0]*(?:([а-яё]+)[ \u00a0]+)?([а-яё]+)")


# «средства», «деньги» after a part's dash: the purse named after them says what they are
_MONEY_WORDS = frozenset({"средства", "деньги"})
# up to two adjectives and the noun after «средства» («инновационного фонда»)
_SOURCE_PHRASE = lazy_compile(r"[ \u00a0]+((?:[а-яё-]+(?:ого|его|ой|ей|ых|их)[ \u00a0]+){0,2})([а-яё]+)")


# the words right after a part's amount, up to its dash, for a part opener among them
# («900 млн рублей из этой суммы — заем»; the openers: `part_openers` of money_context_ru.json)
_OPENER_AFTER = lazy_compile(r"[ \u00a0]+([а-яё][а-яё \u00a0]{1,24}?)(?=[ \u00a0]*[–—-])")


@lru_cache(maxsize=50_000)
def _genitive_role(word: str) -> str | None:
    """"noun" or "adjective" for a word that can stand in the genitive, else None."""
    tag = parse(word).tag  # the likeliest reading only: «в», «от» and verbs never pass
    if "gent" not in tag:
        return None
    if tag.POS == "NOUN":
        return "noun"
    return "adjective" if tag.POS in ("ADJF", "PRTF") else None


def own_noun_cue(scope: AmountScope, text: str) -> tuple[Cue, str] | None:
    """The cue (and the word) of the genitive noun that names the amount's money, or None."""
    pos = scope.amount.end
    for _ in range(_MAX_WORDS):
        m = _NEXT_WORD.match(text, pos, scope.end)
        if m is None:
            return None
        word = m.group(1).lower()
        role = _genitive_role(word)
        if role == "noun":
            cue = cue_of(word)
            return (cue, word) if cue is not None else None
        if role != "adjective":
            return None
        pos = m.end()
    return None


def part_noun_cue(scope: AmountScope, text: str) -> tuple[Cue, str] | None:
    """The cue (and the word) of the noun a part is called after a dash («…, из которых 15 млн
    – кредит Евразийского банка развития», «в том числе 5 млн рублей – кредит»): «X – Y»
    says what X is, so that noun names the part's money, not the verb told for the whole
    («намерен вложить»); the opener may follow the part («около 900 млн рублей из этой
    суммы — заем фонда»). Read on the dev parts of rounds 10–23: such a noun named the gold
    metric of every part it follows (session 19)."""
    name_at = scope.amount.end
    if _PART_OPENER.search(text, max(scope.start, scope.amount.start - 40), scope.amount.start) is None:
        # «Около 900 млн рублей из этой суммы — заем фонда»: the opener right after the part
        after = _OPENER_AFTER.match(text, name_at, scope.end)
        if after is not None and context_words().part_openers.match(after.group(1).lower()) is not None:
            name_at = after.end()
        elif (m := _DASH_NAME.match(text, name_at, scope.end)) is None or not _opens_clause(text, scope):
            return None  # (a dash right after the amount first: most amounts have none)
    m = _DASH_NAME.match(text, name_at, scope.end)
    if m is None:
        return None
    money = next((g for g in (1, 2) if m.group(g) and m.group(g).lower() in _MONEY_WORDS), None)
    if money is not None and (public := _public_source(text, m.end(money), scope.end)) is not None:
        return Cue("financing", 1), public  # «из них 1,5 млн – средства инновационного фонда»
    if money is not None and (owner := _owner_source(text, m.end(money), scope.end)) is not None:
        return Cue("investment", 1), owner  # «6 млрд рублей — средства акционеров»
    for word in (w.lower() for w in m.groups() if w):
        if _genitive_role(word) == "adjective" or parse(word).tag.POS == "ADJF":
            continue  # «льготный заем»: the noun after it
        cue = cue_of(word)
        return (cue, word) if cue is not None and _can_be_noun(word) else None
    return None


# an amount that opens its clause: the sentence's start, a colon, a semicolon or a comma before
# it, at most a qualifier between («Проект финансируется так: 2 млрд рублей — кредит
# Промсвязьбанка, 1,2 млрд рублей — субсидия …»: each item «X — Y» says what X is; metric46)
_CLAUSE_OPENS = lazy_compile(r"(?:\A|[:;,\n])[ \u00a0]*(?:(?:около|порядка|примерно|почти|более"
                             r"|свыше|ещё|еще|и|а)[ \u00a0]+)?\Z")
_OPENS_REACH = 24  # characters before the amount its clause mark and qualifier stand in


def _opens_clause(text: str, scope: AmountScope) -> bool:
    """Does the amount open its sentence or a clause of it (the words before it read as a
    slice of their own, so that the pattern's start is the sentence's start or the reach's)?"""
    start = scope.amount.start
    before = text[max(scope.start, start - _OPENS_REACH):start]
    m = _CLAUSE_OPENS.search(before)
    return m is not None and (m.start() > 0 or before[:1] in ":;,\n"
                              or start - scope.start <= _OPENS_REACH)


def _owner_source(text: str, start: int, end: int) -> str | None:
    """The noun of the project's owners named in the genitive right after «средства»
    («средства акционеров», «средства инвестора»: `owner_money`), else None."""
    m = _SOURCE_PHRASE.match(text, start, end)
    if m is None:
        return None
    noun = m.group(2).lower()
    return noun if lemma(noun) in context_data().get("owner_money", ()) else None


def _public_source(text: str, start: int, end: int) -> str | None:
    """The noun of a public purse named in the genitive right after «средства» («средства
    инновационного фонда», «средства федерального проекта «Чистая вода»», «средства областного
    бюджета»): a budget, a fund or a programme (`money_places`), or a federal, national or
    regional project (`public_project`), else None («средства белорусского партнёра»)."""
    m = _SOURCE_PHRASE.match(text, start, end)
    if m is None:
        return None
    adjectives, noun = m.group(1) or "", m.group(2).lower()
    places = context_data().get("money_places", ())
    if lemma(noun) in places:
        return noun
    owners = context_data().get("public_project", {})
    if lemma(noun) in owners.get("nouns", ()) and any(
            a.lower().startswith(tuple(owners.get("adjectives", ()))) for a in adjectives.split()):
        return noun
    return None


@lru_cache(maxsize=5_000)
def _can_be_noun(word: str) -> bool:
    """Whether any reading of `word` is a noun: after a dash «заем» (ё written е) is the
    loan, though its likeliest reading is a verb («(мы) заем»)."""
    return any(p.tag.POS == "NOUN" for p in analyzer().parse(word))
