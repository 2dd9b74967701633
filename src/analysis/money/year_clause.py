"""Which time mentions of a sentence belong to an amount, read as a reader reads clauses.

A time in a participle clause that qualifies the amount is the amount's («70 млн долларов,
полученных в 2022 году»); one in a clause that qualifies a noun before the amount is not
(«программа, завершённая в 2023 году, обошлась в 1,5 млрд»), unless the participle moves the
money itself («Компенсация, полученная … в 2019 году, составила …»); a time after «и» belongs
to the next predicate; a time in a clause before the amount's that opens on an event of the
project («Запуск производства намечен на 2027 год, объём инвестиций составит …») is the
event's. `money.year` asks `mention_distance` of every year it weighs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.lang import lemma, parse, parses
from analysis.lazypattern import lazy_compile
from analysis.money.coordinated import timed_predicate_in
from analysis.money.scope import CLAUSE_MARK, AmountScope
from analysis.patternstore import compile_pattern

__all__ = ["AND_WORD", "mention_distance"]

AND_WORD = lazy_compile(r"(?i)[ \u00a0]и[ \u00a0]")
# «70 млн долларов, полученных в 2022 году»: a participle after the amount's comma opens a
# clause about the amount itself (the preposition of the time may follow)
_PARTICIPLE_AFTER = lazy_compile(
    r",[ \u00a0]*(?P<w>[а-яё]+)[ \u00a0]+(?:(?:в|во|за|на)[ \u00a0]+)?\Z", re.IGNORECASE)


@lru_cache(maxsize=5_000)
def _moves_money(word: str) -> bool:
    """Is `word` a participle of a verb that moves money («полученная», «уплаченных»)?"""
    # (imported here: the context words' module reads the amount scope, as this one does)
    from analysis.money.context import context_data
    return lemma(word.lower()) in frozenset(context_data().get("money_moving_participles", ()))


@lru_cache(maxsize=5_000)
def _signs_subject(word: str) -> bool:
    """Is `word` a participle of signing a deal in the nominative («заключённый», «подписанное»):
    a clause about the sentence's subject, the contract its figure is the value of?"""
    from analysis.money.context import context_data  # (as `_moves_money`)
    low = word.lower()
    return lemma(low) in frozenset(context_data().get("signing_participles", ())) and any(
        p.tag.case == "nomn" for p in parses(low) if p.tag.POS == "PRTF")


@lru_cache(maxsize=1)
def _event_opening() -> re.Pattern[str]:
    from analysis.money.context import context_data  # (as `_moves_money`)
    return compile_pattern(context_data()["event_clause"], re.IGNORECASE)


def _event_clause(text: str, lo: int, start: int, amount_start: int) -> bool:
    """Is the time at `start` in a clause before the amount's, ended by a comma, that opens on
    an event of the project as its subject («Запуск производства намечен на 2027 год, …»:
    ``event_clause``)? Then the time is the event's, not the money's."""
    opening = max(lo, max((text.rfind(m, lo, start) + 1 for m in ".;!?"), default=lo))
    comma = text.find(",", start, amount_start)
    return comma >= 0 and not CLAUSE_MARK.search(text, opening, start) \
        and _event_opening().match(text, opening) is not None


@lru_cache(maxsize=50_000)
def _is_participle(word: str) -> bool:
    return parse(word.lower()).tag.POS == "PRTF"


# an amount alone in brackets: «(» right before it, «)» right after it; a clause's stop after
_OWN_BRACKET_OPEN = lazy_compile(r"\([ \u00a0]*\Z")
_OWN_BRACKET_CLOSE = lazy_compile(r"[ \u00a0]*\)")
_CLAUSE_STOP = lazy_compile(r"[,;:()–—]")


# a time told with a preposition («в 2019 году», «за 2024 год», «в прошлом году»): the verb's,
# where a bare genitive year («соглашением 2022 года») is its noun's
_TIME_PREPOSITION = lazy_compile(r"(?i)(?:в|во|на|за|к|по|с|со|до|от)[ \u00a0]")
_PREPOSITION_BEFORE = lazy_compile(r"(?i)(?<![а-яё])(?:в|во|на|за|к|по|с|со|до|от)[ \u00a0]+\Z")


def _time_of_verb(text: str, start: int) -> bool:
    """Is the time at `start` told with a preposition (the participle's own time), not a
    year in the genitive after a noun (that noun's)?"""
    return _TIME_PREPOSITION.match(text, start) is not None or \
        _PREPOSITION_BEFORE.search(text, max(0, start - 4), start) is not None


def mention_distance(scope: AmountScope, start: int, end: int) -> int | None:
    """`AmountScope.distance`, with participle clauses read as a reader does: a time in a
    clause that qualifies the amount belongs to it («70 млн долларов, полученных в 2022
    году»); one in a clause that qualifies a noun before the amount does not («программа,
    завершённая в 2023 году, обошлась в 1,5 млрд»), nor one after «и», which opens the next
    predicate."""
    text, amount = scope.text, scope.amount
    if start >= amount.end:
        if AND_WORD.search(text, amount.end, start) and not scope.defines(start):
            return None  # «закупил на 1,2 млрд и в следующем году вложит»: the next verb's
        dist = scope.distance(start, end)
        if dist is None and (own := _OWN_BRACKET_CLOSE.match(text, amount.end, start)) is not None \
                and _OWN_BRACKET_OPEN.search(text, max(scope.start, amount.start - 4), amount.start) \
                and not _CLAUSE_STOP.search(text, own.end(), start) \
                and not any(amount.end <= o.start < start for o in scope.others):
            # «Второй этап (BYN 1,9 млн) запланирован на 2026 год»: the amount in brackets after
            # its noun; the predicate after the bracket is the noun's, so the amount's time
            return start - amount.end + 5
        if dist is None:
            m = _PARTICIPLE_AFTER.search(text, amount.end, start)
            if (m is not None and m.start() == amount.end and _is_participle(m.group("w"))
                    and not any(amount.end <= o.start < start for o in scope.others)):
                return start - amount.end + 5
        return dist
    if scope.in_figure_bracket(start, end):
        return None  # «290,1 млн (в 2015 г. – 318,6 млн); … – 48,7 млн»: that figure's time
    if any(end <= o.start and o.end <= amount.start and timed_predicate_in(text, o.end, amount.start)
           for o in scope.others if o is not amount):
        # «в прошлом году закупила … на 96,5 млн, а в марте подписала договор на 120 млн»: the
        # time of the other predicate, which holds a sum of its own (session 30)
        return None
    if _event_clause(text, scope.start, start, amount.start):
        return None  # «Запуск производства намечен на 2027 год, объём инвестиций составит …»
    comma = text.rfind(",", scope.start, start)
    if (comma >= 0 and "," in text[end:amount.start]
            and not CLAUSE_MARK.search(text, comma + 1, start)):
        word = re.match(r"[ \u00a0]*([А-Яа-яЁё]+)", text[comma + 1:start])
        if word is not None and _is_participle(word.group(1)) and not (
                (_moves_money(word.group(1)) or _signs_subject(word.group(1)))
                and _time_of_verb(text, start) and not any(
                    o.end <= comma < o.end + 2 for o in scope.others if o is not amount)):
            # the clause is about the noun it follows (but «Компенсация, полученная … в 2019
            # году, составила …»: receiving the money dates it, unless the noun is another
            # figure: «70 млн долларов, полученных в 2022 году, и 50 млн», or the year is a
            # noun's own: «предусмотренных межправсоглашением 2022 года»)
            return None
    return scope.distance(start, end)
