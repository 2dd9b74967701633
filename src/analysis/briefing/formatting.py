"""Numbers, money, dates, timelines, plurals and HTML escaping as a briefing prints them (ru/en).

Money as Russian news writes it («1,2 млрд руб.», «свыше $50 млрд»), converted values with
their rate year, dates only as precise as they are known, and the `Html` fragment types the
briefing's sections return. Everything from an article goes through `esc` / `quoted`.
Words come from the label table (`labels.t`) and the calendar (`analysis.lang.calendar`);
what stays here as code is how numbers are written and which plural form a count takes.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import pandas as pd

from analysis.briefing.labels import t
from analysis.briefing.styles import styled
from analysis.lang import calendar
from analysis.lazypattern import lazy_compile

NBSP = "\u00a0"


def _plural_index_ru(n: int) -> int:
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


# Which of a label's "|"-separated plural forms a count takes, per language.
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "ru": _plural_index_ru,  # one | few | many: 1 проект, 2 проекта, 5 проектов
    "en": lambda n: 0 if n == 1 else 1,  # one | other
}


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """Russian plural form for n (1 проект, 2 проекта, 5 проектов)."""
    return (one, few, many)[_plural_index_ru(n)]


def plural(n: int, key: str, lang: str) -> str:
    """The form of the plural label `key` (forms separated by "|") that goes with `n`."""
    return t(key, lang).split("|")[PLURAL_RULES[lang](n)]


def count_phrase(n: int, key: str, lang: str) -> str:
    """«3 проекта» / "3 projects": `n` with the matching form of the plural label `key`."""
    return t("count", lang, n=n, word=plural(n, key, lang))


# ---------------------------------------------------------------------------------------
# Numbers, money, dates

_SCALES = ((1e12, "трлн", "tn"), (1e9, "млрд", "bn"), (1e6, "млн", "m"), (1e3, "тыс.", "k"))
# the decimals a table prints a sum with, in its own scale: as the source gives it, a conversion
MONEY_DECIMALS, CONVERTED_DECIMALS = 2, 1
# a bar label needing more decimals than this in the chart's unit («0,0007203» on a chart of
# billions, new user 34) is written in its own scale instead: «720,3 тыс.»
MAX_BAR_DECIMALS = 4
_CUR_RU = {"RUB": "руб.", "BYN": "бел.\u00a0руб.", "CNY": "юаней", "EUR": "€", "USD": "$"}
_CUR_PREFIX = {"USD": "$", "EUR": "€"}
# In a table a sum may break before its currency word («1,4 млн» / «бел. руб.»), never inside
# its number: a column of fixed width on paper narrower than the whole amount let it run into
# the next cell («1,4 млн бел. руб.—», newuser41 F12); in a wide cell nothing changes
_UNIT_WORDS = sorted(set(_CUR_RU.values()) - set(_CUR_PREFIX.values()), key=len, reverse=True)
_BEFORE_UNIT = lazy_compile("(?:(?<=\\d)|" + "|".join(f"(?<={re.escape(ru)})" for _, ru, _ in _SCALES) + ")"
                          + NBSP + "(?=(?:" + "|".join(map(re.escape, _UNIT_WORDS)) + r")(?!\w))")
# Qualifiers written before an amount («свыше $50 млрд»), in the order key figures look for them;
# their words are the labels ``q.<qualifier>``.
PREFIXED_QUALIFIERS = ("over", "at_least", "approx", "almost", "under", "up_to")


def qualifier_prefix(qualifier: Any, lang: str) -> str:
    """«свыше » / "over ", «не менее » / "at least " before an amount; "" for an exact
    amount or a range."""
    return t(f"q.{qualifier}", lang) + " " if qualifier in PREFIXED_QUALIFIERS else ""


def isblank(x: Any) -> bool:
    """None, NaN, pd.NA or NaT: a cell with nothing in it."""
    if x is None:
        return True
    if isinstance(x, float) and math.isnan(x):
        return True
    try:
        return bool(pd.isna(x)) if not isinstance(x, list | tuple | dict) else False
    except (TypeError, ValueError):
        return False


def fmt_number(x: float, lang: str, decimals: int = 2) -> str:
    """1200.5 → «1 200,5» (ru, no-break thin grouping) / "1,200.5" (en); trailing zeros
    dropped, so a source's «1,25» stays 1,25 and «294» stays 294."""
    value = round(float(x), decimals)
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang == "ru":
        # Russian: space groups thousands (no-break, so a number never wraps), comma decimals
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", NBSP)
    return text


