"""Instructions of the Russian-region reads of amounts + facts, two ways, under callgrind:
the stretches `describe` asks for (the amount's sentence, the previous one, the lead, each
read once per article by `ArticleText.regions`) against one read of the whole article (the
per-article index issue 10's speed list proposed, before any look-up).

    .venv/bin/python benchmarks/region_reads.py [SRC] [--articles 200]

SRC holds the `analysis` package (default: this tree's ``src``). Each way is a fresh process
under ``valgrind --tool=callgrind``, collecting only inside the counted pass: the imports,
one `describe` pass that records the stretches, and one uncounted pass of the reads (warm).
The figures printed: characters and instructions per article of each way. Session 10
measured the whole-article read at 5.0x the instructions of the stretches (they cover a
fifth of the text and overlap by 9% on the gold sets), so the index was not built.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_COUNTED = """
import sys
sys.path.insert(0, {bench!r})
way, n = sys.argv[1], int(sys.argv[2])
import analysis.entities.regions as regions
import analysis.money.rubles as rubles
import analysis.money.region as region
from extract import big_corpus
from analysis.money import describe

read = regions.russian_regions_in
asked = []

def recording(text, start, end, *folded):  # (folded: the article's lower-cased copy, if passed)
    asked.append((text, start, end))
    return read(text, start, end, *folded)

region.russian_regions_in = rubles.russian_regions_in = recording
for a in big_corpus(n):
    describe(a)
if way == "whole":
    asked = list({{id(t): (t, 0, len(t)) for t, _, _ in asked}}.values())
print("chars", sum(e - s for _, s, e in asked), flush=True)
for stretch in asked:
    read(*stretch)
def counted_pass():
    for stretch in asked:
        read(*stretch)

sys.call_tracing(counted_pass, ())  # callgrind collects inside this call only
"""
_CHARS = re.compile(r"^chars (\d+)$", re.MULTILINE)


def measure(src: Path, way: str, articles: int) -> tuple[int, int]:
    """(characters read, instructions) of the counted pass of `way` ("stretches" or "whole")."""
    if str(ROOT / "benchmarks") not in sys.path:  # loaded by path in the tests, not as a script
        sys.path.insert(0, str(ROOT / "benchmarks"))
    from instructions import callgrind  # the one callgrind runner of the benchmarks

    script = _COUNTED.format(bench=str(ROOT / "benchmarks"))
    counted, stdout = callgrind(src, script, [way, str(articles)], way)
    chars = _CHARS.search(stdout)
    if chars is None:
        raise RuntimeError(f"{way} with {src}: the counted pass printed no character count")
    return int(chars.group(1)), counted


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path, nargs="?", default=ROOT / "src",
                    help="folder holding the `analysis` package (default: this tree's src)")
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind")
    if not (args.src / "analysis" / "__init__.py").exists():
        sys.exit(f"{args.src}: no analysis package there; give the folder that holds it (a src/)")
    ways = ("stretches", "whole")
    with ThreadPoolExecutor(max_workers=2) as pool:  # two valgrinds at a time (2 cores)
        got = dict(zip(ways, pool.map(lambda w: measure(args.src, w, args.articles), ways),
                       strict=True))
    n = args.articles
    for way in ways:
        chars, instr = got[way]
        print(f"{way:9s} {chars / n:>8,.0f} chars/article {instr / n:>12,.0f} instr/article")
    print(f"whole/stretches: {got['whole'][1] / got['stretches'][1]:.2f}x the instructions")


if __name__ == "__main__":
    main(sys.argv[1:])
