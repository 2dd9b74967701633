"""The build's worker processes: started early, warmed up, one render per job.

Each worker holds one `render.KernelPool` for its jobs, so the kernel of its next job
starts while the current one is turned into HTML and PDF; the jobs at the end of the queue
turn that spare off (no next job will come) and wait for their kernels to stop. Workers
die with the build (`lifeline`); a build that stops early (Ctrl-C, an error) kills them, so
no job writes after the build has released its lock.
"""

from __future__ import annotations

import contextlib
import functools
import html
import os
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.build.lifeline import bind_to_build

# Imported once in the fork server, so that every worker forks with them already loaded
# (`serverquiet` first: the server ignores Ctrl-C while it imports the others).
PRELOAD = ["analysis.serverquiet", "analysis.render", "nbformat", "papermill", "nbconvert",
           "weasyprint"]
# How much of a page is searched for its <title>.
_TITLE_SPAN = 200_000


@dataclass(frozen=True)
class JobSpec:
    """One job as a worker receives it (a picklable record)."""

    notebook: str
    params: dict[str, Any]
    formats: tuple[str, ...]
    out_dir: str
    # The fork server outlives a build in a long-lived process (tests), and a worker
    # inherits the server's folder and environment, not the build's: both come with the job.
    cwd: str | None = None
    environ: dict[str, str] | None = None
    # False for the jobs at the end of the queue: the worker's kernel pool then starts no
    # spare kernel for a next render this worker will not get.
    keep_warm: bool = True


@dataclass
class JobResult:
    """What a worker reports for one job (a picklable record; it never raises)."""

    status: str  # built | failed
    seconds: float
    outputs: dict[str, str] = field(default_factory=dict)  # format → file path
    title: str | None = None
    cell: int | None = None
    error: str | None = None


def preload() -> None:
    """Worker warm-up, run while the parent extracts the corpus: import the renderer and
    render an empty notebook to HTML and PDF, so that the nbconvert exporter, its templates
    and WeasyPrint's fonts are loaded once per process rather than in the first job."""
    with contextlib.suppress(Exception):  # render_job reports any real problem per job
        import nbformat

        from analysis import render

        render.to_pdf(render.to_html(nbformat.v4.new_notebook()))


class Workers:
    """The process pool, started as early as the build knows it will render something."""

    def __init__(self, n_workers: int) -> None:
        self.n_workers = n_workers
        self.size = n_workers  # processes in the pool once started
        self.pool: Any = None
        self.warmups: list[Any] = []
        self.before: set[int] = set()  # child processes that are not this pool's workers

    def start(self, n_jobs: int | None = None) -> Any:
        if self.pool is None:
            import concurrent.futures as cf
            import multiprocessing

            from analysis.serverquiet import start_fork_server

            # forkserver: workers fork from a clean server process that has imported the
            # renderer once, so they start in milliseconds and share those pages; spawn where
            # forkserver is missing (not on Linux).
            methods = multiprocessing.get_all_start_methods()
            ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods
                                              else "spawn")
            if ctx.get_start_method() == "forkserver":
                ctx.set_forkserver_preload(PRELOAD)
                start_fork_server(ctx)
            self.size = min(self.n_workers, n_jobs or self.n_workers)
            self.before = {p.pid for p in multiprocessing.active_children()}
            self.pool = cf.ProcessPoolExecutor(max_workers=self.size, mp_context=ctx,
                                               initializer=bind_to_build, initargs=(os.getpid(),))
            self.warmups = [self.pool.submit(preload) for _ in range(self.size)]
        return self.pool

    def close(self, cancel: bool = False) -> None:
        """Wait for the workers to finish (`cancel`: stop them now, jobs in flight too)."""
        if self.pool is None:
            return
        if cancel:
            import multiprocessing

            from analysis.render import remove_stale_connection_files

            for proc in multiprocessing.active_children():
                if proc.pid not in self.before:
                    proc.kill()  # a job in flight must not write after the build is gone
            self.pool.shutdown(wait=False, cancel_futures=True)
            remove_stale_connection_files()  # of the kernels of the killed workers
        else:
            self.pool.shutdown(wait=True)
        self.pool = None


