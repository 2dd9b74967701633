"""Whole-process `briefing extract` on a corpus of distinct articles, side by side with
natasha's MoneyExtractor on the same files, and the cost of adding one article.

    .venv/bin/python benchmarks/corpus_extract.py [--articles 1000] [--jobs N] [--json]
                                                  [--baseline OLD_SRC]

The corpus is written to a temporary folder from every article text the project holds (the
seeds and the whole-article gold sets): copy k of a text has its digits rotated by k and a
numbered headline, so no two files are alike and a per-article cache cannot flatter the cold
run. Timings are wall-clock seconds of whole processes (`briefing extract` as a user runs
it, default settings: NER on, every core); peak RSS is the largest of the child processes.

Each version keeps its start-up cache (`BRIEFING_STARTUP_CACHE`: gazetteers, natasha's
tables) in the temporary folder: the cold run builds it, the one-added runs use it;
`--cold-twice` adds a cold run on a new per-article cache with that start-up cache (a
second corpus on the same machine); `--cold-cpu` a cold run on one job, whose CPU seconds
(all the run's own) give the one-added run's CPU share of a cold extraction, the figure a
loaded machine distorts least.

`--baseline OLD_SRC` (a ``src`` folder of another version, e.g. from `git archive`) runs the
same cold and one-added extractions with that code too, interleaved with this code's in
the same run (each with its own cache), so a loaded machine slows both alike. One article
is added `--repeat` times (one more each time); the fastest of these runs is reported, as
a busy machine only ever slows a run.

`--bytecode` runs every process as an installed package runs: its modules compiled once and
read from their bytecode after (a shell with ``PYTHONDONTWRITEBYTECODE=1`` compiles the
package's ~140 modules from source in every process, ~0.1 s of CPU a run that an install
does not pay). Each version keeps its bytecode in the temporary folder
(``PYTHONPYCACHEPREFIX``), filled by one untimed import of the packages before its first
timed run; old and new alike.

`--watch` also times the resident mode (`briefing extract --watch`, this code only): once the
watcher's first round is done, one article is added `--repeat` times, and each round's wall
seconds (file written → tables written) and CPU seconds (the watcher's, from /proc) are kept;
the fastest counts.
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


CPU_SECONDS: dict[str, list[float]] = {}  # label → CPU seconds of each run (less noisy)


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


BYTECODE: dict[Path, Path] = {}  # with --bytecode: a version's src → its bytecode folder
# what a run imports, compiled before the timed runs (`--bytecode`)
WARM_IMPORTS = ("from analysis import cli, entities, figures, ingest, money, projects; "
                "from analysis.tables import dataset, perarticle; import natasha, pymorphy3, "
                "pyarrow.parquet; from analysis.entities import models")


def environment(src: Path) -> dict[str, str]:
    """The environment of a process running the package from `src`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    if src in BYTECODE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE[src])
    return env


def compile_once(src: Path, folder: Path) -> None:
    """Keep `src`'s bytecode in `folder` from now on, filled by one untimed import."""
    BYTECODE[src] = folder
    subprocess.run([sys.executable, "-c", WARM_IMPORTS], check=True, env=environment(src))


def timed(cmd: list[str], src: Path, label: str = "", startup: Path | None = None) -> float:
    """Wall-clock seconds of `cmd` with the package taken from `src` (and its start-up cache
    in `startup`); its CPU seconds go to `CPU_SECONDS[label]` (those of the process and the
    children it waited for)."""
    env = environment(src)
    if startup is not None:
        env["BRIEFING_STARTUP_CACHE"] = str(startup)
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    CPU_SECONDS.setdefault(label, []).append(children_cpu() - cpu)
    return time.perf_counter() - start


