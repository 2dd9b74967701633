"""Is a money amount a plan, target or expectation («составит», «планируем выйти на»,
«задача на этот год», a verb in the future tense), and is its year after the publication?

The plan words are data (`forecast`, `not_forecast`, `writer_verbs` of
`data/money_context_ru.json`, compiled by `analysis.money.context`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from analysis.lang import lemma, parse, parses
from analysis.lazypattern import lazy_compile
from analysis.money.context import context_words
from analysis.money.literal_gate import GatedPattern
from analysis.money.plan_words import presented_verbs
from analysis.money.reader_gates import FORECAST_WORDS, open_readers
from analysis.money.scope import CLAUSE_MARK
from analysis.money.year_mentions import year_mentions

if TYPE_CHECKING:
    from datetime import date

    from analysis.money.scope import AmountScope

__all__ = ["SPAN", "YearsSpanned", "is_forecast", "is_future", "past_after_plan",
           "plans_over", "says_in_past", "told_in_past", "years_spanned"]

SPAN = "span"  # the `year_source` of a multi-year programme's or plan's money (no one year)

# A verb's personal form («откроет», «купят», «придётся», «выпустим»: only these are asked of
# the morphology; shorter words are no verbs of a plan): a whole run of lower-case letters
# (cut at the scan's bounds) of four letters or more (six with «ся») ending as a personal
# form («даст», «продаст», «создаст», «передаст»: the future of «дать» and its kin ends in
# «аст»). Read as the run's `fullmatch`.
_PERSONAL_WORD = lazy_compile(r"(?:[а-яё]{2,}(?:[еиё]т|[уюая]т|[еиё]м)|[а-яё]+аст)(?:ся)?")
# Where such a run may end: its last letter («т», «м», or the «я» of «ся») with no letter
# after it and the ending read behind it. Every run `_PERSONAL_WORD` takes ends at one of these
# (a superset: «ст» stands for «аст», «тся»/«мся» for every ending before «ся»). The scan is
# led by the class of three letters, so sre skips to them in C, and most of those stand inside
# a word (the look-ahead, first, drops them): a scan from every word's start tried every letter
# (~30 k instructions a call on the benchmark's ~50 characters, ~12 k now; session 44).
_FORM_END = lazy_compile(r"[тмя](?![а-яё])(?:(?<=[еиёуюаяс]т|[еиё]м)|(?<=[тм]ся))")
_LOWER_LETTER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_AND = lazy_compile(r"[ \u00a0]и[ \u00a0]")
_WORD_RE = lazy_compile(r"[а-яё]+")
_CLAUSE_OR_COLON = lazy_compile(r"[,;:.!?()]")
# «, а …» (not «, а также», which shares the predicate before it): the last one before the
# amount starts its own clause
_BUT = lazy_compile(r",[ \u00a0]+а[ \u00a0]+(?!также)(?!.*,[ \u00a0]+а[ \u00a0]+(?!также))")
_GAP = lazy_compile(r"[ \u00a0][—–][ \u00a0]")
# a figure set off by commas, a preposition perhaps before it: «Второй, на 440 млн долларов, …»
_INSET = lazy_compile(r",[ \u00a0]*(?:(?:на|в|до|около|порядка|почти|примерно|свыше|более)"
                      r"[ \u00a0]+)*\Z")
# a share of a base sum: «98,3% от утверждённых», «12% от плановых» right before the amount
_PERCENT_BASE = lazy_compile(r"\d(?:[,.]\d+)?[ \u00a0]*(?:%|процент\w*)[ \u00a0]+(?P<of>от)[ \u00a0]+"
                             r"(?:[а-яё]+[ \u00a0]+){0,2}\Z")
# «… на 1,2 млрд и … на 96 млн», «планирует инвестировать 120 млн рублей, а также выпустить
# облигации на 50 млн» (a comma before «а также» too: it shares the predicate before it)
_COORDINATED = lazy_compile(r"[ \u00a0]*(?:и|,?[ \u00a0]*а[ \u00a0]+также)[ \u00a0][^,;:.!?—–]*\Z")
# «планируется направить 300 млн, во второй — 550 млн, в третий — по 700 млн»: an elliptic item
# of a list has no verb of its own; the list's predicate governs it
_ELLIPTIC_ITEM = lazy_compile(r"[ \u00a0]*[,;][ \u00a0]*[^,;:.!?—–\d]{1,40}[—–][ \u00a0]*(?:по[ \u00a0]+)?\Z")
# «предусмотрено 3,6 млн рублей, из них на компенсацию выставочных расходов – 400 тыс.»: a part
# of the total with no verb of its own shares the total's predicate, also past the total's own
# words («намерен вложить 23 млн евро в линию по выпуску панелей, из которых 15 млн – кредит»)
# («направят 12,5 млн рублей собственных средств, еще 20 млн рублей — кредит»: one more part
# told with «ещё», round 40)
_PART_ITEM = lazy_compile(r"[^,;:.!?—–\d]{0,60}?,[ \u00a0]*(?:из[ \u00a0]+них|из[ \u00a0]+которых"
                          r"|в[ \u00a0]+том[ \u00a0]+числе|ещё|еще)"
                          r"[^,;:.!?—–\d]{0,60}(?:[—–][ \u00a0]*)?\Z")


# a share of a base holds «%» or «процент» (`literal_gate`): no search without either
_PERCENT = GatedPattern(lambda: _PERCENT_BASE, ("%", "процент"))


def is_forecast(scope: AmountScope) -> bool:
    """Is the amount a plan, target or expectation? The cue must stand in the amount's part of
    the sentence: after the previous amount (or the sentence start), up to the amount, or
    right after it in the same clause («… 50 млрд, как ожидается» does not count). A figure
    coordinated with the previous one («предусмотрено создание … на 380 млн рублей и поставка
    … на 1,1 млрд») shares its predicate. (Read once a scope: kept in `forecast_known`.)"""
    known = scope.forecast_known
    if known is None:
        known = scope.forecast_known = _reads_as_forecast(scope)
    return known


def _reads_as_forecast(scope: AmountScope) -> bool:
    text, amount = scope.folded, scope.amount
    # the plan words are searched only in a sentence holding one of their literals (every
    # search below stays inside the sentence: `money.reader_gates`)
    planned = FORECAST_WORDS in open_readers(scope)
    near = max(scope.start, amount.start - 60)
    if base := _PERCENT.search(text, near, amount.start):
        # «составит 98,3% от утверждённых 8,2 млрд»: the verb governs the share; the base is
        # a plan only by its own words («от запланированных 5 млрд»)
        return planned and context_words().forecast.search(text, base.start("of"),
                                                           amount.start) is not None
    before = [o.end for o in scope.others if o.end <= amount.start]
    lo = max([scope.start, *before])
    hi = amount.start
    while before and (_COORDINATED.match(text, lo, hi) or _ELLIPTIC_ITEM.match(text, lo, hi)
                      or _PART_ITEM.match(text, lo, hi)):
        # (step back over the items of a list to the predicate that governs them all)
        hi = max(o.start for o in scope.others if o.end == lo)
        lo = max([scope.start] + [e for e in before if e < lo])
        if lo == scope.start:
            break
    but = _BUT.search(text, lo, hi)
    if but is not None and hi == amount.start and _GAP.match(text, amount.end) and (
            first := [o.start for o in scope.others if o.end <= but.start()]):
        # «Средства пойдут на погашение кредита на 1,2 млрд рублей, …, а около 300 млн — на
        # оборотный капитал»: the dash after the figure stands for the verb of the figure
        # before it, whose clause is read (round 66)
        lo = max([scope.start] + [e for e in before if e <= max(first)])
    elif but is not None and not _GAP.search(text, but.end(), hi):
        # «…, а прямые инвестиции составили»: «а» opens the next predicate (but «…, а
        # федеральный центр — субсидию на 150 млн»: the dash stands for the verb before)
        lo = but.end()
    semi = text.rfind(";", lo, hi)
    if semi >= 0 and text.find(":", scope.start, semi) < 0:
        # «… поставит белорусское ОАО «…»; контракт на 2,8 млн евро подписан в марте»: a
        # semicolon closes the clause before (not the items of a list after a colon)
        lo = semi + 1
    words = context_words()
    hit = _plan_end(words.forecast.search(text, lo, amount.end) if planned else None,
                    text, lo, amount.end)
    if hit is not None and _done_in_own_clause(text, hit, amount.start, amount.end,
                                               scope.end):
        return False  # «планируется заменить 1 100 лифтов, на эти цели направлено 3,8 млрд»
    if hit is None:
        clause = _CLAUSE_OR_COLON.search(text, amount.end, scope.end)
        if (clause is not None and text[clause.start()] == "," and not text[
                amount.end:clause.start()].strip() and _INSET.search(
                    text, max(scope.start, amount.start - 30), amount.start)):
            # «Второй, на 440 млн долларов, ожидается до конца года»: a figure set off by
            # commas before its verb; the clause after it is its own (round 57)
            clause = _CLAUSE_OR_COLON.search(text, clause.end(), scope.end)
        clause_end = clause.start() if clause else scope.end  # («…: средства пойдут на»)
        # «закупил на 2,3 млрд и … планирует вложить еще 1,5 млрд»: a plan after «и» or
        # before the next amount is the next predicate's
        joined = _AND.search(text, amount.end, clause_end)
        clause_end = min([clause_end, joined.start() if joined else clause_end])
        if not any(amount.end <= o.start < clause_end for o in scope.others):
            # («… стоимостью 28 млн рублей может превышать 8 млн»: a verb before the next
            # amount of the clause is that amount's predicate)
            hit = _plan_end(words.forecast.search(text, amount.end, clause_end) if planned
                            else None, text, amount.end, clause_end)  # «800 млн придётся на»
    if hit is None:
        return False
    if hit <= amount.start and _done_before(text, amount.end, scope.end):
        return False  # «пойдут на погашение кредита на 1,2 млрд рублей, привлечённого в 2023 году»
    return not words.not_forecast.search(text, lo, max(hit, amount.end))


def _plan_end(word: re.Match[str] | None, text: str, start: int, end: int) -> int | None:
    """Where the plan word `word` found in text[start:end] ends, else the first verb in the
    future tense there (`_future_verb`); None when neither stands."""
    if word is not None:
        return word.end()
    verb = _future_verb(text, start, end)
    return None if verb is None else verb[1]


# a participle set off right after the figure, and the rest of its clause: «…, привлечённого
# в 2023 году на закупку оборудования,»
_PARTICIPLE_AFTER = lazy_compile(r",[ \u00a0]+([а-яё]+)([^,;:.!?]*)")
_YEAR_DIGITS = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _done_before(text: str, amount_end: int, s_end: int) -> bool:
    """Does a past participle set off right after the figure date the thing the figure
    measures to a year («досрочное погашение кредита на 1,2 млрд рублей, привлечённого в 2023
    году»)? The figure is that thing's size, told as done; the plan before it is about what
    happens to it now (round 66). A participle with no year («кредит на 100 млн,
    предназначенный для …») says what it is for, not when it was done."""
    m = _PARTICIPLE_AFTER.match(text, amount_end, s_end)
    if m is None or not _YEAR_DIGITS.search(m.group(2)):
        return False
    tag = parse(m.group(1)).tag
    return tag.POS == "PRTF" and "past" in tag


def _done_in_own_clause(text: str, plan_end: int, amount_start: int, amount_end: int,
                        s_end: int) -> bool:
    """Is the plan word in an earlier clause, and the amount's own clause told in the past
    («…: на эти цели заложено 45 млн», «…, направлено 3,8 млрд», «Около 70% средств
    предоставит банк: соглашение на сумму 28,5 млн долларов подписано в августе»)? Then the
    money is there."""
    mark = max(text.rfind(c, plan_end, amount_start) for c in ",;:—")
    if mark < 0:
        return False
    after = _CLAUSE_OR_COLON.search(text, amount_end, s_end)
    own_end = after.start() if after else s_end
    return any(_is_past(w) for w in (*_WORD_RE.findall(text, mark, amount_start),
                                     *_WORD_RE.findall(text, amount_end, own_end)))


def past_after_plan(scope: AmountScope, plan_before: bool) -> bool:
    """Is the amount told in the past («Партнёр вложил в цех 600 млн») after a sentence that
    told a plan (`plan_before`: «В этом году планируем собрать там 900 лифтов»)? Money
    already spent is not in the plan's time: the figure takes none from it."""
    if not plan_before or is_forecast(scope):
        return False
    lo = scope.stretch_start
    return any(_is_past(w) for w in _WORD_RE.findall(scope.folded, lo, scope.amount.start))


