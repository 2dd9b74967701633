"""Render a parameterised notebook into a briefing: executed .ipynb, HTML and PDF.

    render(notebook, params, formats=("html", "pdf"), out_dir=Path("reports")) -> RenderResult
    validate_params(notebook, params) -> dict       # raises ParameterError; touches nothing
    output_stem(notebook, params) -> str            # "<notebook>[--<param>-<value>...]"
    run_render_command(notebook, params, formats, out) -> int   # what `briefing render` calls

Pipeline, all in one process so that start-up is paid once (the naive chain
papermill → jupyter nbconvert → weasyprint starts three interpreters):

1. validate the parameters against the notebook's own `parameters` cell (papermill's
   inspection), coercing command-line strings to the declared types;
2. papermill executes the notebook in a fresh `python3` kernel with cwd = the notebook's
   folder (as JupyterLab does), so `corpus="seeds"` resolves the same way in both;
3. nbconvert's HTMLExporter with our template (`templates/briefing`): outputs only, no code,
   no prompts, no scripts, CSS inlined, images as data URIs;
4. WeasyPrint turns that same HTML into an A4 PDF;
5. every file is written to a temporary file in the output folder and renamed over the old
   one only after all formats have been produced, so a failure leaves earlier good files as
   they were.

Start-up is most of a render's cost, so: heavy libraries (papermill, nbconvert, weasyprint)
are imported lazily (`import analysis.report` stays cheap for the CLI) and kept for the
life of the process; the kernel starts in the background (and imports pandas, matplotlib
and the package) while this process validates the parameters and imports nbconvert and
WeasyPrint; and after a notebook has run, the kernel for the next render of the same
process is started while this one is turned into HTML and PDF, so a build worker rendering
many briefings never waits for a kernel. Set `report.KEEP_WARM = False` to disable that
spare kernel; the CLI does so for its single render.
"""

from __future__ import annotations

import ast
import atexit
import contextlib
import hashlib
import json
import os
import re
import sys
import threading
import time
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import atomic
from analysis.config import find_corpus
from analysis.lang.translit import translit
from analysis.vocab import CURRENCIES, LANGS

TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates"
TEMPLATE_NAME = "briefing"
FORMATS = ("html", "pdf")
KERNEL_NAME = "python3"
# Output metadata key through which a notebook's title block hands the title, language and
# data coverage to the template (see analysis.briefing.TitleBlock).
META_KEY = "analysis"
# papermill/nbclient metadata that changes on every run; dropped from the kept .ipynb so a
# re-render with unchanged inputs writes the same bytes.
_VOLATILE_CELL_META = ("execution", "papermill")
_VOLATILE_NB_META = ("start_time", "end_time", "duration", "exception", "input_path",
                     "output_path")



def _skip_rfc3987_grammar() -> None:
    """Keep jsonschema from compiling its RFC 3987 grammar in this process.

    nbformat → jsonschema → `rfc3987_syntax`, which builds a Lark parser at import time:
    about 0.9 s, a sixth of a whole render, spent on checks for jsonschema's optional
    "iri"/"uri-reference" formats. The notebook schema uses neither, so the renderer marks
    the module as unavailable (jsonschema then simply skips those two format checks) unless
    something in the process has already imported it.
    """
    if "rfc3987_syntax" not in sys.modules and "jsonschema" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]


# ---------------------------------------------------------------------------------------
# Errors and results


class ReportError(Exception):
    """Base class for rendering errors."""


class ParameterError(ReportError, ValueError):
    """Parameters rejected before anything ran. The message lists the valid parameters."""

    def __init__(self, notebook: str | Path, problems: Sequence[str],
                 declared: Mapping[str, Declared] | None = None) -> None:
        self.notebook = Path(notebook)
        self.problems = list(problems)
        self.declared = dict(declared or {})
        lines = [f"{self.notebook}: " + "; ".join(self.problems)]
        if self.declared:
            lines.append(f"Valid parameters of {self.notebook.name}:")
            lines += [f"  {d.describe()}" for d in self.declared.values()]
        elif declared is not None:
            lines.append(f"{self.notebook.name} declares no parameters (no cell tagged "
                         "'parameters').")
        super().__init__("\n".join(lines))


