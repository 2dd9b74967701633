"""Building the report set: `briefing build` (parallel, incremental, reproducible).

`reportset` (the TOML set → jobs), `manifest` (input hashes, what is up to date),
`corpora` (one extraction per corpus), `workers` (the render processes), `index` (the
landing page), `summary` (the printed table) and `runner` (`run_build`).
"""

from analysis.build.corpora import CorpusError, compute_corpus_info
from analysis.build.index import INDEX_NAME, render_index, write_index
from analysis.build.manifest import MANIFEST_NAME, MANIFEST_VERSION, read_manifest, write_manifest
from analysis.build.reportset import (
    ConfigError,
    Job,
    ReportSet,
    expand,
    load_report_set,
    render_params,
)
from analysis.build.runner import LOCK_NAME, main, run_build
from analysis.build.summary import Outcome, print_summary

__all__ = ["INDEX_NAME", "LOCK_NAME", "MANIFEST_NAME", "MANIFEST_VERSION", "ConfigError",
           "CorpusError", "Job", "Outcome", "ReportSet", "compute_corpus_info", "expand",
           "load_report_set", "main", "print_summary", "read_manifest", "render_index",
           "render_params", "run_build", "write_index", "write_manifest"]
