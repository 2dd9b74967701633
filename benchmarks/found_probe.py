"""Score amounts found on a probe file of texts written without looking at gold (session 43,
found43): each line is one short article (`text`, `published`, `source`, `cls`) with the
amounts a careful analyst marks (`surface`, `value`, `currency`, `qualifier`, `occurrence`)
and the strings that look like money and are not (`not_money`). The texts are loaded as the
gold sets are (`gold.write_corpus`, `dataset.extract`); an amount is found as in the quality
score (a predicted row overlapping it with the same value and currency), every other predicted
row is an extra.

    python benchmarks/found_probe.py tests/data/found43_probe.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from analysis.quality.gold import case_file, read_cases, span_of, write_corpus
from analysis.quality.money import _overlap, matching_row
from analysis.tables.dataset import extract


def malformed(cases: list[dict[str, Any]], currencies: set[str]) -> list[str]:
    """The ids of cases with an amount or a not-money string not in the text, or an amount in
    a currency outside `currencies`."""
    return [case["id"] for case in cases
            if any(w["surface"] not in case["text"] or w["currency"] not in currencies
                   for w in case["amounts"])
            or any(bad not in case["text"] for bad in case["not_money"])]


def score(cases: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str], list[str]]:
    """Per class: amounts (`gold`, `found`), predicted rows (`extra`), not-money reads; and
    one line per miss, extra and not-money read."""
    with tempfile.TemporaryDirectory() as tmp:
        ds = extract(write_corpus(cases, tmp), ner=False)
    rows_by_file = {f: g.to_dict("records") for f, g in ds.amounts.groupby("file")}
    tally: Counter[str] = Counter()
    by_class: Counter[str] = Counter()
    lines: list[str] = []
    for case in cases:
        rows = rows_by_file.get(case_file(case), [])
        free = set(range(len(rows)))
        for g in case["amounts"]:
            span = span_of(case["text"], g["surface"], g.get("occurrence", 1))
            tally["gold"] += 1
            by_class[f"{case['cls']} gold"] += 1
            match = matching_row(g, span, rows, free)
            if match is None:
                lines.append(f"{case['id']} {case['cls']:12} missed {g['surface']!r} "
                             f"({g['value']:g} {g['currency']})")
                continue
            free.discard(match)
            tally["found"] += 1
            by_class[f"{case['cls']} found"] += 1
        for bad in case.get("not_money", []):
            s, e = span_of(case["text"], bad)
            hits = [i for i in free if _overlap(rows[i], s, e) > 0]
            tally["not_money"] += len(hits)
        for i in sorted(free):
            tally["extra"] += 1
            by_class[f"{case['cls']} extra"] += 1
            lines.append(f"{case['id']} {case['cls']:12} extra {rows[i]['surface']!r} "
                         f"({rows[i]['value']:g} {rows[i]['currency']})")
    return tally, by_class, lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probe", type=Path)
    parser.add_argument("--misses", action="store_true", help="print each miss and extra")
    args = parser.parse_args(argv)
    tally, by_class, lines = score(read_cases(args.probe))
    print(f"found {tally['found']}/{tally['gold']}, extra {tally['extra']} "
          f"(of them on not-money strings {tally['not_money']})")
    for cls in sorted({k.rsplit(' ', 1)[0] for k in by_class}):
        print(f"  {cls:14} {by_class[cls + ' found']:3}/{by_class[cls + ' gold']:3}"
              f"  extra {by_class[cls + ' extra']}")
    if args.misses:
        print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
