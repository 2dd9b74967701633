"""`briefing build`: render every briefing of the report set — parallel, incremental, reproducible.

    run_build(jobs=None, force=False, only=None, config=Path("reports.toml"),
              out=Path("reports")) -> int          # what `briefing build` calls
    main(argv) -> int                                # `python -m analysis.build ...`
    load_report_set(path) -> ReportSet; expand(report_set, corpus_info) -> list[Job]
    render_index(rows) -> str                        # the landing page, deterministic

The report set lives in one TOML file (``reports.toml`` at the repo root)::

    [defaults]
    formats = ["html", "pdf"]          # formats of every report unless it says otherwise
    params = { corpus = "seeds" }      # parameters merged under every report's own

    [[report]]
    notebook = "notebooks/briefing.ipynb"
    params = [{ lang = "ru" }, { lang = "en" }]     # one table, or a list of parameter sets

    [[report]]
    notebook = "notebooks/briefing.ipynb"
    params = { lang = "ru" }
    for_each = { region = "regions_with_projects" } # or a literal list: { region = ["…", "…"] }

Paths (notebooks, the ``corpus`` parameter) are relative to the TOML file's folder.
``for_each`` expands a report into one job per value (several keys: their product);
``regions_with_projects`` is every Russian region (normalised name) with at least one
project in the corpus's cached projects table. A job is named by its output stem
(``report.output_stem``: ``briefing--region-kemerovskaya-oblast``); ``--only PATTERN`` is a
glob on that name, on the notebook path, or on ``notebook k=v ...`` as declared.

What a build does, in order:

1. takes ``<out>/.build.lock`` (filelock). A second build started meanwhile prints that it
   is waiting and blocks until the first is done; it then finds the first build's outputs
   up to date and skips them. Two builds never write the manifest or the index at once.
   The lock is an OS lock: a killed build releases it.
2. hashes each job's inputs — the notebook file, its parameters, the corpus content, the
   package code, data and templates, the rendering libraries' versions, the formats — and
   compares them with ``<out>/.build-manifest.json``. A job whose hash matches its last good
   render and whose output files all still exist is skipped. This step imports nothing
   heavy (no pandas, papermill, nbconvert or WeasyPrint), so a build with nothing to do
   takes a fraction of a second.
3. for the jobs left: extracts each corpus once in this process (``dataset.cached``), so
   the notebooks, which call ``dataset.cached`` themselves, all read the cached tables;
   meanwhile a pool of worker processes (default: one per core) starts and warms up. Each
   job is one ``report.render`` call in a worker: the notebook runs in its own kernel. A
   failing job does not stop the others; ``report.render`` keeps the previous good outputs
   of a job that fails, and the manifest keeps its last good entry, so it is retried.
4. writes the manifest (atomically, after every finished job) and ``<out>/index.html``, a
   self-contained landing page; prints a summary table (job, status, seconds, outputs) and,
   for each failure, the notebook cell and the error.

Exit status: 0 when every job is built or up to date, 1 when a job failed (or a corpus
could not be extracted), 2 when the report set itself is unusable.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import html
import itertools
import json
import os
import re
import sys
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import atomic
from analysis.tables.fingerprints import code_version, corpus_fingerprint

# Only light standard-library modules above: the no-op build must stay fast. pandas,
# papermill, nbconvert, WeasyPrint come in through `analysis.dataset` and `analysis.report`,
# imported inside the functions that need them.

MANIFEST_NAME = ".build-manifest.json"
LOCK_NAME = ".build.lock"
INDEX_NAME = "index.html"
# Bump when the meaning of a job hash changes, so that old manifests are not trusted.
MANIFEST_VERSION = 1
KNOWN_FORMATS = ("html", "pdf")
# Values of `for_each` computed from the corpus rather than listed in the file.
EXPANSIONS = ("regions_with_projects",)


class ConfigError(Exception):
    """The report set file cannot be used (exit status 2)."""


class CorpusError(Exception):
    """A corpus of the set could not be extracted (exit status 1; nothing rendered)."""


# --- the report set ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One ``[[report]]`` table of the set, before ``for_each`` expansion."""

    notebook: Path  # absolute
    notebook_rel: str  # relative to the TOML folder (posix): display and job identity
    params: tuple[dict[str, Any], ...]
    formats: tuple[str, ...]
    for_each: dict[str, list[Any] | str]


