"""Project timelines: «вторая половина 2025 года» → 2025-H2, «осень этого года» → 2025-autumn.

Normalised forms are ``YYYY``, ``YYYY-H1|H2``, ``YYYY-Q1..Q4``, ``YYYY-MM`` or
``YYYY-spring|summer|autumn|winter`` (a season stays a season: autumn is not a quarter);
relative years («этого года», «следующем году») and bare months and seasons («в мае», «на
осень») are resolved from the publication date. A date next to «подписано»/«открыт» is an
event, not a timeline; of two timelines a project keeps the one that ends last.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split(), 1)}
_SEASONS = {"весн": "spring", "лет": "summer", "осен": "autumn", "зим": "winter"}
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "winter": 14}
_YEAR = (r"(?:(\d{4})\s*(?:года|году|год|г\.?)|(это[мг]о?|текуще[мг]о?|нынешне[мг]о?|следующе[мг]о?"
         r"|будуще[мг]о?|прошло[мг]о?)\s+год[ау])")
_TIMELINE_PATTERNS = [
    ("half", re.compile(r"(?i)(перв|втор)\w*\s+(?:половин|полугоди)\w*\s+" + _YEAR)),
    ("quarter", re.compile(
        r"(?i)(I{1,3}V?|IV|[1-4]|перв|втор|трет|четверт)\w*[\s-]*(?:м\s+)?квартал\w*\s+" + _YEAR)),
    ("season", re.compile(r"(?i)(весн|лет|осен|зим)\w*\s+" + _YEAR)),
    ("month", re.compile(r"(?i)(январ|феврал|март|апрел|мая|май|июн|июл|август|сентябр|октябр|"
                         r"ноябр|декабр)\w*\s+" + _YEAR)),
    ("month_bare", re.compile(r"(?i)\b(?:в|до|к|на)\s+(январ|феврал|март|апрел|мае|май|июн|июл|"
                              r"август|сентябр|октябр|ноябр|декабр)\w*\b(?!\s+\d)")),
    ("season_bare", re.compile(r"(?i)\b(?:на|к|до|этой|этим|нынешней|следующей)\s+"
                               r"(весн|осен|зим)(?:ой|у|е|ы|а)\b")),
    ("year", re.compile(r"(?i)\b(?:в|до|к|на)\s+(?:(?:кон[еа]?ц[аеу]?|начал[аео]|середин[еуы])\s+)?"
                        + _YEAR)),
]
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "перв": 1, "втор": 2, "трет": 3, "четверт": 4}


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
    for kind, pat in _TIMELINE_PATTERNS:
        m = pat.search(sentence)
        if not m:
            continue
        if kind == "month_bare":  # «подпишут в мае»: the coming May, from the date
            if published is None:
                continue
            head = m.group(1).lower()
            month = next(v for k, v in _MONTHS.items() if head.startswith(k))
            return f"{published.year + (month < published.month)}-{month:02d}"
        if kind == "season_bare":  # «запланировано на осень»: the coming one, from the date
            if published is None:
                continue
            return f"{published.year}-{_SEASONS[m.group(1).lower()]}"
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


def _timeline_end(tl: str) -> tuple[int, int]:
    """Sortable end of a normalised timeline (year, month-ish), for keeping the latest."""
    year, _, part = tl.partition("-")
    if not part:
        return int(year), 12
    if part[0] in "HQ":
        return int(year), int(part[1]) * (6 if part[0] == "H" else 3)
    return int(year), int(part) if part.isdigit() else _SEASON_END.get(part, 12)


def _later(a: str | None, b: str | None) -> str | None:
    return a if not b or (a and _timeline_end(a) >= _timeline_end(b)) else b


def _future(timeline: str | None, status: str) -> str | None:
    """A date next to «подписано»/«открыт» is when that happened, not the project's timeline."""
    return None if status in ("agreed", "operating") else timeline
