"""A predicate coordinated with the amount's own, holding a sum of its own, is a clause apart.

«Сеть закупила у завода посуды на 40 млн рублей и подписала контракт на 2011 год на 55 млн»,
«Студия подписала договор на $12 млн и продала права на игру за 3,5 млн долларов» (round 45,
session 30): one subject, two verbs joined by «и» / «а» / «но», each with its own sum. The
cue word of one predicate («контракт», «договор») names that predicate's sum, not the sum of
the other: the purchase stays a purchase, the sale a sale. Verbs that share one sum
(«подписало и выполнило контракт на 5 млн») are untouched: no sum stands between them.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.lang import parse
from analysis.lazypattern import lazy_compile
from analysis.money.period import MONTH_RE

__all__ = ["new_predicate_in", "timed_predicate_in"]

# «и подписала», «, а затем заключил», «а в марте подписала», «и в 2023 году заключил»: a
# conjunction, then at most three words (adverbs, a time) before the word that may be a
# finite verb; no clause mark, dash or figure between
_JOINED = lazy_compile(r"(?i)(?<![\w-])(?:и|а|но)[ \u00a0]+((?:[а-яё0-9-]+[ \u00a0]+){0,3}[а-яё]+)(?![\w-])")
_WORD = lazy_compile(r"(?i)[а-яё]+")
_PREDICATE_POS = frozenset({"VERB", "PRTS", "INFN"})


@lru_cache(maxsize=50_000)
def _is_predicate(word: str) -> bool:
    return parse(word.lower()).tag.POS in _PREDICATE_POS


def _joined_at(text: str, lo: int, hi: int) -> int | None:
    """Where a predicate joined by «и», «а» or «но» starts in text[lo:hi], if one does."""
    for m in _JOINED.finditer(text, lo, hi):
        for w in _WORD.finditer(text, m.start(1), m.end(1)):
            if _is_predicate(w.group()):
                return m.start()
    return None


def new_predicate_in(text: str, lo: int, hi: int) -> bool:
    """Does a predicate joined by «и», «а» or «но» start in text[lo:hi] («… и подписала …»,
    «…, а в марте подписала …»)?"""
    return _joined_at(text, lo, hi) is not None


# a time of the joined predicate's own: a month, a year, «в этом году» (its preposition first)
_OWN_TIME = lazy_compile(r"(?i)(?<![\w-])(?:в|во|с|за|к)[ \u00a0]+(?:" + MONTH_RE
                         + r"|(?:19|20)\d\d|(?:этом|прошлом|следующем|текущем|том[ \u00a0]+же)"
                         r"[ \u00a0]+году)")


def timed_predicate_in(text: str, lo: int, hi: int) -> bool:
    """Does a joined predicate start in text[lo:hi] that states a time of its own before `hi`
    («…, а в марте подписала новый договор – на …»)? Then a time told before it is the other
    predicate's; with none («увеличился в 2023 году на $2,4 млрд и составил $45,9 млрд») the
    two predicates share the time told before them."""
    at = _joined_at(text, lo, hi)
    return at is not None and _OWN_TIME.search(text, at, hi) is not None
