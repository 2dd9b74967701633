"""A month that is the day of a one-off sum, not a period its value covers.

«Контракт … подписан в феврале», «в марте получило кредит на 5,5 млн», «соглашение о
финансировании на сумму 28,5 млн долларов подписано в августе», «в мае запустил линию …
стоимостью 4,7 млн евро»: a deal signed, a loan granted, a facility launched in a month with no
year; so is money put or lent into a project finished or launched in a month («В ходе
модернизации, завершённой в декабре, вложено …, из них … – кредит»: round 48). Such a sum
is one-off: the month dates the event, so it gives the sum no period (and no year:
tests/gold/README.md, session 18's convention on one-off sums; rounds 20, 21, 22, 26).
The time that decides is the sum's own clause's («в апреле разместил облигации на 5 млрд;
первый транш ожидается в III квартале»: the quarter is the tranche's), and the years of the
term a deal runs for («контракт на 96 млн на облёт линий с 2021 по 2023 год») are no time of
its signing (round 44).

A volume of deals counted on one day («На торгах 23 апреля заключены сделки на 1,05 млн
долларов») is of that day's month: a day gives at most its month (tests/gold/README.md, the
session 16 row on a figure of one day; round 51), `session_month`.
"""

from __future__ import annotations

from analysis.lang.calendar import calendar
from analysis.lazypattern import lazy_compile
from analysis.money.context import counts_deals, names_signing
from analysis.money.costs import is_facility_cost
from analysis.money.deal_run import without_deal_run
from analysis.money.focus_time import own_reach
from analysis.money.period import MONTH_NAMES, MONTH_RE, month_name
from analysis.money.scope import AmountScope
from analysis.money.time_words import has_time_words

__all__ = ["month_is_deal_day", "session_month"]

# the term a deal runs for: «с 2021 по 2023 год», «на 2024–2026 годы», «годовой контракт»,
# «контракт на 2020 год»
# («полугодовой договор»: the deal's length, no time of the sum; session 31)
_TERM = lazy_compile(r"(?<![\w-])(?:с[ \u00a0]+(?:19|20)\d\d[ \u00a0]+по"
                     r"|на[ \u00a0]+(?:19|20)\d\d[ \u00a0]*[—–-])[ \u00a0]*(?:19|20)\d\d"
                     r"(?:[ \u00a0]*(?:год\w*|гг?\.))?"
                     r"|(?<![\w-])(?:полу)?годов\w+(?=[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?"
                     r"(?:контракт|договор|соглашени))"
                     # «в декабре подписан контракт на 2020 год»: the year the deal runs for
                     r"|(?<![\w-])(?:контракт|договор|соглашени)\w*[ \u00a0]+на[ \u00a0]+(?:19|20)\d\d"
                     r"[ \u00a0]*(?:год(?![\w-])|г\.)"
                     # the deal's run and rate: «на поставку … до конца года», «объёмом до 12 тыс.
                     # тонн ежегодно; его стоимость — $30 млн в год» (the month it was signed in
                     # stays its day; session 41, rounds 40, 46)
                     r"|(?<![\w-])до[ \u00a0]+конца[ \u00a0]+(?:(?:этого|текущего)[ \u00a0]+)?года(?![\w-])"
                     r"|(?<![\w-])ежегодн\w*|(?<![\w-])в[ \u00a0]+год(?![\w-])")
# the month's own year («в июне прошлого года», «в марте 2024 года»): the day of the deal is
# then of that year, which the sum keeps, and still no period (session 31)
_MONTH_OF_YEAR = lazy_compile(r"(?<![\w-])" + MONTH_RE + r"[ \u00a0]+(?:(?:19|20)\d\d"
                              r"(?:[ \u00a0]*(?:год\w*|г\.))?|(?:прошлого|этого|текущего|"
                              r"позапрошлого|нынешнего)[ \u00a0]+года)")

# a project finished or launched in a month («модернизации, завершённой в декабре, вложено …»,
# «в марте запустили линию, вложив …»): the month dates the event the investment was for
# (round 48; folded text)
# (the calendar's stems; May's, «ма», opens «март» and «машин» too: its case forms «мае», «мая»)
_MONTH = (r"в[ \u00a0]+(?:" + "|".join("ма[ея]" if m.number == 5 else m.stem for m in calendar().months)
          + r")\w*")
_DONE = (r"(?:заверш|законч|запущ|запуст|введ|введ|ввел|ввёл|открыт|открыл|сдан|сдал)\w*")
_COMPLETED_IN_MONTH = lazy_compile(
    r"(?<![а-яё])(?:" + _DONE + r"[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?" + _MONTH + r"|" + _MONTH
    + r"[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?" + _DONE + r")(?![а-яё])")


def month_is_deal_day(text: str, start: int, end: int, scope: AmountScope, metric: str,
                      period: object) -> bool:
    """Is `period`, a month the sentence text[start:end] names, the day of a one-off sum: a
    deal signed, a loan granted, a facility's cost at its launch? A volume of deals counted
    over a time («за месяц заключено сделок на …») stays a period."""
    if period not in MONTH_NAMES or has_time_words(_MONTH_OF_YEAR.sub(" ", _TERM.sub(
            " ", without_deal_run(own_reach(scope))))):
        return False
    one_off = names_signing(text, start, end, metric) or (
        metric == "investment" and is_facility_cost(scope)) or (
        metric in ("investment", "credit") and _COMPLETED_IN_MONTH.search(scope.folded, start, end))
    return one_off and not counts_deals(text, start, end)


# «23 апреля», not «23 апреля 2024 года» (a dated day of its own year) nor «23–24 апреля»
_DAY_OF_MONTH = lazy_compile(r"(?<![\d–-])\d{1,2}[ \u00a0]+(" + MONTH_RE + r")(?![ \u00a0]*(?:19|20)\d\d)")


def session_month(text: str, start: int, end: int, scope: AmountScope, metric: str) -> str | None:
    """The month of the day a volume of deals was counted on, when the amount's sentence
    counts deals and names that day before the amount («На торгах 23 апреля заключены
    сделки на …» → «апрель»), else None."""
    if metric != "agreements" or not counts_deals(text, start, end):
        return None
    days = list(_DAY_OF_MONTH.finditer(scope.folded, start, scope.amount.start))
    return month_name(days[0].group(1)) if len(days) == 1 else None