class NotebookFailed(ReportError):
    """Execution of the notebook failed; no output file was written or replaced."""

    def __init__(self, notebook: str | Path, cell: int | None, error: str,
                 source: str = "", traceback: str = "") -> None:
        self.notebook = Path(notebook)
        self.cell = cell  # index in the notebook as stored (the injected cell not counted)
        self.error = error
        self.source = source
        self.traceback = traceback
        first = next((ln.strip() for ln in source.splitlines() if ln.strip()), "")
        if len(first) > 80:
            first = first[:77] + "..."
        where = "execution" if cell is None else f"cell {cell}"
        if first:
            where += f" (`{first}`)"
        super().__init__(f"{self.notebook}: {where} failed: {error}")


@dataclass(frozen=True)
class RenderResult:
    notebook: Path
    params: dict[str, Any]
    outputs: dict[str, Path]  # format ("ipynb", "html", "pdf") → file
    seconds: float


@dataclass(frozen=True)
class Declared:
    """One parameter of a notebook's `parameters` cell, as papermill infers it."""

    name: str
    type: str  # the annotation as written ("str", "int", "int | None"), "" when absent
    default: Any
    help: str = ""
    default_repr: str = field(default="", compare=False)

    def describe(self) -> str:
        text = f"{self.name}: {self.type or 'any'} = {self.default_repr or repr(self.default)}"
        return f"{text}  # {self.help}" if self.help else text


# ---------------------------------------------------------------------------------------
# Parameters


_declared_cache: dict[tuple[str, int, int], dict[str, Declared]] = {}


def notebook_parameters(notebook: str | Path) -> dict[str, Declared]:
    """The parameters a notebook declares, in the order of its `parameters` cell.

    Raises ParameterError when the notebook cannot be read; a notebook without a
    `parameters` cell simply declares nothing (empty dict). Cached per file version, since
    papermill's inspection re-reads the notebook each time."""
    path = Path(notebook)
    try:
        st = path.stat()
    except OSError as exc:
        raise ParameterError(path, [f"notebook not found ({exc.strerror})"]) from None
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key in _declared_cache:
        return _declared_cache[key]
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ParameterError(path, [f"cannot read notebook: {exc}"]) from None
    cells = nb.get("cells", [])
    if not any("parameters" in c.get("metadata", {}).get("tags", []) for c in cells):
        declared: dict[str, Declared] = {}
    else:
        _skip_rfc3987_grammar()
        from papermill.inspection import inspect_notebook  # lazy: ~0.4 s of imports

        declared = {}
        for name, p in inspect_notebook(str(path)).items():
            type_name = "" if p["inferred_type_name"] == "None" else p["inferred_type_name"]
            declared[name] = Declared(name, type_name, _literal(p["default"]), p["help"],
                                      p["default"])
    _declared_cache[key] = declared
    return declared


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off"}


def _coerce(value: Any, type_name: str) -> Any:
    """Coerce `value` to the declared type; command-line values arrive as strings.

    Raises ValueError/TypeError with a short reason."""
    alternatives = [t.strip() for t in re.split(r"\||,", re.sub(r"^Optional\[(.*)\]$",
                                                                  r"\1 | None", type_name))]
    alternatives = [t for t in alternatives if t]
    if not alternatives:
        return value  # no annotation: papermill passes it through as is
    if value is None or (isinstance(value, str) and value.strip() in ("None", "none", "null")):
        if "None" in alternatives:
            return None
        if value is None:
            raise TypeError(f"expected {type_name}, got None")
    for t in alternatives:
        if t == "str" and isinstance(value, str):
            return value
        if t == "int":
            if isinstance(value, bool):
                continue
            if isinstance(value, int):
                return value
            if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
                return int(value)
            if isinstance(value, float) and value.is_integer():
                return int(value)
        if t == "float":
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
            if isinstance(value, str):
                with contextlib.suppress(ValueError):
                    return float(value.replace(",", "."))
        if t == "bool":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
                return value.strip().lower() in _TRUE
    raise TypeError(f"expected {type_name}, got {type(value).__name__} {value!r}")


