"""The report set: one TOML file (``reports.toml`` at the repo root) → the jobs of a build.

    load_report_set(path) -> ReportSet
    expand(report_set, corpus_info) -> list[Job]

The file::

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
``regions_with_projects`` is every Russian region (official name) with at least one
project in the corpus's cached projects table. A job is named by its output stem
(``render.output_stem``: ``briefing--region-kemerovskaya-oblast``); ``--only PATTERN`` is a
glob on that name, on the notebook path, or on ``notebook k=v ...`` as declared.
Standard library only: a build with nothing to do must start fast.
"""

from __future__ import annotations

import fnmatch
import itertools
import json
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.nearest import closest

KNOWN_FORMATS = ("html", "pdf")
# Values of `for_each` computed from the corpus rather than listed in the file.
EXPANSIONS = ("regions_with_projects",)
REPORT_KEYS = {"notebook", "params", "formats", "for_each"}
DEFAULTS_KEYS = {"params", "formats"}
# The tables of the file itself: a misspelled `[defualts]` is refused, not ignored.
TOP_KEYS = {"defaults", "report"}


class ConfigError(Exception):
    """The report set file cannot be used (exit status 2)."""


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
    render_params: dict[str, Any] = field(default_factory=dict)  # what render() gets
    key: str = ""
    name: str = ""  # output stem, e.g. "briefing--lang-ru"
    input_hash: str = ""

    def describe(self) -> str:
        """``notebooks/briefing.ipynb lang=ru region=…``: the job as the set declares it."""
        return " ".join([self.notebook_rel, *(f"{k}={v}" for k, v in self.params.items())])

    def matches(self, only: str | Sequence[str] | None) -> bool:
        """Whether `--only` selects this job (no pattern: every job)."""
        if not only:
            return True
        patterns = [only] if isinstance(only, str) else list(only)
        # the output stem, the notebook, or the parameters as written ("*Кемеровская*")
        names = (self.name, self.notebook_rel, Path(self.notebook_rel).stem, self.describe())
        return any(fnmatch.fnmatchcase(n, p) for p in patterns for n in names)


