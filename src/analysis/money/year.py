"""The year an amount belongs to, read from its sentence.

The nearest year expression of the sentence that belongs to the amount («по итогам 2024
года», «в 2022 г.», «в прошлом году» resolved from the publication date). Multi-year spans
(«в 2021–2023 годах») and horizons («до 2030 года») give no year, comparison bases («по
сравнению с 2022 годом») are skipped, «годом ранее» counts back, and with no year at all a
partial period, a date («на 1 июля») or «по итогам года» fixes the publication year.
The years written in digits, with the words around each, are `money.year_mentions`'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from analysis.lang import calendar
from analysis.lang.newslayout import dateline_end
from analysis.lazypattern import lazy_compile
from analysis.money.base_clause import told_in_base_clause
from analysis.money.narrative_year import narrative_base
from analysis.money.scope import AmountScope
from analysis.money.since_start import counted_since
from analysis.money.than_base import than_base
from analysis.money.word_lists import context_data
from analysis.money.year_after_base import year_after_base
from analysis.money.year_clause import AND_WORD, mention_distance
from analysis.money.year_elided import year_told_before
from analysis.money.year_mentions import year_mentions
from analysis.money.year_of_writing import year_of_writing
from analysis.money.year_words_around import quoted_apart, verb_after
from analysis.money.years_ago import years_ago

if TYPE_CHECKING:
    from datetime import date

__all__ = ["AS_IN", "COMPARED_PHRASE", "COMPARISON_STEMS", "PERCENT_BASE", "PUBLICATION", "RELATIVE_YEARS",
           "YearReading", "counts_back", "focus_year_between", "year_of", "year_reading"]

_YEAR_SPAN_AFTER = lazy_compile(r"(?i)[ \u00a0]+(?:по|-|–|—|и)[ \u00a0]+(?:19|20)\d\d")
# Relative years: (pattern, offset from the publication year). The words are the calendar's
# (data/calendar_ru.json), matched by stem so every case form counts.
_RELATIVE_WORDS = calendar().relative_years


def _stems(offset: int) -> str:
    """The stems of the relative-year words with this offset («прошлый» → «прошл»)."""
    stems = {lemma[:-2] for lemma, off in _RELATIVE_WORDS.items() if off == offset}
    # longest first; equal lengths in a fixed order, so every process builds the same source
    return "|".join(sorted(stems, key=lambda s: (-len(s), s)))


_LAST_YEAR_NOUNS = "|".join(calendar().last_year_nouns)
RELATIVE_YEARS: tuple[tuple[str, int], ...] = (
    # «в прошлом году …, в позапрошлом — …», «в текущем — 380 млн»: «год» left out
    (rf"(?:{_stems(-2)})\w*(?:\s+год\w*|(?=[ \u00a0]*[—–,]))", -2),
    # «Прошлогодний результат – 940 тыс.»: the adjective of last year before its noun
    # «Для сравнения, в прошлом было 214 млн» after a sentence of this year's figure: «году»
    # left out before the past of «быть» and a figure (gated by `year_elided.year_told_before`;
    # round 50)
    (rf"(?:{_stems(-1)})\w*(?:\s+год\w*|(?=[ \u00a0]*[—–]))|прошлогодн\w*[ \u00a0]+(?:{_LAST_YEAR_NOUNS})\w*"
     r"|(?<=в\s)прошлом(?=[ \u00a0]+был[аио]?[ \u00a0]+(?:(?:около|почти|примерно|порядка|более"
     r"|свыше|менее|лишь|всего|только)[ \u00a0]+)?[$€\d])", -1),
    # «в этом сезоне» (a crop's, a price's): the year in progress (rounds 29, 44; «в нынешнем
    # сезоне» is left alone: tests/test_facts_round14_time.py)
    (r"(?<=в\s)этом\s+сезоне|"
     rf"(?:{_stems(0)}|сего)\w*\s+год\w*|с\s+начала\s+года"
     r"|(?<=в\s)(?:текущ|нынешн)\w*(?=[ \u00a0]*[—–.,;!?])"  # «против 11,2 млрд в текущем.»
     # «за январь–май нынешнего — уже 17,2 млрд»; «а в нынешнем рассчитывает выйти на 1,8
     # млрд» (a verb after it: checked in `year_reading`)
     r"|(?:текущ|нынешн)его(?=[ \u00a0]*[—–,])|(?<=в\s)(?:текущ|нынешн)ем(?=[ \u00a0]+[а-яё])"
     # «а в сентябре этого — уже 92 млн»: «года» left out after a month (not «кроме этого —»)
     # (the word first, its month's ending looked back at after it: a branch led by
     # look-behinds is tried at every word's start, one led by a letter only where «э» stands)
     # («за январь–апрель этого — 17,9 млрд», «за девять месяцев этого — …»: a span of months
     # in the accusative, a quarter, a half-year, «года» left out too; round 70)
     r"|этого(?:(?<=[рлтн]е\sэтого|ае\sэтого|ии\sэтого)|(?<=брь\sэтого)|(?<=рель\sэтого)"
     r"|(?<=март\sэтого)|(?<=[-–]май\sэтого)|(?<=июнь\sэтого)|(?<=июль\sэтого)"
     r"|(?<=август\sэтого)|(?<=месяцев\sэтого)|(?<=квартал\sэтого)|(?<=полугодие\sэтого))"
     r"(?=[ \u00a0]*[—–])"
     # «В прошлом году — 1,05 млрд, в этом, по прогнозу, превысит 1,3 млрд», «…, а в этом
     # рассчитывает выйти на 45 млн» (only in a sentence that says «год»: the gate below; a
     # word after it must be a verb, checked in `year_reading`: not «в этом регионе»)
     r"|(?<=в\s)этом(?=[ \u00a0]*[—–,])|(?<=в\s)этом(?=[ \u00a0]+[а-яё])", 0),
    # «в следующем — ещё 220 млн»; «довести до 700 млн, а в следующем выйти на 800 млн» (a
    # verb after it: checked in `year_reading`)
    (rf"(?:{_stems(1)})\w*(?:\s+год\w*|(?=[ \u00a0]*[—–]))"
     r"|(?<=в\s)(?:следующ|будущ)ем(?=[ \u00a0]+[а-яё])", 1),
)
# A relative-year word with «год» left out before a dash or comma («В позапрошлом — 118 млн»)
_ELLIPTIC_STEMS = ("прошл", "следующ", "будущ", "текущ", "нынешн")  # a cheap look first
_ELLIPTIC_RELATIVE = lazy_compile(r"(?:позапрошл|прошл|следующ|будущ|текущ|нынешн)\w*[ \u00a0]*[—–,]"
                                r"|(?<=в )(?:следующ|будущ|текущ|нынешн)ем[ \u00a0]+[а-яё]")
_RELATIVE = lazy_compile(
    r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(RELATIVE_YEARS))
    + ")")
# «к уровню 2021 года», «к уровню января–сентября 2025 года», «по сравнению с I кварталом
# 2024 года»: a period may stand between the comparison word and the year
# («превысил показатели 2021 и 2022 годов»: each year of a list of bases is a base)
_YEAR_COMPARED = lazy_compile(
    r"(?i)(?<!\w)(?:" + "|".join(calendar().comparison_bases) + r")"
    r"[ \u00a0]+(?:(?:с|со|к)[ \u00a0]+)?"
    r"(?:[IVа-яё]+[ \u00a0]*(?:[—–-][ \u00a0]*)?){0,3}"
    r"(?:(?:19|20)\d\d[ \u00a0]*(?:,|и)[ \u00a0]+){0,3}\Z")
# «прибавив 9,8% к 2022 году», «+12% к 2021-му», «в 1,5 раза к 2020 году»: a change told
# against a year, which is its base («к» right after a percentage or a ratio)
_CHANGE_BEFORE = lazy_compile(r"(?i)(?:%|процент\w*|раза?)[ \u00a0]*\Z")
# the base's own figure right after its year, in brackets («к уровню 2020 года (5,2 млрд)»)
_BASE_FIGURE = lazy_compile(r"(?i)[ \u00a0]*(?:год\w*|г\.)?[ \u00a0]*\([ \u00a0]*")
# the base's own figure right before its period («против 15,1 млн рублей за аналогичный
# период 2025 года»: the compared amount is of the base's year)
_BASE_AFTER_FIGURE = lazy_compile(r"(?i)[ \u00a0]*(?:за|в)[ \u00a0]+(?:аналогичн|соответствующ)\w*"
                                  r"[ \u00a0]+период\w*[ \u00a0]+")
PERCENT_BASE = lazy_compile(r"(?i)(?:%|процент\w*|раза?)[ \u00a0]+к[ \u00a0]+(?:19|20)\d\d"
                          r"(?:-?(?:му|м|го))?(?:[ \u00a0]*(?:год\w*|г\.))?")
# «как и в прошлом году», «как и за последние три года»: another time the figure is like
AS_IN = lazy_compile(r"(?i)(?<![\w-])как[ \u00a0]+и[ \u00a0]+(?:в|во|за|на)[ \u00a0]+[^,;:.!?—–]*")
# «…, когда он равнялся», «в котором», «тогда»: a clause of the base's own figure
# (`base_clause_words`, one list with `money/base_clause.py`)
_WHEN = lazy_compile(r"(?i)(?<!\w)(?:" + "|".join(calendar().base_clause_words) + r")(?![\w-])")
_TO_BEFORE = lazy_compile(r"(?i)(?<!\w)к[ \u00a0]+\Z")  # «к прошлому году»
# The whole comparison phrase, year included: what a sentence says about a base, not its own
# time («составил 18,9 млрд, или 104% к уровню января–сентября 2025 года»)
COMPARED_PHRASE = lazy_compile(
    r"(?i)(?<!\w)(?:" + "|".join(calendar().comparison_bases) + r")"
    r"[ \u00a0]+(?:(?:с|со|к)[ \u00a0]+)?"
    r"(?:[IVа-яё]+[ \u00a0]*(?:[—–-][ \u00a0]*)?){0,3}"
    r"(?:(?:19|20)\d\d[ \u00a0]*)?(?:год\w*|г\.)?")
# The literal stems of the comparison words: a text with none of them needs no scan
COMPARISON_STEMS = tuple(re.split(r"[\\(\[]", p, maxsplit=1)[0]
                         for p in calendar().comparison_bases)
# Years counted from the figure in focus («годом ранее», «того же года», «за аналогичный
# период прошлого года»): group f<i> is the calendar's focus_years[i].
_FOCUS_YEARS = calendar().focus_years
_FOCUS = lazy_compile(r"(?i)(?<![\w-])(?:" + "|".join(
    f"(?P<f{i}>{rx})" for i, (rx, _) in enumerate(_FOCUS_YEARS)) + r")(?!\w)")
# «в ближайшие два года», «в течение пяти лет»: a span of years, no year of its own
_HORIZON = lazy_compile(r"(?i)(?<![\w-])(?:" + "|".join(calendar().horizons) + r")(?!\w)")
_FIRST_YEAR = lazy_compile(r"(?i)(?<![\w-])(?:в|на|за)[ \u00a0]+первый[ \u00a0]+(?:же[ \u00a0]+)?год(?!\w)")
_UNTIL_END = lazy_compile(r"(?i)(?<![\w-])до[ \u00a0]+конца[ \u00a0]+(?:[IVа-яё]+[ \u00a0]+"  # a deadline
                          r"(?:квартала|полугодия)[ \u00a0]+)?\Z")  # («до конца I квартала 2025 года»)
# «сейчас», «теперь»: the moment of writing (the calendar's present words)
# (and «сегодня» where the sentence sets the figure against a time beyond another one)
_PRESENT = lazy_compile(r"(?i)(?<![\w-])(?:" + "|".join(
    (*calendar().present_words, *context_data()["present_against_past"])) + r")(?!\w)")
_BEYOND = 1000  # `AmountScope.distance` adds this when another amount lies between
# «должно было поступить до 1 августа 2018 года»: a deadline's day, as «до 2018 года» (round 68)
_BY_DAY = lazy_compile(r"(?i)(?<![\w-])до[ \u00a0]+(?:\d{1,2}[ \u00a0]+)?\Z")
_YEAR_SPAN_BEFORE = lazy_compile(r"(?i)(?:19|20)\d\d[^\d.;]{0,12}(?:по|-|–|—|и)[ \u00a0]+\Z")
# «всего с конца 2007 года набралось $3,5 млрд»: a sum counted since a part of a year, no
# year of its own (not «с начала 2025 года», the year so far; round 57)
_SINCE_PART = lazy_compile(r"(?i)(?<![\w-])со?[ \u00a0]+(?:конца|середины|осени|весны|лета|зимы)"
                           r"[ \u00a0]+\Z")


class YearReading(NamedTuple):
    """A figure's year and how it was read: "stated" (digits), "relative" («в прошлом году»,
    «годом ранее») or `PUBLICATION` (a period or date of the publication year)."""

    year: int | None
    source: str | None


PUBLICATION = "publication"
_NO_YEAR = YearReading(year=None, source=None)


def focus_year_between(text: str, start: int, end: int) -> bool:
    """Is there a phrase counting years from the figure in focus («годом ранее», «того же
    года») in text[start:end]?"""
    return "од" in text[start:end] and _FOCUS.search(text, start, end) is not None


def counts_back(low: str) -> bool:
    """Does this lower-cased sentence date its figure back from the figure in focus («Год
    назад за тот же период было 801 млн», «годом ранее — 5,1 млрд»)? Such a comparison does
    not move the focus: the next sentence goes on about the figure before it. «Пять лет
    назад было 1,4 млрд» looks back in the same way."""
    if "назад" in low and next(years_ago(low, 0, len(low)), None) is not None:
        return True
    if "год" not in low:
        return False
    return any(_FOCUS_YEARS[int(m.lastgroup[1:])][1] < 0  # type: ignore[index]
               for m in _FOCUS.finditer(low))


_ELLIPTIC_BEFORE_WORD = lazy_compile(r"(?i)(?:текущ|нынешн|следующ|будущ)ем|этом")

def year_of(scope: AmountScope, published: date | None, period: str | None,
            base_year: int | None = None) -> int | None:
    """The year of `year_reading` alone."""
    return year_reading(scope, published, period, base_year).year


def year_reading(scope: AmountScope, published: date | None, period: str | None,
                 base_year: int | None = None, present: bool = True,
                 deal: bool = False) -> YearReading:
    """Year of the nearest year expression in the sentence that belongs to this amount.

    A mention after the amount counts only inside its clause (no comma or dash between) and
    when it is not closer to the next amount. With none, a partial period («за I квартал»,
    «в январе–сентябре») fixes the publication year (the previous one if the period ends after
    the publication month, or «по итогам года» is read in January–February). `base_year` is
    the year «годом ранее» counts back from when the sentence has none of its own. With
    `present`, «сейчас стоит» dates a level by the publication (not for a sum of investments
    «на данный момент», which spans years). With `deal` (a contract's value), the years a
    deal runs for («договор … на 2025–2027 годы») are its term, not its time, when the
    sentence states the year it was signed («В 2024 году … подписали»; round 53).
    """
    text, s_start, s_end = scope.text, scope.start, scope.end
    cands: list[tuple[int, int | None, str]] = []  # (distance, year or None, source)
    compared = False  # a comparison base of this amount was skipped
    compared_back = False  # … and it was a past year named relatively («к прошлому году»)
    published_year = published.year if published else None
    dateline = -1  # where an agency dateline of the sentence ends (read when a year is seen)
    # («Сальдо, как и в прошлом году, отрицательное»: the time it is compared with)
    like = [m.span() for m in AS_IN.finditer(text, s_start, s_end)] if "как " in scope.lowered else []
    mentions = list(year_mentions(text, s_start, s_end))
    terms = [(m.start, m.end) for m in mentions if deal and m.is_span and m.preposition == "на"]
    if terms and all(any(a <= m.digits_start < b for a, b in terms) for m in mentions):
        terms = []  # the term is the only time told: it stays the figure's span of years
    for mention in mentions:
        ys, pre = mention.digits_start, mention.preposition
        if like and any(a <= ys < b for a, b in like):
            continue
        if any(a <= ys < b for a, b in terms):
            continue  # «договор … на 2025–2027 годы»: the deal's term
        if any(o.start <= ys < o.end for o in scope.others):
            continue  # a number inside an amount
        if dateline < 0:
            dateline = dateline_end(text, s_start, s_end)
        if ys < dateline:
            continue  # «МОСКВА, 3 февраля 2026 г. — …»: the news's date, not the figure's
        if not pre and not mention.has_word:
            continue  # «2024 трактора»: a bare number is not a year
        if quoted_apart(text, ys, scope.amount.start):
            continue  # «… ещё в 2019-м», — отметил он, добавив, что … на 1,8 млрд: the quote's
        if _YEAR_COMPARED.search(text, max(s_start, mention.start - 60), mention.start) or (
                pre == "к" and _CHANGE_BEFORE.search(text, max(s_start, mention.start - 12),
                                                    mention.start)) or (
                "чем" in scope.lowered and than_base(text, s_start, mention.start, mention.end,
                                                     scope.amount.start)):
            # («прибавив 9,8% к 2022 году», «в 1,5 раза к 2021 году»: a change against it)
            # «по сравнению с 2022 годом», «к уровню 2021 года»: a base, not the year
            if _BASE_FIGURE.fullmatch(text, mention.end, scope.amount.start) or (
                    scope.amount.end <= mention.start
                    and _BASE_AFTER_FIGURE.fullmatch(text, scope.amount.end, mention.start)) or (
                    told_in_base_clause(text, mention.end, scope.amount.start)):
                # «выше показателя 2020 года (5,2 млрд долларов)»: the base's own figure; so
                # is «… против 15,1 млн рублей за аналогичный период 2025 года», and one told
                # in a clause of its year («к 2010 году, когда он равнялся 28,1 млрд»)
                cands.append((0, mention.year, "stated"))
                continue
            compared = compared or scope.distance(mention.start, mention.end) is not None
            continue
        year: int | None = mention.year
        if (mention.is_span or _YEAR_SPAN_AFTER.match(text, mention.end)
                or pre in ("до", "с", "со") or _YEAR_SPAN_BEFORE.search(text, max(0, ys - 20), ys)
                or _BY_DAY.search(text, max(0, mention.start - 8), mention.start)
                or _SINCE_PART.search(text, max(0, ys - 20), ys)
                or counted_since(text, s_start, ys)  # «с момента создания фонда в 2016 году»
                or (published_year is not None and mention.year > published_year
                    and _UNTIL_END.search(text, max(0, ys - 16), ys))):
            # multi-year spans («с 2021 по 2024 год») and horizons fix no year, nor a deadline
            # in a later year («инвестирует до конца 2025 года» written in 2024: 2024–2025)
            year = None
        dist = mention_distance(scope, mention.start, mention.end)
        if dist is not None:
            cands.append((dist, year, "stated"))
    if "первый" in scope.lowered and any(m.is_span for m in mentions):
        # «на 2018–2021 годы предусмотрено 1,36 млрд, из них в первый год — 280 млн»: the
        # span's first year (round 55)
        for m in _FIRST_YEAR.finditer(text, s_start, s_end):
            spans = [y for y in mentions if y.is_span and y.end <= m.start()]
            if spans and (dist := mention_distance(scope, m.start(), m.end())) is not None:
                cands.append((dist, spans[-1].year, "stated"))
    explicit = [y for _, y, _ in cands if y is not None]
    # _FOCUS and _YEAR_IMPLICIT need the letters «год»; two sentences in three have
    # none, so their (slow, case-insensitive) scans are skipped there. upper() keeps this
    # exact: sre's IGNORECASE matches just the characters whose upper case is «Г», «О», «Д».
    year_word = "ГОД" in text[s_start:s_end].upper()
    focus_spans: list[tuple[int, int]] = []
    for m in (_FOCUS.finditer(text, s_start, s_end) if year_word else ()):
        # «… против убытка в 3,4 млн годом ранее», «за аналогичный период прошлого года»:
        # counted from the sentence's own year, else the figure in focus, else publication.
        focus_spans.append(m.span())
        if (_YEAR_COMPARED.search(text, max(s_start, m.start() - 60), m.start()) or than_base(
                text, s_start, m.start(), m.end(), scope.amount.start)) and not _WHEN.search(
                    text, m.end(), max(m.end(), scope.amount.start)):
            # «прибыль — 96,3 млн против убытка годом ранее»: the base's year (but «больше,
            # чем за аналогичный период прошлого года, когда экспорт составлял 349,7 млн»: its)
            continue
        dist = scope.distance(m.start(), m.end())
        base = explicit[0] if explicit else base_year or published_year
        if dist is not None and base is not None:
            offset = _FOCUS_YEARS[int(m.lastgroup[1:])][1]  # type: ignore[index]
            cands.append((dist - 1, base + offset, "relative"))
    for a, b, back in (years_ago(text, s_start, s_end) if "назад" in scope.lowered else ()):
        # «пять лет назад было около 1,4 млрд»: the publication year less five (a base after
        # «больше, чем» is not the figure's; «два года назад» is a focus year, read above)
        if published_year is not None and not any(fs <= a < fe for fs, fe in focus_spans) and (
                dist := scope.distance(a, b)) is not None and not (than_base(
                    text, s_start, a, b, scope.amount.start) or _YEAR_COMPARED.search(
                        text, max(s_start, a - 60), a)):
            cands.append((dist - 1, published_year - back, "relative"))
    for m in (_HORIZON.finditer(text, s_start, s_end) if year_word or "лет" in scope.lowered
              else ()):
        if any(a <= m.start() < b for a, b in like):
            continue
        dist = scope.distance(m.start(), m.end())
        if dist is not None and not (m.start() > scope.amount.end and AND_WORD.search(
                text, scope.amount.end, m.start())):
            # «в ближайшие два года вложит …»: no one year («закупил на 2,3 млрд и в
            # ближайшие два года вложит»: the horizon of the next verb, not of this amount)
            cands.append((dist, None, "stated"))
    # (with no date known, a relative year still claims its figure, as no year)
    if _relative_can_count(published_year, cands) and (
            "год" in scope.lowered or (
            any(stem in scope.lowered for stem in _ELLIPTIC_STEMS)
            and _ELLIPTIC_RELATIVE.search(scope.lowered)) or year_told_before(scope)
            or "сезон" in scope.lowered):
        for m in _RELATIVE.finditer(text, s_start, s_end):
            if any(fs <= m.start() < fe for fs, fe in (*focus_spans, *like)):
                continue  # «прошлого года» of «аналогичный период прошлого года»
            if _ELLIPTIC_BEFORE_WORD.fullmatch(m.group()) and not verb_after(text, m.end()):
                continue  # «в нынешнем сезоне», «при текущем курсе»: a noun follows
            for i, (_, offset) in enumerate(RELATIVE_YEARS):
                if m.group(f"r{i}") is not None:
                    dist = mention_distance(scope, m.start(), m.end())
                    if dist is not None and quoted_apart(text, m.start(), scope.amount.start):
                        dist = None  # a time inside a quote the amount stands outside of
                    if dist is not None and (_relative_compared(text, s_start, m.start(), offset)
                                             or than_base(text, s_start, m.start(), m.end(),
                                                           scope.amount.start)) and (
                            not _WHEN.search(text, m.end(), max(m.end(), scope.amount.start))):
                        # (but «по сравнению с позапрошлым годом, когда было 249 млн»: its year)
                        # «вырос на 52 млн к прошлому году»: the base, not the figure's year
                        compared_back = compared_back or offset < 0
                    elif dist is not None and offset > 0 and scope.amount.qualifier != "up_to" and (
                            _UNTIL_END.search(text, max(s_start, m.start() - 40), m.start())):
                        # «выданы до конца (I квартала) следующего года»: paid by a later year's
                        # deadline, no year (a level «дойти до 3 млрд» by then is that year's)
                        cands.append((dist, None, "stated"))
                    elif dist is not None:  # «Десять лет назад … в следующем году»: the story's
                        origin = (offset > 0 and narrative_base(  # year; no date known, none
                            text, s_start, m.start(), published_year)) or published_year
                        cands.append((dist, origin and origin + offset, "relative"))
                    break
    if cands and present and published_year is not None and min(c[0] for c in cands) >= _BEYOND:
        # «В прошлом году завод поставил … на 48 млн; цена тонны сейчас держится около 1 900
        # долларов»: the year before lies beyond another figure, and «сейчас» in the amount's
        # own stretch dates it by the writing (round 54)
        for m in _PRESENT.finditer(text, s_start, s_end):
            dist = scope.distance(m.start(), m.end())
            if dist is not None and dist < _BEYOND:
                cands.append((dist, published_year, "relative"))
    if cands:
        _, year, source = min(cands, key=lambda c: c[0])
        return YearReading(year=year, source=source if year is not None else None)
    if published is None:
        return _NO_YEAR
    year = year_of_writing(scope, published, period, year_word, present)
    if year is None and (after := year_after_base(scope, published)) is not None:
        # «86,4 млн рублей против 71 млн рублей в 2022 году»: the year after the base
        return YearReading(year=after, source="stated")
    if year is None and compared_back:
        # «вырос на 52 млн к прошлому году»: the year in progress, or the one just ended when
        # read in January–February (as «по итогам года» is)
        year = published.year - 1 if published.month <= 2 else published.year
    elif year is None and compared and published.year > (
            base := max(m.year for m in year_mentions(text, s_start, s_end))):
        # «вырос на 18% к уровню 2021 года — до 640 млн»: compared with a past year, the
        # figure is the current one; read in January–February, the year just ended when it is
        # later than the base («Это меньше рекорда 2024-го, но … мы вышли на 56 млрд» in
        # February 2026, as «по итогам года» is; round 55)
        year = published.year - 1 if published.month <= 2 and published.year - 1 > base else (
            published.year)
    return YearReading(year=year, source=PUBLICATION if year is not None else None)


def _relative_can_count(published_year: int | None,
                        cands: list[tuple[int, int | None, str]]) -> bool:
    """With no date known, a relative year claims its figure as no year: that changes the
    reading only where a year is read already (else it is none either way; speed43c)."""
    return published_year is not None or any(year is not None for _, year, _ in cands)


def _relative_compared(text: str, s_start: int, start: int, offset: int) -> bool:
    """Is the relative year at `start` a comparison base: after a comparison word («по
    сравнению с прошлым годом», «против уровня прошлого года»), or a past year after «к»
    («к прошлому году»; «к следующему году» is a target)?"""
    before = text[max(s_start, start - 60):start]
    return bool(_YEAR_COMPARED.search(before) or (offset < 0 and _TO_BEFORE.search(before)))