@dataclass(frozen=True)
class ReportSet:
    root: Path  # folder of the TOML file: relative paths start here
    entries: tuple[Entry, ...]


@dataclass
class Job:
    """One render: a notebook with one parameter set, in some formats."""

    notebook: Path
    notebook_rel: str
    params: dict[str, Any]  # as declared (after expansion); part of the job's identity
    formats: tuple[str, ...]
    corpus: Path | None  # resolved corpus folder, for the content hash and the cache
    render_params: dict[str, Any] = field(default_factory=dict)  # what report.render gets
    key: str = ""
    name: str = ""  # output stem, e.g. "briefing--lang-ru"
    input_hash: str = ""


def load_report_set(config: Path) -> ReportSet:
    """Parse and check the TOML report set; raises ConfigError with a readable message."""
    config = Path(config)
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"report set {config} not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{config}: {exc}") from None
    root = config.resolve().parent
    defaults = data.get("defaults", {})
    default_formats = _formats(defaults.get("formats", list(KNOWN_FORMATS)), config, "defaults")
    default_params = defaults.get("params", {})
    if not isinstance(default_params, dict):
        raise ConfigError(f"{config}: [defaults] params must be a table")
    reports = data.get("report", [])
    if not isinstance(reports, list) or not reports:
        raise ConfigError(f"{config}: declares no [[report]]")
    entries = []
    for i, rep in enumerate(reports, 1):
        where = f"report #{i}"
        unknown = set(rep) - {"notebook", "params", "formats", "for_each"}
        if unknown:
            raise ConfigError(f"{config}: {where}: unknown key(s) {', '.join(sorted(unknown))}")
        if "notebook" not in rep:
            raise ConfigError(f"{config}: {where} has no notebook")
        nb = (root / rep["notebook"]).resolve()
        if not nb.is_file():
            raise ConfigError(f"{config}: {where}: notebook {rep['notebook']} not found")
        raw_params = rep.get("params", {})
        sets = raw_params if isinstance(raw_params, list) else [raw_params]
        if not sets or not all(isinstance(p, dict) for p in sets):
            raise ConfigError(f"{config}: {where}: params must be a table or a list of tables")
        for_each = rep.get("for_each", {})
        if not isinstance(for_each, dict):
            raise ConfigError(f"{config}: {where}: for_each must be a table")
        for name, values in for_each.items():
            if isinstance(values, str) and values not in EXPANSIONS:
                raise ConfigError(f"{config}: {where}: for_each.{name} = {values!r}: "
                                  f"use a list or one of {', '.join(EXPANSIONS)}")
            if not isinstance(values, str | list):
                raise ConfigError(f"{config}: {where}: for_each.{name} must be a list or a name")
        try:
            # one spelling per notebook ("./notebooks/x" and "notebooks/x" are one job)
            rel = nb.relative_to(root).as_posix()
        except ValueError:
            rel = nb.as_posix()
        entries.append(Entry(
            notebook=nb,
            notebook_rel=rel,
            params=tuple({**default_params, **p} for p in sets),
            formats=_formats(rep.get("formats", default_formats), config, where),
            for_each=dict(for_each),
        ))
    return ReportSet(root=root, entries=tuple(entries))


