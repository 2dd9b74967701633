"""Project timelines: «вторая половина 2025 года» → 2025-H2, «осень этого года» → 2025-autumn.

Normalised forms are ``YYYY``, ``YYYY-H1|H2``, ``YYYY-Q1..Q4``, ``YYYY-MM`` or
``YYYY-spring|summer|autumn|winter`` (a season stays a season: autumn is not a quarter), and
``YYYY-since`` for the year a running project started («с 2019 года собирают»);
relative years («этого года», «следующем году») and bare months, quarters and seasons («в
мае», «в третьем квартале», «на осень») are resolved from the publication date. A date next
to «подписано»/«открыт» is an event, not a timeline; of two timelines a project keeps the one
that ends last.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from analysis.lang import calendar
from analysis.lazypattern import lazy_compile
from analysis.projects.cues import analyse, words

if TYPE_CHECKING:
    from analysis.projects.cues import CueHit, Token

_CAL = calendar()
_MONTHS = {m.stem: m.number for m in _CAL.months}  # «январ» → 1 … «ма» → 5 (in month order)
_SEASONS = {s.stem: s.en for s in _CAL.seasons}  # «осен» → autumn
_SEASON_END = {s.en: s.last_month for s in _CAL.seasons}  # autumn → 11, winter → 14
# A month stem this short is the start of common words («ма»: «машина»), so such a month is
# matched by its written forms: «мая/май 2025 года»; bare: «в мае», «на май».
_SHORT_STEM = 2
_DATED_FORMS = ("genitive", "nominative")
_BARE_FORMS = ("prepositional", "nominative")
# «лет» is also the genitive plural of «год» («на 10 лет»): summer is never read bare.
_NO_BARE_SEASON = frozenset({"summer"})


def _month_words(forms: tuple[str, ...]) -> str:
    """The month alternation of a pattern: stems, and the `forms` of a short-stemmed month."""
    return "|".join("|".join(getattr(m, f) for f in forms) if len(m.stem) <= _SHORT_STEM
                    else m.stem for m in _CAL.months)


_SEASON_WORDS = "|".join(_SEASONS)
_BARE_SEASON_WORDS = "|".join(k for k, v in _SEASONS.items() if v not in _NO_BARE_SEASON)
_YEAR = (r"(?:(\d{4})\s*(?:года|году|год|г\.?)|(это[мг]о?|текуще[мг]о?|нынешне[мг]о?|следующе[мг]о?"
         r"|будуще[мг]о?|прошло[мг]о?)\s+год[ау])")
_TIMELINE_PATTERNS = [
    ("half", lazy_compile(r"(?i)(перв|втор)\w*\s+(?:половин|полугоди)\w*\s+" + _YEAR)),
    ("quarter", lazy_compile(
        r"(?i)(I{1,3}V?|IV|[1-4]|перв|втор|трет|четверт)\w*[\s-]*(?:м\s+)?квартал\w*\s+" + _YEAR)),
    ("season", lazy_compile(rf"(?i)({_SEASON_WORDS})\w*\s+" + _YEAR)),
    # «в третьем квартале», «до конца первого квартала» with no year: the coming one
    ("quarter_bare", lazy_compile(
        r"(?i)\b(?:в|во|до|к|на)\s+(?:(?:кон[еа]?ц[аеу]?|начал[аео]|середин[еуы])\s+)?"
        r"(I{1,3}V?|IV|[1-4]|перв|втор|трет|четверт)\w*[\s-]*(?:м\s+)?квартал\w*\b"
        r"(?!\s+(?:\d{4}|это|текущ|нынешн|следующ|будущ|прошл))")),
    ("month", lazy_compile(rf"(?i)({_month_words(_DATED_FORMS)})\w*\s+" + _YEAR)),
    ("month_bare", lazy_compile(rf"(?i)\b(?:в|до|к|на)\s+({_month_words(_BARE_FORMS)})\w*\b(?!\s+\d)")),
    ("season_bare", lazy_compile(r"(?i)\b(?:на|к|до|этой|этим|нынешней|следующей)\s+"
                               rf"({_BARE_SEASON_WORDS})(?:ой|у|е|ы|а)\b")),
    # «запланирован на следующий год»: a relative year in the accusative after a word of
    # scheduling (``scheduled``); «поставки на следующий год» is the period goods cover
    ("year_scheduled", lazy_compile(r"(?i)([а-яё]+)\s+на\s+(этот|текущий|нынешний|следующий|будущий)"
                                    r"\s+год\b")),
    # «в 2027 году», «к концу 2026 года»; a bound is its year too: «не раньше 2027 года»
    ("year", lazy_compile(r"(?i)\b(?:в|до|к|на|не\s+(?:раньше|ранее|позднее|позже))\s+"
                        r"(?:(?:кон[еа]?ц[аеу]?|начал[аео]|середин[еуы])\s+)?" + _YEAR)),
]
# Every pattern with a year (`_YEAR`) needs four digits or «год»: without either, only the
# bare month and season patterns can match, so the others are not tried (same result).
_MAY_HAVE_YEAR = lazy_compile(r"(?i)\d{4}|год")
_YEARLESS = [(kind, pat) for kind, pat in _TIMELINE_PATTERNS if "bare" in kind]
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "перв": 1, "втор": 2, "трет": 3, "четверт": 4}


def whole_year_at(sentence: str) -> tuple[int, int] | None:
    """Where the sentence's first whole-year phrase stands («в этом году», «к 2028 году»,
    «в следующем году»), as a span of `sentence`; None without one."""
    m = dict(_TIMELINE_PATTERNS)["year"].search(sentence)
    return m.span() if m else None


def _resolve_year(digits: str | None, relative: str | None, published: date | None) -> int | None:
    if digits:
        return int(digits)
    if relative and published:
        rel = relative.lower()
        return published.year + (1 if rel.startswith(("следующ", "будущ")) else
                                 -1 if rel.startswith("прошл") else 0)
    return None


def normalize_timeline(sentence: str, published: date | None) -> str | None:
    """«вторая половина 2025 года» → 2025-H2; «осень этого года» (published 2025) → 2025-autumn."""
    patterns = _TIMELINE_PATTERNS if _MAY_HAVE_YEAR.search(sentence) else _YEARLESS
    for kind, pat in patterns:
        m = pat.search(sentence)
        if not m:
            continue
        if kind == "month_bare":  # «подпишут в мае»: the coming May, from the date
            if published is None:
                continue
            head = m.group(1).lower()
            month = next(v for k, v in _MONTHS.items() if head.startswith(k))
            return f"{published.year + (month < published.month)}-{month:02d}"
        if kind == "quarter_bare":  # «в третьем квартале»: the coming one, from the date
            q = _QUARTERS.get(m.group(1).lower()) or (
                int(m.group(1)) if m.group(1).isdigit() else None)
            if published is None or q is None:
                continue
            current = (published.month - 1) // 3 + 1
            return f"{published.year + (q < current)}-Q{q}"
        if kind == "season_bare":  # «запланировано на осень»: the coming one, from the date
            if published is None:
                continue
            return f"{published.year}-{_SEASONS[m.group(1).lower()]}"
        if kind == "year_scheduled":
            if analyse(m.group(1).lower()).lemma not in words("scheduled"):
                continue
            year = _resolve_year(None, m.group(2), published)
            if year is not None:
                return str(year)
            continue
        if kind == "year":
            year = _resolve_year(m.group(1), m.group(2), published)
            if year is not None:
                return str(year)
            continue
        year = _resolve_year(m.group(2), m.group(3), published)
        if year is None:
            continue
        head = m.group(1).lower()
        if kind == "half":
            return f"{year}-H{1 if head.startswith('перв') else 2}"
        if kind == "quarter":
            q = _QUARTERS.get(head) or (int(head) if head.isdigit() else None)
            return f"{year}-Q{q}" if q else str(year)
        if kind == "season":
            return f"{year}-{_SEASONS[head]}"
        month = next((v for k, v in _MONTHS.items() if head.startswith(k)), None)
        return f"{year}-{month:02d}" if month else str(year)
    return None


_SINCE = lazy_compile(r"(?i)(?:^|[\s(—–-])с\s+(\d{4})\s*(?:года|г\.)")


def since_timeline(sentence: str) -> str | None:
    """«С 2021 года … ведётся сборка», «с 2019 года собирают тракторы»: the year a running
    project started (``YYYY-since``); None when the sentence names none."""
    m = _SINCE.search(sentence)
    return f"{m.group(1)}-since" if m else None


def runs_since(statuses: list[CueHit], toks: list[Token], sentence: str,
               published: date | None) -> list[CueHit]:
    """«С 2024 года на предприятии … идёт сборка тракторов»: a present-tense verb of work
    going on (``ongoing_since``, a weak cue of works under way) with a start year («с …
    года», not after the article's year) tells a project running since that year, as «ведётся
    с 2019 года» does: its cue becomes `operating` (the timeline is `since_timeline`'s).
    Without the year («идёт сборка первой партии машин») it stays works under way."""
    ongoing = words("ongoing_since")
    hits = [h for h in statuses if not h.cue.strong and h.cue.value == "in_progress"
            and toks[h.first].lemma in ongoing and "pres" in toks[h.first].tags]
    since = since_timeline(sentence) if hits else None
    if since is None or (published is not None and int(since[:4]) > published.year):
        return statuses
    return [h._replace(cue=replace(h.cue, value="operating")) if h in hits else h
            for h in statuses]


def since_only(statuses: list[CueHit], kinds: list[CueHit], sentence: str,
               published: date | None) -> list[CueHit]:
    """«ООО «…» — официальный сервисный партнёр завода в Стерлитамаке с 2019 года»: a kind
    cue with no status cue of the sentence and a start year («с … года», not after the
    article's year) tells a project running since then: a weak operating cue at the kind cue
    (round 63)."""
    if statuses or not kinds:
        return statuses
    since = since_timeline(sentence)
    if since is None or (published is not None and int(since[:4]) > published.year):
        return statuses
    return [h._replace(cue=replace(h.cue, field="status", value="operating", strong=False))
            for h in kinds[:1]]


def _timeline_end(tl: str) -> tuple[int, int]:
    """Sortable end of a normalised timeline (year, month-ish), for keeping the latest."""
    year, _, part = tl.partition("-")
    if not part:
        return int(year), 12
    if part[0] in "HQ":
        return int(year), int(part[1]) * (6 if part[0] == "H" else 3)
    return int(year), int(part) if part.isdigit() else _SEASON_END.get(part, 12)


def later_timeline(a: str | None, b: str | None) -> str | None:
    """Of two timelines the one that ends last (either may be None); of a year and a part
    of that very year («в первом квартале 2026 года», then «в начале 2026 года») the part,
    which says the same plan more exactly (newuser38)."""
    if a and b and a[:4] == b[:4] and ("-" in a) != ("-" in b) and "since" not in a + b:
        return a if "-" in a else b
    return a if not b or (a and _timeline_end(a) >= _timeline_end(b)) else b


def future_timeline(timeline: str | None, status: str) -> str | None:
    """A date next to «подписано»/«открыт» is when that happened, not the project's timeline
    (a running project's start year is `since_timeline`'s)."""
    return None if status in ("agreed", "operating") else timeline
