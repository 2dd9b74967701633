"""CPU seconds of each part of an extraction's per-article step and of its start-up, in one
process (BLAS on one thread, as in a pool worker): where a cold `briefing extract` goes.

    PYTHONPATH=SRC .venv/bin/python benchmarks/extract_stages.py CORPUS [--articles N] [--json]

Parts: imports; loading the corpus; building (or loading) the gazetteers; loading natasha's
NER, morphology and normaliser models; then, per article, the gazetteers, the NER scope, the
NER (segmenting, tagging, morphology of people, roles), `money.describe` and
`projects.read_projects`. With a package that has `find_entities_many`, the NER of 64
articles is tagged together, as the per-article step does; else one article at a time.
Process CPU time, not wall time: a loaded machine inflates it least. Run it with the old and
the new ``src`` one after the other and compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

SECONDS: dict[str, float] = defaultdict(float)
CHUNK = 64


def clock(label: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`work(*args, **kwargs)`, its CPU seconds added to `SECONDS[label]`."""
    began = time.process_time()
    try:
        return work(*args, **kwargs)
    finally:
        SECONDS[label] += time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    began = time.process_time()
    from threadpoolctl import threadpool_limits

    from analysis import ingest, money, projects
    from analysis.entities import ner
    from analysis.entities.enterprises import find_enterprises
    from analysis.entities.nerscope import ner_scope
    from analysis.entities.regions import find_regions
    SECONDS["imports"] = time.process_time() - began
    loaded = clock("load corpus", ingest.load_corpus, args.corpus)
    articles = loaded.articles[:args.articles]
    many = getattr(ner, "ner_entities_many", None)
    with threadpool_limits(limits=1, user_api="blas"):
        clock("gazetteers: build or load", lambda: (find_enterprises("МТЗ"), find_regions("Орёл")))
        models = clock("natasha: NER model load", ner.natasha_models)
        clock("natasha: morphology and normaliser load", lambda: (models.morph, models.vocab))
        for k in range(0, len(articles), CHUNK):
            chunk = articles[k:k + CHUNK]
            found = []
            for a in chunk:
                firms = clock("per article: gazetteers", find_enterprises, a.text)
                regions = clock("per article: gazetteers", lambda a=a, firms=firms: [
                    r for r in find_regions(a.text)
                    if not any(f.start < r.end and r.start < f.end for f in firms)])
                ranges = clock("per article: NER scope", ner_scope().ranges, a.text,
                               firms + regions)
                found.append((a, firms, regions, ranges))
            if many is not None:
                people = clock("per article: NER", many, [
                    ner.NerInput(text=a.text, taken=f, places=r, ranges=g) for a, f, r, g in found])
            else:
                people = [clock("per article: NER", ner.ner_entities, a.text, taken=f, places=r,
                                ranges=g) for a, f, r, g in found]
            for (a, firms, regions, _), persons in zip(found, people, strict=True):
                ents = sorted(firms + regions + persons, key=lambda e: (e.start, e.end))
                clock("per article: money.describe", money.describe, a)
                clock("per article: projects.read_projects", projects.read_projects, a, ents)
    total = sum(SECONDS.values())
    per_article = sum(v for k, v in SECONDS.items() if k.startswith("per article"))
    result = {"articles": len(articles), "total_cpu_s": round(total, 2),
              "per_article_ms": round(1000 * per_article / max(1, len(articles)), 2),
              **{k: round(v, 2) for k, v in SECONDS.items()}}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in SECONDS.items():
        print(f"{key:44} {value:7.2f} s  {100 * value / total:5.1f}%")
    print(f"{'per-article parts, per article':44} {result['per_article_ms']:7.2f} ms")


if __name__ == "__main__":
    sys.exit(main())
