"""Years written in digits in a sentence, with the words around them that say how to read
each: a preposition or month before it («в 2022», «9 мес. 2024»), «год» or an ending after it,
a span («2021–2023»), a decade («2000-х», no year), a year heading a line or a cell
(«2004 — …»). `money.year` weighs them to give an amount its year; the tables, forecasts and
old rubles read them too."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from analysis.lazypattern import lazy_compile
from analysis.money.period import MONTH_ABBR_RE, MONTH_RE

__all__ = ["YEAR_DIGITS", "YearMention", "year_mentions"]

# A year is found by its digits (fast), then its left and right context is read.
YEAR_DIGITS = lazy_compile(r"(?:19[89]|20[0-4])\d")
# («9 мес. 2024: 79,8 млрд», «янв.–сент. 2023», «I кв. 2024»: a period abbreviated, its year
# after it; «в федеральном бюджете 2025: 6,5 млрд»: a budget named by its year)
# The words before a year, in two patterns by the character right before its digits (a space:
# the word then spaces; a hyphen: «в бюджете-2021 заложено 640 млн», a budget named by its year
# in one compound word): as one alternation, each search walked both at every position of the
# window, though the character before the digits lets only one of them match.
_YEAR_PRE_SPACED = lazy_compile(
    r"(?i)(?<![\w-])(?:в|во|за|на|к|с|со|до|по|после|итогам|" + MONTH_RE + "|" + MONTH_ABBR_RE
    + r"|мес\.|кв\.|бюджет\w*)[ \u00a0]+\Z")
_YEAR_PRE_HYPHENED = lazy_compile(r"(?i)(?<![\w-])бюджет\w*-\Z")
# (not a figure after a year heading its item: «2020 – 30,6» is no span 2020–2030)
_YEAR_POST = lazy_compile(
    r"(?i)(?:[ \u00a0]*[-–—/][ \u00a0]*(?P<y2>(?:19|20)?\d\d)(?!\d)(?![.,]\d))?"
    r"(?P<suf>-(?:м|й|го|х|е)(?!\w)|(?:м|й|го|х|е)(?!\w))?"
    r"(?P<post>[ \u00a0]*(?:год\w*|гг?\.|г(?!\w)))?")
# «2004 — стартовые инвестиции составили 120 млн;»: a year heading a line of a chronicle
# («история в цифрах») or a cell of a line table («2021 — 21,3 | 2022 — 29,5»), a dash after
# it, is «2004 год —» with the word left out: it dates its line
_HEAD_FILL = lazy_compile(r"[ \t\u00a0•·▪*]*")
_HEAD_DASH = lazy_compile(r"[ \u00a0]*(?:[—–][ \u00a0]|\|)")  # («2020 | 1,84 млрд руб.»: a row's label)
# a slide's or fact sheet's line: the year heads it or closes its label, a colon after it
# («2017: 32,4 млрд $», «Экспорт РФ → РБ, 2018: 22,0 млрд $»)
_HEAD_COLON = lazy_compile(r":[ \u00a0]+(?=\S)")
_LABEL_COMMA = lazy_compile(r",[ \u00a0]*\Z")
# a heading a year closes, words only before it («ЦЕЛИ 2024», «ПЛАН 2026» over a sheet's
# lines): the heading's year
_HEADING_WORDS = lazy_compile(r"[ \u00a0]*[А-ЯЁ][А-ЯЁа-яё]*(?:[ \u00a0]+[А-ЯЁа-яё]+){0,3}[ \u00a0]+")
_LINE_END = lazy_compile(r"[ \u00a0]*(?:\n|\Z)")


class YearMention(NamedTuple):
    """A year written in digits, with the words around it that say how to read it."""

    start: int  # of the whole mention (preposition … «году»)
    end: int
    digits_start: int
    year: int
    preposition: str  # lower-cased («в», «до», «итогам», a month …), "" if none
    is_span: bool  # «2021–2023»
    has_word: bool  # followed by «год», «г.» or a hyphenated ending («2022-го»)


def year_mentions(text: str, start: int, end: int) -> list[YearMention]:
    """Every year written in digits in text[start:end], not part of a longer number."""
    return list(_year_mentions(text, start, end))


# The year, the forecast, the span and the programme readers of an amount each ask for its
# sentence's years: read once a sentence (a pure reading of the text; the texts of the last
# few sentences asked are kept, as `fold_case` keeps the last few texts).
@lru_cache(maxsize=32)
def _year_mentions(text: str, start: int, end: int) -> tuple[YearMention, ...]:
    out: list[YearMention] = []
    stretch = text[start:end]
    if "19" not in stretch and "20" not in stretch:
        return ()  # (every year's digits open with «19» or «20»: most sentences have none)
    for m in YEAR_DIGITS.finditer(text, start, end):
        ys, ye = m.span()
        if ys > 0 and text[ys - 1] == "." and (day := _numeric_date(text, start, end, ys, ye)):
            out.append(day)  # «по контракту № 23 от 17.04.2017», «подписан 05.03.2019»
            continue
        if (ys > 0 and text[ys - 1] in "0123456789.,") or (
                ye < len(text) and (text[ye].isdigit()
                                    or (text[ye] in ".," and text[ye + 1:ye + 2].isdigit()))):
            continue  # part of a longer number («12024», «2024,5», «1.2023»)
        lo = max(start, ys - 16)
        before = text[ys - 1] if ys > lo else ""  # (inline: a helper's call costs more)
        if before == "/" and _numbered(text, ys - 1):
            continue  # «дело № А41-77215/2015»: a document's number ends with its year (round 67)
        pre = (_YEAR_PRE_SPACED.search(text, lo, ys) if before == " " or before == "\u00a0"
               else _YEAR_PRE_HYPHENED.search(text, lo, ys) if before == "-"
               else None)  # (neither pattern can end on another character)
        post = _YEAR_POST.match(text, ye, end)
        if _names_decade(m.group(), post):
            continue  # «с начала 2000-х», «в 2010-е годы»: a decade, no year (round 50)
        if _MADE_IN.match(text, ye, end):
            continue  # «трактор МТЗ-82, 2005 г. в., … 85 млн руб.»: the thing's year of make

        out.append(YearMention(
            start=pre.start() if pre else ys, end=post.end() if post else ye, digits_start=ys,
            year=int(m.group()), preposition=pre.group().strip().lower() if pre else "",
            is_span=bool(post and post.group("y2")),
            has_word=bool(post and (post.group("post")
                                    or (post.group("suf") or "").startswith("-")))
            or _heads_line(text, ys, ye) or (_BRACKETED_YEAR.match(text, ye) is not None
                                             and text[max(0, ys - 3):ys].rstrip(" \u00a0")
                                             .endswith("("))))
    return tuple(out)


# a date written in digits before its year: the day and the month of two digits, each with
# its dot («17.04.2017», «5.03.2019»; not a version's «1.2.2017»), no digit or dot before them
# …read as the date of a deal's document it follows («по контракту № 23 от 17.04.2017», «по
# кредитному договору от 11.05.2016 № 0119-16», «КП от 04.03.2019»: a document's number may
# stand between), whose sum it dates as the day of a signing does, and so is a payment
# order's («Платёжным поручением № 341 от 14.03.2017 … перечислил аванс», «оплачен п/п № 1288
# от 03.09.2012»: the payment's day, round 70); not a ruling's date («
# определением суда от 28.10.2019»: the claims it admits take no year, round 60), a rate
# ticker's «на 23.11.2021» or a page's date line («| 22.05.2019 |»)
_DEAL_DOCUMENT_BEFORE = lazy_compile(
    r"(?i)(?<![а-яё])(?:договор|контракт|соглашени|кп(?![а-яё])|коммерческ\w+[ \u00a0]+предложени"
    r"|сч[её]т(?:-фактур\w*|а|у|ом|е)?(?![а-яё])|спецификаци"
    r"|плат[её]жн\w*[ \u00a0]+поручени|п/п)\w*"
    r"(?:[ \u00a0]+(?:№|N)[ \u00a0]*[^\s,;]+)?[ \u00a0]+от[ \u00a0]+\Z"
    # a stock's date as written in a statement («По состоянию на 05.09.2017 задолженность …
    # составляет»: the day it is counted on, as «по состоянию на 5 сентября 2017 года»)
    r"|(?i:(?<![а-яё])по[ \u00a0]+состоянию[ \u00a0]+на)[ \u00a0]+\Z")
_DAY_MONTH = lazy_compile(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\Z")


def _numeric_date(text: str, start: int, end: int, ys: int, ye: int) -> YearMention | None:
    """The year of a deal document's date written in digits («по контракту № 23 от 17.04.2017
    … поставлен за 1 912 000 руб.»), read as «17 апреля 2017 года» is (session 45,
    walk69money: a procurement page's suppliers' quotes and a past contract took no year)."""
    if ye < len(text) and (text[ye].isdigit()
                           or (text[ye] in ".," and text[ye + 1:ye + 2].isdigit())):
        return None
    day = _DAY_MONTH.search(text, max(start, ys - 6), ys)
    if day is None:
        return None
    ds = day.start()
    if _DEAL_DOCUMENT_BEFORE.search(text, max(0, ds - 60), ds) is None:
        return None
    post = _YEAR_POST.match(text, ye, end)
    return YearMention(start=ds, end=post.end() if post else ye, digits_start=ys,
                       year=int(text[ys:ye]), preposition="", is_span=False, has_word=True)


def _numbered(text: str, slash: int) -> bool:
    """Does a number that is no year stand right before the slash at `slash` («77215/2015»,
    not «2014/2015», a season)?"""
    k = slash
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    run = text[k:slash]
    return bool(run) and not (len(run) == 4 and run[:2] in ("19", "20"))


def _names_decade(digits: str, post: re.Match[str] | None) -> bool:
    """Does a round year with a plural ending («2000-х», «1990-е») name a decade?"""
    return (digits.endswith("0") and post is not None and not post.group("y2")
            and (post.group("suf") or "").lstrip("-") in ("х", "е"))


# «2005 г. в.», «2005 г.в.», «2005 года выпуска», «1998 г. постройки»: a year of make or of
# building, an attribute of the thing sold or valued (an advert, a lot), no time of its money
# (round 62)
_MADE_IN = lazy_compile(r"(?i)[ \u00a0]*(?:г\.?|года?)[ \u00a0]*(?:в\.|вып\.|выпуска|постройки)")


# «15,8 млрд (2005), 19,7 млрд (2006)»: a year alone in brackets labels the figure before it
_BRACKETED_YEAR = lazy_compile(r"[ \u00a0]*\)")


def _heads_line(text: str, ys: int, ye: int) -> bool:
    """Does the year at text[ys:ye] head its line, table cell or an item of a list run into
    a sentence, a dash after it («2004 — …», «| 2022 — 29,5», «Экспорт: 2010 — $7,8 млн;
    2014 — $11,9 млн»), or head or close a line's label before its colon («2017: 32,4 млрд
    $», «Экспорт РФ → РБ, 2018: 22,0 млрд $»), or close a heading of words («ЦЕЛИ 2024»)?"""
    line = text.rfind("\n", 0, ys) + 1
    if _LINE_END.match(text, ye) is not None and _HEADING_WORDS.fullmatch(text, line, ys):
        return True
    if _HEAD_COLON.match(text, ye) is not None and text.find(":", line, ys) < 0 and (
            _HEAD_FILL.fullmatch(text, line, ys) is not None
            or _LABEL_COMMA.search(text, line, ys) is not None):
        return True
    head = max(line - 1, text.rfind("|", 0, ys), text.rfind(";", 0, ys),
               text.rfind(":", 0, ys)) + 1
    return (_HEAD_FILL.fullmatch(text, head, ys) is not None
            and _HEAD_DASH.match(text, ye) is not None)

