"""The register on every project gold set, by class, with recall AND precision.

    python benchmarks/register_classes.py [--set NAME ...] [--no-ner] [--errors]

Recall by class counts the gold projects annotated with the class; precision by class counts
the register rows of the articles annotated with it (a row belongs to its article, not to a
project, so the article's classes are the honest unit). Sets named `*_heldout` print their
overall line only: their errors are never shown.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from analysis.entities import normalize_region
from analysis.quality.gold import read_cases, write_corpus
from analysis.quality.projects import gazetteer_name, score_projects
from analysis.tables.dataset import extract

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
CLASSES = ("enumeration", "belarus_located", "unknown_partner", "no_enterprise", "two_in_one",
           "trap")


def project_sets() -> list[str]:
    """Every project gold set of articles (the seeds reference has no text: its own test)."""
    names = []
    for path in sorted(GOLD.glob("projects_*.jsonl")):
        cases = read_cases(path)
        if cases and all("text" in c for c in cases):
            names.append(path.stem)
    return names


def report(name: str, ner: bool, errors: bool) -> str:
    """The lines of one set: overall, then by class (held-aside sets: overall only)."""
    cases = read_cases(GOLD / f"{name}.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        register = extract(write_corpus(cases, tmp), ner=ner).projects

    def score(subset: list[dict]) -> object:
        return score_projects(subset, register, region_name=normalize_region,
                              enterprise_name=gazetteer_name)

    whole = score(cases)
    lines = [f"== {name} ({len(cases)} articles)",
             f"all: {whole.overall.summary()}; rows in no-project articles: {whole.trap_rows}"]
    if name.endswith("_heldout"):
        return "\n".join(lines)
    for cls in CLASSES:
        recall = whole.by_class.get(cls)
        of_class = [c for c in cases if cls in c.get("classes", [])]
        if not of_class and recall is None:
            continue
        part = score(of_class).overall if of_class else None
        r = f"recall {recall.recall:.2f} ({recall.found}/{recall.gold})" if recall else "recall -"
        p = (f"precision {part.precision:.2f} ({part.predicted} rows in {len(of_class)} articles)"
             if part else "precision -")
        lines.append(f"  {cls}: {r}; {p}")
    if errors:
        lines += [f"    {e}" for e in whole.errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", help="only these sets")
    ap.add_argument("--no-ner", action="store_true", help="gazetteers only")
    ap.add_argument("--errors", action="store_true", help="list misses and extras (not held aside)")
    args = ap.parse_args(argv)
    for name in args.set or project_sets():
        print(report(name, ner=not args.no_ner, errors=args.errors), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
