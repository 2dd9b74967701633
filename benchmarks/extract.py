"""Throughput and accuracy of the money extractor, side by side with natasha's MoneyExtractor.

    .venv/bin/python benchmarks/extract.py [--articles 5000] [--natasha-articles 300] [--json]

The corpus is built in memory from the seed articles: copy k of a seed has every digit
rotated by k (so the figures, years and offsets differ while the text stays real news prose
and `original_span` stays exact). The process is pinned to one CPU; times are CPU seconds of
this process. Sections:

1. amounts + facts (`analysis.money.describe`, which runs `find_amounts`) on all articles,
   plus the full `amounts_frame` (offsets, conversion) for reference;
2. natasha's MoneyExtractor on a prefix of the same corpus (it is slow), and the ratio;
3. precision / recall / F1 of both on the gold sets in tests/gold (span + value + currency);
4. entities/projects throughput from `benchmarks/entities.py` when that file is present.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from analysis.ingest.loader import Article, load_corpus
from analysis.money import amounts_frame, describe, find_amounts

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"


def big_corpus(n: int, root: Path = SEEDS) -> list[Article]:
    """`n` articles from the seeds, copy k with its digits rotated by k (offsets unchanged)."""
    seeds = load_corpus(root).articles
    out: list[Article] = []
    for i in range(n):
        a = seeds[i % len(seeds)]
        k = (i // len(seeds)) % 10
        table = str.maketrans("0123456789", "".join(str((d + k) % 10) for d in range(10)))
        out.append(replace(a, article_id=f"{a.article_id}-{i:05d}", text=a.text.translate(table),
                           original=a.original.translate(table)))
    return out


def _cpu(fn: Any, *args: Any) -> tuple[float, Any]:
    t = time.process_time()
    result = fn(*args)
    return time.process_time() - t, result


REPEAT = 3  # each throughput is the best of REPEAT runs (timeit's rule: noise only adds time)


def _best_cpu(fn: Any, repeat: int) -> tuple[float, Any]:
    runs = [_cpu(fn) for _ in range(max(1, repeat))]
    return min(r[0] for r in runs), runs[0][1]


def _pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):  # not Linux
        return "not pinned"


# --------------------------------------------------------------------------- throughput
def ours(articles: list[Article], repeat: int = REPEAT) -> dict[str, Any]:
    def run() -> int:
        return sum(len(describe(a)) for a in articles)

    seconds, n_facts = _best_cpu(run, repeat)
    frame_s, frame = _cpu(amounts_frame, articles)
    return {"articles": len(articles), "amounts": n_facts, "seconds": round(seconds, 3),
            "articles_per_s": round(len(articles) / seconds, 1),
            "frame_articles_per_s": round(len(articles) / frame_s, 1), "frame_rows": len(frame)}


def _natasha() -> Any:
    from natasha import MoneyExtractor, MorphVocab

    return MoneyExtractor(MorphVocab())


def natasha(articles: list[Article], extractor: Any, repeat: int = REPEAT) -> dict[str, Any]:
    def run() -> int:
        return sum(len(list(extractor(a.text))) for a in articles)

    seconds, n = _best_cpu(run, repeat)
    return {"articles": len(articles), "amounts": n, "seconds": round(seconds, 3),
            "articles_per_s": round(len(articles) / seconds, 1)}


# --------------------------------------------------------------------------- accuracy
def _gold_docs() -> list[tuple[Any, set[tuple[int, int, float, str]]]]:
    """(document with .text, gold {(start, end, value, currency)}) for every gold text."""
    docs: list[tuple[Any, set[tuple[int, int, float, str]]]] = []
    seeds = {a.article_id: a for a in load_corpus(SEEDS).articles}
    seed_gold: dict[str, set[tuple[int, int, float, str]]] = {k: set() for k in seeds}
    for line in (GOLD / "money_seeds_reference.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        seed_gold[g["id"]].add((g["start"], g["end"], round(g["value"], 2), g["currency"]))
    docs.extend((seeds[k], v) for k, v in seed_gold.items())
    for line in (GOLD / "money_in_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        doc = SimpleNamespace(text=r["text"], published=dt.date.fromisoformat(r["published"]),
                              original_span=lambda s, e: (s, e))
        docs.append((doc, {(a["start"], a["end"], round(a["value"], 2), a["currency"])
                           for a in r["amounts"]}))
    return docs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def accuracy(extractor: Any) -> dict[str, dict[str, float]]:
    scores = {"ours": [0, 0, 0], "natasha": [0, 0, 0]}
    for doc, gold in _gold_docs():
        found = {
            "ours": {(*doc.original_span(a.start, a.end), round(a.value, 2), a.currency)
                     for a in find_amounts(doc.text)},
            "natasha": {(*doc.original_span(m.start, m.stop), round(float(m.fact.amount), 2),
                         m.fact.currency) for m in extractor(doc.text)},
        }
        for name, got in found.items():
            scores[name][0] += len(got & gold)
            scores[name][1] += len(got - gold)
            scores[name][2] += len(gold - got)
    return {name: _prf(*s) for name, s in scores.items()}


# --------------------------------------------------------------------------- entities
def entities_section(articles: list[Article]) -> dict[str, Any] | None:
    path = Path(__file__).with_name("entities.py")
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("bench_entities", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not hasattr(module, "run"):
        return None
    return module.run(articles)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--natasha-articles", type=int, default=300)
    ap.add_argument("--entities-articles", type=int, default=500,
                    help="articles for the entities section (0 to skip)")
    ap.add_argument("--repeat", type=int, default=REPEAT, help="best of N runs per figure")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--ours-only", action="store_true",
                    help="only the amounts+facts throughput (benchmarks/speed_pairs.py runs this)")
    args = ap.parse_args(argv)
    if args.ours_only:
        pinned = _pin_one_core()
        fig = ours(big_corpus(args.articles), args.repeat)
        print(json.dumps({"cpu": pinned, "ours": fig}))
        return {"cpu": pinned, "ours": fig}

    pinned = _pin_one_core()
    articles = big_corpus(args.articles)
    warm_s, _ = _cpu(lambda: [describe(a) for a in load_corpus(SEEDS).articles])
    natasha_warm_s, extractor = _cpu(_natasha)
    extractor("прогрев 1 млн рублей")

    ours_fig = ours(articles, args.repeat)
    # --natasha-articles 0 skips the peer's throughput (its accuracy is still measured)
    natasha_fig = (natasha(articles[: args.natasha_articles], extractor, args.repeat)
                   if args.natasha_articles > 0 else None)
    ratio = ours_fig["articles_per_s"] / natasha_fig["articles_per_s"] if natasha_fig else None
    acc = accuracy(extractor)
    ents = (entities_section(articles[: args.entities_articles])
            if args.entities_articles else None)
    result = {"cpu": pinned, "warmup_s": {"ours": round(warm_s, 2),
                                          "natasha": round(natasha_warm_s, 2)},
              "ours": ours_fig, "natasha": natasha_fig,
              "speed_ratio": round(ratio, 1) if ratio is not None else None,
              "gold": acc, "entities": ents}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
        return result
    print(f"corpus: {len(articles)} articles built from the seeds ({pinned})")
    print(f"warm-up (models, gazetteers): ours {warm_s:.2f}s, natasha {natasha_warm_s:.2f}s")
    print(f"ours    amounts+facts: {ours_fig['articles_per_s']:>9.1f} articles/s "
          f"({ours_fig['amounts']} amounts in {ours_fig['seconds']}s CPU); "
          f"full amounts_frame: {ours_fig['frame_articles_per_s']:.1f} articles/s")
    if natasha_fig is None or ratio is None:
        print("natasha MoneyExtractor: throughput skipped (--natasha-articles 0)")
    else:
        print(f"natasha MoneyExtractor: {natasha_fig['articles_per_s']:>9.1f} articles/s "
              f"({natasha_fig['amounts']} amounts in {natasha_fig['articles']} articles, "
              f"{natasha_fig['seconds']}s CPU)")
        print(f"speed ratio ours/natasha: {ratio:.1f}x")
    for name, s in acc.items():
        print(f"gold F1 (span+value+currency) {name:8s}: P={s['precision']:.3f} "
              f"R={s['recall']:.3f} F1={s['f1']:.3f}  (tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    if ents is not None:
        print("entities/projects:", json.dumps(ents, ensure_ascii=False, default=str))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
