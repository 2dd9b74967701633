"""A part of a figure told before, or one more of the same kind: «из них на поставку вагонов
приходится 5,4 млрд», «Ещё 300 млн рублей придётся на поставки …», «банк намерен одобрить
проекты ещё на 150–200 млн». The part is of the whole's kind (a contract's share, an
investment's share); what follows «на» says what the money goes to, not what it is, and a
weak verb («направят») or an object after «ещё» («проекты») does not outweigh the whole
(rounds 6, 8, 10, 11); a part named after a dash («900 млн рублей из этой суммы — заем
фонда») or as a subject («из них поставки в регион — 410 млн», «на
экспорт пришлось 83 млрд») keeps its own cue.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from analysis.lang import lemma
from analysis.lazypattern import lazy_compile
from analysis.money.budget_purse import budget_purse
from analysis.money.cuewords import NO_CUE, cue_of, is_verbish
from analysis.money.flow_words import flow_words
from analysis.money.lender import bank_provides
from analysis.money.own_noun import part_noun_cue
from analysis.money.scope import CLAUSE_MARK
from analysis.vocab import FLOW_METRICS

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.money.cuewords import MetricCue
    from analysis.money.scope import AmountScope

__all__ = ["is_part_of_previous", "is_whole_of_part", "part_and_whole", "splits_turnover",
           "whole_told_before"]

# «ещё», «из них», «из которых», «в том числе» in the amount's clause, before it
_PART_OPENER = lazy_compile(
    r"(?i)(?<![\w-])(?:ещё|еще|из[ \u00a0]+(?:них|которых|этой[ \u00a0]+суммы)"
    r"|в[ \u00a0]+том[ \u00a0]+числе"
    # «на те же цели», «на эти же цели»: money for the same purpose as the figure before, one
    # more of its kind (session 44, metric44b: «… вложить 240 млн. … когда на те же цели было
    # направлено 130 млн»); a bare «на эти цели» often brings money from another purse for
    # that purpose («На эти цели из бюджета направят …»): tried, and it lost on unseen news
    r"|на[ \u00a0]+(?:те|эти)[ \u00a0]+же[ \u00a0]+цели)(?![\w-])")
# «Из 105 млрд рублей, предусмотренных …»: a sentence that opens with the whole, also as a
# quote after its speaker («Ответ замминистра: «Из 105 миллиардов … мы законтрактовали …»»)
_FROM_WORDS = r"[«\"„]?из[ \u00a0]+(?:(?:общ\w+|выделенн\w+|этих|тех)[ \u00a0]+)?"
_FROM_OPENER = lazy_compile(r"(?i)(?:[^.!?:;\n«»]{1,60}:[ \u00a0]*)?" + _FROM_WORDS)
# (the same without the speaker: where no colon stands, the speaker's part cannot match, and
# the full pattern would still walk up to 60 characters looking for one)
_FROM_OPENER_PLAIN = lazy_compile(r"(?i)" + _FROM_WORDS)
# «получит 12 млрд рублей из предусмотренных соглашением 105 млрд»: «из» and up to three
# words (a participle and its agent) before the whole
_FROM_WHOLE = lazy_compile(r"(?i)[ \u00a0]*(?:[а-яё]+[ \u00a0]+){0,5}?из[ \u00a0]+"
                           r"(?:[а-яё«»\"-]+[ \u00a0]+){0,3}\Z")
_MORE_BEFORE = lazy_compile(r"(?i)(?<![\w-])(?:ещё|еще)[ \u00a0]+(?:на[ \u00a0]+)?\Z")  # «ещё на» ending
_QUALIFIER_CLAUSE = lazy_compile(r",[ \u00a0]*[а-яё]+(?:ых|ой|ого|ую|ая|ые)[ \u00a0][^,;.!?]*,",
                                 re.IGNORECASE)
# «Самый крупный из них — поставка 100 автобусов, около 3,4 млрд»: one of the items just told
# (rounds 8, 10, 15), whatever a weak word of its own says it delivers
_ONE_OF = lazy_compile(r"(?i)(?<![\w-])(?:крупнейш\w*|(?:сам|наиболее)\w*[ \u00a0]+крупн\w*)"
                     r"[ \u00a0]+из[ \u00a0]+(?:них|которых)(?![\w-])")
_WHOLES = frozenset({"credit", "investment", "financing", "agreements"})  # money told as one sum
_WEAK = 3  # a cue this weak or weaker yields to the whole
# «на (их) закупку»: what the part goes to; «по льготной ставке», «по программе»: the terms it
# was given on (session 43: «выдали 4,6 млрд, из них 3,1 млрд — по льготной ставке»)
_PURPOSE_BEFORE = lazy_compile(r"(?i)(?<!\w)(?:на|по)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z")
# «Около 1,8 млрд рублей из этой суммы пойдет на …»: the part names its whole right after it
_PART_AFTER = lazy_compile(r"(?i)[ \u00a0]+из[ \u00a0]+(?:этой|этих|указанной|данной|общей)[ \u00a0]+сумм\w*")


def splits_turnover(whole: str, part: str) -> bool:
    """A turnover splits into export and import: «товарооборот … 1,33 млрд долларов, из них
    760 млн пришлось на ввоз» is the import part, named by its own word (round 16)."""
    return whole == "trade_turnover" and part in FLOW_METRICS


def is_part_of_previous(scope: AmountScope, cue: MetricCue) -> bool:
    """Is the amount a part of the figure told before it, or one more of its kind, whose own
    cue is weak or names only what the money goes to («пойдут на закупку»)?"""
    # «Часть средств — 3 млн рублей — предоставит Банк развития»: its loan; «Ещё 3,2 млн рублей
    # … заложено в областном бюджете»: the budget's money. Both asked only where the amount
    # reads as a part (most amounts do not: the same answer, two readers fewer)
    return _reads_as_part(scope, cue) and not bank_provides(scope) and not budget_purse(scope)


def _reads_as_part(scope: AmountScope, cue: MetricCue) -> bool:
    """`is_part_of_previous` but for the money's own purse (a bank's loan, a budget's)."""
    text, amount = scope.text, scope.amount
    lo = max([scope.start] + [m.end() for m in CLAUSE_MARK.finditer(
        text, scope.start, amount.start)])
    first = scope.stretch_start
    lo = max(lo, first)
    own = cue_of(cue.head) if cue.head else None
    if own is not None and own.penalty >= _WEAK and _ONE_OF.search(text, first, amount.start):
        return True
    if (after := _PART_AFTER.match(text, amount.end, scope.end)) is not None:
        # «1,8 млрд рублей из этой суммы пойдет на линию по выпуску шин»; but a part named
        # after its dash («900 млн рублей из этой суммы — заем фонда») is what it is called
        return not _named_after_dash(scope, after.end(), cue)
    opener = _PART_OPENER.search(text, lo, amount.start)
    if opener is None and not _opener_after(scope):
        return False
    if opener is not None and opener.group().endswith("цели") and not _figure_just_before(scope):
        return False  # («… пойдёт на строительство ферм. На те же цели направят …»: the purpose
        # told in a sentence with no figure of its own is no figure's kind)
    if own is None:
        return False  # (no cue: the topic rules carry the previous figure already)
    if (named := part_noun_cue(scope, text)) is not None and named[0].penalty <= 1:
        return False  # «из них 1,5 млн – средства инновационного фонда»: the part's own name
    if _receivers_after_dash(scope):
        # «Ещё около 1,6 млн — розничные сети»: the dash names who took the money's goods
        # (a buyer, a dealer, a chain), not what the money is: one more of the figure before
        return True
    if own.penalty >= 1 and _after_purpose(scope, cue.head):
        return True  # «пойдут на закупку», «придётся на поставки» (not «на экспорт пришлось»)
    # «Ещё 500 млн направят на …», «одобрить проекты ещё на 150–200 млн»: a weak verb or an
    # object after «ещё»; a part named as a subject («из них поставки в регион — 410 млн»)
    # keeps its own cue
    return own.penalty >= _WEAK and (is_verbish(cue.head) or _opener_after(scope))


