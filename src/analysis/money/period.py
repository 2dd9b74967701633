"""The partial period an amount covers: «январь–октябрь», «9 месяцев», «I квартал».

Month names, quarter and half-year words and spelled-out month counts come from
`analysis.lang.calendar`; periods are labelled in Russian («январь–октябрь», «9 месяцев»,
«I квартал», «II полугодие», «с начала года»), the label the amounts table carries.
"""

from __future__ import annotations

from analysis.lang import calendar
from analysis.lazypattern import lazy_compile
from analysis.money.aside_reach import aside_spans
from analysis.money.folded_reader import FoldedReader
from analysis.money.scope import AmountScope

__all__ = ["MONTH_ABBR_RE", "MONTH_NAMES", "MONTH_NAMES_IN_ORDER", "MONTH_RE", "month_name",
           "month_number", "period_last_month", "period_of"]

_CAL = calendar()
_MONTH_NAMES = tuple(m.nominative for m in _CAL.months)
MONTH_NAMES = frozenset(_MONTH_NAMES)  # a single month as a period label
MONTH_NAMES_IN_ORDER = _MONTH_NAMES  # «январь» … «декабрь»
# «перв», «1», «i» … → «I»: the ordinal of a quarter or half-year as the label writes it.
_ROMAN = {
    **{str(n): r for n, r in enumerate(_CAL.roman, start=1)},
    **{stem: _CAL.roman[n - 1] for stem, n in _CAL.ordinal_stems.items()},
    **{r.lower(): r for r in _CAL.roman},
}
_QUARTER_END = {r: 3 * n for n, r in enumerate(_CAL.roman, start=1)}  # last month
_HALF_END = {r: 6 * n for n, r in enumerate(_CAL.roman[:2], start=1)}

# A month name in any case form (for the patterns of periods, years and dates).
MONTH_RE = (r"(?:январ[ьяеюё]\w*|феврал[ьяею]\w*|март[аеу]?\w*|апрел[ьяею]\w*|ма[йяею]"
            r"|июн[ьяею]\w*|июл[ьяею]\w*|август[аеу]?\w*|сентябр[ьяею]\w*|октябр[ьяею]\w*"
            r"|ноябр[ьяею]\w*|декабр[ьяею]\w*)")
_GENITIVE_RE = "(?:" + "|".join(m.genitive for m in _CAL.months) + ")"
# «янв.–июнь», «янв.–сент.»: a month abbreviated with a dot, as tables and captions write
# them (longest first: «сент.» before «сен.»); only in a span of months, never alone
MONTH_ABBR_RE = "(?:" + "|".join(sorted((a for m in _CAL.months for a in m.abbreviations),
                                   key=lambda a: -len(a))) + r")\."
