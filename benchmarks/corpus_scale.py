"""A synthetic corpus of N distinct real-style articles, extracted once per N: time, rate,
peak resident memory. Shows how a large extraction grows (linear in time, flat in memory).

    .venv/bin/python benchmarks/corpus_scale.py --articles 10000 20000 [--jobs N] [--keep DIR]

The corpus varies the article texts the project holds (the seeds and the dev gold sets,
written here in the style of real news; never the held-aside sets): copy k of a text has
its digits rotated by k, its body paragraphs rotated by k and a numbered headline, so no two
files are alike and no per-article cache flatters the run. Files go in folders of 1,000 as
an archive of wires would. Each N runs `briefing extract` with its default settings (NER
on, every core, a fresh per-article cache) as a separate process; peak RSS is the largest
resident size of that process or any of its workers (getrusage of the children).

Measured on the 2-core machine (shared with other runs, so the times are slow), peak RSS:
2,000 articles 279 → 253 MB, 10,000 articles 554 → 486 MB after the compact duplicate finder
and one copy of each text (about 34 → 29 KB an article between the two sizes).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_ARTICLES = ("money_in_articles.jsonl", "projects_in_articles.jsonl",
                 "money_in_articles_new_genres.jsonl", "projects_in_articles_new_phrasings.jsonl")
FOLDER_SIZE = 1000


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


def run_once(corpus: Path, work: Path, jobs: int | None) -> dict[str, float]:
    """One whole `briefing extract` (this runs in a child of its own: its RSS is its own)."""
    cmd = [sys.executable, "-m", "analysis", "extract", str(corpus), "--out", str(work / "out"),
           "--cache", str(work / "cache")]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(peak)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10000, 20000])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="write the corpora here")
    parser.add_argument("--one", type=Path, nargs=2, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:  # the child: one extraction, its own peak RSS
        print(json.dumps(run_once(args.one[0], args.one[1], args.jobs)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            corpus = (args.keep or Path(tmp)) / f"corpus{n}"
            work = Path(tmp) / f"work{n}"
            work.mkdir()
            if not corpus.exists():
                write_corpus(corpus, n)
            child = [sys.executable, __file__, "--one", str(corpus), str(work)]
            if args.jobs:
                child += ["--jobs", str(args.jobs)]
            found = json.loads(subprocess.run(child, check=True, capture_output=True,
                                              text=True).stdout)
            found.update(articles=n, articles_per_s=round(n / found["seconds"], 1))
            print(json.dumps(found), flush=True)


if __name__ == "__main__":
    main()
