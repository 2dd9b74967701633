"""Throughput of entity extraction (gazetteer only / with natasha NER) and of the register,
and how the register's cost grows on a huge article (a ratio for 4x the text: ~4 is linear).

    .venv/bin/python benchmarks/entities.py [--copies 100] [--ner-copies 10]

`run(articles)` returns the figures as a dict; the script builds a large corpus by copying
the seed articles under new ids (so cross-article merging has real work to do). Rates are
per second of CPU time (`time.process_time`): wall time is noisy on a shared machine. The
register's old/new comparison side by side is `benchmarks/register_speed.py`.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from analysis.entities import find_entities, find_regions
from analysis.ingest import Segment
from analysis.ingest.loader import Article, load_corpus
from analysis.projects.register import build_register

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def big_corpus(copies: int, root: Path = SEEDS) -> list[Article]:
    seeds = load_corpus(root).articles
    return [replace(a, article_id=f"{a.article_id}-{i:04d}") for i in range(copies) for a in seeds]


def _rate(n: int, seconds: float) -> float:
    return round(n / seconds, 1) if seconds > 0 else float("inf")


def run(articles: list[Article], ner_articles: list[Article] | None = None) -> dict[str, Any]:
    """Articles per second for each path; NER is timed on `ner_articles` (default: the first 50)."""
    ner_articles = ner_articles if ner_articles is not None else articles[:50]
    chars = sum(len(a.text) for a in articles)
    t = time.process_time()
    find_regions("Кемеровская область")  # builds the gazetteers (once per process)
    find_entities("МАЗ", ner=False)
    warm_gazetteer = time.process_time() - t
    t = time.process_time()
    find_entities(ner_articles[0], ner=True)  # loads natasha's models
    warm_ner = time.process_time() - t

    t = time.process_time()
    for a in articles:
        find_regions(a.text)
    regions_s = time.process_time() - t
    t = time.process_time()
    fast = {a.article_id: find_entities(a, ner=False) for a in articles}
    gazetteer_s = time.process_time() - t
    t = time.process_time()
    for a in ner_articles:
        find_entities(a, ner=True)
    ner_s = time.process_time() - t
    t = time.process_time()
    register = build_register(articles, entities=fast, facts={})
    register_s = time.process_time() - t
    t = time.process_time()
    build_register(articles, facts={})
    register_full_s = time.process_time() - t
    return {
        "articles": len(articles),
        "chars": chars,
        "warmup_gazetteer_s": round(warm_gazetteer, 2),
        "warmup_ner_s": round(warm_ner, 2),
        "regions_articles_per_s": _rate(len(articles), regions_s),
        "entities_gazetteer_articles_per_s": _rate(len(articles), gazetteer_s),
        "entities_ner_articles": len(ner_articles),
        "entities_ner_articles_per_s": _rate(len(ner_articles), ner_s),
        "register_given_entities_articles_per_s": _rate(len(articles), register_s),
        "register_with_gazetteer_articles_per_s": _rate(len(articles), register_full_s),
        "register_rows": len(register),
    }


def huge_article(seeds: list[Article], times: int) -> Article:
    """One article made of the seeds' bodies `times` over (a huge article, for cost growth)."""
    body = "\n".join(a.text for a in seeds for _ in range(times))
    base = seeds[0]
    return replace(base, article_id=f"huge-{times}", text=body, original=body,
                   segments=(Segment(clean_start=0, orig_start=0, length=len(body)),))


def linear_ratio(seeds: list[Article], small: int = 4, factor: int = 4) -> dict[str, float]:
    """CPU time of the register on a huge article `factor` times longer, over the time on
    the shorter one (best of three each): ~`factor` when the cost grows linearly."""
    times = {}
    for n in (small, small * factor):
        a = huge_article(seeds, n)
        ents = {a.article_id: find_entities(a, ner=False)}
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            build_register([a], entities=ents, facts={})
            best = min(best, time.process_time() - t)
        times[n] = best
    return {"register_huge_article_chars": len(huge_article(seeds, small * factor).text),
            "register_cost_ratio_for_4x_text": round(times[small * factor] / times[small], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of the seeds (gazetteer)")
    parser.add_argument("--ner-copies", type=int, default=10, help="copies of the seeds (NER)")
    args = parser.parse_args()
    articles = big_corpus(args.copies)
    result = run(articles, big_corpus(args.ner_copies))
    result.update(linear_ratio(load_corpus(SEEDS).articles))
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