# One per worker process on purpose: `render_job` runs in a pool's worker, which nothing
# can hand an object to between jobs; its warm kernel serves the worker's next job.
@functools.cache
def worker_pool() -> Any:
    """This worker process's kernel pool (one per process, for all its jobs)."""
    from analysis.render import KernelPool

    return KernelPool(keep_warm=True)


def render_job(spec: JobSpec) -> JobResult:
    """Render one job; never raises, so one failure cannot take the pool down."""
    start = time.perf_counter()
    if spec.environ is not None:
        os.environ.clear()
        os.environ.update(spec.environ)
    if spec.cwd is not None:
        os.chdir(spec.cwd)
    try:
        from analysis import render

        pool = worker_pool()
        pool.keep_warm = spec.keep_warm
        declared = render.notebook_parameters(spec.notebook)
        params = {**spec.params, **keep_previous_tables(spec, declared)}
        try:
            result = render.render(Path(spec.notebook), params, formats=spec.formats,
                                   out_dir=Path(spec.out_dir), pool=pool)
        finally:
            if not spec.keep_warm:  # this worker's last job: its kernels stop before it exits
                pool.close()
    except Exception as exc:
        failed = JobResult(status="failed", seconds=time.perf_counter() - start,
                           error=f"{type(exc).__name__}: {exc}")
        render_mod = sys.modules.get("analysis.render")
        if render_mod is not None and isinstance(exc, render_mod.NotebookFailed):
            failed.cell = exc.cell
            failed.error = str(exc.error)
        return failed
    outputs = {fmt: str(path) for fmt, path in result.outputs.items()}
    try:
        outputs.update(briefing_downloads(spec, declared, Path(result.outputs["ipynb"]).stem))
    except Exception as exc:  # the briefing is on disk; its tables are not: say so
        return JobResult(status="failed", seconds=time.perf_counter() - start,
                         error=f"tables for download: {type(exc).__name__}: {exc}")
    return JobResult(status="built", seconds=time.perf_counter() - start, outputs=outputs,
                     title=title_of(outputs))


def keep_previous_tables(spec: JobSpec, declared: Mapping[str, Any]) -> dict[str, str]:
    """For a notebook with a `since` parameter (the overview): copy the figures and projects
    tables of its last good build to ``<out>/tables/previous/<name>/`` and point `since` there,
    so that the briefing can say what is new. The previous tables are those this build is
    about to replace; the first build has none (and says so)."""
    from analysis import atomic
    from analysis.briefing.downloads import FOLDER
    from analysis.render import output_stem

    if "since" not in declared:
        return {}
    stem = output_stem(spec.notebook, spec.params)
    tables = Path(spec.out_dir) / FOLDER
    previous = tables / "previous" / stem
    previous.mkdir(parents=True, exist_ok=True)
    for name in ("figures", "projects"):
        current, kept = tables / f"{stem}--{name}.csv", previous / f"{name}.csv"
        if current.is_file():
            atomic.write(kept, current.read_bytes())
    return {"since": str(previous)}


def briefing_downloads(spec: JobSpec, declared: Mapping[str, Any], stem: str) -> dict[str, str]:
    """Write a briefing notebook's figures and projects as CSV and XLSX next to it (a
    notebook that is not a briefing, i.e. has no `corpus` parameter, gets none)."""
    from dataclasses import fields

    from analysis.render import NotebookParams, check_notebook_params

    if "corpus" not in declared:
        return {}
    accepted = {f.name for f in fields(NotebookParams)}
    values = {name: spec.params.get(name, d.default) for name, d in declared.items()
              if name in accepted}
    params = check_notebook_params(**values).as_dict()

    from analysis.briefing import as_outputs, write_briefing_downloads

    written = write_briefing_downloads(params, kind=Path(spec.notebook).stem,
                                       out_dir=Path(spec.out_dir), stem=stem)
    return {key: str(path) for key, path in as_outputs(written).items()}


def title_of(outputs: dict[str, str]) -> str | None:
    """The briefing's title as the reader sees it: the HTML <title>."""
    page = outputs.get("html")
    if not page:
        return None
    try:
        head = Path(page).read_text(encoding="utf-8", errors="replace")[:_TITLE_SPAN]
    except OSError:
        return None
    match = re.search(r"<title[^>]*>(.*?)</title>", head, re.S | re.I)
    if match is None:
        return None
    return html.unescape(re.sub(r"\s+", " ", match.group(1))).strip() or None