def _scaled(value: float, lang: str, decimals: int) -> tuple[str, str]:
    """Number and scale word: 1.2e9 → ("1,2", "млрд")."""
    a = abs(value)
    for size, ru, en in _SCALES:
        if a >= size:
            return fmt_number(value / size, lang, decimals), (ru if lang == "ru" else en)
    return fmt_number(value, lang, decimals), ""


def fmt_money(value: float | None, currency: str | None, lang: str, qualifier: str = "exact",
              value_high: float | None = None, decimals: int = MONEY_DECIMALS) -> str:
    """Money as Russian news writes it: «1,2 млрд руб.», «свыше $50 млрд», «от 2 до 3 млрд
    руб.»; in English "RUB 1.2 bn", "over $50 bn", "RUB 2–3 bn"."""
    if isblank(value):
        return t("none", lang)
    cur = (currency or "").upper() if not isblank(currency) else ""
    q = qualifier if isinstance(qualifier, str) else "exact"
    if q == "range" and not isblank(value_high) and value_high != value:
        low_num, scale = _scaled(float(value), lang, decimals)
        hi_num, hi_scale = _scaled(float(value_high), lang, decimals)
        if hi_scale != scale:  # e.g. 800 млн – 1,2 млрд: spell both out
            low = fmt_money(value, currency, lang, decimals=decimals)
            high = fmt_money(value_high, currency, lang, decimals=decimals)
            return t("money.range", lang, low=low, high=high)
        if cur in _CUR_PREFIX:  # the sign goes on the first number: «от $4 до 5 млрд», "$4–5 bn"
            span = t("money.range", lang, low=f"{_CUR_PREFIX[cur]}{low_num}", high=hi_num)
            return f"{span}{NBSP}{scale}".rstrip(NBSP)
        return _join_money(t("money.range", lang, low=low_num, high=hi_num), scale, cur, lang)
    if float(value) < 0:  # a negative balance: «−$43,6 млн», "−RUB 2.5 bn", the sign first
        return "\u2212" + fmt_money(-float(value), currency, lang, q, decimals=decimals)
    num, scale = _scaled(float(value), lang, decimals)
    return qualifier_prefix(q, lang) + _join_money(num, scale, cur, lang)


def bar_number(shown: float, unit_size: float, converted: bool, lang: str) -> str:
    """A bar's value as precisely as the table prints the same sum, in the chart's unit of
    `unit_size` (1e9 for «млрд»): the table writes a sum in its own scale with two decimals
    (one for a conversion), so 38,5 млрд is «38,5» on a chart of billions (not «38»), 420 млн
    «0,42», and a conversion of 16,29 млн «16,3» on a chart of millions; a sum that would
    need more than four decimals says its own scale («720,3 тыс.»)."""
    whole = abs(shown) * unit_size
    own = next((size for size, _, _ in _SCALES if whole >= size), 1.0)
    kept = CONVERTED_DECIMALS if converted else MONEY_DECIMALS
    decimals = max(0, math.ceil(-math.log10(own * 10.0 ** -kept / unit_size) - 1e-9))
    text = fmt_number(shown, lang, decimals=decimals)
    _, point, fraction = text.rpartition("," if lang == "ru" else ".")
    if point and len(fraction) > MAX_BAR_DECIMALS:
        number, scale = _scaled(shown * unit_size, lang, kept)  # far below the chart's unit
        return f"{number}{NBSP}{scale}".rstrip(NBSP)
    return text


