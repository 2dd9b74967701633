"""How far two careful annotators agree on the dev gold: a ceiling for the quality bars.

    python benchmarks/agreement.py [--errors]

Session 22 gave 30 money articles and 30 project articles, drawn at random (seed 22) from the
dev parts of rounds 6–27 (never a held-aside part), to annotators who read no code and saw no
annotation: only the texts, the field meanings and the settled conventions
(`tests/gold/agreement/`: their annotations and the key to the gold articles). Their annotation
is scored against the gold with the project's own scorers, as if it were the extractor; the
extractor is then scored against the gold and against the second annotator on the same articles.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.entities import normalize_region
from analysis.quality.gold import case_file, read_cases, span_of, write_corpus
from analysis.quality.money import score_money
from analysis.quality.projects import gazetteer_name, score_projects
from analysis.tables.dataset import extract

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
AGREEMENT = GOLD / "agreement"
PROJECT_COLUMNS = ["article_ids", "region", "enterprises", "product", "kind", "status"]


def paired_cases(kind: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The gold cases of the sample (renamed to the sample's ids) and the same cases with the
    second annotator's annotation in place of the gold's."""
    with (AGREEMENT / f"{kind}_key.tsv").open(encoding="utf-8") as f:
        key = list(csv.DictReader(f, delimiter="\t"))
    second = {c["id"]: c for c in read_cases(AGREEMENT / f"{kind}_second_annotator.jsonl")}
    sets: dict[str, dict[str, dict[str, Any]]] = {}
    gold_cases, second_cases = [], []
    for row in key:
        name = row["gold_set"]
        if name not in sets:
            sets[name] = {c["id"]: c for c in read_cases(GOLD / f"{name}.jsonl")}
        gold = {**sets[name][row["gold_id"]], "id": row["id"]}
        other = {k: v for k, v in second[row["id"]].items() if k != "id"}
        for amount in other.get("amounts", []):  # flow is scored where the gold gives it:
            if amount.get("flow") is None and amount["metric"] not in ("export", "import"):
                amount.pop("flow", None)  # the older rounds give it on trade amounts only
        gold_cases.append(gold)
        second_cases.append({**gold, **other})
    return gold_cases, second_cases


def money_table(cases: list[dict[str, Any]]) -> pd.DataFrame:
    """An annotation as the `amounts` table the scorer reads."""
    rows = []
    for case in cases:
        for a in case["amounts"]:
            start, end = span_of(case["text"], a["surface"], a.get("occurrence", 1))
            rows.append({"file": case_file(case), "start": start, "end": end,
                         "surface": a["surface"], "value": a["value"], "currency": a["currency"],
                         **{k: a.get(k) for k in ("metric", "year", "period", "forecast",
                                                   "region", "flow")}})
    return pd.DataFrame(rows)


def project_table(cases: list[dict[str, Any]]) -> pd.DataFrame:
    """An annotation as the register the scorer reads."""
    rows = [{"article_ids": case["id"], "region": p["region"],
             "enterprises": ";".join(p["enterprises"]), "product": p.get("product"),
             "kind": p["kind"], "status": p["status"]}
            for case in cases for p in case["projects"]]
    return pd.DataFrame(rows, columns=PROJECT_COLUMNS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list the annotators' disagreements")
    args = ap.parse_args(argv)
    for kind in ("money", "projects"):
        gold, second = paired_cases(kind)
        with tempfile.TemporaryDirectory() as tmp:
            ds = extract(write_corpus(gold, tmp))
        if kind == "money":
            def score(truth: list[dict[str, Any]], table: pd.DataFrame) -> Any:
                return score_money(truth, table, region_name=normalize_region)
            annotator, extracted = money_table(second), ds.amounts
        else:
            def score(truth: list[dict[str, Any]], table: pd.DataFrame) -> Any:
                return score_projects(truth, table, region_name=normalize_region,
                                      enterprise_name=gazetteer_name)
            annotator, extracted = project_table(second), ds.projects
        between = score(gold, annotator)
        print(f"== {kind}: {len(gold)} dev articles")
        print(f"second annotator against the gold:\n{between.summary()}")
        print(f"extractor against the gold:\n{score(gold, extracted).summary()}")
        print(f"extractor against the second annotator:\n{score(second, extracted).summary()}")
        if args.errors:
            print("\n".join(f"    {e}" for e in between.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