def part_and_whole(scope: AmountScope) -> tuple[int, int] | None:
    """The (part, whole) amounts' starts of a sentence that tells a part «из» its whole
    («белорусская сторона получит 12 млрд рублей из предусмотренных межправсоглашением
    105 млрд рублей»), when the amount is one of the two; else None."""
    others = sorted(scope.others, key=lambda o: o.start)
    for part, whole in itertools.pairwise(others):
        if scope.amount.start in (part.start, whole.start) and _FROM_WHOLE.fullmatch(
                scope.text, part.end, whole.start):
            return part.start, whole.start
    return None


def is_whole_of_part(scope: AmountScope) -> bool:
    """Is the amount the whole a part is told «из» («получит 12 млрд из предусмотренных
    соглашением 105 млрд»)? A credit line's or a programme's whole is no sum of the part's
    time: it takes none from it."""
    pair = part_and_whole(scope)
    return pair is not None and pair[1] == scope.amount.start


def whole_told_before(scope: AmountScope, cue: MetricCue,
                      before: Callable[[], MetricCue | None]) -> bool:
    """Is the amount the whole, or a part of the whole, of money the sentence before named
    («Российский государственный кредит … выбран почти полностью. Из 105 млрд рублей,
    предусмотренных соглашением, Минфин уже получил 98,5 млрд»)? The sentence opens with
    «Из» and an amount, or tells a part «из» its whole («получит 12 млрд рублей из
    предусмотренных межправсоглашением 105 млрд»); a weak cue of its own (a participle, a
    verb) yields to the money named before (`before()`: the last cue of the previous
    sentence, read by the caller only for a sentence that opens so: reading a sentence's cue
    costs as much as an amount's metric)."""
    text = scope.text
    first = min(o.start for o in scope.others)
    opener = _FROM_OPENER if text.find(":", scope.start, first) >= 0 else _FROM_OPENER_PLAIN
    if not opener.fullmatch(text, scope.start, first) and part_and_whole(scope) is None:
        return False
    told = before()
    if told is None or told.score == NO_CUE or told.metric not in _WHOLES:
        return False
    own = cue_of(cue.head) if cue.head else None
    if own is None or own.penalty >= 1:
        return True
    # «Из 80 млрд рублей, предусмотренных соглашением, …»: a cue inside the clause that
    # qualifies the whole says where it is provided for, not what it is
    head_at = scope.folded.find(cue.head, scope.start, scope.end)
    first_end = min(o.end for o in scope.others)
    clause = _QUALIFIER_CLAUSE.match(text, first_end, scope.end)
    return clause is not None and first_end <= head_at < clause.end()


