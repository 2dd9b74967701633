"""A synthetic corpus of N distinct real-style articles, extracted once per N: time, rate,
peak resident memory. Shows how a large extraction grows (linear in time, flat in memory).

    .venv/bin/python benchmarks/corpus_scale.py --articles 10000 20000 [--jobs N] [--keep DIR]
                                                [--no-ner] [--baseline OLD_SRC]

The corpus varies the article texts the project holds (the seeds and the dev gold sets,
written here in the style of real news; never the held-aside sets): copy k of a text has
its digits rotated by k, its body paragraphs rotated by k and a numbered headline, so no two
files are alike and no per-article cache flatters the run. Files go in folders of 1,000 as
an archive of wires would. Each N runs `briefing extract` with its default settings (NER
on, every core, a fresh per-article cache) as a separate process; peak RSS is the largest
resident size of that process (getrusage of the children), and the largest sum of it and
its pool workers (sampled every second). `--baseline OLD_SRC` (a ``src`` folder of another
version) runs each N with that code first, then with this one, each with a fresh cache.

Measured on the 2-core machine (shared with other runs, so the times are slow), peak RSS:
2,000 articles 279 → 253 MB, 10,000 articles 554 → 486 MB after the compact duplicate finder
and one copy of each text (about 34 → 29 KB an article between the two sizes). Session 10
(issue 13, load average 8–15): 100,000 articles could not finish in the time there was; the
main process held 1.20–1.22 GB, flat, through the first 30,625 articles of the per-article
step (NER off; 1.78 GB with its two workers), the loading took 14–16 minutes. Session 12
(`benchmarks/profiles/session12_memory.md`): 100,000 articles with ``--no-ner --jobs 2`` in
2,235 s, the main process flat at 0.72 GB through the per-article step, peak 2.44 GB in the
figures step (before the duplicate finder's change; ~2.0 GB estimated after it). Session 13
(`benchmarks/profiles/session13_memory.md`, `memory_stages.py`, NER off): 100,940 articles
peak 1.89 GB cold (before the last two changes), 1.67 GB warm with them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
GOLD_ARTICLES = ("money_in_articles.jsonl", "projects_in_articles.jsonl",
                 "money_in_articles_new_genres.jsonl", "projects_in_articles_new_phrasings.jsonl")
FOLDER_SIZE = 1000
RESULT_FIELDS = 4  # entries a result takes in the per-article cache (analysis.tables.perarticle)


def base_texts() -> list[str]:
    """Every whole article text the project holds outside the held-aside sets."""
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in GOLD_ARTICLES:
        for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case.get("text") or ""
            if text:
                out.append(f"{case['title']}\n\n{text}" if case.get("title") else text)
    return out


def vary(text: str, k: int, number: int) -> str:
    """Copy `k` of `text`: digits rotated by k, body paragraphs rotated by k, numbered."""
    text = text.translate({ord(d): ord(str((int(d) + k) % 10)) for d in "0123456789"})
    head, *body = text.split("\n")
    if body:
        shift = k % len(body)
        body = body[shift:] + body[:shift]
    return "\n".join([f"Выпуск {number}. {head}", *body])


def write_corpus(folder: Path, n: int) -> None:
    base = base_texts()
    for i in range(n):
        sub = folder / f"part{i // FOLDER_SIZE:04d}"
        if i % FOLDER_SIZE == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:07d}.txt").write_text(vary(base[i % len(base)], i // len(base), i),
                                           encoding="utf-8")


class Options(NamedTuple):
    """How each extraction runs: its jobs, NER or not, and which package source."""

    jobs: int | None
    ner: bool
    src: Path


def tree_rss_mb(root: Any) -> tuple[float, float]:
    """Resident MB of `root` (a psutil.Process) and of it with every descendant."""
    import psutil

    own = total = 0.0
    try:
        own = total = root.memory_info().rss / 2**20
        for child in root.children(recursive=True):
            try:
                total += child.memory_info().rss / 2**20
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return own, total


def stored_results(cache: Path) -> int:
    """How many articles' results the per-article cache holds so far (its file read-only;
    the extraction writes them 500 entries at a time): the RSS curve's x axis."""
    import sqlite3

    path = cache / "results.sqlite"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0) as db:
            rows = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    except sqlite3.Error:
        return -1
    return rows // RESULT_FIELDS


def run_once(corpus: Path, work: Path, options: Options) -> dict[str, float]:
    """One whole `briefing extract`, its time and peak resident memory: the process's own
    (getrusage of the children: exact) and, sampled every second with psutil when it is
    installed, the process with its pool workers. Its stage lines and the samples go to
    ``work/extract.log`` as they come (a run stopped early still tells how far it got)."""
    cmd = [sys.executable, "-m", "analysis", "extract", str(corpus), "--out", str(work / "out"),
           "--cache", str(work / "cache")]
    if options.jobs:
        cmd += ["--jobs", str(options.jobs)]
    if not options.ner:
        cmd += ["--no-ner"]
    env = {**os.environ, "PYTHONPATH": str(options.src)}
    peak_tree = peak_main = 0.0
    start = time.perf_counter()
    with (work / "extract.log").open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=env)
        try:
            import psutil

            watched: Any = psutil.Process(proc.pid)
        except ImportError:
            watched = None
        tick = 0
        while proc.poll() is None:
            if watched is not None:
                own, total = tree_rss_mb(watched)
                peak_main, peak_tree = max(peak_main, own), max(peak_tree, total)
                done = (f", {stored_results(work / 'cache')} articles' results stored"
                        if tick % 30 == 0 else "")
                print(f"[{time.perf_counter() - start:.0f} s] rss {own:.0f} MB, with workers "
                      f"{total:.0f} MB{done}", file=log, flush=True)
            tick += 1
            time.sleep(1.0)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(max(peak, peak_main)),
            "peak_rss_with_workers_mb": round(peak_tree)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10000, 20000])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--no-ner", action="store_true", help="gazetteers only (a quicker run)")
    parser.add_argument("--keep", type=Path, default=None, help="write the corpora here")
    parser.add_argument("--baseline", type=Path, default=None, metavar="OLD_SRC",
                        help="also run the package in this src folder, before this one, per N")
    parser.add_argument("--one", type=Path, nargs=3, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:  # the child: one extraction, its own peak RSS
        corpus, work, src = args.one
        print(json.dumps(run_once(corpus, work, Options(args.jobs, not args.no_ner, src))))
        return
    sources = {"new": ROOT / "src"}
    if args.baseline:
        sources = {"old": args.baseline.resolve(), **sources}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            corpus = (args.keep or Path(tmp)) / f"corpus{n}"
            if not corpus.exists():
                write_corpus(corpus, n)
            for label, src in sources.items():
                work = (args.keep or Path(tmp)) / f"work{n}-{label}"
                shutil.rmtree(work, ignore_errors=True)  # a fresh per-article cache each run
                work.mkdir(parents=True)
                child = [sys.executable, __file__, "--one", str(corpus), str(work), str(src)]
                child += ["--jobs", str(args.jobs)] if args.jobs else []
                child += ["--no-ner"] if args.no_ner else []
                found = json.loads(subprocess.run(child, check=True, capture_output=True,
                                                  text=True).stdout)
                found.update(code=label, articles=n, ner=not args.no_ner,
                             articles_per_s=round(n / found["seconds"], 1))
                print(json.dumps(found), flush=True)


if __name__ == "__main__":
    main()