def told_in_past(scope: AmountScope) -> bool:
    """Is the amount's own clause told in the past («Вложили тогда около 350 млн», «Банк
    выдал кредит на 300 млн»): a verb in the past between the clause's start and its end?"""
    text, amount = scope.text, scope.amount
    lo = max([scope.start] + [text.rfind(c, scope.start, amount.start) + 1 for c in ",;:("])
    after = _CLAUSE_OR_COLON.search(text, amount.end, scope.end)
    hi = after.start() if after else scope.end
    return any(_is_past(w) for w in (*_WORD_RE.findall(scope.folded, lo, amount.start),
                                     *_WORD_RE.findall(scope.folded, amount.end, hi)))


def says_in_past(folded: str, start: int, end: int) -> bool:
    """Has folded[start:end] (lower-cased) a verb in the past («поставил», «собрали»)?"""
    return any(_is_past(w) for w in _WORD_RE.findall(folded, start, end))


@lru_cache(maxsize=50_000)
def _is_past(word: str) -> bool:
    tag = parse(word).tag
    return (tag.POS == "VERB" and tag.tense == "past") or (tag.POS == "PRTS" and "past" in tag)


def is_future(year: int | None, published: date | None) -> bool:
    """Is the figure's year after the year of publication (a budget approved «на 2025 год»
    in December 2024)? Then it is a plan, whatever the verb (the caller leaves out a signed
    contract's value «на 2027 год»: signed, not planned)."""
    return year is not None and published is not None and year > published.year


