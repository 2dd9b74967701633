"""Check a money gold file (`tests/gold/money_in_articles*.jsonl`): the format every round's
gold holds to, and the rules a blind round's writers follow on top of it.

    python3 benchmarks/gold_format.py FILE.jsonl [FILE.jsonl …] [--used used_genres.txt] [--settled]

One line per problem, naming the file, the article id, the amount (its number in the article and
its surface) and the field; then a line per file: ``FILE: N articles, M amounts, K problems``.
Exit status 1 when there is a problem, 0 when there is none.

A file whose name holds ``_heldout`` is a held-aside third: nothing of it is printed but its name
and its number of problems (``FILE: K problems``), so the check may run on it unread.

Two levels of rules:

- **format** (every round's file holds to them): one JSON object a line with the article's keys
  and each amount's keys; the enumerations (currency, qualifier, metric, flow on export and
  import amounts only); `surface` found `occurrence` times in the text (counted as
  `analysis.quality.gold.span_of` counts them); `not_money` items in the text; a range's value
  its low end; a value that agrees with the scale its surface writes («1,2 млрд» is 1.2e9, not
  1.2e6); no two amounts on one stretch of text.
- **writing** (a new round; `--settled` leaves them out for the rounds written before them):
  a text of at least `MIN_WORDS` words, a `period` without a year, `context` an exact substring
  of the text, a positive value unless the surface writes a sign («минус 43,6 млн»), and, with
  `--used`, a genre no earlier round used.

Standard library only: `benchmarks/writer_kit.py` puts a copy of this file in the writers'
kit, and the writers run it outside the repository.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["AMOUNT_KEYS", "ARTICLE_KEYS", "CURRENCIES", "FLOWS", "METRICS", "QUALIFIERS",
           "FileReport", "check_amount", "check_article", "check_file", "main", "nth_find",
           "read_used", "scale_agrees"]

# The gold's words (the gold writes every lower bound `over` and «почти» `approx`:
# `analysis.vocab.GOLD_QUALIFIER`; BYR, KZT, GBP are read but no briefing converts into them).
CURRENCIES = ("RUB", "USD", "EUR", "BYN", "BYR", "CNY", "KZT", "GBP")
QUALIFIERS = ("exact", "approx", "over", "under", "up_to", "range")
METRICS = ("trade_turnover", "export", "import", "investment", "credit", "financing",
           "production", "agreements", "other")
FLOWS = ("BY→RU", "RU→BY", "other", "unclear")
FLOW_METRICS = ("export", "import")
ARTICLE_KEYS = ("id", "genre", "published", "url", "source", "text", "not_money", "amounts")
AMOUNT_KEYS = ("surface", "occurrence", "value", "value_low", "value_high", "currency",
               "implied_currency", "qualifier", "metric", "year", "period", "forecast",
               "region", "context", "classes")
OPTIONAL_AMOUNT_KEYS = ("flow",)
_STEP = 999.999  # a scale step: «млн» for «млрд» puts a value a thousand times off
MIN_WORDS = 120  # a blind round's article is a whole news text, not a sentence
FIRST_YEAR, LAST_YEAR = 1990, 2040
HELD = "_heldout"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SIGN = re.compile(r"минус|[-−–]\s*\d", re.IGNORECASE)
# a number and the scale word written right after it («1,2 млрд», «412.6 million», «3–4 тыс.»)
_SCALED = re.compile(r"(\d+(?:\s\d{3})*(?:[.,]\d+)*)\s*-?\s*"
                     r"(тыс|млн|млрд|трлн|миллион|миллиард|триллион|тысяч"
                     r"|mln|mn|bln|bn|million|billion)(?![a-z])", re.IGNORECASE)
_SCALES = {"тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "mln": 1e6, "mn": 1e6,
           "million": 1e6, "млрд": 1e9, "миллиард": 1e9, "bln": 1e9, "bn": 1e9,
           "billion": 1e9, "трлн": 1e12, "триллион": 1e12}


@dataclass
class FileReport:
    """What one file holds and the problems found in it."""

    path: Path
    articles: int = 0
    amounts: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def held(self) -> bool:
        return HELD in self.path.name

    def lines(self) -> list[str]:
        """What may be printed of the file: a held-aside third's name and count only."""
        if self.held:
            return [f"{self.path}: {len(self.problems)} problems"]
        return [*self.problems, f"{self.path}: {self.articles} articles, {self.amounts} amounts, "
                                f"{len(self.problems)} problems"]


def nth_find(text: str, surface: str, n: int) -> int:
    """Where the `n`-th (1-based) `surface` starts in `text`, or -1 (each search starts one
    character after the last find, as `analysis.quality.gold.span_of` does)."""
    at = -1
    for _ in range(n):
        at = text.find(surface, at + 1)
        if at < 0:
            return -1
    return at