def _formats(value: Any, config: Path, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not value:
        raise ConfigError(f"{config}: {where}: formats must be a non-empty list")
    bad = [f for f in value if f not in KNOWN_FORMATS]
    if bad:
        raise ConfigError(f"{config}: {where}: unknown format(s) {bad}; use {list(KNOWN_FORMATS)}")
    return tuple(dict.fromkeys(value))


def expand(report_set: ReportSet, corpus_info: Callable[[Path], dict[str, Any]]) -> list[Job]:
    """Every job of the set, in file order; duplicates merged (their formats united).

    `corpus_info(corpus_dir)` returns the facts computed from a corpus (see `CorpusInfo`);
    it is called only for reports with a computed `for_each`.
    """
    jobs: dict[str, Job] = {}
    for entry in report_set.entries:
        for base in entry.params:
            corpus = _corpus_dir(report_set.root, base)
            axes: list[list[tuple[str, Any]]] = []
            for name, values in entry.for_each.items():
                if isinstance(values, str):
                    if corpus is None:
                        raise ConfigError(f"{entry.notebook_rel}: for_each.{name} = {values!r} "
                                          "needs a corpus parameter")
                    values = corpus_info(corpus)[values]
                axes.append([(name, v) for v in values])
            for combo in itertools.product(*axes):
                params = {**base, **dict(combo)}
                job = Job(entry.notebook, entry.notebook_rel, params, entry.formats, corpus)
                job.key = _job_key(job)
                if job.key in jobs:
                    known = jobs[job.key]
                    known.formats = tuple(dict.fromkeys(known.formats + job.formats))
                else:
                    jobs[job.key] = job
    return list(jobs.values())


def _job_key(job: Job) -> str:
    return job.notebook_rel + "?" + json.dumps(job.params, sort_keys=True, ensure_ascii=False)


def _corpus_dir(root: Path, params: dict[str, Any]) -> Path | None:
    if "corpus" not in params:
        return None
    path = Path(str(params["corpus"])).expanduser()
    return (path if path.is_absolute() else root / path).resolve()


def _render_params(job: Job) -> dict[str, Any]:
    """The parameters the kernel gets: the corpus as a path that works from here.

    The set names the corpus relative to the TOML file; the kernel resolves it from the
    current folder (`dataset.resolve_corpus`). Keep the short name when both agree, so
    that output names and the title block stay as declared.
    """
    params = dict(job.params)
    if job.corpus is not None:
        declared = Path(str(params["corpus"])).expanduser()
        if declared.is_absolute() or declared.resolve() != job.corpus:
            params["corpus"] = str(job.corpus)
    return params


# --- hashing (standard library only) -----------------------------------------------------------

_digest_memo: dict[Path, str] = {}


def _file_digest(path: Path) -> str:
    if path not in _digest_memo:
        _digest_memo[path] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _digest_memo[path]


# Libraries whose upgrade can change a rendered page (layout, number formats, charts).
RENDERING_PACKAGES = ("papermill", "nbconvert", "weasyprint", "matplotlib", "pandas")
_versions_memo: dict[str, str] = {}


def _toolchain() -> dict[str, str]:
    """Installed versions of the rendering libraries (metadata only; nothing is imported)."""
    if not _versions_memo:
        from importlib import metadata

        for name in RENDERING_PACKAGES:
            try:
                _versions_memo[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                _versions_memo[name] = "-"
    return _versions_memo


def job_hash(job: Job, corpus_keys: dict[Path, str], code: str) -> str:
    payload = {
        "toolchain": _toolchain(),
        "version": MANIFEST_VERSION,
        "notebook": _file_digest(job.notebook),
        "params": job.render_params,
        "corpus": corpus_keys.get(job.corpus) if job.corpus else None,
        "code": code,
        "formats": sorted(job.formats),
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


# --- manifest and atomic files -----------------------------------------------------------------


def read_manifest(out: Path) -> dict[str, Any]:
    path = Path(out) / MANIFEST_NAME
    empty: dict[str, Any] = {"version": MANIFEST_VERSION, "jobs": {}, "corpora": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return empty
    except (OSError, ValueError):
        # A damaged manifest only costs a full rebuild; say so rather than fail.
        print(f"briefing build: {path} is unreadable; rebuilding everything", file=sys.stderr)
        return empty
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return empty
    data.setdefault("jobs", {})
    data.setdefault("corpora", {})
    return data


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    atomic.write(Path(out) / MANIFEST_NAME, text)


def _up_to_date(entry: dict[str, Any] | None, job: Job, out: Path) -> bool:
    if not entry or entry.get("hash") != job.input_hash:
        return False
    outputs = entry.get("outputs", {})
    return all(fmt in outputs for fmt in job.formats) and all(
        (out / rel).is_file() for rel in outputs.values())


# --- facts from the corpus (imports pandas: only when needed) ----------------------------------


def compute_corpus_info(corpus_dir: Path) -> dict[str, Any]:
    """Extract the corpus once (warming the on-disk cache) and note what the set needs."""
    from analysis import entities
    from analysis.tables import dataset

    try:
        ds = dataset.cached(corpus_dir)
    except Exception as exc:
        raise CorpusError(f"extracting {corpus_dir} failed: {type(exc).__name__}: {exc}") from exc
    regions: set[str] = set()
    if "region" in ds.projects.columns:
        for raw in ds.projects["region"].dropna():
            name = entities.normalize_region(str(raw))
            if name:
                regions.add(name)
    return {"data_as_of": ds.data_as_of, "regions_with_projects": sorted(regions)}


# --- rendering (runs in the worker processes) --------------------------------------------------


# Imported once in the fork server, so that every worker forks with them already loaded.
_PRELOAD = ["analysis.render.report", "nbformat", "papermill", "nbconvert", "weasyprint"]


def _preload() -> None:
    """Worker warm-up, run while the parent extracts the corpus: import the renderer and
    render an empty notebook to HTML and PDF, so that the nbconvert exporter, its templates
    and WeasyPrint's fonts are loaded once per process rather than in the first job."""
    try:
        import nbformat

        from analysis.render import report

        report.to_pdf(report.to_html(nbformat.v4.new_notebook()))
    except Exception:
        pass  # render_job reports any real problem against each job


class _Workers:
    """The process pool, started as early as the build knows it will render something."""

    def __init__(self, n_workers: int) -> None:
        self.n_workers = n_workers
        self.size = n_workers  # processes in the pool once started
        self.pool: Any = None
        self.warmups: list[Any] = []

    def start(self, n_jobs: int | None = None) -> Any:
        if self.pool is None:
            import concurrent.futures as cf
            import multiprocessing

            # forkserver: workers fork from a clean server process that has imported the
            # renderer once, so they start in milliseconds and share those pages; spawn where
            # forkserver is missing (not on Linux).
            methods = multiprocessing.get_all_start_methods()
            ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods
                                              else "spawn")
            if ctx.get_start_method() == "forkserver":
                ctx.set_forkserver_preload(_PRELOAD)
            self.size = min(self.n_workers, n_jobs or self.n_workers)
            self.pool = cf.ProcessPoolExecutor(max_workers=self.size, mp_context=ctx)
            self.warmups = [self.pool.submit(_preload) for _ in range(self.size)]
        return self.pool

    def close(self, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self.pool = None


def render_job(notebook: str, params: dict[str, Any], formats: tuple[str, ...], out_dir: str,
               cwd: str | None = None, environ: dict[str, str] | None = None,
               keep_warm: bool = True) -> dict[str, Any]:
    """Render one job; never raises, so one failure cannot take the pool down.

    `keep_warm=False` for the jobs at the end of the queue: the renderer then does not start
    a spare kernel for a next render that this worker will not get.
    """
    start = time.perf_counter()
    if environ is not None:
        os.environ.clear()
        os.environ.update(environ)
    if cwd is not None:
        os.chdir(cwd)
    try:
        from analysis.render import report

        if hasattr(report, "KEEP_WARM"):
            report.KEEP_WARM = keep_warm

        result = report.render(Path(notebook), params, formats=formats, out_dir=Path(out_dir))
    except Exception as exc:
        failed: dict[str, Any] = {"status": "failed", "seconds": time.perf_counter() - start,
                                  "cell": None, "error": f"{type(exc).__name__}: {exc}"}
        report_mod = sys.modules.get("analysis.render.report")
        if report_mod is not None and isinstance(exc, report_mod.NotebookFailed):
            failed["cell"] = exc.cell
            failed["error"] = str(exc.error)
        return failed
    outputs = {fmt: str(path) for fmt, path in result.outputs.items()}
    return {"status": "built", "seconds": time.perf_counter() - start, "outputs": outputs,
            "title": _title_of(outputs)}


def _title_of(outputs: dict[str, str]) -> str | None:
    """The briefing's title as the reader sees it: the HTML <title>."""
    page = outputs.get("html")
    if not page:
        return None
    try:
        head = Path(page).read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return None
    match = re.search(r"<title[^>]*>(.*?)</title>", head, re.S | re.I)
    if match is None:
        return None
    return html.unescape(re.sub(r"\s+", " ", match.group(1))).strip() or None


# --- the build ---------------------------------------------------------------------------------


@dataclass
class Outcome:
    job: Job
    status: str  # built | skipped | failed
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)  # format -> file name in out
    cell: Any = None
    error: str | None = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_build(jobs: int | None = None, force: bool = False,
              only: str | Sequence[str] | None = None, config: Path = Path("reports.toml"),
              out: Path = Path("reports")) -> int:
    """Build the report set; returns the exit status (0 ok, 1 a job failed, 2 bad set)."""
    from filelock import FileLock, Timeout

    out = Path(out)
    try:
        report_set = load_report_set(Path(config))
    except ConfigError as exc:
        print(f"briefing build: {exc}", file=sys.stderr)
        return 2
    if jobs is not None and jobs < 1:
        print("briefing build: --jobs must be at least 1", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out / LOCK_NAME))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        print(f"briefing build: another build is writing to {out}/; waiting for it to finish…",
              file=sys.stderr, flush=True)
        lock.acquire()
    try:
        return _build_locked(report_set, out, jobs or default_jobs(), force, only)
    except ConfigError as exc:
        print(f"briefing build: {exc}", file=sys.stderr)
        return 2
    except CorpusError as exc:
        # Nothing rendered, manifest and earlier outputs untouched.
        print(f"briefing build: {exc}", file=sys.stderr)
        return 1
    finally:
        lock.release()


class _Corpora:
    """Corpus content keys and the facts derived from each corpus, for one build.

    Facts (data date, regions with projects) depend on the corpus content and on the code
    that extracts them; they are remembered in the manifest under that pair so that a
    no-op build needs no table at all.
    """

    def __init__(self, manifest: dict[str, Any], code: str,
                 on_extract: Callable[[], Any] | None = None) -> None:
        self.manifest = manifest
        self.code = code
        self.keys: dict[Path, str] = {}
        self.warmed: set[Path] = set()
        self.on_extract = on_extract

    def key(self, corpus: Path) -> str:
        if corpus not in self.keys:
            if not corpus.is_dir():
                raise ConfigError(f"corpus folder {corpus} not found")
            self.keys[corpus] = corpus_fingerprint(corpus)
        return self.keys[corpus]

    def slot(self, corpus: Path) -> str:
        return f"{self.key(corpus)}-{self.code}"

    def info(self, corpus: Path) -> dict[str, Any]:
        known = self.manifest["corpora"].get(self.slot(corpus))
        return known if known is not None else self.warm(corpus)

    def warm(self, corpus: Path) -> dict[str, Any]:
        """Extract (or load from the on-disk cache) once in this process."""
        if corpus not in self.warmed:
            if self.slot(corpus) not in self.manifest["corpora"] and self.on_extract:
                # New corpus content or code: its jobs will be rendered, so let the workers
                # start and warm up on the other cores while this one extracts.
                self.on_extract()
            self.manifest["corpora"][self.slot(corpus)] = compute_corpus_info(corpus)
            self.warmed.add(corpus)
        return self.manifest["corpora"][self.slot(corpus)]


def _build_locked(report_set: ReportSet, out: Path, n_workers: int, force: bool,
                  only: str | Sequence[str] | None) -> int:
    started = time.perf_counter()
    manifest = read_manifest(out)
    code = code_version()
    workers = _Workers(n_workers)
    corpora = _Corpora(manifest, code, on_extract=workers.start)
    try:
        return _build_jobs(report_set, out, force, only, manifest, code, corpora, workers,
                           started)
    except BaseException:
        workers.close(cancel=True)
        raise
    finally:
        workers.close()


def _build_jobs(report_set: ReportSet, out: Path, force: bool,
                only: str | Sequence[str] | None, manifest: dict[str, Any], code: str,
                corpora: _Corpora, workers: _Workers, started: float) -> int:
    all_jobs = expand(report_set, corpora.info)
    for job in all_jobs:
        if job.corpus is not None:
            corpora.key(job.corpus)
        job.render_params = _render_params(job)
        job.input_hash = job_hash(job, corpora.keys, code)
        entry = manifest["jobs"].get(job.key, {})
        if entry.get("hash") == job.input_hash:
            job.name = entry.get("name", "")

    report_mod = None
    if any(not job.name for job in all_jobs):
        # A job whose inputs changed (or never built): its output stem comes from the
        # renderer, which this build is about to need anyway.
        from analysis.render import report as report_mod

        for job in all_jobs:
            if not job.name:
                job.name = report_mod.output_stem(job.notebook, job.render_params)
    seen: dict[str, Job] = {}
    for job in all_jobs:
        other = seen.setdefault(job.name, job)
        if other is not job:
            raise ConfigError(f"two reports write the same files {job.name}.*: "
                              f"{_describe(other)} and {_describe(job)} (a parameter equal to "
                              "the notebook's default does not change the output name)")
    selected = [job for job in all_jobs if _matches(job, only)]
    if only and not selected:
        print(f"briefing build: no job matches {only!r}; jobs are: "
              + ", ".join(job.name for job in all_jobs), file=sys.stderr)
        return 2

    outcomes: dict[str, Outcome] = {}
    todo: list[Job] = []
    for job in selected:
        entry = manifest["jobs"].get(job.key)
        if not force and _up_to_date(entry, job, out):
            outcomes[job.key] = Outcome(job, "skipped", 0.0, dict(entry["outputs"]))
        else:
            todo.append(job)

    if todo:
        if report_mod is None:
                from analysis.render import report as report_mod
        _render_all(todo, out, workers, manifest, outcomes, corpora, report_mod)

    if not only:
        # Jobs gone from the set are forgotten (their files stay: never delete a report).
        wanted = {job.key for job in all_jobs}
        manifest["jobs"] = {k: v for k, v in manifest["jobs"].items() if k in wanted}
    live = {corpora.slot(c) for c in corpora.keys}
    manifest["corpora"] = {k: v for k, v in manifest["corpora"].items() if k in live}
    write_manifest(out, manifest)
    write_index(out, all_jobs, manifest)

    ordered = [outcomes[job.key] for job in selected if job.key in outcomes]
    print_summary(ordered, time.perf_counter() - started)
    return 1 if any(o.status == "failed" for o in ordered) else 0


def _describe(job: Job) -> str:
    return " ".join([job.notebook_rel, *(f"{k}={v}" for k, v in job.params.items())])


def _matches(job: Job, only: str | Sequence[str] | None) -> bool:
    if not only:
        return True
    patterns = [only] if isinstance(only, str) else list(only)
    # the output stem, the notebook, or the parameters as written ("*Кемеровская*")
    names = (job.name, job.notebook_rel, Path(job.notebook_rel).stem, _describe(job))
    return any(fnmatch.fnmatchcase(n, p) for p in patterns for n in names)


def _render_all(todo: list[Job], out: Path, workers: _Workers, manifest: dict[str, Any],
                outcomes: dict[str, Outcome], corpora: _Corpora, report_mod: Any) -> None:
    import concurrent.futures as cf

    from tqdm import tqdm

    # Bad parameters fail here, before any kernel starts, and only that job fails.
    runnable: list[Job] = []
    for job in todo:
        try:
            report_mod.validate_params(job.notebook, job.render_params)
        except report_mod.ParameterError as exc:
            outcomes[job.key] = Outcome(job, "failed", error=f"bad parameters: {exc}")
        else:
            runnable.append(job)
    if not runnable:
        return

    # Longest jobs first (by their last render time) keeps both cores busy to the end.
    runnable.sort(key=lambda j: -float(manifest["jobs"].get(j.key, {}).get("seconds", 0)))
    pool = workers.start(len(runnable))
    # Workers warm up while this process extracts the corpora (once each, into the cache
    # that every notebook reads).
    for corpus in dict.fromkeys(j.corpus for j in runnable if j.corpus is not None):
        corpora.warm(corpus)
    # The fork server outlives this build in a long-lived process (tests), and a worker
    # inherits the server's folder and environment, not ours: hand both over with each job.
    here, environ = os.getcwd(), dict(os.environ)
    # The queue is first in, first out: a worker that runs one of the last `size` jobs gets
    # no other after it, so those need no spare kernel (the renderer's KEEP_WARM).
    last = len(runnable) - workers.size
    futures = {
        pool.submit(render_job, str(job.notebook), job.render_params, job.formats,
                    str(out.resolve()), here, environ, i < last): job
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
                result = {"status": "failed", "seconds": 0.0, "cell": None,
                          "error": f"worker process failed: {type(exc).__name__}: {exc}"}
            outcome = _record(job, result, out, manifest, corpora)
            outcomes[job.key] = outcome
            if interactive:
                bar.set_postfix_str(job.name[-40:], refresh=False)
                bar.update()
            else:
                print(f"[{done}/{len(futures)}] {outcome.status} {job.name} "
                      f"({outcome.seconds:.1f} s)", file=sys.stderr, flush=True)
            # Written after every job: an interrupted build keeps what it finished.
            write_manifest(out, manifest)


def _record(job: Job, result: dict[str, Any], out: Path, manifest: dict[str, Any],
            corpora: _Corpora) -> Outcome:
    if result["status"] != "built":
        return Outcome(job, "failed", result["seconds"], cell=result.get("cell"),
                       error=result.get("error"))
    outputs = {fmt: Path(os.path.relpath(path, out.resolve())).as_posix()
               for fmt, path in result["outputs"].items()}
    manifest["jobs"][job.key] = {
        "name": job.name,
        "hash": job.input_hash,
        "notebook": job.notebook_rel,
        "params": job.params,
        "formats": list(job.formats),
        "outputs": outputs,
        "title": result.get("title") or job.params.get("title") or job.name,
        "data_as_of": corpora.info(job.corpus)["data_as_of"] if job.corpus else None,
        "seconds": round(result["seconds"], 2),
    }
    return Outcome(job, "built", result["seconds"], outputs)


# --- summary -----------------------------------------------------------------------------------


def print_summary(outcomes: Sequence[Outcome], seconds: float, stream: Any = None) -> None:
    """A plain table on stdout — what a CI log shows — then one line per failure."""
    stream = stream or sys.stdout
    rows = [("job", "status", "seconds", "outputs")]
    for o in outcomes:
        files = ", ".join(o.outputs[k] for k in sorted(o.outputs)) if o.outputs else "-"
        secs = f"{o.seconds:.1f}" if o.status != "skipped" else "-"
        rows.append((o.job.name, o.status, secs, files))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for i, r in enumerate(rows):
        print(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}", file=stream)
        if i == 0:
            print("-" * (sum(widths) + 6 + max(len(x[3]) for x in rows)), file=stream)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("built", "skipped", "failed")}
    print(f"{len(outcomes)} job(s): {counts['built']} built, {counts['skipped']} skipped "
          f"(up to date), {counts['failed']} failed in {seconds:.1f} s", file=stream)
    for o in outcomes:
        if o.status == "failed":
            where = f"cell {o.cell}" if o.cell is not None else "before execution"
            error = str(o.error).strip().replace("\n", "\n    ")
            print(f"FAILED {o.job.name} ({o.job.notebook_rel}), {where}: {error}", file=stream)
    stream.flush()


# --- the landing page --------------------------------------------------------------------------

_INDEX_CSS = """
body{font:16px/1.5 "DejaVu Serif",Georgia,serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;
padding:0 1rem}
h1{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;font-size:1.6rem;margin:0 0 .25rem}
p.lead{color:#555;margin:0 0 1.5rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid #ddd}
th{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;font-size:.8rem;text-transform:uppercase;
letter-spacing:.04em;color:#555;border-bottom:2px solid #1a1a1a}
td.title a{font-weight:bold;color:#1a1a1a}
code{font-size:.85em;background:#f3f3f3;padding:0 .2em}
td.links a{margin-right:.6em;color:#1f4e79}
td.date{white-space:nowrap}
@media print{td.links{display:none}}
""".strip()


def render_index(rows: Iterable[dict[str, Any]]) -> str:
    """The landing page: every briefing with its title, parameters, data date and files.

    Self-contained (inline CSS, no script, nothing fetched), every text escaped, and no
    clock time in it, so that the same manifest always gives the same bytes.
    """
    esc = html.escape
    body = []
    for row in rows:
        outputs = row.get("outputs", {})
        params = row.get("params", {})
        shown = ", ".join(f"<code>{esc(str(k))}={esc(str(v))}</code>"
                          for k, v in sorted(params.items())) or "—"
        main_link = outputs.get("html") or outputs.get("pdf") or outputs.get("ipynb")
        title = esc(row.get("title") or row.get("name", ""))
        if main_link:
            title = f'<a href="{esc(_href(main_link))}">{title}</a>'
        links = " ".join(
            f'<a href="{esc(_href(outputs[fmt]))}">{label}</a>'
            for fmt, label in (("html", "HTML"), ("pdf", "PDF"), ("ipynb", "Notebook"))
            if fmt in outputs)
        body.append(
            f'<tr><td class="title">{title}<br><small>{esc(row.get("name", ""))}</small></td>'
            f"<td>{shown}</td><td class=\"date\">{esc(row.get('data_as_of') or '—')}</td>"
            f'<td class="links">{links}</td></tr>')
    rows_html = "\n".join(body) or '<tr><td colspan="4">No briefing has been built yet.</td></tr>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Briefings: Russia–Belarus industrial cooperation</title>
<style>
{_INDEX_CSS}
</style>
</head>
<body>
<h1>Briefings: Russia–Belarus industrial cooperation</h1>
<p class="lead">Every briefing of the report set. “Data as of” is the latest publication
date in the corpus the briefing was built from.</p>
<table>
<thead><tr><th>Briefing</th><th>Parameters</th><th>Data as of</th><th>Files</th></tr></thead>
<tbody>
{rows_html}
</tbody>
</table>
</body>
</html>
"""


def _href(rel: str) -> str:
    from urllib.parse import quote

    # Output names may hold Cyrillic or spaces: percent-encode for the href.
    return quote(Path(rel).as_posix())


def write_index(out: Path, jobs: Sequence[Job], manifest: dict[str, Any]) -> Path:
    """Write <out>/index.html for the jobs of the set that have a good render on disk."""
    rows = []
    for job in jobs:
        entry = manifest["jobs"].get(job.key)
        if not entry:
            continue
        outputs = dict(entry.get("outputs", {}))
        if "ipynb" not in outputs and (out / f"{entry['name']}.ipynb").is_file():
            outputs["ipynb"] = f"{entry['name']}.ipynb"
        outputs = {k: v for k, v in outputs.items() if (out / v).is_file()}
        if outputs:
            rows.append({**entry, "outputs": outputs})
    path = out / INDEX_NAME
    text = render_index(rows)
    try:
        if path.read_text(encoding="utf-8") == text:
            return path  # unchanged: leave the file (and its mtime) alone
    except OSError:
        pass
    atomic.write(path, text)
    return path


# --- command line ------------------------------------------------------------------------------


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