_SPAN_MONTH = "(?:" + MONTH_RE + "|" + MONTH_ABBR_RE + ")"
# «14 января 2024 года»: a day before the month makes a date, not a period
_DAY_BEFORE = lazy_compile(r"\d[ \u00a0]*\Z")
# a term a procedure or a deal runs for, no period of a figure («сроком на шесть месяцев»)
_TERM_BEFORE = lazy_compile(r"(?i)(?:сроком|на[ \u00a0]+срок)[ \u00a0]+(?:на[ \u00a0]+|до[ \u00a0]+)?\Z")
# «к уровню января 2023 года», «против марта 2022-го»: a comparison base is not the period
_BASE_BEFORE = lazy_compile(r"(?i)(?:уровн\w*|сравнению[ \u00a0]+с|против|относительно)[ \u00a0]+\Z")
_PERIOD = lazy_compile(
    r"(?i)(?<![\w-])(?:"
    r"(?P<m1>" + _SPAN_MONTH + r")[ \u00a0]*[-–—][ \u00a0]*(?P<m2>" + _SPAN_MONTH + r")"
    # «с апреля по июнь»: a span of months told with prepositions
    r"|(?<![\w-])с[ \u00a0]+(?P<s1>" + MONTH_RE + r")[ \u00a0]+по[ \u00a0]+(?P<s2>" + MONTH_RE + r")"
    r"|(?P<n>\d{1,2}|" + "|".join(_CAL.month_counts) + r")[ \u00a0]+мес(?:яц\w*|\.)"
    # (not «на 450 кв. м»: square metres, the digit one of a number)
    r"|(?P<q>iv|i{1,3}|[1-4](?!\d)|перв|втор|трет|четв[её]рт)\w*(?:-?(?:м|й|го|ом))?[ \u00a0]*"
    r"кв(?:артал\w*|\.(?![ \u00a0]*м(?![а-яё])))"
    # «В четвертом квартале … $312 млн, тогда как в первом – лишь $178 млн»: the noun left out
    # (the locative of «третий» is «третьем»: its soft sign before the ending, newuser42 F14)
    r"|(?<![\w-])во?[ \u00a0]+(?P<eq>перв|втор|трет|четв[её]рт)(?:ом|ьем|ье)(?=[ \u00a0]*[-–—])"
    r"|(?P<h>i{1,2}|[12](?!\d)|перв|втор)\w*(?:-?(?:м|е|ое|ом))?[ \u00a0]+полугоди\w*"
    # («по итогам полугодия», «Итоги полугодия»: the half-year just ended, the first)
    r"|(?P<half>за[ \u00a0]+(?:полгода|полугодие)|итог(?:ам|и)[ \u00a0]+полугодия)"
    r"|(?P<qs>два|двух|три|трех|трёх)[ \u00a0]+квартал\w*"
    # («за истекший период текущего года»: the months gone so far, as «с начала года»)
    r"|(?P<ytd>с[ \u00a0]+начала[ \u00a0]+(?:текущего[ \u00a0]+|этого[ \u00a0]+)?года"
    r"|за[ \u00a0]+истекший[ \u00a0]+период[ \u00a0]+(?:текущего|этого|нынешнего)[ \u00a0]+года)"
    r"|(?:в|за)[ \u00a0]+(?P<m>" + MONTH_RE + r")(?![ \u00a0]*[-–—][ \u00a0]*" + MONTH_RE + ")"
    # «подвела итоги января 2024 года», «данные марта 2023 г.»: a month in the genitive before
    # its year is a period too (not «14 января 2024 года», a date: the day is read below)
    r"|(?P<mg>" + _GENITIVE_RE + r")(?=[ \u00a0]+(?:19|20)\d\d(?!\d))"
    # «Сколько стоит …, январь 2026 г.:»: a month named before its year closing a list's lead
    # (session 30; not an issue's date, «Бюллетень № 3 (март 2022 г.)»)
    # and «по месяцам: апрель — 18 млн, май — 21 млн»: a month named as a list item's label,
    # its figure right after the dash (one alternation of the names for both)
    r"|(?P<mn>" + "|".join(_MONTH_NAMES) + r")(?=[ \u00a0]+(?:19|20)\d\d(?!\d)[^\n:()]{0,8}:"
    r"|[ \u00a0]*[—–][ \u00a0]*(?:[а-яё]+[ \u00a0]+)?[$€\d])"
    r")")
# (its Roman numerals written in lower case, as IGNORECASE reads them alike: so it can be
# found in the folded copy, `FoldedReader`)
_PERIOD_READER = FoldedReader(_PERIOD)
_BRACKET_GAP = lazy_compile(r"[ \u00a0]*\([ \u00a0]*")  # «… (43,7 млрд)»: the amount opens a bracket
_BEYOND = 1000  # `AmountScope.distance` adds this when another amount lies between
_YEAR_DIGITS = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# «…, а по итогам года планирует поставить на 3,5 млрд», «к концу года рассчитываем выйти на
# 1,3 млрд», «до конца года рассчитываем выйти на 1,2 млрд» (new user 31): the amount's own
# clause speaks of the whole year
# (and a bare «за год» after a part-year figure: «По итогам первого полугодия рассчитываем выйти
# на 120 миллионов, а за год — превысить 250 миллионов», not «за год до открытия»)
# («на текущий год … предусмотрено 40 млрд» after «с начала года перечислено 14,6 млрд»: money
# allotted for the whole year, round 36)
# («512 млн за январь–август, а по итогам прошлого года — 690 млн»: a year told relative to the
# publication, in the calendar's words, is a whole year too: round 54)
_RELATIVE_YEAR_WORD = "(?:" + "|".join(sorted(lemma[:-2] for lemma in _CAL.relative_years)) + r")[а-яё]*"
# «…, в прошлом году — 1,3 млн» after a figure «с начала года»: a year of its own, told
# relative to the publication, as «в 2020 году — 1,3 млн» is (round 54)
_RELATIVE_YEAR = lazy_compile(r"(?i)(?<![\w-])(?:в|во)[ \u00a0]+" + _RELATIVE_YEAR_WORD
                              + r"[ \u00a0]+году(?![\w-])")