def read_used(path: Path) -> set[str]:
    """The genres of earlier rounds: one a line (a genre may hold spaces)."""
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _number_readings(digits: str) -> set[float]:
    """The values a written number may have: «1 200,5» is 1200.5; «1,000» and «1.000» may be
    one or a thousand; «1,377,667.20» is 1377667.2."""
    plain = re.sub(r"\s", "", digits)
    marks = [c for c in plain if c in ",."]
    if not marks:
        return {float(plain)}
    if len(set(marks)) == 2:  # the last mark is the decimal one
        last = max(plain.rfind(","), plain.rfind("."))
        return {float(re.sub(r"[.,]", "", plain[:last]) + "." + plain[last + 1:])}
    if len(marks) > 1:  # «1.377.667»: thousands
        return {float(re.sub(r"[.,]", "", plain))}
    head, tail = re.split(r"[.,]", plain)
    readings = {float(f"{head}.{tail}")}
    if len(tail) == 3:
        readings.add(float(head + tail))
    return readings


def scale_agrees(surface: str, values: Iterable[float], exact: bool = True) -> bool:
    """Does one of `values` agree with a number and the scale word after it in `surface`?
    `exact`: the value is at least the number times the scale and under the next whole number
    times it («1 млн 200 тыс.» is 1.2e6); else it is less than a scale step (a thousand times)
    off the number times the scale. A surface with no digits before a scale word agrees."""
    pairs = [(reading * _SCALES[m.group(2).lower()], _SCALES[m.group(2).lower()], reading)
             for m in _SCALED.finditer(surface) for reading in _number_readings(m.group(1))]
    if not pairs:
        return True
    if exact:
        return any(figure * (1 - 1e-9) <= abs(v) < (int(n) + 1) * scale
                   for figure, scale, n in pairs for v in values)
    return any(figure / _STEP < abs(v) < figure * _STEP for figure, _, _ in pairs for v in values)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_amount(where: str, text: str, amount: dict[str, Any], settled: bool = False
                 ) -> list[str]:
    """The problems of one amount; `where` names the file, the article and the amount."""
    problems: list[str] = []
    keys = set(amount)
    for key in AMOUNT_KEYS:
        if key not in keys:
            problems.append(f"{where}: {key}: missing")
    for key in sorted(keys - set(AMOUNT_KEYS) - set(OPTIONAL_AMOUNT_KEYS)):
        problems.append(f"{where}: {key}: unknown field")
    surface, occurrence = amount.get("surface"), amount.get("occurrence")
    if not isinstance(surface, str) or not surface:
        problems.append(f"{where}: surface: must be a non-empty string")
    elif not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        problems.append(f"{where}: occurrence: must be a whole number ≥ 1")
    elif nth_find(text, surface, occurrence) < 0:
        found = text.count(surface) if surface in text else 0
        problems.append(f"{where}: occurrence: {occurrence}, but the surface is found "
                        f"{found} time(s) in the text" if found else
                        f"{where}: surface: not a substring of the text")
    value, low, high = amount.get("value"), amount.get("value_low"), amount.get("value_high")
    if not _is_number(value) or value == 0:
        problems.append(f"{where}: value: must be a number other than 0")
    elif not settled and value < 0 and not (isinstance(surface, str) and _SIGN.search(surface)):
        problems.append(f"{where}: value: negative, but the surface writes no sign")
    elif isinstance(surface, str) and not scale_agrees(
            surface, [v for v in (value, low, high) if _is_number(v)], exact=not settled):
        problems.append(f"{where}: value: {value!r} is not the figure {surface!r} writes"
                        if not settled else
                        f"{where}: value: {value!r} is a scale step off the figure {surface!r} writes")
    if amount.get("currency") not in CURRENCIES:
        problems.append(f"{where}: currency: {amount.get('currency')!r} is none of {list(CURRENCIES)}")
    qualifier = amount.get("qualifier")
    if qualifier not in QUALIFIERS:
        problems.append(f"{where}: qualifier: {qualifier!r} is none of {list(QUALIFIERS)}")
    if qualifier == "range":
        if not (_is_number(low) and _is_number(high) and value == low and low < high):
            problems.append(f"{where}: value_low, value_high: a range needs value == value_low "
                            "< value_high")
    elif low is not None or high is not None:
        problems.append(f"{where}: value_low, value_high: only for a range")
    metric = amount.get("metric")
    if metric not in METRICS:
        problems.append(f"{where}: metric: {metric!r} is none of {list(METRICS)}")
    if metric in FLOW_METRICS:
        if amount.get("flow") not in FLOWS:
            problems.append(f"{where}: flow: an export or import needs one of {list(FLOWS)}")
    elif "flow" in amount:
        problems.append(f"{where}: flow: only on export and import amounts")
    year = amount.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)
                             or not FIRST_YEAR <= year <= LAST_YEAR):
        problems.append(f"{where}: year: {year!r} is no year from {FIRST_YEAR} to {LAST_YEAR}")
    period = amount.get("period")
    if period is not None and not isinstance(period, str):
        problems.append(f"{where}: period: must be a string or null")
    elif not settled and period is not None and _YEAR.search(period):
        problems.append(f"{where}: period: {period!r} holds a year (the year goes in `year`)")
    for flag in ("forecast", "implied_currency"):
        if flag in amount and not isinstance(amount[flag], bool):
            problems.append(f"{where}: {flag}: must be true or false")
    region = amount.get("region")
    if region is not None and not isinstance(region, str):
        problems.append(f"{where}: region: must be a string or null")
    context = amount.get("context")
    if context is not None and not isinstance(context, str):
        problems.append(f"{where}: context: must be a string or null")
    elif not settled and context is not None and context not in text:
        problems.append(f"{where}: context: not a substring of the text")
    classes = amount.get("classes")
    if "classes" in amount and (not isinstance(classes, list)
                                or not all(isinstance(c, str) for c in classes)):
        problems.append(f"{where}: classes: must be a list of strings")
    return problems