def process_cpu(pid: int) -> float:
    """CPU seconds a running process has used (user + system, from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def watch_rounds(cmd: list[str], src: Path, startup: Path, corpus: Path,
                 repeat: int) -> tuple[list[float], list[float]]:
    """(wall seconds, CPU seconds) of each round of `briefing extract --watch` that follows
    one added article, the watcher started on `corpus` with the package from `src`."""
    env = {**environment(src), "BRIEFING_STARTUP_CACHE": str(startup)}
    walls: list[float] = []
    cpus: list[float] = []
    with subprocess.Popen([*cmd, "--watch", "--interval", "0.05"], env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as watcher:
        assert watcher.stdout is not None

        def round_done() -> None:
            for line in watcher.stdout:
                if line.startswith("tables written"):
                    return
            raise RuntimeError("the watcher stopped")

        round_done()  # its first round: the corpus as it is
        for k in range(repeat):
            cpu = process_cpu(watcher.pid)
            start = time.perf_counter()
            (corpus / f"zz_watched{k}.txt").write_text(
                f"Выпуск наблюдаемый {k}. {rotate(texts()[5 + k], 3)}", encoding="utf-8")
            round_done()
            walls.append(time.perf_counter() - start)
            cpus.append(process_cpu(watcher.pid) - cpu)
        watcher.terminate()
    return walls, cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=3,
                        help="add one article this many times (the fastest counts: noise only slows)")
    parser.add_argument("--baseline", type=Path, default=None, metavar="OLD_SRC",
                        help="also time the package in this src folder, side by side")
    parser.add_argument("--cold-cpu", action="store_true",
                        help="also a cold run on one job (a new per-article cache), for the CPU "
                             "seconds of a whole cold extraction (a pool's workers are not "
                             "children the run waits for: their CPU is not counted otherwise)")
    parser.add_argument("--watch", action="store_true",
                        help="also time one article added under `briefing extract --watch`")
    parser.add_argument("--bytecode", action="store_true",
                        help="run each version from its compiled modules, as an installed "
                             "package runs (not compiled from source in every process)")
    parser.add_argument("--cold-twice", action="store_true",
                        help="also a second cold run on a new per-article cache, with the "
                             "start-up cache (gazetteers, natasha's tables) the first one built")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="copy the tables of each version's cold runs here "
                             "(DIR/cold-new, DIR/cold-cpu-old, …) to compare them byte by byte")
    args = parser.parse_args()
    sources = {"new": ROOT / "src"}
    if args.baseline:
        sources = {"old": args.baseline.resolve(), **sources}
    cold: dict[str, float] = {}
    cold_one_job: dict[str, float] = {}
    cold_warm: dict[str, float] = {}
    added: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.articles)
        if args.bytecode:
            for label, src in sources.items():
                compile_once(src, Path(tmp) / f"bytecode-{label}")

        def extract(label: str, cache: str = "cache") -> list[str]:
            cmd = [sys.executable, "-m", "analysis", "extract", str(corpus), "--out",
                   str(Path(tmp) / f"out-{label}"), "--cache", str(Path(tmp) / f"{cache}-{label}")]
            return cmd + (["--jobs", str(args.jobs)] if args.jobs else [])

        def startup(label: str) -> Path:  # each version its own, first built by its cold run
            return Path(tmp) / f"startup-{label}"

        def keep(label: str, run: str) -> None:  # before the one-added runs rewrite them
            if args.keep:
                shutil.copytree(Path(tmp) / f"out-{label}", args.keep / f"{run}-{label}",
                                dirs_exist_ok=True)

        for label, src in sources.items():
            cold[label] = timed(extract(label), src, f"{label}_cold", startup(label))
            keep(label, "cold")
        if args.cold_twice:  # a new corpus cache, the start-up cache of the first cold run
            for label, src in sources.items():
                cold_warm[label] = timed(extract(label, "cache2"), src, f"{label}_cold2",
                                         startup(label))
        if args.cold_cpu:  # one job: every CPU second is the run's own
            for label, src in sources.items():
                cold_one_job[label] = timed([*extract(label, "cache-cpu"), "--jobs", "1"], src,
                                            f"{label}_cold_cpu", startup(label))
                keep(label, "cold-cpu")
        for k in range(args.repeat):  # one more article each time, old and new in turn
            (corpus / f"zz_added{k}.txt").write_text(
                f"Выпуск добавленный {k}. {rotate(texts()[2 + k], 7)}", encoding="utf-8")
            for label, src in sources.items():
                added.setdefault(label, []).append(
                    timed(extract(label), src, f"{label}_added", startup(label)))
        watched: tuple[list[float], list[float]] | None = None
        if args.watch:
            watched = watch_rounds(extract("new"), sources["new"], startup("new"), corpus,
                                   args.repeat)
        natasha = subprocess.run([sys.executable, "-c", NATASHA, str(corpus)], check=True,
                                 capture_output=True, text=True).stdout.split()
        natasha_seconds = float(natasha[0])
        natasha_files = len(list(corpus.glob("*.txt")))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    natasha_rate = natasha_files / natasha_seconds
    result: dict[str, object] = {"articles": args.articles, "bytecode": args.bytecode,
                                 "natasha_money_articles_per_s": round(natasha_rate, 1)}
    for label in sources:
        prefix = "" if label == "new" else "baseline_"
        result.update({
            f"{prefix}extract_articles_per_s": round(args.articles / cold[label], 1),
            f"{prefix}ratio": round((args.articles / cold[label]) / natasha_rate, 2),
            f"{prefix}cold_s": round(cold[label], 1),
            **({f"{prefix}cold_warm_startup_s": round(cold_warm[label], 1),
                f"{prefix}warm_startup_ratio": round(
                    (args.articles / cold_warm[label]) / natasha_rate, 2)}
               if label in cold_warm else {}),
            f"{prefix}one_added_s": round(min(added[label]), 1),
            f"{prefix}one_added_share_of_cold": round(min(added[label]) / cold[label], 3),
            f"{prefix}one_added_all_s": [round(t, 1) for t in added[label]],
            # CPU seconds of a one-added run (one process: one new article takes no pool),
            # what a loaded machine inflates least. A cold run's pool workers are children
            # of the forkserver, which the run does not wait for: their CPU is not counted.
            f"{prefix}one_added_cpu_s": round(min(CPU_SECONDS[f"{label}_added"]), 1),
        })
        if f"{label}_cold_cpu" in CPU_SECONDS:
            cold_cpu = CPU_SECONDS[f"{label}_cold_cpu"][0]
            result.update({f"{prefix}cold_cpu_s_one_job": round(cold_cpu, 1),
                           f"{prefix}ratio_one_job": round(
                               (args.articles / cold_one_job[label]) / natasha_rate, 2),
                           f"{prefix}one_added_cpu_share_of_cold_cpu": round(
                               min(CPU_SECONDS[f"{label}_added"]) / cold_cpu, 3)})
    if watched is not None:
        walls, cpus = watched
        result.update({"watch_one_added_s": round(min(walls), 2),
                       "watch_one_added_cpu_s": round(min(cpus), 2),
                       "watch_one_added_share_of_cold": round(min(walls) / cold["new"], 3)})
        if "new_cold_cpu" in CPU_SECONDS:
            result["watch_one_added_cpu_share_of_cold_cpu"] = round(
                min(cpus) / CPU_SECONDS["new_cold_cpu"][0], 3)
    result["peak_rss_mb"] = round(peak_mb)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
