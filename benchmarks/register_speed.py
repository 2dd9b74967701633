"""CPU throughput of the register on the gazetteer path (entities from the gazetteers, no NER,
no money facts), on two corpora: the seeds copied (project-dense: `benchmarks/entities.py`'s
corpus) and a realistic mix (every gold set of articles: most news has no project).

    .venv/bin/python benchmarks/register_speed.py [--copies 100] [--baseline-src DIR]
    .venv/bin/python benchmarks/register_speed.py --profile OUT.prof   # cProfile of the dense run

With `--baseline-src` (a checkout's ``src`` of an older version, e.g. from ``git archive``) the
old and the new code are timed side by side in one run, alternating, each in its own process;
the figures are CPU time (`time.process_time`), best of `--repeat` (word caches warm, as on a
large corpus; fresh article objects each run, so sentence splitting is counted), and the
ratio new/old.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _corpora(copies: int, tmp: Path) -> dict[str, list[Any]]:
    from analysis.ingest import load_corpus
    from analysis.quality.gold import read_cases, write_corpus

    seeds = load_corpus(ROOT / "seeds").articles
    dense = [replace(a, article_id=f"{a.article_id}-{i:04d}") for i in range(copies) for a in seeds]
    mix = []
    for gold in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        cases = read_cases(gold)
        if cases and all("text" in c for c in cases):
            mix += load_corpus(write_corpus(cases, tmp / gold.stem)).articles
    return {"dense": dense, "mix": mix}


def measure(copies: int, repeat: int) -> dict[str, Any]:
    """CPU articles/s of `build_register(articles, facts={})` (entities found inside, gazetteer
    only) on each corpus, best of `repeat`."""
    from analysis.entities import find_entities
    from analysis.projects import build_register

    find_entities("МАЗ", ner=False)  # the gazetteers, once per process
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, arts in _corpora(copies, Path(tmp)).items():
            build_register(arts[:20], facts={})  # warm the caches of the first words
            best = float("inf")
            for _ in range(repeat):
                # fresh articles each run: an article caches its sentences (razdel), and a
                # corpus is read once; the word caches stay warm, as on a large corpus
                fresh = [replace(a) for a in arts]
                syntax = _syntax_reader()
                t = time.process_time()
                build_register(fresh, facts={}, **syntax)
                best = min(best, time.process_time() - t)
            out[f"{name}_articles"] = len(arts)
            out[f"{name}_articles_per_s"] = round(len(arts) / best, 1)
            if syntax.get("syntax"):  # what the dependency parser cost in the last run
                cost = syntax["syntax"].cost
                out[f"{name}_parsed_sentences"] = cost.sentences
                out[f"{name}_parse_ms_per_sentence"] = round(cost.per_sentence_ms(), 2)
                out[f"{name}_parse_ms_per_article"] = round(1000 * cost.seconds / len(arts), 3)
    return out


def _syntax_reader() -> dict[str, Any]:
    """The register's `syntax` argument: a fresh `SyntaxReader` (its cost is read after the
    run), False with ``REGISTER_SYNTAX=0``, nothing for code older than the parser."""
    try:
        from analysis.projects.syntax import SyntaxReader
    except ImportError:
        return {}
    return {"syntax": os.environ.get("REGISTER_SYNTAX", "1") != "0" and SyntaxReader()}


def profile(copies: int, path: str, corpus: str = "dense") -> None:
    """cProfile of the register on one corpus, written to `path` (pstats format)."""
    from analysis.entities import find_entities
    from analysis.projects import build_register

    with tempfile.TemporaryDirectory() as tmp:
        arts = _corpora(copies, Path(tmp))[corpus]
    find_entities("МАЗ", ner=False)
    build_register(arts, facts={})  # warm word caches, as the timed runs have them
    arts = [replace(a) for a in arts]  # but fresh articles (their sentences not yet cut)
    cProfile.runctx("build_register(arts, facts={})", globals(), locals(), path)


def _child(src: Path, copies: int, repeat: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    res = subprocess.run([sys.executable, __file__, "--copies", str(copies), "--repeat",
                          str(repeat), "--json"], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of the seeds (dense)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus (best counts)")
    parser.add_argument("--baseline-src", type=Path, help="an older `src` to time alongside")
    parser.add_argument("--rounds", type=int, default=2, help="old/new alternations")
    parser.add_argument("--profile", help="write a cProfile of the run here")
    parser.add_argument("--corpus", choices=("dense", "mix"), default="dense",
                        help="the corpus to profile")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.profile:
        profile(args.copies, args.profile, args.corpus)
        return
    if args.baseline_src is None:
        print(json.dumps(measure(args.copies, args.repeat), ensure_ascii=False))
        return
    new_src = ROOT / "src"
    best: dict[str, dict[str, float]] = {"old": {}, "new": {}}
    for _ in range(args.rounds):
        for label, src in (("old", args.baseline_src), ("new", new_src)):
            for k, v in _child(src, args.copies, args.repeat).items():
                best[label][k] = max(best[label].get(k, 0.0), v)
    rates = [k for k in best["new"] if k.endswith("_per_s")]
    best["new_over_old"] = {k: round(best["new"][k] / best["old"][k], 2) for k in rates}
    print(json.dumps(best, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