_WHOLE_YEAR_WORDS = lazy_compile(r"(?i)(?<![\w-])(?:(?:(?:по[ \u00a0]+итогам|к[ \u00a0]+концу"
                               r"|на[ \u00a0]+конец|до[ \u00a0]+конца|в[ \u00a0]+целом[ \u00a0]+за|за)"
                               r"(?:[ \u00a0]+" + _RELATIVE_YEAR_WORD + r")?"
                               r"|за[ \u00a0]+весь(?:[ \u00a0]+(?:[а-яё]+|(?:19|20)\d\d))?)"
                               r"[ \u00a0]+года?(?![\w-])"
                               r"(?![ \u00a0]+до(?![\w-]))"
                               r"|на[ \u00a0]+(?:текущий|этот|нынешний|следующий|будущий|предстоящий)"
                               r"[ \u00a0]+год(?![\w-]))")
_CLAUSE_END = lazy_compile(r"[,;:.!?()]|[ \u00a0][—–][ \u00a0]")
# «декабрьских», «майские», «мартовский»: the month's adjective goes on after the month's stem
_MONTH_TAIL = lazy_compile(r"(?i)[а-яё]*")
# «Тонна … за полгода подорожала с 290 до 330 долларов», «с начала года подорожала с 78 до
# 112 тыс. рублей»: a price rose or fell over the span, it is no figure of the span (a price is
# a level: rounds 26, 30)
_PRICE_CHANGE_AFTER = lazy_compile(r"(?i)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?(?:подорожа|подешеве)\w*")
# «Цена оси с начала года выросла с 28 до 33 тыс. рублей»: a price's change from one level to
# another over the span, told with a plain verb of change (session 22's reading; round 44)
_LEVEL_CHANGE_AFTER = lazy_compile(r"(?i)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?(?:вырос|выросл|снизил|снизл"
                                   r"|упал|увеличил|уменьшил|поднял|опустил)\w*[ \u00a0]+с[ \u00a0]+\d")
_PRICE_WORD = lazy_compile(r"(?i)(?<![а-яё])(?:цен[аыуе]|стоимост)")
# «ещё в январе», «еще в августе»: a moment a level stood at, set against now (rounds 22, 47)
# «до конца первого квартала следующего года»: a deadline in a later year, no period of the
# figure (round 52; the year is none either: `year.year_reading`)
_UNTIL_END_BEFORE = lazy_compile(r"(?i)(?<![\w-])(?:до[ \u00a0]+конца|к[ \u00a0]+концу)[ \u00a0]+\Z")
# (the next-year words are the calendar's: «следующий», «будущий», «наступающий», «грядущий»)
_LATER_YEAR_AFTER = lazy_compile(r"(?i)[ \u00a0]+(?:" + "|".join(sorted(
    lemma[:-2] for lemma, offset in _CAL.relative_years.items() if offset == 1))
    + r")\w*[ \u00a0]+год")