def _join_money(num: str, scale: str, cur: str, lang: str) -> str:
    if lang == "ru":
        if cur in _CUR_PREFIX:
            return f"{_CUR_PREFIX[cur]}{num}{NBSP}{scale}".rstrip(NBSP)
        unit = _CUR_RU.get(cur, cur)
        return NBSP.join(p for p in (num, scale, unit) if p)
    if cur in _CUR_PREFIX:
        return f"{_CUR_PREFIX[cur]}{num}{NBSP}{scale}".rstrip(NBSP)
    return NBSP.join(p for p in (cur, num, scale) if p)


def quoted(sentence: str | None) -> str:
    """A source sentence in «», escaped. A sentence that opens with its own quotation mark
    (a quotation spanning several sentences) is not quoted again (not ««…»»), and the marks
    a longer quotation leaves open or closes outside the sentence are balanced: «В регионе
    обсуждают … с ОАО «МАЗ». (the quotation goes on) is shown «… «МАЗ».»."""
    text = (sentence or "").strip()
    text = "«" * max(0, text.count("»") - text.count("«")) + text
    text += "»" * max(0, text.count("«") - text.count("»"))
    if text.startswith(("«", "“", "„", '"')):
        return esc(text)
    return f"«{esc(text)}»"


def fmt_converted(converted: float | None, target: str, year: Any, lang: str,
                  same_currency: bool = False, source: str = "") -> str:
    """«≈ $3,6 млрд по среднегодовому курсу 2024 г.» (with «(курсы ЕЦБ)» when `source`
    names where the rate came from); a missing rate is stated."""
    if same_currency:
        return ""
    if isblank(converted):
        if isblank(year):
            return t("conv.no_year", lang)
        return t("conv.no_rate", lang, year=int(year))
    amount = fmt_money(converted, target, lang, decimals=CONVERTED_DECIMALS)
    if isblank(year):
        return t("conv.approx", lang, amount=amount)
    if source:
        return t("conv.rate_src", lang, amount=amount, year=int(year), source=source)
    return t("conv.rate", lang, amount=amount, year=int(year))


def to_date(x: Any) -> date | None:
    """A date from a date, a datetime or an ISO string; None when there is none."""
    if isblank(x):
        return None
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, date):
        return x
    try:
        return pd.Timestamp(str(x)).date()
    except (ValueError, TypeError):
        return None


def fmt_date(x: Any, lang: str, long: bool = False, precision: Any = "day") -> str:
    """A date as precise as its source: a date inferred only to the year or month is shown
    as «2022 г.» or «июнь 2025 г.», never as the first day of that period."""
    d = to_date(x)
    if d is None:
        return ""
    if precision == "year":
        return t("date.year", lang, year=d.year)
    cal = calendar()
    if precision == "month":
        return t("date.month", lang, month_nom=cal.nominative(d.month),
                 month_en=cal.en(d.month), year=d.year)
    return t("date.long" if long else "date.short", lang, day=d.day, month=d.month,
             month_gen=cal.genitive(d.month), month_en=cal.en(d.month), year=d.year)


def fmt_localisation(row: Mapping[str, Any], lang: str) -> str:
    """A register row's localisation: «38% → цель 52% к 2025 г.» / "38% → target 52% by
    2025", the share alone, the target alone, or "" (an older table has no such columns)."""
    def pct(key: str) -> str:
        x = row.get(key)
        return "" if isblank(x) else fmt_number(x, lang, 1) + "%"

    share, target, year = pct("localisation_pct"), pct("localisation_target_pct"), \
        row.get("localisation_target_year")
    aim = "" if not target else t("loc.target", lang, pct=target) if isblank(year) else \
        t("loc.target_year", lang, pct=target, year=int(year))
    return " → ".join(x for x in (share, aim) if x)


