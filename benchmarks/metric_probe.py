"""Score the metric on a probe file of texts written without looking at gold (session 43,
metric43): each line is one short article (`text`, `published`, `source`, `cls`) with the
amounts a careful analyst finds in it (`surface`, `occurrence`, `metric`). Each article is
loaded as the gold sets are (a corpus folder with a metadata row), described by
`money.describe`, and each expected amount matched to the fact whose span overlaps it.

    python benchmarks/metric_probe.py tests/data/metric43_probe.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from analysis.ingest import load_corpus
from analysis.money import describe
from analysis.quality.gold import span_of, write_corpus
from analysis.vocab import METRICS


class Outcome(NamedTuple):
    """One expected amount and what the rules read for it (None: no fact overlaps it)."""

    id: str
    cls: str
    surface: str
    want: str
    got: str | None


def read_probe(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def malformed(cases: list[dict[str, Any]]) -> list[str]:
    """The ids of cases with no amount, an unknown metric, or a surface not in the text."""
    return [case["id"] for case in cases
            if not case["amounts"]
            or any(a["metric"] not in METRICS or a["surface"] not in case["text"]
                   for a in case["amounts"])]


def score(cases: list[dict[str, Any]]) -> list[Outcome]:
    """The rules' metric for every expected amount of the cases, all loaded as one corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = load_corpus(write_corpus(cases, Path(tmp) / "corpus"))
    by_id = {Path(a.file).stem: a for a in corpus.articles}
    out: list[Outcome] = []
    for case in cases:
        article = by_id[case["id"]]
        facts = describe(article)
        for want in case["amounts"]:
            start, end = span_of(article.text, want["surface"], want.get("occurrence", 1))
            got = next((f.metric for f in facts
                        if f.amount.start < end and start < f.amount.end), None)
            out.append(Outcome(case["id"], case["cls"], want["surface"], want["metric"], got))
    return out


def table(outcomes: list[Outcome], key: str) -> str:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for o in outcomes:
        name = getattr(o, key)
        total[name] += 1
        right[name] += o.got == o.want
    return "\n".join(f"  {name:18} {right[name]:3}/{total[name]:3}" for name in sorted(total))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probe", type=Path)
    parser.add_argument("--misses", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    outcomes = score(read_probe(args.probe))
    right = sum(o.got == o.want for o in outcomes)
    print(f"metric right {right}/{len(outcomes)}; not found "
          f"{sum(o.got is None for o in outcomes)}")
    print("by class:\n" + table(outcomes, "cls"))
    print("by expected metric:\n" + table(outcomes, "want"))
    if args.misses:
        for o in outcomes:
            if o.got != o.want:
                print(f"{o.id} {o.cls:15} {o.want:>15} <- {o.got!s:15} {o.surface}")


if __name__ == "__main__":
    sys.exit(main())
