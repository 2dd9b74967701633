"""The loader alone on a corpus: its time, the resident size it reaches and keeps, and what
Python holds live afterwards (tracemalloc), for this code and, side by side in one run, a
`--baseline OLD_SRC`.

    .venv/bin/python benchmarks/loader_memory.py CORPUS [CORPUS …] [--baseline OLD_SRC]
                                                  [--memo DIR] [--tracemalloc]

Each (corpus, code) pair runs in a fresh process: `load_corpus` then the articles table,
as `briefing extract` makes them. Reported: seconds, peak RSS (getrusage), RSS once the
loader returned (after handing freed memory back), and with `--tracemalloc` the live
Python bytes then and the ten largest allocation sites (slow: ~2× the time).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(corpus: Path, memo: Path | None, trace: bool) -> dict[str, object]:
    """One load in this process (the child's side)."""
    import resource
    import time
    import tracemalloc

    import psutil

    if trace:
        tracemalloc.start(4)
    from analysis import ingest
    from analysis.tables.compact import release_memory
    from analysis.tables.shelf import Shelf

    start = time.perf_counter()
    with Shelf(memo / "loaded.sqlite" if memo else None, prefix="bench") as shelf:
        corpus_ = ingest.load_corpus(corpus, memo=shelf if memo else None)
    seconds = time.perf_counter() - start
    release_memory()
    found: dict[str, object] = {
        "articles": len(corpus_.articles), "seconds": round(seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_after_mb": round(psutil.Process().memory_info().rss / 2**20)}
    if trace:
        current, peak = tracemalloc.get_traced_memory()
        found.update(live_mb=round(current / 2**20, 1), traced_peak_mb=round(peak / 2**20, 1))
        top = tracemalloc.take_snapshot().statistics("lineno")[:10]
        found["top"] = [f"{s.size / 2**20:.1f} MB {s.traceback}" for s in top]
    frame = corpus_.articles_frame()
    found["rss_with_table_mb"] = round(psutil.Process().memory_info().rss / 2**20)
    del frame
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--baseline", type=Path, default=None, metavar="OLD_SRC")
    parser.add_argument("--memo", type=Path, default=None, help="a folder for the loader's memo")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.corpora[0], args.memo, args.tracemalloc)))
        return
    sources = {"new": ROOT / "src"}
    if args.baseline:
        sources = {"old": args.baseline.resolve(), **sources}
    for corpus in args.corpora:
        for label, src in sources.items():
            cmd = [sys.executable, __file__, str(corpus), "--one"]
            cmd += ["--tracemalloc"] if args.tracemalloc else []
            cmd += ["--memo", str(args.memo / label)] if args.memo else []
            out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                                 env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}).stdout
            print(json.dumps({"code": label, "corpus": corpus.name, **json.loads(out)}), flush=True)


if __name__ == "__main__":
    main()
