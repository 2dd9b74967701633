"""Publication dates: parse a stated date, or infer one from the article text (`infer_date`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

_MONTHS = {}
for _i, _forms in enumerate((
    "январь января январе", "февраль февраля феврале", "март марта марте", "апрель апреля апреле",
    "май мая мае", "июнь июня июне", "июль июля июле", "август августа августе",
    "сентябрь сентября сентябре", "октябрь октября октябре", "ноябрь ноября ноябре",
    "декабрь декабря декабре",
), start=1):
    for _f in _forms.split():
        _MONTHS[_f] = _i
_GEN = "(" + "|".join(f for f in _MONTHS if f.endswith(("я", "та"))) + ")"
_ANY_MONTH = "(" + "|".join(_MONTHS) + ")"
_Y = r"((?:19|20)\d\d)"

# Ordered: earlier patterns claim their characters so later ones don't re-read them.
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(rx, re.I)) for k, rx in (
    ("full", rf"\b(\d{{1,2}})\s+{_GEN}\s+{_Y}\b(?:\s*(?:года|г\.))?"),
    ("numeric", r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"),
    ("iso", r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
    ("range", rf"\b(?:с\s+)?(\d{{1,2}})\s*(?:по|[-–—])\s*(\d{{1,2}})\s+{_GEN}\b"),
    ("daymonth", rf"\b(\d{{1,2}})\s+{_GEN}\b"),
    # The lookahead on the first letter spares trying 36 month forms at every word.
    ("monthyear", rf"\b(?=[яфмаиосндЯФМАИОСНД]){_ANY_MONTH}\s+{_Y}\s*(?:года|году|год|г\.)?"),
    ("event", rf"\b[А-ЯЁA-Z][\w.]*[-–]\s?{_Y}\b"),
    ("completed", rf"\b(?:по итогам|за|итоги)\s+{_Y}\s*(?:года|год|г\.)"),
    ("bound", rf"\b(?:к|до)\s+{_Y}\s*(?:года|году|г\.)"),
    ("year", rf"\b{_Y}\s*(?:года|году|год|г\.|гг\.)"),
))
_NO_CONTEXT = frozenset({"range", "daymonth", "event", "completed", "bound"})  # need no tense
_TODAY = re.compile(r"сегодня,?\s*$", re.I)
_FUTURE = re.compile(r"планир|запланир|будет|будут|намерен|наме[чт]|предстоит|ожида|прогноз|наладят|начнут"
                     r"|станет|проведут|откроют|планах|половин\w* \d{4}|\bк концу\b", re.I)
_PAST_VERB = re.compile(r"\b\w{2,}(?:ли|ло|ла|лся|лась|лось|лись)\b", re.I)
_AMOUNT = re.compile(r"\d\s*(?:млрд|млн|трлн|тыс|%|процент)|\$\s?\d", re.I)
_SENT_END = re.compile(r"[.!?…](?=\s|$)|\n")


class _Sentences:
    """Rough sentence bounds (one regex pass, then bisect) for the context of a date mention;
    cheaper than razdel and good enough to see «планирует» or «по итогам» nearby."""

    def __init__(self, text: str):
        self.text = text
        self.ends = [m.end() for m in _SENT_END.finditer(text)]

    def around(self, a: int, b: int) -> str:
        i = bisect_right(self.ends, a)
        start = self.ends[i - 1] if i else 0
        j = bisect_right(self.ends, b - 1)
        end = self.ends[j] if j < len(self.ends) else len(self.text)
        return self.text[start:end]


@dataclass
class DateGuess:
    published: date | None
    precision: str | None
    evidence: str | None


def infer_date(text: str, chrome: list[str]) -> DateGuess:
    """Infer the publication date from the article text.

    Rules (documented because they are judgement calls):
    - a full date in a non-future sentence wins (the latest such date), precision day;
    - otherwise the year comes from the strongest year evidence: month+year and
      event names («Иннопром-2023») and plans for a year («в 2022 г.» next to «планирует»)
      are anchors; the latest anchor wins; plain «в N году» is a weak anchor;
    - «по итогам/за N года», or a past statistic for year N (past verb + amount), means the
      year is over: publication ≥ N+1; a month+year in the past means ≥ that year;
      «к/до N года» and plans give upper bounds; anchors are clamped into the bounds;
    - the day comes from «Сегодня, D месяца», else the first «D месяца» (day precision),
      or the first «с D по D месяца» range (month precision);
    - dates in removed chrome (news-feed dates) only cap the year from above: the article
      is not newer than the feed printed next to it, but it can be much older.
    """
    sentences = _Sentences(text)
    claimed = bytearray(len(text))
    strong: list[tuple[int, str]] = []
    weak: list[tuple[int, str]] = []
    lo: tuple[int, str] | None = None
    hi: tuple[int, str] | None = None
    full: list[tuple[date, str]] = []
    daymonth: list[tuple[int, int | None, int, str]] = []  # (pos, day or None for range, month, ev)

    def bound_lo(y: int, ev: str) -> None:
        nonlocal lo
        if lo is None or y > lo[0]:
            lo = (y, ev)

    def bound_hi(y: int, ev: str) -> None:
        nonlocal hi
        if hi is None or y < hi[0]:
            hi = (y, ev)

    for kind, rx in _DATE_PATTERNS:
        for m in rx.finditer(text):
            if any(claimed[m.start():m.end()]):
                continue
            claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            ev = m.group().strip()
            sent = sentences.around(m.start(), m.end())
            future = kind not in _NO_CONTEXT and bool(_FUTURE.search(sent))
            g = [x for x in m.groups() if x is not None]
            try:
                if kind in ("full", "numeric", "iso"):
                    if kind == "full":
                        d = date(int(g[2]), _MONTHS[g[1].lower()], int(g[0]))
                    elif kind == "numeric":
                        d = date(int(g[2]), int(g[1]), int(g[0]))
                    else:
                        d = date(int(g[0]), int(g[1]), int(g[2]))
                    if not future:
                        full.append((d, ev))
                    strong.append((d.year, ev))
                elif kind == "range":
                    daymonth.append((m.start(), None, _MONTHS[g[2].lower()], ev))
                elif kind == "daymonth":
                    day, month = int(g[0]), _MONTHS[g[1].lower()]
                    date(2000, month, day)  # validates the day (leap year allows 29 Feb)
                    today = bool(_TODAY.search(text, max(0, m.start() - 12), m.start()))
                    daymonth.append((-1 if today else m.start(), day, month, ev))
                elif kind == "monthyear":
                    y = int(g[1])
                    strong.append((y, ev))
                    (bound_hi if future else bound_lo)(y, ev)
                elif kind == "event":
                    strong.append((int(g[0]), ev))
                elif kind == "completed":
                    bound_lo(int(g[0]) + 1, ev)
                elif kind == "bound":
                    bound_hi(int(g[0]), ev)
                else:  # plain year
                    y = int(g[0])
                    if future:
                        strong.append((y, ev))
                        bound_hi(y, ev)
                    elif _PAST_VERB.search(sent) and _AMOUNT.search(sent):
                        bound_lo(y + 1, ev)  # a whole-year statistic is reported after the year
                    else:
                        weak.append((y, ev))
            except (ValueError, KeyError):
                continue

    if full:
        d, ev = max(full)
        return DateGuess(d, "day", f"«{ev}»")
    anchors = strong or weak
    evidence: list[str] = []
    year: int | None = None
    if anchors:
        year, ev = max(anchors)
        evidence.append(f"year {year} from «{ev}»")
    if lo is not None and (year is None or year < lo[0]):
        year = lo[0]
        evidence.append(f"≥{lo[0]} from «{lo[1]}»")
    if hi is not None and year is not None and year > hi[0] and (lo is None or hi[0] >= lo[0]):
        year = hi[0]
        evidence.append(f"≤{hi[0]} from «{hi[1]}»")
    if year is None:
        return DateGuess(None, None, None)
    cap = _chrome_cap(chrome)
    if cap is not None and year > cap[0] and (lo is None or cap[0] >= lo[0]):
        year = cap[0]
        evidence.append(f"≤{cap[0]} from site chrome «{cap[1]}»")
    if daymonth:
        _pos, day, month, ev = min(daymonth, key=lambda x: x[0])
        if day is None:
            return DateGuess(date(year, month, 1), "month", "; ".join([f"month from «{ev}»", *evidence]))
        try:
            return DateGuess(date(year, month, day), "day", "; ".join([f"«{ev}»", *evidence]))
        except ValueError:  # 29 February in a non-leap year
            pass
    return DateGuess(date(year, 1, 1), "year", "; ".join(evidence))


def _chrome_cap(chrome: list[str]) -> tuple[int, str] | None:
    years = []
    for t in chrome:
        for m in re.finditer(rf"\b\d{{1,2}}\s+{_GEN}\s+{_Y}\b", t, re.I):
            years.append((int(m.group(2)), m.group()))
    return min(years) if years else None


def parse_date(value: str) -> tuple[date, str]:
    """A stated date (metadata.csv, HTML markup) → (first day of the period, precision)."""
    v = value.strip()
    for rx, order, precision in (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", (0, 1, 2), "day"),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", (2, 1, 0), "day"),
        (r"(\d{4})-(\d{1,2})", (0, 1), "month"),
        (r"(\d{4})", (0,), "year"),
    ):
        if m := re.fullmatch(rx, v):
            parts = [int(m.group(i + 1)) for i in order] + [1] * (3 - len(order))
            return date(*parts), precision
    raise ValueError(value)