_STILL_BEFORE = lazy_compile(r"(?i)(?<![а-яё])ещ[её][ \u00a0]+\Z")
# «Килограмм яблок подорожал до 70 рублей; в июле он стоил 45 рублей»: the month a price stood
# at a level, set against the price it rose or fell to (as «ещё в январе»; round 53)
_PRICE_MOVED = lazy_compile(r"(?i)(?<![а-яё])(?:подорожа|подешеве)\w*")
_COST_PAST = lazy_compile(r"(?i)(?<![а-яё])стоил[аои]?(?![а-яё])")
# Letters every period expression contains: a sentence without any is not scanned. (Plain
# `in` tests: an alternation of them, led by the commonest letters, started sre's match after
# each such letter: ~2.3x the instructions.)
_PERIOD_HINTS = ("мес", "квартал", "кв.", "полугод", "полгода", "начала", "истекш", "янв", "фев", "мар",
                 "апр", "май", "мая", "мае", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")


def _hinted(lowered: str) -> bool:
    """Does `lowered` hold one of `_PERIOD_HINTS`?"""
    for hint in _PERIOD_HINTS:  # (a plain loop: no generator a sentence)
        if hint in lowered:
            return True
    return False


def month_name(word: str) -> str:
    """The nominative of a month named in any case form («январе» → «январь»)."""
    month = _CAL.month(word)
    return month.nominative if month else word.lower()


def month_number(word: str) -> int | None:
    """1..12 for a month named in any case form, else None."""
    return _CAL.month_number(word)


def period_last_month(period: str) -> int | None:
    """The month a period label ends in («январь–октябрь» → 10, «I квартал» → 3)."""
    if "–" in period:
        name = period.split("–")[1]
        return _MONTH_NAMES.index(name) + 1 if name in _MONTH_NAMES else None
    if period in _MONTH_NAMES:
        return _MONTH_NAMES.index(period) + 1
    head = period.split()[0]
    if period.endswith("месяцев") and head.isdigit():
        return int(head)
    if period.endswith(_CAL.quarter_word):
        return _QUARTER_END.get(head)
    if period.endswith(_CAL.half_word):
        return _HALF_END.get(head)
    return None


def period_months(period: str) -> int | None:
    """How many months a period label spans («I квартал» → 3, «январь–сентябрь» → 9,
    «май–июль» → 3, «II полугодие» → 6, «март» → 1); None when the label does not say
    («с начала года»)."""
    last = period_last_month(period)
    if last is None:
        return None
    if "–" in period:
        first = month_number(period.split("–")[0])
        return last - first + 1 if first is not None and first <= last else None
    if period.endswith(_CAL.quarter_word):
        return 3
    if period.endswith(_CAL.half_word):
        return 6
    return last if period.endswith("месяцев") else 1


# «за январь–декабрь» spans the whole year: no part of it (session 30's new user)
_WHOLE_YEAR = f"{_CAL.months[0].nominative}–{_CAL.months[-1].nominative}"


def period_of(scope: AmountScope) -> str | None:
    """The period label of the nearest period expression of the amount's sentence."""
    text = scope.text
    best: tuple[int, str] | None = None  # (distance, label)
    if not _hinted(scope.lowered):
        return None
    asides: list[tuple[int, int]] | None = None  # read when a period is seen
    for m in _PERIOD_READER.finditer(text, scope.folded, scope.start, scope.end):
        if m.group("m") and "ск" in m.group("m")[3:] + _MONTH_TAIL.match(text, m.end()).group():
            continue  # «в декабрьских поставках»: an adjective, not the month
        if (m.group("mg") or m.group("mn")) and (_DAY_BEFORE.search(text, max(0, m.start() - 4), m.start())
                              or _BASE_BEFORE.search(text, max(0, m.start() - 24), m.start())):
            continue  # «14 января 2024 года»: a date; «к уровню января 2023-го»: a base
        if _PRICE_CHANGE_AFTER.match(text, m.end()) or (
                _LEVEL_CHANGE_AFTER.match(text, m.end())
                and _PRICE_WORD.search(text, scope.start, m.start())):
            continue  # «с начала года подорожала с 78 до 112 тыс.»: the span of the change
        if m.group("m") and _STILL_BEFORE.search(text, max(0, m.start() - 6), m.start()) and (
                _PRICE_WORD.search(text, scope.start, scope.end)):
            continue  # «хотя ещё в январе его цена превышала …»: the moment of a price level
        if m.group("m") and _PRICE_MOVED.search(text, scope.start, m.start()) and (
                _COST_PAST.search(text, m.end(), scope.amount.start)):
            continue  # «подорожал до 70 рублей; в июле он стоил 45 рублей»: the same
        if asides is None:
            asides = aside_spans(scope)
        if any(a <= m.start() < b and not _BRACKET_GAP.fullmatch(text, b, scope.amount.start)
               for a, b in asides):
            # «с учётом отгрузок в декабре»: what the figure allows for (but «судя по
            # январю–октябрю (43,7 млрд)»: the bracketed figure is the aside's own)
            continue
        if m.group("m1") or m.group("s1"):
            first, last = (m.group("m1"), m.group("m2")) if m.group("m1") else (m.group("s1"),
                                                                                m.group("s2"))
            label = f"{month_name(first)}–{month_name(last)}"
            if label == _WHOLE_YEAR:
                continue  # «за январь–декабрь»: the whole year, as «за 12 месяцев»
        elif m.group("n"):
            if _TERM_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # «конкурсное производство сроком на шесть месяцев»: a term (round 67)
            n = m.group("n").lower()
            months = int(n) if n.isdigit() else _CAL.month_counts[n]
            if months >= 12:
                continue
            label = f"{months} месяцев"
        elif m.group("q"):
            if _UNTIL_END_BEFORE.search(text, max(0, m.start() - 12), m.start()) and (
                    _LATER_YEAR_AFTER.match(text, m.end())):
                continue  # «до конца первого квартала следующего года»: a deadline
            label = f"{_ROMAN[_roman_key(m.group('q'))]} {_CAL.quarter_word}"
        elif m.group("eq"):
            word = _elided_noun(scope.lowered)
            if word is None:
                continue  # «во втором — …» with no quarter or half-year named: not a period
            label = f"{_ROMAN[_roman_key(m.group('eq'))]} {word}"
        elif m.group("h"):
            label = f"{_ROMAN[_roman_key(m.group('h'))]} {_CAL.half_word}"
        elif m.group("qs"):
            label = "6 месяцев" if m.group("qs").lower().startswith("дв") else "9 месяцев"
        elif m.group("half"):
            label = "6 месяцев"
        elif m.group("ytd"):
            label = "с начала года"
        else:
            label = month_name(m.group("m") or m.group("mg") or m.group("mn"))
        dist = scope.distance(m.start(), m.end())
        if dist is None or (dist >= _BEYOND and _own_year_between(scope, m.end())):
            # («в январе–мае — на 16,4 млрд, а по итогам 2018 года — на 34,9 млрд»: the
            # amount's own clause states its year; the period is the earlier amount's)
            continue
        if best is None or dist < best[0]:
            best = (dist, label)
    return best[1] if best else None


def _elided_noun(sentence: str) -> str | None:
    """The noun an elliptic ordinal («в первом») leaves out: the quarter or the half-year
    its sentence names (the quarter when both)."""
    if "квартал" in sentence:
        return _CAL.quarter_word
    if "полугоди" in sentence:
        return _CAL.half_word
    return None


def _own_year_between(scope: AmountScope, period_end: int) -> bool:
    """Does a year in digits, or words of a whole year («по итогам года», «к концу года»),
    stand between the last other amount after the period and the amount itself?"""
    amount = scope.amount
    lo = max([period_end] + [o.end for o in scope.others
                             if period_end <= o.start and o.end <= amount.start])
    if (_YEAR_DIGITS.search(scope.text, lo, amount.start) is not None
            or _WHOLE_YEAR_WORDS.search(scope.text, lo, amount.start) is not None
            or _RELATIVE_YEAR.search(scope.text, lo, amount.start) is not None):
        return True
    # «412 млн рублей против 355 млн за весь 2018 год»: the whole year right after the amount
    after = _CLAUSE_END.search(scope.text, amount.end, scope.end)
    return _WHOLE_YEAR_WORDS.search(scope.text, amount.end,
                                    after.start() if after else scope.end) is not None


def _roman_key(raw: str) -> str:
    low = raw.lower()
    if low in _ROMAN:
        return low
    return low[:4]
