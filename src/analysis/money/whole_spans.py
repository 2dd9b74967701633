"""Whether a stretch of text speaks of a whole year, month or quarter it does not name
(«всего за год», «за месяц», «за квартал»): then the figure's time is the one in focus, which
`analysis.money.carry` hands on from the sentences before."""

from __future__ import annotations

from analysis.lazypattern import lazy_compile
from analysis.money.alternation import lookbehind_led
from analysis.money.year_mentions import YEAR_DIGITS

__all__ = ["whole_month", "whole_quarter", "whole_year", "whole_year_between"]

# «за год», «за весь год», «по итогам года», «в целом за год» (no number, no «прошлый»);
# «в отчётном году», «за отчётный год», «по итогам отчётного года»: the year a report covers
# «прогноз на год», «план на год», «на весь год»: a plan for the year in focus (not «кредит на
# год», a term)
# («цена … выросла за год на 18%», «за год подорожал до …»: a change over a year, not the
# figure's year)
# (each pattern's word-start look-behinds said after its first letters: `lookbehind_led`, same
# matches, found faster)
_WHOLE_YEAR = lazy_compile(lookbehind_led(r"(?<![\w-])(?:за(?:[ \u00a0]+(?:весь|целый))?|по[ \u00a0]+итогам)"
                         r"[ \u00a0]+года?(?![\w-])"
                         r"(?![ \u00a0]+(?:на|в)[ \u00a0]+[\d,.]+[ \u00a0]*(?:%|процент|раз))"
                         # («Диоксид титана за год подорожал до 2 850 долларов»: a price the
                         # change reached, over the last twelve months; rounds 28, 30)
                         r"(?![ \u00a0]+(?:подорожа|подешеве))"
                         # («за год до этого — 36 млн»: a year earlier, no whole year)
                         r"(?![ \u00a0]+(?:до[ \u00a0]+(?:этого|того)|назад|раньше|ранее)(?![\w-]))"
                         # «не освоено на конец года 444,5 млн»: the end of the year in focus
                         r"|(?<![\w-])на[ \u00a0]+конец[ \u00a0]+года(?![\w-])"
                         # («План предприятия на год — экспорт на 16 млн»)
                         r"|(?<![\w-])(?:(?:прогноз|план|задач)\w*(?:[ \u00a0]+[а-яё]+)?[ \u00a0]+на"
                         r"|на[ \u00a0]+весь)"
                         r"[ \u00a0]+год(?![\w-])"
                         r"|(?<![\w-])(?:в|за|по[ \u00a0]+итогам)[ \u00a0]+отч[её]тн\w+[ \u00a0]+год\w*"
                         # «за 11 месяцев — 38,6 млн, к концу декабря ожидается около 43 млн»:
                         # what the year comes to at its end
                         r"|(?<![\w-])к[ \u00a0]+концу[ \u00a0]+(?:года|декабря)(?![\w-])"))
# «за месяц», «за этот месяц», «в течение месяца» (no number: «за 9 месяцев» is a period)
_WHOLE_MONTH = lazy_compile(lookbehind_led(
    r"(?<![\w-])(?:за(?:[ \u00a0]+(?:весь|этот|отч[её]тный))?[ \u00a0]+месяц"
    r"|в[ \u00a0]+течение[ \u00a0]+месяца)(?![\w-])"))
# «за квартал», «в квартале», «за отчётный квартал» (no ordinal: «за I квартал» is a period)
_WHOLE_QUARTER = lazy_compile(lookbehind_led(
    r"(?<![\w-])(?:за|в)[ \u00a0]+(?:(?:этот|весь|отч[её]тный|прошедший)"
    r"[ \u00a0]+)?квартал[еа]?(?![\w-])"))


def whole_year(low: str) -> bool:
    """Does this lower-cased text speak of a whole year it does not name («всего за год»,
    «за весь год», «по итогам года»)? Then the year is the one in focus."""
    return ("год" in low or "декабр" in low) and _WHOLE_YEAR.search(low) is not None and not (
        YEAR_DIGITS.search(low))


def whole_year_between(text: str, prev_end: int, start: int) -> bool:
    """Do the words between a part-year figure and the next one name the whole year, with no
    year of their own («По итогам первого полугодия рассчитываем выйти на 120 млн, а за год —
    превысить 250 млн»)? The second figure is then the full year of the first one's year."""
    return whole_year(text[prev_end:start].lower())


def whole_month(low: str) -> bool:
    """Does this lower-cased text speak of a month it does not name («Экспорт за месяц
    составил …»)? Then the month is the one in focus."""
    return "месяц" in low and _WHOLE_MONTH.search(low) is not None and not YEAR_DIGITS.search(low)


def whole_quarter(low: str) -> bool:
    """Does this lower-cased text speak of a quarter it does not name («Экспортная выручка за
    квартал — 9,6 млрд», «в квартале закупил»)? Then the quarter is the one in focus."""
    return "квартал" in low and _WHOLE_QUARTER.search(low) is not None and not YEAR_DIGITS.search(low)