def _check_semantics(name: str, value: Any, problems: list[str], notebook: Path) -> Any:
    """Domain checks for the parameters our notebooks share; returns the normalised value."""
    if name == "lang":
        if value not in LANGS:
            problems.append(f"lang={value!r}: expected one of {', '.join(LANGS)}")
    elif name == "currency" and isinstance(value, str):
        code = value.strip().upper()
        if code not in CURRENCIES:
            problems.append(f"currency={value!r}: unknown currency; expected one of "
                            f"{', '.join(CURRENCIES)}")
        return code
    elif name == "region" and isinstance(value, str) and value.strip():
        from analysis.entities import normalize_region

        if normalize_region(value.strip()) is None:
            problems.append(f"region={value!r}: not a Russian region (try the official name, "
                            "e.g. «Кемеровская область», or a common form such as «Кузбасс»)")
    elif name in ("year_from", "year_to") and isinstance(value, int) and value:
        if not 1900 <= value <= 2100:
            problems.append(f"{name}={value}: expected a year (1900–2100) or 0 for no bound")
    elif (name == "corpus" and isinstance(value, str)
          and find_corpus(value, notebook.resolve().parent) is None):
        # The kernel runs in the notebook's folder and finds the corpus from there upwards.
        problems.append(f"corpus={value!r}: no such folder here or above {notebook.parent}")
    return value


