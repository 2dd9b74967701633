"""`briefing build`: render every briefing of the report set — parallel, incremental, reproducible.

    run_build(jobs=None, force=False, only=None, config=Path("reports.toml"),
              out=Path("reports")) -> int          # what `briefing build` calls
    main(argv) -> int                                # `python -m analysis.build ...`

The report set and its jobs: `reportset`; the manifest and job hashes: `manifest`; the
corpora: `corpora`; the worker processes: `workers`; the landing page: `index`; the
printed table: `summary`.

What a build does, in order:

1. takes ``<out>/.build.lock`` (filelock). A second build started meanwhile prints that it
   is waiting and blocks until the first is done; it then finds the first build's outputs
   up to date and skips them. Two builds never write the manifest or the index at once.
   The lock is an OS lock: a killed build releases it.
2. hashes each job's inputs and compares them with ``<out>/.build-manifest.json``; a job
   whose hash matches its last good render and whose output files all still exist is
   skipped. This step imports nothing heavy (no pandas, papermill, nbconvert or
   WeasyPrint), so a build with nothing to do takes a fraction of a second.
3. for the jobs left: extracts each corpus once in this process (``dataset.cached``), so
   the notebooks, which call ``dataset.cached`` themselves, all read the cached tables;
   meanwhile a pool of worker processes (default: one per core) starts and warms up. Each
   job is one ``render.render`` call in a worker: the notebook runs in its own kernel. A
   failing job does not stop the others; ``render.render`` keeps the previous good outputs
   of a job that fails, and the manifest keeps its last good entry, so it is retried.
4. writes the manifest (atomically, after every finished job) and ``<out>/index.html``, a
   self-contained landing page; prints a summary table (job, status, seconds, outputs) and,
   for each failure, the notebook cell and the error.

Exit status: 0 when every job is built or up to date, 1 when a job failed (or a corpus
could not be extracted or holds no readable article, or the output folder is full), 2 when
the report set itself or the output folder is unusable, 130 when interrupted (Ctrl-C: the
workers are stopped, finished briefings kept). Workers end with the build, even a killed
one (`lifeline`), so nothing is written outside the lock.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import atomic
from analysis.build.corpora import Corpora, CorpusError
from analysis.build.corpustables import write_corpus_tables
from analysis.build.index import write_index
from analysis.build.manifest import file_digest, job_hash, read_manifest, up_to_date, write_manifest
from analysis.build.reportset import ConfigError, Job, ReportSet, expand, load_report_set, render_params
from analysis.build.summary import Outcome, print_summary
from analysis.build.workers import JobResult, JobSpec, Workers, render_job
from analysis.tables.fingerprints import code_version
from analysis.termination import EXIT_TERMINATED, Terminated, stops_on_sigterm

# Only light standard-library modules above: the no-op build must stay fast. pandas,
# papermill, nbconvert, WeasyPrint come in through `analysis.tables` and `analysis.render`,
# imported inside the functions that need them.

LOCK_NAME = ".build.lock"
EXIT_INTERRUPTED = 130  # the shell's convention for a command stopped by Ctrl-C


@dataclass(frozen=True)
class BuildRun:
    """One build's settings and its moving parts."""

    report_set: ReportSet
    out: Path
    force: bool
    only: str | Sequence[str] | None
    manifest: dict[str, Any]
    code: str
    corpora: Corpora
    workers: Workers
    started: float
    rates_file: str = ""  # a rates CSV of the user's own, absolute ("" for none)
    # each notebook's digest, read once a build (many jobs share a notebook); a later build
    # in the same process reads the file again
    notebook_digests: dict[Path, str] = field(default_factory=dict)

    def notebook_digest(self, notebook: Path) -> str:
        """`manifest.file_digest` of a notebook, once for this build."""
        if notebook not in self.notebook_digests:
            self.notebook_digests[notebook] = file_digest(notebook)
        return self.notebook_digests[notebook]