def fmt_timeline(x: Any, lang: str) -> str:
    """The register's normalised timelines for a reader: 2025-H2 → «II полугодие 2025 г.» /
    "H2 2025"; 2025-Q3 → «III квартал 2025 г.»; 2023-06 → «июнь 2023 г.»; 2025-autumn → «осень
    2025 г.» / "autumn 2025"; 2019-since → «с 2019 г.» / "since 2019"; else as is."""
    if isblank(x):
        return ""
    text = str(x).strip()
    cal = calendar()
    m = re.fullmatch(r"(\d{4})-([HQ])([1-4])", text)
    if m:
        year, kind, n = m.group(1), m.group(2), int(m.group(3))
        return t("timeline.part", lang, roman=cal.roman[n - 1], kind=kind, n=n, year=year,
                 word=cal.half_word if kind == "H" else cal.quarter_word)
    m = re.fullmatch(r"(\d{4})-([a-z]+)", text)  # a season stays a season: «осень 2025 г.»
    season = next((x for x in cal.seasons if m and x.en == m.group(2)), None)
    if m and season is not None:
        return t("timeline.season", lang, season=season.nominative, season_en=season.en,
                 year=m.group(1))
    m = re.fullmatch(r"(\d{4})-since", text)  # a running project's start year
    if m:
        return t("timeline.since", lang, year=m.group(1))
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m and 1 <= int(m.group(2)) <= 12:
        month = int(m.group(2))
        return t("date.month", lang, month_nom=cal.nominative(month), month_en=cal.en(month),
                 year=m.group(1))
    if re.fullmatch(r"\d{4}", text):
        return t("date.year", lang, year=text)
    return text


def esc(x: Any) -> str:
    """HTML-escape anything (article text is untrusted)."""
    return "" if isblank(x) else html.escape(str(x), quote=True)


def as_text(x: Any) -> str:
    """A table cell as text: "" for a blank cell."""
    return "" if isblank(x) else str(x)


# ---------------------------------------------------------------------------------------
# HTML fragments


class Html(str):
    """A fragment of the briefing: shown as HTML in JupyterLab and in the rendered report,
    with its own scoped styles (`styles.styled`), so both look the same."""

    def _repr_html_(self) -> str:
        return styled(str(self))

    def __repr__(self) -> str:  # text/plain fallback: never dump markup into a notebook
        return f"<briefing fragment, {len(self)} characters of HTML>"


class TitleBlock(Html):
    """The title block; also hands title, language and coverage to the report template
    through the output's metadata (the template uses them for <title>)."""

    meta: dict[str, Any]

    def __new__(cls, text: str, meta: Mapping[str, Any]) -> TitleBlock:
        obj = super().__new__(cls, text)
        obj.meta = dict(meta)
        return obj

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None,
                          ) -> tuple[dict[str, str], dict[str, Any]]:
        return ({"text/html": styled(str(self)), "text/plain": repr(self)},
                {"analysis": self.meta})


def table_html(headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[str]],
               caption: str = "", cls: str = "data") -> Html:
    """A numbered table. headers: (html, css class); rows: already-escaped HTML cells.

    Each cell carries its column's name (`data-label`), which a phone shows when the rows
    reflow into cards; the table sits in a box that scrolls sideways on a narrow screen. An
    amount in a cell may wrap before its currency word (`_BEFORE_UNIT`)."""
    head = "".join(f'<th class="{c}">{h}</th>' if c else f"<th>{h}</th>" for h, c in headers)
    labels = [esc(html.unescape(re.sub(r"<[^>]+>", "", h))) for h, _ in headers]
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="{headers[i][1]}" data-label="{labels[i]}">{_BEFORE_UNIT.sub(" ", cell)}</td>'
            if headers[i][1] else f'<td data-label="{labels[i]}">{_BEFORE_UNIT.sub(" ", cell)}</td>'
            for i, cell in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    cap = f"<caption>{caption}</caption>" if caption else ""
    if len(body) <= 8:
        cls += " keep"  # short tables move whole to the next page rather than split
    return Html(f'<div class="table-box"><table class="{cls}">{cap}<thead><tr>{head}</tr>'
                f'</thead><tbody>{"".join(body)}</tbody></table></div>')
