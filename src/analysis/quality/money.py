"""Score money figures (the `amounts` table) against annotated articles.

An annotated amount is **found** when a predicted row of the same file overlaps its span
and has the same value (within 0.1 %) and currency; `strict` also asks for the exact span.
Each found amount is then checked for its meaning: metric, year, period, region (for trade
figures: the Russian region, empty for Russia–Belarus as a whole), forecast, and the flow
(which way an export or import figure's goods go) where the gold gives one. Figures are
kept overall and per annotation class, so a note can say which kind of context fails.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.lang import calendar
from analysis.quality.gold import Counts, case_file, span_of
from analysis.vocab import TRADE_METRICS

ASPECTS = ("metric", "year", "period", "region", "forecast", "flow")
# gold flows an annotator could not tell: scored as no flow (None)
_UNTOLD_FLOWS = frozenset({"unclear"})
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass
class Tally(Counts):
    """Counts for one slice of a gold set (all of it, or one class)."""

    strict: int = 0
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ASPECTS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ASPECTS, 0))

    def accuracy(self, aspect: str) -> float:
        n = self.checked[aspect]
        return self.right[aspect] / n if n else 1.0

    def summary(self) -> str:
        if self.predicted:
            head = (f"F1 {self.f1:.2f} (P {self.precision:.2f}, R {self.recall:.2f}; "
                    f"{self.found}/{self.gold} found, {self.predicted} predicted)")
        else:  # a class slice: predictions are not attributed to classes, only recall counts
            head = f"found {self.recall:.2f} ({self.found}/{self.gold})"
        parts = [head]
        parts += [f"{a} {self.accuracy(a):.2f} ({self.right[a]}/{self.checked[a]})"
                  for a in ASPECTS if self.checked[a]]
        return "; ".join(parts)


@dataclass
class MoneyScore:
    overall: Tally
    by_class: dict[str, Tally]  # recall and meaning per class (no precision)
    not_money_hits: int  # predicted amounts on strings annotated as not money
    errors: list[str]  # one line per miss, extra or wrong meaning, for reading

    def summary(self) -> str:
        lines = [f"all: {self.overall.summary()}; not-money strings read as money: "
                 f"{self.not_money_hits}"]
        lines += [f"  {name}: {tally.summary()}" for name, tally in sorted(self.by_class.items())]
        return "\n".join(lines)


def period_key(period: Any) -> tuple[int, int] | str | None:
    """A period as (first month, last month), so «9 месяцев» equals «январь–сентябрь»."""
    if period is None or (isinstance(period, float) and math.isnan(period)) or period == "":
        return None
    text = str(period).strip().lower().replace("-", "–")
    if text == "с начала года":
        return "ytd"
    if m := re.fullmatch(r"(\d{1,2}) месяц\w*", text):
        return 1, int(m.group(1))
    if m := re.fullmatch(r"(i{1,3}|iv) (квартал|полугодие)", text):
        n = _ROMAN[m.group(1).upper()]
        return ((3 * n - 2, 3 * n) if m.group(2) == "квартал" else (6 * n - 5, 6 * n))
    months = [calendar().month(n) for n in text.split("–")]
    if all(months):
        return months[0].number, months[-1].number  # type: ignore[union-attr]
    return text


def _blank(x: Any) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)) or x == ""


def _flow(x: Any) -> str | None:
    """A flow as scored: None for none, for one not told and for one the annotator could
    not tell («unclear»)."""
    return None if _blank(x) or x in _UNTOLD_FLOWS else str(x)


def _int(x: Any) -> int | None:
    return None if _blank(x) else int(x)


def _same_value(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-3)


def score_money(cases: list[dict[str, Any]], amounts: pd.DataFrame,
                region_name: Any = None) -> MoneyScore:
    """Score the `amounts` table of a corpus written by `gold.write_corpus(cases)`.

    `region_name` normalises a region for comparison (e.g. `entities.normalize_region`);
    by default names are compared as written.
    """
    norm = region_name or (lambda r: r)

    def region(x: Any) -> str | None:
        return None if _blank(x) else (norm(str(x)) or str(x))

    overall, by_class = Tally(), defaultdict(Tally)
    not_money_hits, errors = 0, []
    rows_by_file = {f: g for f, g in amounts.groupby("file")} if len(amounts) else {}
    for case in cases:
        file = case_file(case)
        rows = rows_by_file.get(file, amounts.iloc[0:0]).to_dict("records")
        free = set(range(len(rows)))
        overall.predicted += len(rows)
        for bad in case.get("not_money", []):
            s, e = span_of(case["text"], bad)
            hits = [r for r in rows if r["start"] < e and s < r["end"]]
            not_money_hits += len(hits)
            errors += [f"{case['id']} not money read as money: {bad!r}" for _ in hits]
        for g in case["amounts"]:
            s, e = span_of(case["text"], g["surface"], g.get("occurrence", 1))
            slices = [overall] + [by_class[c] for c in g.get("classes", [])]
            for t in slices:
                t.gold += 1
            match = matching_row(g, (s, e), rows, free)
            if match is None:
                errors.append(f"{case['id']} missed {g['surface']!r} ({g['value']:g} {g['currency']})")
                continue
            free.discard(match)
            row = rows[match]
            want = {"metric": g["metric"], "year": _int(g.get("year")),
                    "period": period_key(g.get("period")), "forecast": bool(g.get("forecast")),
                    "region": region(g.get("region")), "flow": _flow(g.get("flow"))}
            got = {"metric": row["metric"], "year": _int(row.get("year")),
                   "period": period_key(row.get("period")),
                   "forecast": bool(row.get("forecast")) if not _blank(row.get("forecast")) else False,
                   "region": region(row.get("region")), "flow": _flow(row.get("flow"))}
            for t in slices:
                t.found += 1
                t.strict += (row["start"], row["end"]) == (s, e)
            for aspect in ASPECTS:
                if aspect == "region" and g["metric"] not in TRADE_METRICS:
                    continue  # the region is scored for trade figures, where it decides the series
                if aspect in ("forecast", "flow") and aspect not in g:
                    continue  # (scored only where the gold gives it)
                ok = want[aspect] == got[aspect]
                for t in slices:
                    t.checked[aspect] += 1
                    t.right[aspect] += ok
                if not ok:
                    errors.append(f"{case['id']} {aspect} of {g['surface']!r}: "
                                  f"{got[aspect]} ≠ {want[aspect]}")
        errors += [f"{case['id']} extra {rows[i]['surface']!r}" for i in sorted(free)]
    return MoneyScore(overall, dict(by_class), not_money_hits, errors)


def matching_row(gold: dict[str, Any], span: tuple[int, int], rows: list[dict[str, Any]],
                 free: set[int]) -> int | None:
    """The free predicted row that finds a gold amount: it overlaps the gold span most and
    has the same value and currency (None if no row does)."""
    s, e = span
    return next((i for i in sorted(free, key=lambda i: -_overlap(rows[i], s, e))
                 if _overlap(rows[i], s, e) > 0
                 and _same_value(rows[i]["value"], gold["value"])
                 and rows[i]["currency"] == gold["currency"]), None)


def _overlap(row: dict[str, Any], s: int, e: int) -> int:
    return max(0, min(int(row["end"]), e) - max(int(row["start"]), s))


def score_snippets(cases: list[dict[str, Any]], find: Any) -> Tally:
    """Amounts found in short snippets (prices, contract sums) by `find(text) -> [Amount]`."""
    tally = Tally()
    for case in cases:
        got = [{"start": a.start, "end": a.end, "value": a.value, "currency": a.currency,
                "surface": a.surface} for a in find(case["text"])]
        tally.predicted += len(got)
        free = set(range(len(got)))
        for g in case["amounts"]:
            tally.gold += 1
            s, e = span_of(case["text"], g["surface"], g.get("occurrence", 1))
            match = next((i for i in free if _overlap(got[i], s, e) > 0
                          and _same_value(got[i]["value"], g["value"])
                          and got[i]["currency"] == g["currency"]), None)
            if match is not None:
                free.discard(match)
                tally.found += 1
                tally.strict += (got[match]["start"], got[match]["end"]) == (s, e)
    return tally