def _future_verb(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first verb in the future tense in text[start:end] («откроет», «купит»):
    a run of letters cut at `start` and `end`, as a scan of the slice reads it."""
    writer = context_words().writer_verbs
    pos = start
    while (m := _FORM_END.search(text, pos, end)) is not None:
        pos = m.end()
        lo = pos - 1
        while lo > start and text[lo - 1] in _LOWER_LETTER:
            lo -= 1  # (back to the run's start: a few letters, for the few ends found)
        word = text[lo:pos]
        if _PERSONAL_WORD.fullmatch(word) is not None and word not in writer and _is_future(word):
            return lo, pos  # (not «напомним»)
    return None


@lru_cache(maxsize=50_000)
def _is_future(word: str) -> bool:
    """Is `word` a verb in the future tense? A biaspectual verb's personal form
    («компенсирует», «финансируют», «субсидирует») is as much the present of its imperfective
    as the future of its perfective: no sure sign of a plan (plain grammar; «облисполком
    компенсирует расходы … — до 15 тыс. рублей на одно предприятие» is a standing rule)."""
    tag = parse(word).tag
    if tag.POS != "VERB" or tag.tense != "futr":
        return False
    return not any(p.tag.POS == "VERB" and p.tag.tense == "pres" for p in parses(word))


# «4,5 млрд рублей до 2030 года»: the horizon right after the sum («до конца 2030 года»)
_HORIZON_AFTER = lazy_compile(r"[ \u00a0]+до[ \u00a0]+(?:конца[ \u00a0]+)?")
_SPAN_END = lazy_compile(r"(?:19|20)\d\d[ \u00a0]*[-–—][ \u00a0]*(?P<y2>(?:19|20)?\d\d)(?!\d)")


def plans_over(scope: AmountScope, published: date | None, found: YearsSpanned | None) -> bool:
    """Is the amount, whose `years_spanned` is `found`, a multi-year programme's or plan's
    money («программа на 2024–2028 годы предусматривает 9,5 млрд»), the span not yet over at
    publication? Then it is a plan, with no single year (rounds 8, 10; the caller leaves out a
    signed contract «на 2024–2030 годы»), unless a verb in the past before the amount says the
    money is already given. A horizon in a later year right after the sum («инвестиций по
    контракту — 4,5 млрд рублей до 2030 года») is such a span too (`years_spanned` with
    `horizon`: not a credit's term): the money is to be spent over the years up to it. (The
    caller reads the span for the year's source as well: read once.)"""
    if found is None:
        return False
    if found.span and published is not None and found.last < published.year:
        return False  # the programme is over: what it got is told, not planned
    # «по программе на 2021–2025 годы уже выделено 2 млрд», «утвердил программу … с бюджетом
    # 2,4 млрд»: money already given or decided; but a programme presented or proposed
    # («Холдинг представил банкам инвестиционную программу на 2026–2030 годы объёмом около
    # $340 млн») is still a plan (`presented_verbs`; round 66)
    presented = presented_verbs()
    return not any(_is_past(w) and lemma(w) not in presented
                   for w in _WORD_RE.findall(scope.folded, scope.start, scope.amount.start))


class YearsSpanned(NamedTuple):
    """The years an amount's money is told over: a span «на 2026–2029 годы» or a horizon
    «до 2030 года» (`span` False), by its last year."""

    last: int
    span: bool


def years_spanned(scope: AmountScope, published: date | None, *,
                  horizon: bool = True) -> YearsSpanned | None:
    """The span of years the amount's own words give its money («на 2026–2029 годы»; with
    `horizon`, a later year right after it: «4,5 млрд рублей до 2030 года»), whatever the
    verb's tense; None when they give none. Such money has no one year (`SPAN`)."""
    if "на" not in scope.lowered and "до" not in scope.lowered:
        return None
    for m in year_mentions(scope.text, scope.start, scope.end):
        if (horizon and not m.is_span and published is not None and m.year > published.year
                and scope.amount.end <= m.start
                and _HORIZON_AFTER.fullmatch(scope.text, scope.amount.end, m.digits_start)):
            return YearsSpanned(last=m.year, span=False)
        if (horizon and not m.is_span and published is not None and m.year > published.year
                and m.preposition == "до" and m.end <= scope.amount.start
                and not CLAUSE_MARK.search(scope.text, m.end, scope.amount.start)
                and not any(m.end <= o.start < scope.amount.start for o in scope.others)):
            # «Потери бюджета до 2024 года оцениваются в 10–11 млрд долларов» (written in
            # 2020): a horizon in a later year opening the amount's clause (round 54)
            return YearsSpanned(last=m.year, span=False)
        if not (m.is_span and m.preposition == "на") or scope.distance(m.start, m.end) is None:
            continue
        span = _SPAN_END.match(scope.text, m.digits_start)
        if span is None:
            continue
        y2 = span.group("y2")
        return YearsSpanned(last=int(y2) if len(y2) == 4 else m.year // 100 * 100 + int(y2), span=True)
    return None