# «— заем фонда», «– льготный кредит»: a dash, an adjective at most, the part's name
# «Ещё …», «А ещё …» opening the sentence, and the words after a dash up to the clause's end
_MORE_OPENS = lazy_compile(r"(?i)[ \u00a0]*(?:а[ \u00a0]+|и[ \u00a0]+)?ещ[её](?![\w-])")
_DASH_PHRASE = lazy_compile(r"[ \u00a0]*[–—-][ \u00a0]*(?P<words>(?:[а-яё-]+[ \u00a0]+){0,4}[а-яё-]+)"
                            r"[ \u00a0]*(?:[,;.!?]|\Z)")
_DASH_NAME = lazy_compile(r"[ \u00a0]*[–—-][ \u00a0]*(?:[а-яё]+[ \u00a0]+)?[а-яё]+")


def _named_after_dash(scope: AmountScope, at: int, cue: MetricCue) -> bool:
    """Is the amount's own strong cue the noun right after a dash at `at`?"""
    own = cue_of(cue.head) if cue.head else None
    named = _DASH_NAME.match(scope.text, at, scope.end)
    return (own is not None and own.penalty <= 1 and named is not None
            and cue.head in named.group().lower())


def _receivers_after_dash(scope: AmountScope) -> bool:
    """Does «ещё» open the amount's sentence and a dash after the amount name, with no verb,
    the buyers or receivers of the goods («Ещё около $1,6 млн — розничные сети», «ещё 0,4 млн
    – российские дилеры»: `receivers` of `data/trade_flow_ru.json`)?"""
    if _MORE_OPENS.match(scope.text, scope.start) is None:
        return False
    named = _DASH_PHRASE.match(scope.folded, scope.amount.end, scope.end)
    if named is None:
        return False
    receivers = flow_words().receivers
    return any(lemma(w) in receivers for w in named.group("words").split())


def _opener_after(scope: AmountScope) -> bool:
    """«… одобрить новые проекты ещё на 150–200 млн»: «ещё на» right before the amount."""
    return _MORE_BEFORE.search(
        scope.text[max(scope.start, scope.amount.start - 12):scope.amount.start]) is not None


def _after_purpose(scope: AmountScope, head: str) -> bool:
    """Does the cue word stand after «на» or «по» in the amount's sentence («на поставку
    вагонов приходится», «пойдут на закупку оборудования», «— по льготной ставке»)?"""
    low = scope.folded
    pos = low.find(head, scope.start, scope.end)
    while pos >= 0:
        if _PURPOSE_BEFORE.search(low, max(scope.start, pos - 20), pos):
            return True
        pos = low.find(head, pos + 1, scope.end)
    return False


_DIGIT = lazy_compile(r"\d")
_SENTENCE_END = lazy_compile(r"[.!?\n]")
_BACK = 400  # characters before the sentence where the sentence before is looked for


def _figure_just_before(scope: AmountScope) -> bool:
    """Does the amount's own sentence before it, or the sentence before, hold a figure (the
    money whose purpose «на эти цели» points back to)?"""
    text = scope.text
    if _DIGIT.search(text, scope.start, scope.amount.start) is not None:
        return True
    stop = len(text[:scope.start].rstrip(" \u00a0\n.!?"))
    lo = max(0, stop - _BACK)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, stop)]
    return _DIGIT.search(text, ends[-1] if ends else lo, stop) is not None