def check_article(where: str, article: dict[str, Any], used: set[str] | frozenset[str] = frozenset(),
                  settled: bool = False) -> list[str]:
    """The problems of one article; `where` names the file and the article."""
    problems: list[str] = []
    keys = set(article)
    for key in ARTICLE_KEYS:
        if key not in keys:
            problems.append(f"{where}: {key}: missing")
    for key in sorted(keys - set(ARTICLE_KEYS)):
        problems.append(f"{where}: {key}: unknown field")
    genre = article.get("genre")
    if "genre" in keys and not isinstance(genre, str):
        problems.append(f"{where}: genre: must be a string")
    elif genre in used:
        problems.append(f"{where}: genre: {genre!r} was used in an earlier round")
    published = article.get("published")
    if published is not None and not (isinstance(published, str) and _DATE.fullmatch(published)):
        problems.append(f"{where}: published: must be YYYY-MM-DD or null")
    text = article.get("text")
    if not isinstance(text, str):
        problems.append(f"{where}: text: must be a string")
        return problems
    if not settled and len(text.split()) < MIN_WORDS:
        problems.append(f"{where}: text: {len(text.split())} words, fewer than {MIN_WORDS}")
    not_money = article.get("not_money", [])
    for item in not_money if isinstance(not_money, list) else [not_money]:
        if not isinstance(item, str) or item not in text:
            problems.append(f"{where}: not_money: {item!r} is not a substring of the text")
    amounts = article.get("amounts", [])
    if not isinstance(amounts, list):
        return [*problems, f"{where}: amounts: must be a list"]
    spans: list[tuple[int, int, str]] = []
    for index, amount in enumerate(amounts, 1):
        if not isinstance(amount, dict):
            problems.append(f"{where}: amount {index}: must be an object")
            continue
        here = f"{where}: amount {index} ({amount.get('surface')!r})"
        problems += check_amount(here, text, amount, settled)
        surface, occurrence = amount.get("surface"), amount.get("occurrence")
        if isinstance(surface, str) and surface and isinstance(occurrence, int) and occurrence > 0:
            if (at := nth_find(text, surface, occurrence)) >= 0:
                spans.append((at, at + len(surface), here))
    spans.sort()
    for (_, end, first), (start, _, second) in itertools.pairwise(spans):
        if start < end:
            problems.append(f"{second}: surface: overlaps {first}")
    return problems


def _articles(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, article) of each line; a line that is no JSON object gives its error."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            article = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not JSON ({error.msg}, column {error.colno})"
            continue
        yield number, article if isinstance(article, dict) else "not a JSON object"


def check_file(path: Path, used: set[str] | frozenset[str] = frozenset(), settled: bool = False,
               seen: set[str] | None = None) -> FileReport:
    """Every problem of one gold file (`seen`: the ids of the files checked before it)."""
    report = FileReport(path)
    seen = set() if seen is None else seen
    for number, article in _articles(path):
        if isinstance(article, str):
            report.problems.append(f"{path}: line {number}: {article}")
            continue
        aid = article.get("id")
        where = f"{path}: {aid if isinstance(aid, str) and aid else f'line {number}'}"
        if isinstance(aid, str) and aid in seen:
            report.problems.append(f"{where}: id: given twice")
        if isinstance(aid, str):
            seen.add(aid)
        report.articles += 1
        amounts = article.get("amounts")
        report.amounts += len(amounts) if isinstance(amounts, list) else 0
        report.problems += check_article(where, article, used, settled)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="gold files (JSON lines)")
    parser.add_argument("--used", type=Path, help="genres of earlier rounds, one a line")
    parser.add_argument("--settled", action="store_true",
                        help="the format only: leave out the writing rules (older rounds)")
    args = parser.parse_args(argv)
    used = read_used(args.used) if args.used else set()
    seen: set[str] = set()
    total = 0
    for path in args.files:
        report = check_file(path, used, args.settled, seen)
        total += len(report.problems)
        for line in report.lines():
            print(line)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