def default_jobs() -> int:
    """One job per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_build(jobs: int | None = None, force: bool = False,
              only: str | Sequence[str] | None = None, config: Path = Path("reports.toml"),
              out: Path = Path("reports"), rates: Path | None = None) -> int:
    """Build the report set; returns the exit status (0 ok, 1 a job failed, 2 bad set).
    `rates`: a rates file of the user's own, given to every briefing as its `rates`."""
    from filelock import FileLock, Timeout

    out = Path(out)
    rates_file = ""
    if rates is not None:
        from analysis.money import rates_file_problems

        problems = rates_file_problems(rates)
        if problems:
            print(f"briefing build: --rates: {problems[0]}", file=sys.stderr)
            return 2
        rates_file = str(Path(rates).expanduser().resolve())
    try:
        report_set = load_report_set(Path(config))
    except ConfigError as exc:
        print(f"briefing build: {exc}", file=sys.stderr)
        return 2
    if jobs is not None and jobs < 1:
        print("briefing build: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        atomic.check_output_folder(out)
        out.mkdir(parents=True, exist_ok=True)
    except atomic.OutputFolderError as exc:
        print(f"briefing build: {exc}", file=sys.stderr)
        return 1 if exc.full else 2
    except OSError as exc:
        print(f"briefing build: output folder {out} cannot be created ({exc.strerror or exc}): "
              "choose another folder with --out", file=sys.stderr)
        return 2
    lock = FileLock(str(out / LOCK_NAME))
    with stops_on_sigterm():  # a SIGTERM stops the build as Ctrl-C does, workers and all
        try:
            try:
                lock.acquire(timeout=0)
            except Timeout:
                print(f"briefing build: another build is writing to {out}/; waiting for it to finish…",
                      file=sys.stderr, flush=True)
                lock.acquire()
            atomic.remove_stale_temps(out)  # of a build that was killed mid-write
            return _build_locked(report_set, out, jobs or default_jobs(), force, only, rates_file)
        except ConfigError as exc:
            print(f"briefing build: {exc}", file=sys.stderr)
            return 2
        except CorpusError as exc:
            # Nothing rendered, manifest and earlier outputs untouched.
            print(f"briefing build: {exc}", file=sys.stderr)
            return 1
        except KeyboardInterrupt as stop:
            # The workers are stopped (`_build_locked`); the manifest holds every finished job.
            how = "stopped (SIGTERM)" if isinstance(stop, Terminated) else "interrupted (Ctrl-C)"
            print(f"briefing build: {how}; finished briefings in {out}/ are kept, "
                  "nothing was left half-written", file=sys.stderr)
            return EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED
        finally:
            if lock.is_locked:
                lock.release()


def _build_locked(report_set: ReportSet, out: Path, n_workers: int, force: bool,
                  only: str | Sequence[str] | None, rates_file: str = "") -> int:
    started = time.perf_counter()
    manifest = read_manifest(out)
    code = code_version()
    workers = Workers(n_workers)
    corpora = Corpora(manifest=manifest, code=code, on_extract=workers.start)
    run = BuildRun(report_set=report_set, out=out, force=force, only=only, manifest=manifest,
                   code=code, corpora=corpora, workers=workers, started=started,
                   rates_file=rates_file)
    try:
        return _build_jobs(run)
    except BaseException:
        workers.close(cancel=True)
        raise
    finally:
        workers.close()


def _name_jobs(run: BuildRun) -> list[Job]:
    """Every job of the set with its hash and output name; ConfigError for a name clash."""
    all_jobs = expand(run.report_set, run.corpora.info)
    for job in all_jobs:
        if job.corpus is not None:
            run.corpora.key(job.corpus)
        job.render_params = render_params(job)
        if run.rates_file:
            # the file's content, not only its name, decides whether a briefing is stale
            digest = hashlib.sha256(Path(run.rates_file).read_bytes()).hexdigest()[:16]
            job.render_params["rates"] = run.rates_file
            job.params = {**job.params, "rates": run.rates_file, "rates_sha": digest}
        job.input_hash = job_hash(job, run.corpora.keys, run.code, run.notebook_digest(job.notebook))
        entry = run.manifest["jobs"].get(job.key, {})
        if entry.get("hash") == job.input_hash:
            job.name = entry.get("name", "")
    if any(not job.name for job in all_jobs):
        # A job whose inputs changed (or never built): its output stem comes from the
        # renderer, which this build is about to need anyway.
        from analysis.render import output_stem

        for job in all_jobs:
            if not job.name:
                job.name = output_stem(job.notebook, job.render_params)
    seen: dict[str, Job] = {}
    for job in all_jobs:
        other = seen.setdefault(job.name, job)
        if other is not job:
            raise ConfigError(f"two reports write the same files {job.name}.*: "
                              f"{other.describe()} and {job.describe()} (a parameter equal to "
                              "the notebook's default does not change the output name)")
    return all_jobs


def _build_jobs(run: BuildRun) -> int:
    all_jobs = _name_jobs(run)
    selected = [job for job in all_jobs if job.matches(run.only)]
    if run.only and not selected:
        print(f"briefing build: no job matches {run.only!r}; jobs are: "
              + ", ".join(job.name for job in all_jobs), file=sys.stderr)
        return 2

    outcomes: dict[str, Outcome] = {}
    todo: list[Job] = []
    for job in selected:
        entry = run.manifest["jobs"].get(job.key)
        if not run.force and up_to_date(entry, job, run.out):
            outcomes[job.key] = Outcome(job=job, status="skipped", outputs=dict(entry["outputs"]))
        else:
            todo.append(job)
    if todo:
        _render_all(run, todo, outcomes)

    manifest = run.manifest
    if not run.only:
        # Jobs gone from the set are forgotten (their files stay: never delete a report).
        wanted = {job.key for job in all_jobs}
        manifest["jobs"] = {k: v for k, v in manifest["jobs"].items() if k in wanted}
    live = run.corpora.live_slots()
    manifest["corpora"] = {k: v for k, v in manifest["corpora"].items() if k in live}
    table_problems = write_corpus_tables(
        run.out, run.corpora, manifest, (j.corpus for j in all_jobs if j.corpus is not None))
    for problem in table_problems:
        print(f"briefing build: {problem}", file=sys.stderr)
    write_manifest(run.out, manifest)
    write_index(run.out, all_jobs, manifest)

    ordered = [outcomes[job.key] for job in selected if job.key in outcomes]
    print_summary(ordered, time.perf_counter() - run.started)
    return 1 if table_problems or any(o.status == "failed" for o in ordered) else 0


def _runnable(todo: list[Job], outcomes: dict[str, Outcome]) -> list[Job]:
    """The jobs whose parameters pass the renderer's check (the others fail here, before
    any kernel starts, and only those jobs fail)."""
    from analysis.render import ParameterError, validate_params

    runnable: list[Job] = []
    for job in todo:
        try:
            validate_params(job.notebook, job.render_params)
        except ParameterError as exc:
            outcomes[job.key] = Outcome(job=job, status="failed",
                                        error=f"bad parameters: {exc}")
        else:
            runnable.append(job)
    return runnable


def _render_all(run: BuildRun, todo: list[Job], outcomes: dict[str, Outcome]) -> None:
    import concurrent.futures as cf

    from tqdm import tqdm

    runnable = _runnable(todo, outcomes)
    if not runnable:
        return
    manifest, out = run.manifest, run.out
    # Longest jobs first (by their last render time) keeps both cores busy to the end.
    runnable.sort(key=lambda j: -float(manifest["jobs"].get(j.key, {}).get("seconds", 0)))
    pool = run.workers.start(len(runnable))
    # Workers warm up while this process extracts the corpora (once each, into the cache
    # that every notebook reads).
    for corpus in dict.fromkeys(j.corpus for j in runnable if j.corpus is not None):
        run.corpora.warm(corpus)
    here, environ = os.getcwd(), dict(os.environ)
    # The queue is first in, first out: a worker that runs one of the last `size` jobs gets
    # no other after it, so those need no spare kernel.
    last = len(runnable) - run.workers.size
    futures = {
        pool.submit(render_job, JobSpec(notebook=str(job.notebook), params=job.render_params,
                                        formats=job.formats, out_dir=str(out.resolve()),
                                        cwd=here, environ=environ, keep_warm=i < last)): job
        for i, job in enumerate(runnable)
    }
    interactive = sys.stderr.isatty()
    with tqdm(total=len(futures), desc="briefings", unit="job", file=sys.stderr,
              disable=not interactive, dynamic_ncols=True) as bar:
        for done, future in enumerate(cf.as_completed(futures), 1):
            job = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # the worker process itself died
                result = JobResult(status="failed", seconds=0.0,
                                   error=f"worker process failed: {type(exc).__name__}: {exc}")
            outcome = _record(job, result, run)
            outcomes[job.key] = outcome
            if interactive:
                bar.set_postfix_str(job.name[-40:], refresh=False)
                bar.update()
            else:
                print(f"[{done}/{len(futures)}] {outcome.status} {job.name} "
                      f"({outcome.seconds:.1f} s)", file=sys.stderr, flush=True)
            # Written after every job: an interrupted build keeps what it finished.
            write_manifest(out, manifest)


def _record(job: Job, result: JobResult, run: BuildRun) -> Outcome:
    if result.status != "built":
        return Outcome(job=job, status="failed", seconds=result.seconds, cell=result.cell,
                       error=result.error)
    outputs = {fmt: Path(os.path.relpath(path, run.out.resolve())).as_posix()
               for fmt, path in result.outputs.items()}
    run.manifest["jobs"][job.key] = {
        "name": job.name,
        "hash": job.input_hash,
        "notebook": job.notebook_rel,
        "params": job.params,
        "formats": list(job.formats),
        "outputs": outputs,
        "title": result.title or job.params.get("title") or job.name,
        "data_as_of": run.corpora.info(job.corpus)["data_as_of"] if job.corpus else None,
        "seconds": round(result.seconds, 2),
    }
    return Outcome(job=job, status="built", seconds=result.seconds, outputs=outputs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing build", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="parallel jobs (default: cores)")
    parser.add_argument("--force", action="store_true", help="re-render even when up to date")
    parser.add_argument("--only", default=None, metavar="PATTERN",
                        help="glob on job names (output stems) or notebook paths")
    parser.add_argument("--config", type=Path, default=Path("reports.toml"))
    parser.add_argument("--out", type=Path, default=Path("reports"))
    args = parser.parse_args(argv)
    return run_build(jobs=args.jobs, force=args.force, only=args.only, config=args.config,
                     out=args.out)


if __name__ == "__main__":
    sys.exit(main())