def validate_params(notebook: str | Path, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check `params` against the notebook's parameters cell; return them coerced.

    Unknown names, values that do not fit the declared type, an unknown region, currency or
    language, a corpus that cannot be found: all are reported together in one ParameterError
    whose message lists the valid parameters. Nothing is executed or written.
    """
    params = dict(params or {})
    declared = notebook_parameters(notebook)
    problems: list[str] = []
    out: dict[str, Any] = {}
    for name, value in params.items():
        d = declared.get(name)
        if d is None:
            problems.append(f"unknown parameter {name!r}")
            continue
        try:
            value = _coerce(value, d.type)
        except (TypeError, ValueError) as exc:
            problems.append(f"{name}={value!r}: {exc}")
            continue
        out[name] = _check_semantics(name, value, problems, Path(notebook))
    # the pair only makes sense together
    yf = out.get("year_from", declared["year_from"].default if "year_from" in declared else 0)
    yt = out.get("year_to", declared["year_to"].default if "year_to" in declared else 0)
    if isinstance(yf, int) and isinstance(yt, int) and yf and yt and yf > yt:
        problems.append(f"year_from={yf} is after year_to={yt}")
    if problems:
        raise ParameterError(notebook, problems, declared)
    return out


# ---------------------------------------------------------------------------------------
# Output names

_SLUG_MAX = 40


def slugify(value: Any) -> str:
    """ASCII, lower-case, `[a-z0-9-]` only; Cyrillic transliterated so that names survive
    e-mail, zip files and CI artifact stores. Long or empty slugs get a short hash so two
    different values never share a name."""
    text = str(value).strip().lower()
    text = translit(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    digest = hashlib.sha1(str(value).encode("utf-8")).hexdigest()[:6]
    if not slug:
        return digest
    if len(slug) > _SLUG_MAX:
        return slug[:_SLUG_MAX].rstrip("-") + "-" + digest
    return slug


def output_stem(notebook: str | Path, params: Mapping[str, Any] | None) -> str:
    """`<notebook>[--<param>-<value>...]`: non-default parameters in the order the notebook
    declares them (unknown names last, sorted), values slugified."""
    name = Path(notebook).stem
    params = dict(params or {})
    try:
        declared = notebook_parameters(notebook)
    except ParameterError:
        declared = {}
    order = [n for n in declared if n in params] + sorted(n for n in params if n not in declared)
    parts = [name]
    for n in order:
        value = params[n]
        d = declared.get(n)
        if d is not None:
            with contextlib.suppress(TypeError, ValueError):
                value = _coerce(value, d.type)
            if n == "currency" and isinstance(value, str):
                value = value.upper()
            if value == d.default:
                continue
        parts.append(f"{n}-{slugify(value)}")
    return "--".join(parts)


# ---------------------------------------------------------------------------------------
# Execution


# ---------------------------------------------------------------------------------------
# Kernels
#
# Starting a kernel (a new interpreter importing ipykernel) and the notebook's first imports
# (pandas, matplotlib, the package) take over a second, and the renderer would otherwise sit
# idle through both. So the kernel for a render is started in a background thread as soon
# as render() is called (overlapping validation), and once a notebook has executed, the
# kernel for the *next* render of this process is started — and its heavy imports done —
# while this one is turned into HTML and PDF. Every notebook still runs top to bottom in a
# kernel of its own; a spare kernel is only used by a render with the same working
# directory and environment it was started with.

KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]  # its start/shutdown chatter is CI noise
PREIMPORT = "import pandas, matplotlib.figure, analysis.briefing, analysis.charts"
KEEP_WARM = True  # start a spare kernel for the next render (off for one-shot CLI use)


@dataclass
class _Kernel:
    key: tuple[str, int]
    thread: threading.Thread
    km: Any = None
    error: BaseException | None = None

    def ready(self) -> Any:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.km

    def shutdown(self) -> None:
        def stop() -> None:
            with contextlib.suppress(BaseException):
                self.thread.join()
                if self.km is not None:
                    from jupyter_core.utils import run_sync

                    run_sync(self.km.shutdown_kernel)(now=True)

        threading.Thread(target=stop, name="briefing-kernel-stop", daemon=True).start()


_spare: _Kernel | None = None
_spare_lock = threading.Lock()


def _kernel_key(cwd: Path) -> tuple[str, int]:
    # the kernel inherits the environment at start (BRIEFING_CACHE, PYTHONPATH, ...)
    return (str(cwd.resolve()), hash(tuple(sorted(os.environ.items()))))


def _start_kernel(cwd: Path, preimport: bool) -> _Kernel:
    kernel = _Kernel(_kernel_key(cwd), threading.Thread())
    env = dict(os.environ)  # snapshot now: the key above describes exactly this environment

    def work() -> None:
        try:
            _skip_rfc3987_grammar()
            from jupyter_client.manager import AsyncKernelManager
            from jupyter_core.utils import run_sync

            km = AsyncKernelManager(kernel_name=KERNEL_NAME)
            run_sync(km.start_kernel)(cwd=str(cwd), env=env, extra_arguments=list(KERNEL_ARGS))
            kernel.km = km
            if preimport:
                from jupyter_client.blocking import BlockingKernelClient

                kc = BlockingKernelClient()
                kc.load_connection_info(km.get_connection_info())
                kc.start_channels()
                try:
                    kc.wait_for_ready(timeout=60)
                    # silent: no execution count, no output, nothing in the notebook
                    kc.execute_interactive(PREIMPORT, silent=True, timeout=120,
                                           store_history=False)
                finally:
                    kc.stop_channels()
        except BaseException as exc:  # reported to the render that uses this kernel
            kernel.error = exc

    kernel.thread = threading.Thread(target=work, name="briefing-kernel-start", daemon=True)
    kernel.thread.start()
    return kernel


def _take_kernel(cwd: Path) -> _Kernel:
    """The spare kernel if it fits this render, else a kernel starting now."""
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None:
        if spare.key == _kernel_key(cwd):
            return spare
        spare.shutdown()
    # pre-importing pays off even here: it overlaps validation (region names load
    # morphology dictionaries) and the papermill set-up in this process
    return _start_kernel(cwd, preimport=True)


def _prepare_spare(cwd: Path) -> None:
    global _spare
    if not KEEP_WARM:
        return
    with _spare_lock:
        if _spare is None:
            _spare = _start_kernel(cwd, preimport=True)


@atexit.register
def _drop_spare() -> None:
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None:
        with contextlib.suppress(BaseException):
            spare.thread.join(timeout=10)
            if spare.km is not None:
                from jupyter_core.utils import run_sync

                run_sync(spare.km.shutdown_kernel)(now=True)


def execute(notebook: Path, params: Mapping[str, Any], timeout: int = 600,
            kernel: _Kernel | None = None):
    """Execute with papermill in a fresh kernel (cwd = the notebook's folder); return the
    executed NotebookNode or raise NotebookFailed. Writes nothing."""
    _skip_rfc3987_grammar()
    import logging

    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    # papermill warns about every parameter it cannot inspect and logs each cell; our own
    # validation already ran, so keep the terminal (and CI logs) quiet.
    logging.getLogger("papermill").setLevel(logging.ERROR)
    extra: dict[str, Any] = {"extra_arguments": list(KERNEL_ARGS)}
    # which cell is running, so that a kernel that dies or times out can still be blamed on
    # a cell (papermill only reports the cell for errors raised inside it)
    running: dict[str, Any] = {}

    def on_cell_start(cell: Any, cell_index: int) -> None:
        running.update(index=cell_index, source=cell.get("source", ""))

    try:
        if kernel is not None:
            try:
                extra = {"km": kernel.ready()}
            except Exception:  # could not pre-start: let papermill start its own
                kernel = None
        nb = pm.execute_notebook(
            str(notebook), None, parameters=dict(params), kernel_name=KERNEL_NAME,
            progress_bar=False, log_output=False, cwd=str(notebook.parent),
            execution_timeout=timeout, start_timeout=60, on_cell_start=on_cell_start,
            **extra,
        )
    except PapermillExecutionError as exc:
        cell = _stored_index(notebook, exc.cell_index, bool(params))
        error = f"{exc.ename}: {exc.evalue}" if exc.evalue else exc.ename
        raise NotebookFailed(notebook, cell, error, source=exc.source or "",
                             traceback=_strip_ansi("\n".join(exc.traceback or []))) from None
    except Exception as exc:  # kernel died, timeout, unreadable notebook, ...
        cell = running.get("index")
        if cell is not None:
            cell = _stored_index(notebook, cell, bool(params))
        raise NotebookFailed(notebook, cell, f"{type(exc).__name__}: {exc}",
                             source=running.get("source", "")) from exc
    finally:
        if kernel is not None:
            kernel.shutdown()  # a kernel serves one notebook only
    return nb


def _stored_index(notebook: Path, executed_index: int, injected: bool) -> int:
    """Map a cell index of the executed notebook back to the notebook as stored: papermill
    inserts its `injected-parameters` cell right after the `parameters` cell."""
    if not injected:
        return executed_index
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return executed_index
    tagged = [i for i, c in enumerate(cells)
              if "parameters" in c.get("metadata", {}).get("tags", [])]
    # with no parameters cell, papermill puts the injected cell first
    injected_at = tagged[0] + 1 if tagged else 0
    return executed_index - 1 if executed_index > injected_at else executed_index


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def _clean_record(nb) -> None:
    """Drop run-specific timestamps from the executed notebook kept as the record."""
    pm_meta = nb.metadata.get("papermill", {})
    for key in _VOLATILE_NB_META:
        pm_meta.pop(key, None)
    for cell in nb.cells:
        for key in _VOLATILE_CELL_META:
            cell.metadata.pop(key, None)


def briefing_meta(nb) -> dict[str, Any]:
    """Title, language and data coverage that the notebook's title block attached to its
    output (first one found), for the template's <title> and running header."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {}).get(META_KEY)
            if isinstance(meta, dict):
                return dict(meta)
    return {}


# ---------------------------------------------------------------------------------------
# HTML and PDF

_exporter = None
_exporter_lock = threading.Lock()


def _html_exporter():
    global _exporter
    with _exporter_lock:
        return _make_exporter()


def _make_exporter():
    global _exporter
    if _exporter is None:
        _skip_rfc3987_grammar()
        from nbconvert import HTMLExporter
        from nbconvert.exporters.templateexporter import TemplateExporter

        class BriefingExporter(HTMLExporter):
            """HTMLExporter minus its final BeautifulSoup pass, which re-serialises the
            whole page (slow on base64 images, and it rewrites our markup) only to add
            focus and alt attributes to JupyterLab cell wrappers our template never emits."""

            def from_notebook_node(self, nb, resources=None, **kw):
                resources = self._init_resources(resources)
                return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

        exporter = BriefingExporter(
            template_name=TEMPLATE_NAME,
            extra_template_basedirs=[str(TEMPLATE_DIR)],
        )
        exporter.register_filter("b64encode_utf8", _b64_utf8)
        _exporter = exporter
    return _exporter


def _b64_utf8(text: str) -> str:
    import base64

    return base64.b64encode(str(text).encode("utf-8")).decode("ascii")


def to_html(nb) -> str:
    """HTML from an executed notebook through our template (self-contained, no code)."""
    meta = briefing_meta(nb)
    nb.metadata["briefing"] = meta
    body, _ = _html_exporter().from_notebook_node(
        nb, resources={"briefing": meta, "metadata": {"name": meta.get("title") or "Briefing"}})
    return body


_warmed = False


def _warm_up() -> None:
    """Import nbconvert and WeasyPrint and load the fonts, once per process.

    Called after validation, while the kernel is still starting in the background (spawn,
    ipykernel, the notebook's heavy imports take longer than this), so it costs nothing.
    Done in the main thread on purpose: in a thread it would compete for the GIL with the
    kernel client during execution and slow every cell down."""
    global _warmed
    if _warmed:
        return
    _warmed = True
    with contextlib.suppress(Exception):  # a failure here resurfaces, with context, later
        _html_exporter()
        import weasyprint

        weasyprint.HTML(string='<p style="font-family: DejaVu Sans">Ж</p>').write_pdf()


def to_pdf(html: str, base_url: str | Path | None = None) -> bytes:
    """A4 PDF from the briefing HTML (page CSS lives in the template)."""
    import weasyprint

    doc = weasyprint.HTML(string=html, base_url=str(base_url) if base_url else None)
    # Reproducible PDFs: WeasyPrint writes dates only from <meta> (we set none), but
    # fontTools stamps every embedded font subset with the current time unless
    # SOURCE_DATE_EPOCH (the reproducible-builds convention) says otherwise.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = previous or "0"
    try:
        return doc.write_pdf()
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


# ---------------------------------------------------------------------------------------
# Writing


def write_atomic(target: str | Path, data: bytes | str) -> None:
    """Write one file atomically (temp file in the same folder, then os.replace)."""
    atomic.write(target, data)


# ---------------------------------------------------------------------------------------
# The entry point


def _check_formats(notebook: Path, formats: Iterable[str]) -> tuple[str, ...]:
    if isinstance(formats, str):
        formats = [f for f in re.split(r"[,\s]+", formats) if f]
    formats = tuple(dict.fromkeys(f.strip().lower() for f in formats))
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ParameterError(notebook, [f"unknown format(s) {', '.join(bad)}; expected "
                                        f"{', '.join(FORMATS)}"])
    return formats


def render(notebook: str | Path, params: Mapping[str, Any] | None = None,
           formats: Iterable[str] = FORMATS, out_dir: str | Path = Path("reports"),
           ) -> RenderResult:
    """Execute `notebook` with `params` and write `<out_dir>/<stem>.{ipynb,html,pdf}`.

    Raises ParameterError (before anything runs or is written) and NotebookFailed (nothing
    written; earlier good outputs untouched)."""
    t0 = time.perf_counter()
    notebook = Path(notebook)
    out_dir = Path(out_dir)
    kernel = _take_kernel(notebook.parent) if notebook.is_file() else None
    try:
        fmts = _check_formats(notebook, formats)
        clean = validate_params(notebook, params)
    except BaseException:
        if kernel is not None:
            kernel.shutdown()
        raise
    stem = output_stem(notebook, clean)

    if fmts:
        _warm_up()
    try:
        nb = execute(notebook, _execution_params(clean), kernel=kernel)
    finally:
        _prepare_spare(notebook.parent)  # the next render's kernel starts during this one's PDF
    _clean_record(nb)

    import nbformat

    files: dict[Path, bytes] = {}
    outputs: dict[str, Path] = {}
    record = out_dir / f"{stem}.ipynb"
    files[record] = (nbformat.writes(nb) + "\n").encode("utf-8")
    outputs["ipynb"] = record
    if fmts:
        try:
            html = to_html(nb)
            if "html" in fmts:
                outputs["html"] = out_dir / f"{stem}.html"
                files[outputs["html"]] = html.encode("utf-8")
            if "pdf" in fmts:
                outputs["pdf"] = out_dir / f"{stem}.pdf"
                files[outputs["pdf"]] = to_pdf(html, base_url=out_dir.resolve())
        except Exception as exc:
            raise NotebookFailed(notebook, None, f"rendering failed: {type(exc).__name__}: "
                                 f"{exc}") from exc
    atomic.write_all(files)
    return RenderResult(notebook, clean, outputs, time.perf_counter() - t0)


def _execution_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """The kernel runs in the notebook's folder; a corpus path the user gave relative to
    their own working directory is made absolute so that it still points at the same
    folder (names such as "seeds" that only resolve from the repo root are left alone)."""
    out = dict(params)
    corpus = out.get("corpus")
    if isinstance(corpus, str) and corpus and Path(corpus).expanduser().is_dir():
        out["corpus"] = str(Path(corpus).expanduser().resolve())
    return out


def parse_cli_params(pairs: Iterable[Sequence[str]]) -> dict[str, str]:
    """`-p NAME VALUE` pairs → dict (later pairs win, as in papermill)."""
    return {name: value for name, value in pairs}


def run_render_command(notebook: str | Path, params: Iterable[Sequence[str]] = (),
                       formats: Iterable[str] | str = FORMATS,
                       out: str | Path = Path("reports")) -> int:
    """What `briefing render NOTEBOOK [-p NAME VALUE]... [--format html,pdf] [--out DIR]`
    does. Returns the exit status: 0 ok, 1 the notebook failed, 2 bad parameters/usage."""
    global KEEP_WARM
    keep, KEEP_WARM = KEEP_WARM, False  # one render and the process exits: no spare kernel
    try:
        result = render(notebook, parse_cli_params(params), formats=formats, out_dir=out)
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except NotebookFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        if exc.traceback:
            print(exc.traceback, file=sys.stderr)
        return 1
    finally:
        KEEP_WARM = keep
    for fmt, path in result.outputs.items():
        print(f"{fmt:5} {path}")
    print(f"rendered {Path(notebook).name} in {result.seconds:.1f} s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point (`python -m analysis.report NOTEBOOK -p NAME VALUE ...`),
    the same options as `briefing render`."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m analysis.report",
                                 description="Render a briefing notebook to HTML and PDF.")
    ap.add_argument("notebook", type=Path)
    ap.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                    metavar=("NAME", "VALUE"))
    ap.add_argument("--format", default="html,pdf")
    ap.add_argument("--out", type=Path, default=Path("reports"))
    args = ap.parse_args(argv)
    return run_render_command(args.notebook, args.parameter, args.format, args.out)


if __name__ == "__main__":
    sys.exit(main())
