"""CPU seconds of each part of a whole `briefing extract` run, in one process: where a
one-added run (or any run) goes, without a profiler's overhead on Python-heavy parts.

    PYTHONPATH=SRC .venv/bin/python benchmarks/one_added_stages.py CORPUS OUT CACHE [--json]

The run is the command line's own (`analysis.cli.main`, default settings, one job); each
part is timed by wrapping the function the extraction calls (`ingest.load_corpus`, the
per-article step, the amounts and entities tables, the register, the figures, writing),
and reading the per-article cache by wrapping `Shelf.get`. Imports are what importing
the stage packages costs before the run. Process CPU time (a loaded machine inflates it
least); parts nest, so «other» is what no wrapped part covers. The collector runs with the
thresholds `briefing extract` sets (`analysis.collector`), unless `--default-collector`.
Run it on a copy of a cache made by an earlier run with one article more in the corpus,
with the old and the new ``src`` one after the other.
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


def timed(label: str, work: Callable[..., Any]) -> Callable[..., Any]:
    """`work`, its CPU seconds added to `SECONDS[label]` each call."""

    def run(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return work(*args, **kwargs)
        finally:
            SECONDS[label] += time.process_time() - began

    return run


def wrap(owner: Any, name: str, label: str) -> None:
    """Replace `owner.name` by its timed self (when the version has it)."""
    if hasattr(owner, name):
        setattr(owner, name, timed(label, getattr(owner, name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--default-collector", action="store_true",
                        help="keep Python's default collector thresholds (a `briefing extract` "
                             "raises them: without, a full collection lands in whichever part "
                             "allocates at that moment, and moves when anything changes)")
    args = parser.parse_args()
    began = time.process_time()
    from analysis import cli
    from analysis.tables import dataset

    try:  # the collector's thresholds of a `briefing extract` process (`cli.entry`)
        from analysis.collector import collect_less
    except ImportError:
        pass
    else:
        if not args.default_collector:
            try:  # later versions stop the passes in a process adding few articles
                collect_less(pausable=True)
            except TypeError:
                collect_less()

    SECONDS["imports: command line and tables"] = time.process_time() - began
    began = time.process_time()
    from analysis import entities, figures, ingest, money, projects
    from analysis.tables import shelf

    SECONDS["imports: stage packages"] = time.process_time() - began
    wrap(ingest, "load_corpus", "loader")
    wrap(dataset, "extract_articles", "per-article step (cache lookups, new articles)")
    wrap(money, "amounts_frame", "amounts table")
    wrap(entities, "entities_frame", "entities table")
    wrap(projects, "build_register", "register merge")
    wrap(figures, "build_figures", "figures (duplicates, consolidation)")
    # later versions make a corpus's tables without pandas (`analysis.plaintable`)
    wrap(projects, "registered_projects", "register merge")
    wrap(projects, "project_table", "register merge")
    wrap(figures, "build_figures_plain", "figures (duplicates, consolidation)")
    wrap(dataset, "write", "writing the tables")
    wrap(shelf.Shelf, "get", "· of which: reading the per-article cache")
    try:  # later versions build the two tables from each article's cached rows
        from analysis.tables import derived
    except ImportError:
        pass
    else:
        wrap(derived.ArticlePieces, "amounts_frame", "amounts table")
        wrap(derived.ArticlePieces, "entities_frame", "entities table")
        wrap(derived.ArticlePieces, "amounts_table", "amounts table")
        wrap(derived.ArticlePieces, "entities_table", "entities table")
    began = time.process_time()
    status = cli.main(["extract", str(args.corpus), "--out", str(args.out), "--cache",
                       str(args.cache), "--jobs", "1"])
    SECONDS["whole run (after imports)"] = time.process_time() - began
    named = sum(v for k, v in SECONDS.items()
                if not k.startswith(("·", "whole", "imports")))
    SECONDS["other"] = SECONDS["whole run (after imports)"] - named
    result = {k: round(v, 3) for k, v in SECONDS.items()}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:52} {value:7.3f}")
    sys.exit(status)


if __name__ == "__main__":
    main()
