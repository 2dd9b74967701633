"""Score the year, period and forecast of the money figures in a probe file of short texts
written for a test (session 43: `tests/data/year43_probe.jsonl`), by kind of time phrase.

Each line: id, class, text, published, url and the amounts (surface, year, period, forecast)
an analyst gives per tests/gold/README.md. The texts run through the pipeline as one corpus
(the publication date read from metadata as in production); an amount is found when a
figure overlaps its surface. Usage: `python benchmarks/year_probe.py [file] [--misses]`."""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from analysis.quality.gold import case_file, span_of, write_corpus
from analysis.quality.money import period_key
from analysis.tables.dataset import extract

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "data" / "year43_probe.jsonl"
FIELDS = ("year", "period", "forecast")


def read_probe(path: Path = PROBE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _got(row: dict[str, Any]) -> dict[str, Any]:
    year = row.get("year")
    year = None if year is None or year != year else int(year)  # NaN is none
    forecast = row.get("forecast")
    return {"year": year, "period": period_key(row.get("period")),
            "forecast": bool(forecast) if forecast == forecast and forecast is not None else False}


def score(cases: list[dict[str, Any]]) -> tuple[dict[str, dict[str, list[int]]], list[str]]:
    """right/total per class (and «all») per field, plus «found»; and one line per miss."""
    with tempfile.TemporaryDirectory() as tmp:
        amounts = extract(write_corpus(cases, tmp), ner=False).amounts
    rows = {f: g.to_dict("records") for f, g in amounts.groupby("file")} if len(amounts) else {}
    tally: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {k: [0, 0] for k in ("found", *FIELDS)})
    misses = []
    for case in cases:
        mine = rows.get(case_file(case), [])
        for want in case["amounts"]:
            s, e = span_of(case["text"], want["surface"])
            slices = (tally["all"], tally[case["class"]])
            hit = next((r for r in mine if r["start"] < e and s < r["end"]), None)
            for t in slices:
                t["found"][1] += 1
                t["found"][0] += hit is not None
            if hit is None:
                misses.append(f"{case['id']} {case['class']} not found {want['surface']!r}")
                continue
            got = _got(hit)
            exp = {"year": want["year"], "period": period_key(want["period"]),
                   "forecast": bool(want["forecast"])}
            for field in FIELDS:
                ok = got[field] == exp[field]
                for t in slices:
                    t[field][1] += 1
                    t[field][0] += ok
                if not ok:
                    misses.append(f"{case['id']} {case['class']} {field} of {want['surface']!r}: "
                                  f"{got[field]} ≠ {exp[field]}  | {case['text'][:150]!r}"
                                  f" pub={case['published']}")
    return dict(tally), misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=str(PROBE))
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    tally, misses = score(read_probe(Path(args.file)))
    for name in ["all", *sorted(k for k in tally if k != "all")]:
        t = tally[name]
        print(f"{name:14} " + "  ".join(f"{k} {t[k][0]}/{t[k][1]}" for k in ("found", *FIELDS)))
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