def _formats(value: Any, config: Path, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not value:
        # a format name alone is accepted as well as a list (`formats = "html"`): say both
        raise ConfigError(f"{config}: {where}: formats={value!r}: give a format name or a "
                          f"non-empty list of them, from {list(KNOWN_FORMATS)} "
                          '(formats = "html" or formats = ["html", "pdf"])')
    bad = [f for f in value if f not in KNOWN_FORMATS]
    if bad:
        raise ConfigError(f"{config}: {where}: unknown format(s) {bad}; use {list(KNOWN_FORMATS)}")
    return tuple(dict.fromkeys(value))


def _nearby(notebook: Path) -> str:
    """«; did you mean trade_volumes.ipynb?», or the notebooks of its folder, or ""
    (a new user's `trade_volume.ipynb`, session 26, was only «not found»)."""
    folder = notebook.parent
    found = sorted(p.name for p in folder.glob("*.ipynb")) if folder.is_dir() else []
    close = closest(notebook.name, found)
    if close:
        return f"; did you mean {close}?"
    return f"; {folder} holds {', '.join(found)}" if found else ""


def _unknown_keys(table: dict[str, Any], known: set[str], where: str) -> str:
    """«[defaults]: unknown key(s) parmas (did you mean params?), fromats (did you mean
    formats?)», or "" when every key is known. A misspelled key in `[defaults]` was ignored
    silently (session 36: `parmas = { corpus = … }` built the seeds instead of the user's
    corpus, exit 0); every unknown key of the table is named, each with its nearest known key."""
    unknown = sorted(set(table) - known)
    if not unknown:
        return ""
    named = []
    for key in unknown:
        close = closest(key, sorted(known))
        named.append(f"{key} (did you mean {close}?)" if close else key)
    return f"{where}: unknown key(s) {', '.join(named)}; use {', '.join(sorted(known))}"


def _check_keys(data: dict[str, Any], config: Path) -> None:
    """Refuse, naming the file, every table and every key, what the set does not know."""
    problems = [_unknown_keys(data, TOP_KEYS, "top level")]
    defaults = data.get("defaults", {})
    if isinstance(defaults, dict):
        problems.append(_unknown_keys(defaults, DEFAULTS_KEYS, "[defaults]"))
    reports = data.get("report", [])
    for i, rep in enumerate(reports if isinstance(reports, list) else [], 1):
        if isinstance(rep, dict):
            problems.append(_unknown_keys(rep, REPORT_KEYS, f"report #{i}"))
    found = [p for p in problems if p]
    if found:
        raise ConfigError(f"{config}: " + f"\n{config}: ".join(found))


def _entry(rep: dict[str, Any], where: str, config: Path, root: Path,
           default_params: dict[str, Any], default_formats: tuple[str, ...]) -> Entry:
    if "notebook" not in rep:
        raise ConfigError(f"{config}: {where} has no notebook")
    nb = (root / rep["notebook"]).resolve()
    if not nb.is_file():
        raise ConfigError(f"{config}: {where}: notebook {rep['notebook']} not found "
                          f"({nb}; paths are relative to the report set's folder){_nearby(nb)}")
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
    return Entry(notebook=nb, notebook_rel=rel,
                 params=tuple({**default_params, **p} for p in sets),
                 formats=_formats(rep.get("formats", default_formats), config, where),
                 for_each=dict(for_each))


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
    _check_keys(data, config)
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise ConfigError(f"{config}: defaults must be a table ([defaults])")
    default_formats = _formats(defaults.get("formats", list(KNOWN_FORMATS)), config, "defaults")
    default_params = defaults.get("params", {})
    if not isinstance(default_params, dict):
        raise ConfigError(f"{config}: [defaults] params must be a table")
    reports = data.get("report", [])
    if not isinstance(reports, list) or not reports:
        raise ConfigError(f"{config}: declares no [[report]]")
    entries = tuple(_entry(rep, f"report #{i}", config, root, default_params, default_formats)
                    for i, rep in enumerate(reports, 1))
    return ReportSet(root=root, entries=entries)


def corpus_dir(root: Path, params: dict[str, Any]) -> Path | None:
    """The corpus folder a parameter set names (relative to the set's folder)."""
    if "corpus" not in params:
        return None
    path = Path(str(params["corpus"])).expanduser()
    return (path if path.is_absolute() else root / path).resolve()


def job_key(job: Job) -> str:
    """A job's identity in the manifest: the notebook and its declared parameters."""
    return job.notebook_rel + "?" + json.dumps(job.params, sort_keys=True, ensure_ascii=False)


def expand(report_set: ReportSet, corpus_info: Callable[[Path], dict[str, Any]]) -> list[Job]:
    """Every job of the set, in file order; duplicates merged (their formats united).

    `corpus_info(corpus_dir)` returns the facts computed from a corpus (see
    `corpora.compute_corpus_info`); it is called only for reports with a computed `for_each`.
    """
    jobs: dict[str, Job] = {}
    for entry in report_set.entries:
        for base in entry.params:
            corpus = corpus_dir(report_set.root, base)
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
                job = Job(notebook=entry.notebook, notebook_rel=entry.notebook_rel,
                          params=params, formats=entry.formats, corpus=corpus)
                job.key = job_key(job)
                if job.key in jobs:
                    known = jobs[job.key]
                    known.formats = tuple(dict.fromkeys(known.formats + job.formats))
                else:
                    jobs[job.key] = job
    return list(jobs.values())


def render_params(job: Job) -> dict[str, Any]:
    """The parameters the kernel gets: the corpus as a path that works from here.

    The set names the corpus relative to the TOML file; the kernel resolves it from the
    current folder (`config.resolve_corpus`). Keep the short name when both agree, so
    that output names and the title block stay as declared.
    """
    params = dict(job.params)
    if job.corpus is not None:
        declared = Path(str(params["corpus"])).expanduser()
        if declared.is_absolute() or declared.resolve() != job.corpus:
            params["corpus"] = str(job.corpus)
    return params
