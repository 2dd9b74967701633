"""Amounts + facts throughput of two versions of the package, side by side in one run.

    .venv/bin/python benchmarks/speed_pairs.py OLD_SRC [NEW_SRC] [--pairs 3] [--articles 3000]

OLD_SRC and NEW_SRC are folders holding the `analysis` package (e.g. the ``src`` of a
``git archive`` of the commit before a speed change; NEW_SRC defaults to this tree's
``src``). Each pair runs ``benchmarks/extract.py --ours-only`` once with each version, in
fresh processes, alternating which goes first, so a busy machine slows both alike. The
figure is the new/old ratio of articles per second, per pair and as the median.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rate(src: Path, articles: int, repeat: int) -> float:
    """Articles per second of `describe` with the package in `src` (a fresh process)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract.py"), "--ours-only",
                          "--articles", str(articles), "--repeat", str(repeat)],
                         env=env, check=True, capture_output=True, text=True)
    return float(json.loads(out.stdout.strip().splitlines()[-1])["ours"]["articles_per_s"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="folder holding the old `analysis` package")
    ap.add_argument("new", type=Path, nargs="?", default=ROOT / "src",
                    help="folder holding the new one (default: this tree's src)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs in each process")
    args = ap.parse_args(argv)
    for src in (args.old, args.new):
        if not (src / "analysis" / "__init__.py").exists():
            sys.exit(f"{src}: no analysis package there; give the folder that holds it (a src/)")
    ratios = []
    for i in range(max(1, args.pairs)):
        order = [("old", args.old), ("new", args.new)]
        if i % 2:
            order.reverse()
        got = {name: rate(src, args.articles, args.repeat) for name, src in order}
        ratios.append(got["new"] / got["old"])
        print(f"pair {i + 1} ({order[0][0]} first): old {got['old']:.0f} art/s, "
              f"new {got['new']:.0f} art/s, new/old {ratios[-1]:.2f}x", flush=True)
    print(f"median new/old over {len(ratios)} pairs: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
