"""Instructions an article that each of up to eight functions costs inside `describe`,
inclusive of what it calls, in one callgrind run (session 39).

    .venv/bin/python benchmarks/inclusive.py SRC module:function [module:Class.method …]
        [--articles 200]

Callgrind sees C functions only: Python's are all the eval loop. So each function named is
called through a C function of its own that the package never calls (`functools.reduce`,
`itertools.starmap`, …: a "trampoline"), and its inclusive count is the trampoline's. The
names are replaced wherever the package's modules hold them (``from … import`` copies too).
The counted pass (warm, after `gc.freeze()`) runs inside `sys.call_tracing`, as in
`benchmarks/instructions.py`. A trampoline adds ~1 k instructions a call. A property cannot
be named (wrap the function it calls).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from instructions import ROOT, callgrind

# the C function each trampoline runs the wrapped call in, in the order functions are given
TRAMPOLINES = ("functools_reduce", "starmap_next", "takewhile_next", "dropwhile_next",
               "filterfalse_next", "accumulate_next", "_operator_call", "groupby_next")

_COUNTED = """
import functools, gc, importlib, itertools, operator, sys
sys.path.insert(0, {bench!r})
from extract import big_corpus
from analysis.money import describe
n, targets = int(sys.argv[1]), sys.argv[2:]
for a in big_corpus(n):
    describe(a)
def _first(it, keep):
    r = []
    next(it(lambda _: keep(r), (0,)), None)
    return r[0]
TRAMPOLINES = [
    lambda f: functools.reduce(lambda x, y: f(), (0,), None),
    lambda f: next(itertools.starmap(f, ((),))),
    lambda f: _first(lambda p, s: itertools.takewhile(p, s), lambda r: r.append(f()) or True),
    lambda f: _first(lambda p, s: itertools.dropwhile(p, s), lambda r: r.append(f())),
    lambda f: _first(lambda p, s: itertools.filterfalse(p, s), lambda r: r.append(f()) or True),
    lambda f: list(itertools.accumulate((0, 0), lambda x, y: f()))[1],
    lambda f: operator.call(f),
    lambda f: _first(lambda p, s: itertools.groupby(s, p), lambda r: r.append(f())),
]
def wrap(orig, tramp):
    return lambda *a, **k: tramp(lambda: orig(*a, **k))
for target, tramp in zip(targets, TRAMPOLINES):
    mod, _, name = target.partition(":")
    module = importlib.import_module(mod)
    if "." in name:
        cls, meth = name.split(".")
        owner = getattr(module, cls)
        setattr(owner, meth, wrap(owner.__dict__[meth], tramp))
        continue
    orig = getattr(module, name)
    for m in list(sys.modules.values()):
        if getattr(m, "__name__", "").startswith("analysis"):
            for k, v in list(vars(m).items()):
                if v is orig:
                    setattr(m, k, wrap(orig, tramp))
articles = big_corpus(n)
run = sys.modules["analysis.money"].describe
gc.collect()
gc.freeze()
sys.call_tracing(lambda: [run(a) for a in articles], ())
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path, help="folder holding the `analysis` package")
    ap.add_argument("functions", nargs="+", help="module:function or module:Class.method")
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args(argv)
    if len(args.functions) > len(TRAMPOLINES):
        sys.exit(f"at most {len(TRAMPOLINES)} functions a run")
    script = _COUNTED.format(bench=str(ROOT / "benchmarks"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        total, _ = callgrind(args.src, script, [str(args.articles), *args.functions], "inclusive",
                             out_file=out)
        report = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                                capture_output=True, text=True, check=True).stdout
    per = args.articles
    print(f"{'describe (all), instructions an article':60s} {total / per:>12,.0f}")
    for function, symbol in zip(args.functions, TRAMPOLINES, strict=False):
        found = re.search(rf"^\s*([\d,]+) .*:{symbol} ", report, re.MULTILINE)
        count = int(found.group(1).replace(",", "")) if found else 0
        print(f"{function:60s} {count / per:>12,.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
