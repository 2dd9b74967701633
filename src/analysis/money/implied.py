"""Implied currencies: a bare scaled figure («54 миллиарда») borrows the currency of an amount
near it, or is no money at all.

Linear in the number of amounts: the next explicit amount of each one and the sentence breaks
are found once, and looked up by position.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.ingest import headline_end
from analysis.lazypattern import lazy_compile
from analysis.money.around import MONEY_CONTEXT
from analysis.money.grammar import RUBLE_WORD, vocabulary
from analysis.money.lists import list_lead
from analysis.patternstore import compile_pattern

if TYPE_CHECKING:
    from analysis.money.amounts import Amount
    from analysis.money.fact_record import Fact

__all__ = ["opening_currency", "resolve_implied", "same_kind_currency", "stated_currency"]

# (a paragraph of direct speech, «— За девять месяцев …», is a new sentence of the same talk;
# an editor's note in brackets, «95 млн рублей (белорусских. — Ред.)», is none)
# (a live blog's entry, «10:15 Премьер-министр …», is a sentence as one with no time stamp)
_SENTENCE_BREAK = lazy_compile(r"[.!?…][\"»”)]*\s+(?![—–-][ \u00a0]+(?:Ред|Прим)\.)"
                             r"(?:[0-2]?\d:[0-5]\d[ \u00a0]+)?"
                             r"(?:[—–-][ \u00a0]+)?[«\"„(]?[А-ЯЁA-Z]|\n")
_NEW_SENTENCE = lazy_compile(r"[.!?]\s+[А-ЯA-Z«\"]|\n")
# «поступления в российской валюте превысили 25 млрд»: the clause names the currency
_IN_CLAUSE = tuple((lazy_compile(rx, re.IGNORECASE), code)
                   for rx, code in vocabulary().currency_in_clause)
_CLAUSE_REACH = 60
_OPENING_REACH = 160  # a sentence's opening words are read this far back
_OPENING = lazy_compile(r"[\s«\"„(—–-]*")
_CONVERTING = lazy_compile(r"в\s+пересч[её]те\s+")  # «В пересчёте на российские деньги …»
# a figure that says «рублей» names its currency; only the rubles' country was read from
# the context (`rubles.belarusian_rubles`), so it borrows no other currency
_ASIDE_LEN = 40  # characters of a short aside sentence («Амбициозно, но реально.»)
# «Это в рублях, если что»: the writer states the currency of the figures around it
_STATEMENTS = tuple((lazy_compile(rx, re.IGNORECASE), code)
                    for rx, code in vocabulary().currency_statements)


def stated_currency(text: str) -> str | None:
    """The currency a sentence of the text states for its figures («Это в рублях»), if one
    and only one is stated."""
    codes = {code for rx, code in _STATEMENTS if rx.search(text)}
    return codes.pop() if len(codes) == 1 else None


def resolve_implied(text: str, found: list[Amount]) -> list[Amount]:
    """Give bare scaled figures the currency of the previous explicit amount.

    Only nearby: the previous amount is in the same or the preceding sentence, or the figure's
    own sentence talks about money («объем финансирования составлял 5,3 млрд»). «Аудитория
    превысила 3 млн» five sentences after a dollar figure is not money. With no earlier
    amount, the next explicit one in the same sentence may lend its currency («3 млрд в 2023
    году и 4 млрд долларов в 2024»). Otherwise the figure is dropped: a bare number with
    nothing to imply from is not money.

    Linear in the number of amounts: the next explicit amount of each one and the sentence
    breaks are found once (a text of 40,000 «1 млрд» must not take seconds).
    """
    result: list[Amount] = []
    last: str | None = None
    last_end = 0
    if not any(a.implied_currency for a in found):
        return found
    following = _NextExplicit(text, found)
    stated: list[str | None] = []  # the text's stated currency, looked for once if needed
    breaks = _Breaks(text)
    for idx, amount in enumerate(found):
        if not amount.implied_currency:
            if not _converts_last(text, result, amount):
                last = amount.currency
            last_end = amount.end
            result.append(amount)
            continue
        if amount.currency:  # taken already from the figure it is set against or elides
            last_end = amount.end
            result.append(amount)
            continue
        currency = _in_clause(text, amount.start) or last
        if currency is not None and currency == last and not _near(breaks, last_end, amount.start):
            currency = None
        if currency is None:
            currency = following.currency(idx)
        if currency is None:
            if not stated:
                stated.append(stated_currency(text))
            currency = stated[0]
        if currency is None and amount.end <= headline_end(text):
            # «Шестьдесят миллиардов: реальность или лозунг?» over a body that says «60 млрд
            # долларов»: a headline's bare figure is the body's figure of the same value
            currency = next((a.currency for a in found[idx + 1:] if not a.implied_currency
                             and abs(a.value - amount.value) <= 1e-6 * amount.value), None)
        if currency is None:
            continue
        last_end = amount.end
        result.append(replace(amount, currency=currency, implied_currency=True))
    return result


def opening_currency(text: str, start: int) -> str | None:
    """The currency a phrase opening the figure's sentence names («В российских рублях …»,
    «В пересчёте на российские деньги экспорт … — около 1,6 млрд рублей»), if any: the
    writer's word for every figure of the sentence. A phrase inside it qualifies its own
    noun («комиссия за перевод в российских рублях — 5 рублей»): none."""
    lo = max(0, start - _OPENING_REACH)
    # (the last mark of each kind in the whole reach: as narrowing the reach mark by mark)
    lo = max(lo, text.rfind(".", lo, start) + 1, text.rfind(";", lo, start) + 1,
             text.rfind("!", lo, start) + 1, text.rfind("?", lo, start) + 1,
             text.rfind("\n", lo, start) + 1)
    found = _opening_phrase().match(text[lo:start].lower())
    return None if found is None else _OPENING_CODES[found.lastgroup or ""]


# the currency of each phrase of `_IN_CLAUSE`, by its group's name in `_opening_phrase`
_OPENING_CODES = {f"c{i}": code for i, (_rx, code) in enumerate(_IN_CLAUSE)}


@cache
def _opening_phrase() -> re.Pattern[str]:
    """`_OPENING`, then `_CONVERTING` if it stands, then the first phrase of `_IN_CLAUSE` (in
    its order, ignoring case) that matches there, in one match: the first two atomic, each
    taken once as their own matches took them; each phrase a named group (the last closed)."""
    phrases = "|".join(f"(?P<c{i}>{rx.pattern})" for i, (rx, _code) in enumerate(_IN_CLAUSE))
    return compile_pattern(f"(?>{_OPENING.pattern})(?>(?:{_CONVERTING.pattern})?)(?i:{phrases})")


def _in_clause(text: str, start: int) -> str | None:
    """The currency the figure's own clause names before it («поступления в российской
    валюте превысили 25 млрд»), if any."""
    lo = max(0, start - _OPENING_REACH)
    for mark in ".;!?\n":
        lo = max(lo, text.rfind(mark, lo, start) + 1)
    window = text[lo:start].lower()  # («В белорусских рублях — около 58 млрд» opens a sentence)
    if "в " not in window and "в\u00a0" not in window and "на " not in window:
        return None
    near = window[-_CLAUSE_REACH:]
    # a phrase that opens the sentence names the currency of its figures further on too
    # («В белорусских рублях наша выручка за полугодие выросла вдвое – до 180 млрд»)
    opening = _OPENING.match(window)
    head = window[opening.end():] if opening else window
    return next((code for rx, code in _IN_CLAUSE
                 if rx.search(near) or rx.match(head) is not None), None)


def same_kind_currency(facts: list[Fact]) -> list[Fact]:
    """A bare figure borrows the currency of the nearest earlier explicit figure of its own
    kind when the one just before is of another («оборот … 54 млрд долларов … на программу
    выделить 4,2 млрд российских рублей … оборот может откатиться до 48 млрд»: dollars, as
    the turnover). A figure with no kind of its own («other») keeps what it borrowed, and so
    does a bare «рублей» read as Belarusian by what stands near it («14,2 млрд белорусских
    рублей. Из них возмещено 9,7 млрд рублей»), and so does a part told with its whole
    («выпустить продукции на 3,5 млрд рублей, из них примерно на 600 млн — для поставок в
    Беларусь»: the part is counted in the whole's currency, whatever kind it is)."""
    out = facts
    for i, f in enumerate(facts):
        if (not f.amount.implied_currency or f.metric == "other" or RUBLE_WORD.search(
                f.amount.surface)):
            continue
        lender = next((p for p in reversed(facts[:i]) if not p.amount.implied_currency), None)
        if lender is None or lender.metric == f.metric or lender.amount.currency != f.amount.currency:
            continue
        if _part_of_lender(lender.amount.end, f.amount.start, f.sentence.text, f.sentence.start):
            continue  # «3,5 млрд рублей, из них примерно на 600 млн»: the whole's currency
        kin = next((p for p in reversed(facts[:i]) if not p.amount.implied_currency
                    and p.metric == f.metric), None)
        if kin is not None and kin.amount.currency != f.amount.currency:
            out = out if out is not facts else list(facts)
            out[i] = replace(f, amount=replace(f.amount, currency=kin.amount.currency))
    return out


_PART_REACH = 60  # characters from the whole to its part («…, из них примерно на 600 млн»)


def _converts_last(text: str, result: list[Amount], amount: Amount) -> bool:
    """Is `amount` the figure before it restated in other money («14,8 млн рублей, это около
    5,7 млн долларов»)? A bare figure after it goes on in the money of the figure restated
    («В прошлом году … было 19,6 млн»), not of its conversion (round 50)."""
    if not result or result[-1].currency in (None, amount.currency):
        return False
    # (imported here: the conversion words' module reads the context words, which read amounts)
    from analysis.money.ruble_rate import restates
    return restates(text, result[-1], amount)


def _part_of_lender(whole_end: int, start: int, sentence: str, s_start: int) -> bool:
    """Is the figure at `start` a part of the figure ending at `whole_end` in its sentence
    (a part opener, «из них», «в том числе», between the two)?"""
    if whole_end < s_start or start - whole_end > _PART_REACH:
        return False
    # (imported here: the context words' module reads amounts, which resolve implied currencies)
    from analysis.money.context import context_words
    return context_words().part_openers.search(
        sentence[whole_end - s_start:start - s_start].lower()) is not None


def compares_with_before(text: str, s_start: int, start: int) -> bool:
    """Does the sentence opening at `s_start` open with words comparing its figures with the
    money told before («Для сравнения: в 2019 году мы выходили на 1,9 млрд»:
    `comparison_openers`), before the figure at `start`?"""
    if "равнени" not in text[s_start:start]:
        return False
    return _comparison_opener().match(text, s_start, start) is not None


@cache
def _comparison_opener() -> re.Pattern[str]:
    # (imported here: the context words' module reads amounts, which resolve implied currencies)
    from analysis.money.context import context_data
    openers = "|".join(context_data().get("comparison_openers") or ["(?!)"])
    return compile_pattern(rf"[«\"„(—–-]*[ \u00a0]*(?:{openers})(?![а-яё])", re.IGNORECASE)


def _near(breaks: _Breaks, prev_end: int, start: int) -> bool:
    """Previous amount in this or the previous sentence, or money talk in this sentence."""
    between = breaks.between(prev_end, start)
    if not between or (len(between) == 1 and not between[0].newline):
        return True
    if _replies_to(breaks.text, prev_end, start, between):
        return True
    if (len(between) == 2 and "\n" not in breaks.text[prev_end:start]
            and between[1].start - between[0].end <= _ASIDE_LEN):
        return True  # «… 1,7 млрд долларов. Амбициозно, но реально. За январь — 130 млн»: a
        # short aside in the same paragraph does not change the topic
    if MONEY_CONTEXT.search(breaks.text, between[-1].end - 1, start):
        return True
    if (len(between) == 2 and not between[-1].newline and "\n" not in breaks.text[prev_end:start]
            and compares_with_before(breaks.text, between[-1].end - 1, start)):
        return True  # «… 2,34 млрд долларов. Это больше, чем у соседей. Для сравнения: … 1,9 млрд»
    lead = list_lead(breaks.text, start)
    return lead is not None and MONEY_CONTEXT.search(breaks.text, *lead) is not None


# A reply in an interview or a broadcast transcript opens with a dash or a speaker's label in
# capitals («— Да, …», «СОМОВ: …», «В. ЛАЗАРЧУК: …»).
_REPLY_OPEN = lazy_compile(r"[—–]|[А-ЯЁA-Z][А-ЯЁA-Z. \-]{1,40}:[ \u00a0]")


def _replies_to(text: str, prev_end: int, start: int, between: list[_Break]) -> bool:
    """Is the figure in the first sentence of a reply («— Да, 700 млн — это был прогноз»,
    «СОМОВ: Больше семидесяти миллиардов») to the paragraph just before, which holds the
    previous amount, or to a question asked right after that paragraph («Три и восемь
    миллиарда?», «А сколько уже освоено?»)?"""
    line = text.rfind("\n", prev_end, start)
    if line < 0 or not _REPLY_OPEN.match(text, line + 1):
        return False
    newlines = text.count("\n", prev_end, start)
    if newlines == 2:  # one paragraph between: it must be a question, no figure's own topic
        question = text[text.find("\n", prev_end) + 1:line].rstrip()
        if not question.endswith("?") or len(question) > 200:
            return False
    elif newlines != 1:
        return False
    return all(b.start <= line for b in between)


class _Break(NamedTuple):
    start: int
    end: int
    newline: bool


class _Breaks:
    """The sentence breaks of a text, found once, looked up by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[_Break] = []
        self.starts: list[int] | None = None  # scanned on the first question (often none)

    def between(self, lo: int, hi: int) -> list[_Break]:
        """The breaks that lie wholly inside text[lo:hi]: the first two and the last."""
        if self.starts is None:
            self.found = [_Break(start=m.start(), end=m.end(), newline=m.group() == "\n")
                          for m in _SENTENCE_BREAK.finditer(self.text)]
            self.starts = [b.start for b in self.found]
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi, lo=i)
        while j > i and self.found[j - 1].end > hi:
            j -= 1
        if j - i <= 2:
            return self.found[i:j]
        return [self.found[i], self.found[i + 1], self.found[j - 1]]


class _NextExplicit:
    """For each amount, the currency of the next explicit amount of the same sentence."""

    def __init__(self, text: str, found: list[Amount]) -> None:
        self.found = found
        self.next_index: list[int | None] = [None] * len(found)
        nxt: int | None = None
        for i in range(len(found) - 1, -1, -1):
            self.next_index[i] = nxt
            if not found[i].implied_currency:
                nxt = i
        self.text = text
        self.breaks: list[int] | None = None  # scanned on the first question that needs them

    def currency(self, idx: int) -> str | None:
        j = self.next_index[idx]
        if j is None:
            return None
        if self.breaks is None:
            self.breaks = [m.start() for m in _NEW_SENTENCE.finditer(self.text)]
        end, start = self.found[idx].end, self.found[j].start
        k = bisect.bisect_left(self.breaks, end)
        if k < len(self.breaks) and self.breaks[k] < start:
            return None  # a new sentence begins before it
        return self.found[j].currency
