"""The analyst's corrections: an optional `corrections.csv` in the corpus folder.

Corrections apply to mentions (rows of `amounts`) before consolidation; nothing in the
corpus is edited. One correction per line (UTF-8 or Windows-1251; comma, semicolon or tab):

- `mention_id`: the mention, as the amounts table names it (`<article_id>@<start>-<end>`);
- or `file`, `surface`, `occurrence`: the file (as the amounts table writes it), the amount as
  written there, and which occurrence of that surface in the file (1, 2 …; empty = every one);
- `action`: `exclude`, or `set` (the default when a field below is filled);
- `metric`, `year`, `period`, `region`, `value`, `currency`: the new values for `set`;
  `region` takes a Russian region, or `national` for Russia–Belarus as a whole; `period`
  takes `full` for the full year;
- `note`: free text, kept for the reader.

A line that matches no mention, or that cannot be read, is reported (the returned problems
go to `problems.csv` and the build's warnings); the others still apply.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.entities import normalize_region
from analysis.ingest import CORRECTIONS_FILE
from analysis.lazypattern import lazy_compile
from analysis.money import Rates, find_amounts, parse_number
from analysis.vocab import CURRENCIES, METRICS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CORRECTIONS_FILE", "Applied", "Correction", "apply_corrections", "read_corrections"]

SET_FIELDS = ("metric", "year", "period", "region", "value", "currency")
ACTIONS = ("exclude", "set")
NATIONAL_WORDS = frozenset({"national", "россия–беларусь", "россия-беларусь"})
FULL_YEAR_WORDS = frozenset({"full", "год", "year"})
_SPACES = lazy_compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class Correction:
    """One line of `corrections.csv`, checked."""

    line: int
    mention_id: str
    file: str
    surface: str
    occurrence: int | None
    action: str
    changes: dict  # column → new value (already typed), for `set`


@dataclass
class Corrections:
    """The readable lines of a corrections file and the problems of the others."""

    items: list[Correction] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


@dataclass
class Applied:
    """Amounts after corrections, what could not be applied, how many mentions changed."""

    amounts: pd.DataFrame
    problems: list[dict]
    corrected: int


def _problem(line: int, text: str) -> dict:
    """A problem of one line (`line` 0: the whole file), as `problems.csv` lists it."""
    where = f"line {line}: " if line else ""
    return {"file": CORRECTIONS_FILE, "reason": f"{where}{text}", "line": line}


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1251")  # Excel's «CSV» on a Russian Windows


def _typed_change(name: str, raw: str) -> object:
    """A `set` value in its column's type; ValueError names what is wrong."""
    if name == "year":
        if not (raw.isdigit() and 1900 <= int(raw) <= 2100):
            raise ValueError(f"year {raw!r} is not a year: write it in digits, e.g. 2022")
        return int(raw)
    if name == "value":
        return _value(raw)
    if name == "metric":
        if raw not in METRICS:
            raise ValueError(f"metric {raw!r} is not one of {', '.join(METRICS)}")
        return raw
    if name == "currency":
        if raw.upper() not in CURRENCIES:
            raise ValueError(f"currency {raw!r} is not one of {', '.join(CURRENCIES)}")
        return raw.upper()
    if name == "region":
        if raw.lower() in NATIONAL_WORDS:
            return None
        if (official := normalize_region(raw)) is None:
            raise ValueError(f"region {raw!r} is not a Russian region (or `national`)")
        return official
    if name == "period":
        return None if raw.lower() in FULL_YEAR_WORDS else raw
    return raw


def _value(raw: str) -> tuple[float, str | None]:
    """A `value` cell: a plain number in units («46200000000») or an amount as the news
    writes it («46,2 млрд долларов»), with its currency when it names one."""
    written = find_amounts(raw)
    if len(written) == 1 and not written[0].implied_currency:
        return written[0].value, written[0].currency
    number = parse_number(raw.strip())
    if number is None or number <= 0:
        raise ValueError(f"value {raw!r} is not an amount: write 46200000000 or «46,2 млрд долларов»")
    return number, None


def _parse_line(line: int, row: dict[str, str]) -> Correction:
    get = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
    action = get.get("action", "").lower()
    changes = {}
    for name in SET_FIELDS:
        if get.get(name):
            try:
                changes[name] = _typed_change(name, get[name])
            except ValueError as exc:
                raise ValueError(f"{exc}; fix the line or remove it") from None
    if not action:
        action = "set" if changes else ""
    if action not in ACTIONS:
        raise ValueError(f"action {get.get('action', '')!r} is not `exclude` or `set`")
    if action == "set" and not changes:
        raise ValueError(f"`set` names nothing to set: fill one of {', '.join(SET_FIELDS)}")
    occurrence = get.get("occurrence", "")
    if occurrence and (not occurrence.isdigit() or int(occurrence) < 1):
        raise ValueError(f"occurrence {occurrence!r} must be 1, 2, … or empty")
    if not get.get("mention_id") and not (get.get("file") and get.get("surface")):
        raise ValueError("name the mention: a `mention_id`, or a `file` and a `surface`")
    return Correction(line=line, mention_id=get.get("mention_id", ""), file=get.get("file", ""),
                      surface=get.get("surface", ""), occurrence=int(occurrence) if occurrence else None,
                      action=action, changes=changes)


