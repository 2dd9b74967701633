"""Selective NER measured against NER on every sentence: the entities and the register of
every gold set (and the seeds) read both ways, side by side, in one run.

    .venv/bin/python benchmarks/selective_ner.py [--set NAME ...] [--show] [--json]

For each set: the share of the text the NER reads and the sentences it reads (of all; the
gazetteers' names known, as in an extraction), the entity rows (people and
organisations) found only one way, the project rows that differ, and the time of the two
entity passes. `--show` lists the differing rows of the sets one may study; the held-aside
sets (`*_heldout`) are counted, never shown.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from analysis import entities, ingest, money, projects
from analysis.entities.nerscope import ner_scope
from analysis.lang import by_paragraph
from analysis.quality.gold import read_cases, write_corpus

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def gold_sets() -> dict[str, Path | list[dict[str, Any]]]:
    """Every gold set whose cases are whole texts, and the seed folder."""
    sets: dict[str, Path | list[dict[str, Any]]] = {"seeds": ROOT / "seeds"}
    for path in sorted(GOLD.glob("*.jsonl")):
        cases = read_cases(path)
        if cases and all(isinstance(c.get("text"), str) and c.get("id") for c in cases):
            sets[path.stem] = cases
    return sets


def _rows(ents: dict[str, list[Any]]) -> set[tuple[Any, ...]]:
    return {(aid, e.start, e.end, e.type, e.normal, e.role) for aid, found in ents.items()
            for e in found if e.type in ("person", "organization")}


def compare(articles: list[Any]) -> dict[str, Any]:
    """The two readings of `articles`: what differs and what each cost."""
    facts = {a.article_id: money.describe(a) for a in articles}
    timings: dict[str, float] = {}
    found: dict[str, dict[str, list[Any]]] = {}
    for mode in ("everywhere", "selective"):
        start = time.perf_counter()
        found[mode] = {a.article_id: entities.find_entities(a, ner_everywhere=mode == "everywhere")
                       for a in articles}
        timings[mode] = time.perf_counter() - start
    registers = {mode: projects.build_register(articles, entities=found[mode], facts=facts)
                 for mode in found}
    full, sel = _rows(found["everywhere"]), _rows(found["selective"])
    reg = {mode: {tuple(map(str, row)) for row in frame.itertuples(index=False)}
           for mode, frame in registers.items()}
    read = sentences = sentences_read = 0
    for a in articles:  # what the extraction reads: the gazetteers' names known
        ranges = ner_scope().ranges(a.text, entities.find_entities(a, ner=False))
        read += sum(hi - lo for lo, hi in ranges)
        bounds = by_paragraph(a.text)
        sentences += len(bounds)
        sentences_read += sum(any(lo <= s < hi for lo, hi in ranges) for s, _ in bounds)
    return {
        "articles": len(articles),
        "text_read_share": round(read / max(1, sum(len(a.text) for a in articles)), 3),
        "sentences": sentences,
        "sentences_read": sentences_read,
        "ner_entities": len(full),
        "only_everywhere": sorted(full - sel),
        "only_selective": sorted(sel - full),
        "projects": len(reg["everywhere"]),
        "project_rows_differing": len(reg["everywhere"] ^ reg["selective"]),
        "projects_only_everywhere": sorted(reg["everywhere"] - reg["selective"]),
        "projects_only_selective": sorted(reg["selective"] - reg["everywhere"]),
        "everywhere_s": round(timings["everywhere"], 1),
        "selective_s": round(timings["selective"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", help="only these sets")
    ap.add_argument("--show", action="store_true", help="list the differing entity rows")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    totals: dict[str, float] = {}
    for name, source in gold_sets().items():
        if args.set and name not in args.set:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            folder = source if isinstance(source, Path) else write_corpus(source, tmp)
            result = compare(ingest.load_corpus(folder).articles)
        lost, gained = result.pop("only_everywhere"), result.pop("only_selective")
        lost += result.pop("projects_only_everywhere")
        gained += result.pop("projects_only_selective")
        result["entity_rows_lost"] = len(lost) - result["project_rows_differing"] // 2
        result["entity_rows_gained"] = len(gained) - result["project_rows_differing"] // 2
        for key in ("articles", "sentences", "sentences_read", "ner_entities",
                    "entity_rows_lost", "entity_rows_gained",
                    "projects", "project_rows_differing", "everywhere_s", "selective_s"):
            totals[key] = totals.get(key, 0) + result[key]
        print(json.dumps({"set": name, **result}, ensure_ascii=False) if args.json else
              f"{name:48} " + " ".join(f"{k}={v}" for k, v in result.items()))
        if args.show and not name.endswith("_heldout"):
            for row in lost:
                print(f"    - {row}")
            for row in gained:
                print(f"    + {row}")
    print(json.dumps({"set": "all", **totals}) if args.json else
          "all " + " ".join(f"{k}={round(v, 1)}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
