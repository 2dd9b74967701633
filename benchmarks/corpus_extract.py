"""Whole-process `briefing extract` on a corpus of distinct articles, side by side with
natasha's MoneyExtractor on the same files, and the cost of adding one article.

    .venv/bin/python benchmarks/corpus_extract.py [--articles 1000] [--jobs N] [--json]

The corpus is written to a temporary folder from every article text the project holds (the
seeds and the whole-article gold sets): copy k of a text has its digits rotated by k and a
numbered headline, so no two files are alike and a per-article cache cannot flatter the cold
run. Timings are wall-clock seconds of whole processes (`briefing extract` as a user runs
it, default settings: NER on, every core); peak RSS is the largest of the child processes.
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
GOLD_ARTICLES = ("money_in_articles.jsonl", "projects_in_articles.jsonl")
NATASHA = """
import sys, time
from pathlib import Path
import natasha
extractor = natasha.MoneyExtractor(natasha.MorphVocab())
files = sorted(Path(sys.argv[1]).glob("*.txt"))
start = time.perf_counter()
found = sum(len(list(extractor(f.read_text(encoding="utf-8")))) for f in files)
print(time.perf_counter() - start, found)
"""


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in GOLD_ARTICLES:
        for line in (ROOT / "tests" / "gold" / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            text = case.get("text") or ""
            if case.get("title"):
                text = f"{case['title']}\n\n{text}"
            if text:
                out.append(text)
    return out


def rotate(text: str, k: int) -> str:
    return text.translate({ord(d): ord(str((int(d) + k) % 10)) for d in "0123456789"})


def write_corpus(folder: Path, n: int) -> None:
    base = texts()
    folder.mkdir(parents=True)
    for i in range(n):
        text = rotate(base[i % len(base)], i // len(base))
        (folder / f"a{i:06}.txt").write_text(f"Выпуск {i}. {text}", encoding="utf-8")


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, cache = Path(tmp) / "corpus", Path(tmp) / "cache"
        write_corpus(corpus, args.articles)
        extract = [sys.executable, "-m", "analysis", "extract", str(corpus), "--out",
                   str(Path(tmp) / "out"), "--cache", str(cache)]
        if args.jobs:
            extract += ["--jobs", str(args.jobs)]
        cold = timed(extract)
        (corpus / "zz_added.txt").write_text(f"Выпуск добавленный. {rotate(texts()[2], 7)}",
                                             encoding="utf-8")
        added = timed(extract)
        natasha = subprocess.run([sys.executable, "-c", NATASHA, str(corpus)], check=True,
                                 capture_output=True, text=True).stdout.split()
        natasha_seconds = float(natasha[0])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {
        "articles": args.articles,
        "extract_articles_per_s": round(args.articles / cold, 1),
        "natasha_money_articles_per_s": round((args.articles + 1) / natasha_seconds, 1),
        "ratio": round((args.articles / cold) / ((args.articles + 1) / natasha_seconds), 2),
        "cold_s": round(cold, 1),
        "one_added_s": round(added, 1),
        "one_added_share_of_cold": round(added / cold, 3),
        "peak_rss_mb": round(peak_mb),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
