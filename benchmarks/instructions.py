"""Instructions executed by amounts + facts and by the register, old beside new, under
callgrind: a count that a busy machine does not move (CPU seconds on a shared 2-core machine
swing by ±30% from run to run; the instruction count of the same work repeats to ~0.2%).

    .venv/bin/python benchmarks/instructions.py OLD_SRC [NEW_SRC] [--articles 200]
        [--register-articles 400] [--work money,register]

OLD_SRC and NEW_SRC hold the `analysis` package (e.g. the ``src`` of a ``git archive`` of the
commit before a speed change; NEW_SRC defaults to this tree's ``src``). Each measurement is a
fresh process under ``valgrind --tool=callgrind``: the imports, the gazetteers, the word caches
and one pass over the corpus run uncounted (warm, as on a large corpus), then the counted pass,
which runs inside ``sys.call_tracing`` — callgrind collects only inside that C function
(``--toggle-collect=sys_call_tracing``), which nothing else calls. (Switching collection with
``callgrind_control`` took effect at a moment that depended on the machine's load: on a busy
machine two counts of the same work differed by ~1%.) Work:

- ``money``: `describe` on `--articles` articles of `benchmarks/extract.py`'s corpus (the seeds
  with their digits rotated);
- ``register``: `build_register` (gazetteer path, no facts) on the first `--register-articles`
  articles of `benchmarks/register_speed.py`'s realistic mix (every gold set of articles).

Needs valgrind (``apt-get install valgrind``). A run takes a few minutes: valgrind runs the
Python start-up ~50× slower. The figure to report is new/old instructions; fewer
instructions is faster in proportion only roughly (memory stalls are not counted).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_COUNTED = """
import gc, sys, tempfile
from dataclasses import replace
from pathlib import Path
sys.path.insert(0, {bench!r})
work, n, collector = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def counted(work_fn):
    if collector == "frozen":
        gc.collect()
        gc.freeze()  # the warm heap (gazetteers, caches) is never traversed again
    sys.call_tracing(work_fn, ())  # callgrind collects inside this call only

if work == "money":
    from extract import big_corpus
    from analysis.money import describe
    for a in big_corpus(n):
        describe(a)
    articles = big_corpus(n)
    counted(lambda: [describe(a) for a in articles])
else:
    import register_speed
    from analysis.projects import build_register
    with tempfile.TemporaryDirectory() as tmp:
        articles = register_speed._corpora(1, Path(tmp))["mix"][:n]
    build_register([replace(a) for a in articles], facts={{}})
    fresh = [replace(a) for a in articles]
    counted(lambda: build_register(fresh, facts={{}}))
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
# The C function of `sys.call_tracing`: the counted passes run inside it, nothing else calls it.
COUNTED_FUNCTION = "sys_call_tracing"


def callgrind(src: Path, script: str, args: list[str], label: str,
              out_file: Path | None = None) -> tuple[int, str]:
    """(instructions of the counted pass, standard output) of `script` (a Python source that
    runs its counted pass inside ``sys.call_tracing``) run with `args` under callgrind, the
    package in `src`; a failed run raises with the tail of valgrind's report. `out_file`:
    where callgrind's profile is kept (`benchmarks/inclusive.py` reads it)."""
    # Every module loads from its bytecode file: a module compiled from source at import
    # leaves a different heap, and that alone moved the count of the same work by ~1% (a fresh
    # clone, whose bytecode files other test processes were writing between two counts).
    for folder in (src, ROOT / "benchmarks"):
        compileall.compile_dir(folder, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "counted.py"
        path.write_text(script, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
        res = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             f"--toggle-collect={COUNTED_FUNCTION}",
             f"--callgrind-out-file={out_file or Path(tmp) / 'callgrind.out'}", sys.executable,
             str(path), *args],
            env=env, capture_output=True, text=True, check=False)
    found = _COLLECTED.search(res.stderr)
    if res.returncode != 0 or found is None:
        tail = res.stderr.strip().splitlines()[-3:]
        raise RuntimeError(f"{label} with {src}: callgrind failed: {' | '.join(tail)}")
    if int(found.group(1)) == 0:
        raise RuntimeError(f"{label} with {src}: callgrind counted nothing: this Python's library "
                           f"has no symbol {COUNTED_FUNCTION} (a stripped build); use a Python "
                           "built with its symbols (e.g. pyenv's)")
    return int(found.group(1)), res.stdout


def instructions(src: Path, work: str, articles: int, collector: str = "on") -> int:
    """Instructions of the counted pass of `work` with the package in `src`; `collector`
    "frozen" freezes the warm heap before the counted pass (see `main`)."""
    script = _COUNTED.format(bench=str(ROOT / "benchmarks"))
    return callgrind(src, script, [work, str(articles), collector], work)[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="folder holding the old `analysis` package")
    ap.add_argument("new", type=Path, nargs="?", default=ROOT / "src",
                    help="folder holding the new one (default: this tree's src)")
    ap.add_argument("--articles", type=int, default=200, help="articles for amounts + facts")
    ap.add_argument("--register-articles", type=int, default=400,
                    help="articles of the realistic mix for the register")
    ap.add_argument("--work", default="money,register", help="money, register or both")
    ap.add_argument("--gc", choices=("on", "frozen"), default="on", dest="collector",
                    help="frozen: gc.collect() and gc.freeze() before the counted pass, so "
                         "whether a full collection of the warm heap (millions of "
                         "instructions) falls inside the pass stops moving the count by ~1%% "
                         "between runs of the same code; for telling apart small changes")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind")
    for src in (args.old, args.new):
        if not (src / "analysis" / "__init__.py").exists():
            sys.exit(f"{src}: no analysis package there; give the folder that holds it (a src/)")
    sizes = {"money": args.articles, "register": args.register_articles}
    works = [w for w in args.work.split(",") if w]
    unknown = [w for w in works if w not in sizes]
    if unknown:
        sys.exit(f"--work: unknown {', '.join(unknown)}; use money, register or both")
    jobs = [(w, label, src) for w in works for label, src in (("old", args.old),
                                                              ("new", args.new))]
    with ThreadPoolExecutor(max_workers=2) as pool:  # two valgrinds at a time (2 cores)
        counts = dict(zip(jobs, pool.map(
            lambda j: instructions(j[2], j[0], sizes[j[0]], args.collector), jobs), strict=True))
    for w in works:
        old, new = counts[(w, "old", args.old)], counts[(w, "new", args.new)]
        per = sizes[w]
        print(f"{w:8s} old {old / per:>12,.0f} instr/article  new {new / per:>12,.0f}  "
              f"new/old {new / old:.3f} (old/new {old / new:.2f}x)")


if __name__ == "__main__":
    main(sys.argv[1:])
