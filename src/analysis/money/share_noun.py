"""A share told with the measure it falls to: «Из 3,1 млрд рублей выручки завода на экспорт в
Беларусь пришлось 900 млн рублей», «В товарообороте с Россией на экспорт приходится 18,2 млрд
долларов», «… 900 млн пришлось на экспорт».

«На X пришлось N» says what N is: the part of the whole before it that X names. The noun
after «на» («на долю» may stand between) is the money's cue when it is a strong one (penalty 0:
«экспорт», «импорт», «кредиты», «инвестиции»); the whole's word before it («выручки»,
«товарообороте») governs nothing here, as a part named after its dash keeps its own noun
(`own_noun.part_noun_cue`). A share of a place or a buyer («на Беларусь пришлось», «на
российских покупателей пришлось») names no measure: other readers take it (`buyers_share`).
metric46.
"""

from __future__ import annotations

from analysis.lang import parse
from analysis.lazypattern import lazy_compile
from analysis.money.cuewords import Cue, cue_of
from analysis.money.scope import AmountScope

__all__ = ["share_noun_cue"]

# «на (долю) экспорт(а) [в Беларусь] пришлось [около]» right before the amount (folded text;
# up to four words of the noun's phrase between, no clause mark)
_FALLS_BEFORE = lazy_compile(
    r"(?<![а-яё])на[ \u00a0]+(?:долю[ \u00a0]+)?(?P<noun>[а-яё]+)"
    r"(?:[ \u00a0]+[а-яё-]+){0,4}?[ \u00a0]+(?:пришл|приход|придет|придёт|придут)\w*"
    r"(?:[ \u00a0]+[а-яё]+)?[ \u00a0]+\Z")
# «900 млн пришлось на (долю) экспорт(а)» right after the amount
_FALLS_AFTER = lazy_compile(
    r"[ \u00a0]+(?:пришл|приход|придет|придёт|придут)\w*[ \u00a0]+на[ \u00a0]+(?:долю[ \u00a0]+)?"
    r"(?P<noun>[а-яё]+)")
_REACH = 80  # characters before the amount the share's noun may stand in
_AFTER_REACH = 24  # characters after the amount its verb may stand in
_VERB_STEMS = ("пришл", "приход", "придет", "придёт", "придут")  # the patterns' verbs
_VERB_PREFIX = "при"  # the stems' common start (asserted by tests/test_speed46b_new_readers.py)


def share_noun_cue(scope: AmountScope) -> tuple[Cue, str] | None:
    """The cue (and the word) of the strong noun the amount's share falls to, or None."""
    low, amount = scope.folded, scope.amount
    lo, hi = max(scope.start, amount.start - _REACH), min(scope.end, amount.end + _AFTER_REACH)
    # (every verb stem opens with «при»: one look in C proves most windows hold none; speed46b)
    if low.find(_VERB_PREFIX, lo, hi) < 0 or all(low.find(verb, lo, hi) < 0 for verb in _VERB_STEMS):
        return None  # (most amounts: a few looks in C, no pattern run)
    m = _FALLS_BEFORE.search(low, lo, amount.start)
    if m is None:
        m = _FALLS_AFTER.match(low, amount.end, scope.end)
    if m is None:
        return None
    word = m.group("noun")
    cue = cue_of(word)
    if cue is None or cue.penalty > 0 or parse(word).tag.POS != "NOUN":
        return None
    return cue, word
