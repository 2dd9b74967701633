"""Where a large extraction's resident memory goes: `briefing extract`'s stages, each with
the resident size when it starts and the largest seen while it ran (sampled every 20 ms).

    PYTHONPATH=src .venv/bin/python benchmarks/memory_stages.py CORPUS CACHE OUT [--no-ner]

Run it twice on one corpus and cache: the first run extracts every article (the pool's
workers are other processes: their memory is not this one's), the second reads them from
the per-article cache, so what it shows is the steps that look across the corpus (the
loader, the frames, the register, the figures, the writing), the part that grows with it.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil


class StageMemory:
    """An `analysis.ingest.Progress` that records the resident size of each stage."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.name = "start-up"
        self.started = time.perf_counter()
        self.peaks: dict[str, list[float]] = {}
        self.stage_start = self.started
        self.done = threading.Event()
        self._begin(self.name)
        self.sampler = threading.Thread(target=self._sample, daemon=True)
        self.sampler.start()

    def _rss(self) -> float:
        return self.process.memory_info().rss / 2**20

    def _begin(self, name: str) -> None:
        seen = sum(1 for n in self.peaks if n == name or n.startswith(f"{name} #"))
        name = f"{name} #{seen + 1}" if seen else name  # a step met again (the two frames)
        self.stage_start = time.perf_counter()
        rss = self._rss()
        self.peaks[name] = [rss, rss, self.stage_start - self.started]
        self.name = name  # after its entry: the sampler reads it

    def _sample(self) -> None:
        while not self.done.wait(0.02):
            entry = self.peaks[self.name]
            entry[1] = max(entry[1], self._rss())

    def stage(self, name: str, total: int | None = None) -> None:
        self._close()
        self._begin(name)

    def _close(self) -> None:
        entry = self.peaks[self.name]
        entry[1] = max(entry[1], self._rss())
        entry.append(time.perf_counter() - self.stage_start)

    def advance(self, steps: int = 1) -> None:
        pass

    def staged(self, name: str, work: Callable[..., Any]) -> Callable[..., Any]:
        """`work` as a stage of its own (the extraction calls the module's attribute)."""

        def run(*args: Any, **kwargs: Any) -> Any:
            # a table written is named by its file
            path = next((a for a in args if isinstance(a, Path)), None)
            self.stage(f"{name} {path.name}" if path is not None else name)
            return work(*args, **kwargs)

        return run

    def report(self) -> None:
        self._close()
        self.done.set()
        for name, (start, peak, at, *took) in self.peaks.items():
            print(f"{name[:44]:44} at {at:7.1f} s  took {took[-1] if took else 0:6.1f} s  "
                  f"RSS {start:6.0f} MB → peak {peak:6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--no-ner", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--pin-version", default=None, metavar="TAG")
    args = parser.parse_args()
    memory = StageMemory()
    from analysis import entities, figures, money, projects
    from analysis.tables import dataset, perarticle

    if args.pin_version:
        for module in (dataset, perarticle):
            module.code_version = lambda *_: args.pin_version  # type: ignore[attr-defined]

    for module, name in ((money, "amounts_frame"), (entities, "entities_frame"),
                         (projects, "build_register"), (figures, "build_figures")):
        setattr(module, name, memory.staged(f"{module.__name__}.{name}", getattr(module, name)))
    # the steps inside: the frames made a part at a time, each figures step, each table written
    # (a name this version lacks is skipped, so an older `src` runs too)
    for path, name in (("analysis.tables.dataset", "frame_in_parts"),
                       ("analysis.tables.dataset", "set_aside"),
                       ("analysis.tables.dataset", "read_back"),
                       ("analysis.projects", "registered_projects"),
                       ("analysis.projects", "project_table"),
                       ("analysis.ingest.article", "articles_table"),
                       ("analysis.figures.build", "apply_corrections"),
                       ("analysis.figures.build", "prepare"),
                       ("analysis.figures.build", "flag_implausible"),
                       ("analysis.figures.build", "find_duplicates"),
                       ("analysis.figures.build", "consolidate"),
                       ("analysis.tables.store", "content_digest"),
                       ("analysis.tables.store", "_write_table")):
        module = importlib.import_module(path)
        if hasattr(module, name):
            setattr(module, name, memory.staged(f"{path.rsplit('.', 1)[1]}.{name}",
                                                getattr(module, name)))

    ds = dataset.extract(args.corpus, ner=not args.no_ner, progress=memory, jobs=args.jobs,
                         article_cache=args.cache)
    memory.stage("writing the tables")
    # as `briefing extract` writes them (a version before `let_go` keeps every table)
    if "let_go" in inspect.signature(dataset.write).parameters:
        dataset.write(ds, args.out, let_go=True)
    else:
        dataset.write(ds, args.out)
    memory.report()


if __name__ == "__main__":
    main()
