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

__all__ = ["new_predicate_in"]

# «и подписала», «, а затем заключил», «и потом продала», «но уже через год продал»: a
# conjunction, at most two short adverbs, then the word that may be a finite verb
_JOINED = lazy_compile(
    r"(?i)(?<![\w-])(?:и|а|но)[ \u00a0]+(?:(?:затем|потом|также|тогда|позже|ещё|еще|уже|сразу)"
    r"[ \u00a0]+){0,2}([а-яё]+)(?![\w-])")
_PREDICATE_POS = frozenset({"VERB", "PRTS", "INFN"})


@lru_cache(maxsize=50_000)
def _is_predicate(word: str) -> bool:
    return parse(word.lower()).tag.POS in _PREDICATE_POS


def new_predicate_in(text: str, lo: int, hi: int) -> bool:
    """Does a predicate joined by «и», «а» or «но» start in text[lo:hi] («… и подписала …»)?"""
    return any(_is_predicate(m.group(1)) for m in _JOINED.finditer(text, lo, hi))
