"""Rendering: a parameterised notebook → executed record, HTML and PDF (shaped like papermill).

`exceptions` (errors), `params` (the parameters cell, coercion, checks), `preflight` (the
output folder and the corpus, checked before the notebook runs), `naming` (output names),
`kernels` (the kernel pool) and `connection` (its connection files), `execute` (papermill),
`export` (HTML, PDF) and `render` (the whole pipeline and `briefing render`).
"""

from analysis.render.connection import remove_stale as remove_stale_connection_files
from analysis.render.exceptions import EmptyCorpus, NotebookFailed, OutputError, ParameterError, ReportError
from analysis.render.export import to_html, to_pdf
from analysis.render.kernels import KernelPool
from analysis.render.naming import output_stem, slugify
from analysis.render.params import (
    CheckedParams,
    Declared,
    NotebookParams,
    check_notebook_params,
    check_params,
    notebook_parameters,
    parse_cli_params,
    validate_params,
)
from analysis.render.render import (
    FORMATS,
    RenderResult,
    main,
    render,
    run_render_command,
    shared_pool,
)

__all__ = ["FORMATS", "CheckedParams", "Declared", "EmptyCorpus", "KernelPool", "NotebookFailed",
           "NotebookParams", "OutputError", "ParameterError", "RenderResult", "ReportError",
           "check_notebook_params", "check_params", "main", "notebook_parameters",
           "output_stem", "parse_cli_params", "remove_stale_connection_files", "render",
           "run_render_command", "shared_pool", "slugify", "to_html", "to_pdf", "validate_params"]