def read_corrections(corpus_dir: str | Path) -> Corrections:
    """The corrections of a corpus folder (none when it has no `corrections.csv`)."""
    path = Path(corpus_dir) / CORRECTIONS_FILE
    found = Corrections()
    if not path.is_file():
        return found
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        found.problems.append(_problem(0, f"unreadable ({exc.strerror or exc}): no correction applied"))
        return found
    if "\x00" in text:
        found.problems.append(_problem(0, "not a CSV table (it holds binary data): no correction "
                                          "applied; save it from the spreadsheet as CSV again"))
        return found
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        for row in reader:
            if not any((v or "").strip() for k, v in row.items() if k):
                continue
            try:
                found.items.append(_parse_line(reader.line_num, row))
            except ValueError as exc:
                found.problems.append(_problem(reader.line_num, f"{exc}: not applied"))
    except csv.Error as exc:  # a field larger than the csv module allows, a stray quote
        found.problems.append(_problem(reader.line_num, f"not a CSV table ({exc}): the rest of the "
                                                        "file was not read; save it as CSV again"))
    return found


def _norm(surface: str) -> str:
    return _SPACES.sub(" ", surface).strip().lower()


def _targets(amounts: pd.DataFrame, c: Correction) -> list[int]:
    """The row positions of `amounts` a correction addresses."""
    if c.mention_id:
        return [i for i, m in enumerate(amounts["mention_id"]) if m == c.mention_id]
    in_file = [i for i, f in enumerate(amounts["file"].astype(str)) if f == c.file]
    wanted = _norm(c.surface)
    surfaces = {i: _norm(str(amounts["surface"].iat[i])) for i in in_file}
    hits = [i for i in in_file if surfaces[i] == wanted] or \
           [i for i in in_file if wanted in surfaces[i] or surfaces[i] in wanted]
    hits.sort(key=lambda i: amounts["start"].iat[i])
    if c.occurrence is not None:
        return hits[c.occurrence - 1:c.occurrence]
    return hits


def apply_corrections(amounts: pd.DataFrame, corrections: Corrections | None,
                      rates: Rates | None = None) -> Applied:
    """`amounts` (with `mention_id`) with every correction applied: `corrected` marks a row
    a `set` changed, `excluded` one the analyst struck out (it stays, so that its figure can
    say it was corrected; consolidation never counts it)."""
    out = amounts.copy().reset_index(drop=True)
    out["corrected"] = False
    out["excluded"] = False
    if corrections is None:
        return Applied(amounts=out, problems=[], corrected=0)
    problems = list(corrections.problems)
    excluded: set[int] = set()
    for c in corrections.items:
        hits = _targets(out, c)
        if not hits:
            where = c.mention_id or f"«{c.surface}» in {c.file}" + \
                (f" (occurrence {c.occurrence})" if c.occurrence else "")
            problems.append(_problem(c.line, f"no mention {where}: nothing corrected; copy the "
                                              "mention_id, or the file and surface, from amounts.csv"))
            continue
        for i in hits:
            if c.action == "exclude":
                excluded.add(i)
                continue
            for name, value in c.changes.items():
                if name == "value":  # an amount that names its currency sets it too
                    value, currency = value
                    if currency and "currency" not in c.changes:
                        out.at[i, "currency"] = currency
                out.at[i, name] = value
            out.at[i, "corrected"] = True
    changed = out.index[out["corrected"]].tolist()
    if changed:
        _reconvert(out, changed, rates or Rates.load())
    out.loc[sorted(excluded), "excluded"] = True
    problems.sort(key=lambda p: p["line"])  # in file order, whether unread or unmatched
    return Applied(amounts=out, problems=[{"file": p["file"], "reason": p["reason"]} for p in problems],
                   corrected=len(excluded | set(changed)))


def _reconvert(out: pd.DataFrame, rows: list[int], rates: Rates) -> None:
    """Converted values of corrected rows, at the (new) year's rate."""
    import pandas as pd

    for i in rows:
        year = out.at[i, "year"]
        year = None if pd.isna(year) else int(year)
        target = str(out.at[i, "converted_currency"])
        conv = rates.convert_for(float(out.at[i, "value"]), str(out.at[i, "currency"]), target, year, None)
        out.at[i, "converted_value"] = conv.value
