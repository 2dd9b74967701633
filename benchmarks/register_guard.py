"""Identical-output guard for the register: dump `build_register`'s table for every gold set
of articles (projects and money), the seeds and the fixture corpora, and compare two dumps.

    .venv/bin/python benchmarks/register_guard.py dump OUT_DIR [--readings]
    .venv/bin/python benchmarks/register_guard.py diff BEFORE_DIR AFTER_DIR

`--readings` merges each corpus from its articles' `ProjectReading`s, pickled and read back
as the per-article cache keeps them, instead of reading the articles in the merge: the two
dumps must be identical. A speed change must leave every dump byte-identical. `diff` names
only the corpora that differ and how many rows (held-out sets are never printed row by row).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from analysis.ingest import load_corpus
from analysis.projects import build_register, read_projects
from analysis.quality.gold import read_cases, write_corpus

ROOT = Path(__file__).resolve().parents[1]
# a fixed «today» so that date inference does not move the dumps from one day to the next
TODAY = date(2026, 12, 1)


def corpora(tmp: Path) -> dict[str, Path]:
    """name → corpus folder: every gold set of articles (written out), the seeds, the fixtures."""
    out = {}
    golds = sorted((ROOT / "tests" / "gold").glob("*.jsonl"))
    for gold in golds:
        cases = read_cases(gold)
        # article sets only (a reference of rows has no text); money sets add news without
        # projects, which the prefilter must pass over without changing a row
        if cases and all("text" in c for c in cases):
            out[gold.stem] = write_corpus(cases, tmp / gold.stem)
    out["seeds"] = ROOT / "seeds"
    for folder in sorted((ROOT / "tests" / "fixtures" / "corpora").iterdir()):
        if folder.is_dir():
            out[f"fixture_{folder.name}"] = folder
    return out


def sorted_csv(frame: Any) -> str:
    """A table as CSV, its rows sorted under the header (a dump that does not depend on order)."""
    header, *rows = frame.to_csv(index=False, lineterminator="\n").splitlines()
    return "\n".join([header, *sorted(rows)]) + "\n"


def dump(out_dir: Path, readings: bool = False) -> None:
    """Write `<name>.csv` (the projects table, rows sorted) for each corpus into `out_dir`
    (`readings`: merged from cached-style `ProjectReading`s)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in corpora(Path(tmp)).items():
            articles = load_corpus(folder, today=TODAY).articles
            read = ({a.article_id: pickle.loads(pickle.dumps(read_projects(a))) for a in articles}
                    if readings else None)
            table = build_register(articles, readings=read)
            (out_dir / f"{name}.csv").write_text(sorted_csv(table), encoding="utf-8")
            print(f"{name}: {len(articles)} articles, {len(table)} projects")


def diff(before: Path, after: Path) -> int:
    """0 when every dump is identical; else 1, naming the corpora that differ."""
    changed = 0
    names = sorted({p.name for p in before.glob("*.csv")} | {p.name for p in after.glob("*.csv")})
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            print(f"{name}: missing in {'before' if not a.exists() else 'after'}")
            changed += 1
            continue
        old, new = a.read_text("utf-8").splitlines(), b.read_text("utf-8").splitlines()
        if old != new:
            gone, added = len(set(old) - set(new)), len(set(new) - set(old))
            print(f"{name}: DIFFERS ({gone} rows gone, {added} rows new)")
            changed += 1
    print(f"{len(names)} dumps compared, {changed} differ")
    return 1 if changed else 0


def run_guard(doc: str, dump_with: Callable[[Path, bool], None], what: str, flag: str,
              flag_help: str) -> None:
    """A guard's command line: `dump OUT [flag]` writes `what` with `dump_with(out, flag)`,
    `diff BEFORE AFTER` compares two dumps (exit 1 when they differ)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help=f"dump every {what} into a folder")
    d.add_argument("out", type=Path)
    d.add_argument(flag, dest="flag", action="store_true", help=flag_help)
    c = sub.add_parser("diff", help="compare two dump folders")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump_with(args.out, args.flag)
    else:
        sys.exit(diff(args.before, args.after))


if __name__ == "__main__":
    run_guard(__doc__, lambda out, flag: dump(out, readings=flag), "register table",
              "--readings", "merge from pickled ProjectReadings")
