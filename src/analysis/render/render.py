"""Render a parameterised notebook into a briefing: executed .ipynb, HTML and PDF.

    render(notebook, params, formats=("html", "pdf"), out_dir=Path("reports"), pool=None)
        -> RenderResult
    run_render_command(notebook, params, formats, out, pool=None) -> int   # `briefing render`

Pipeline, all in one process so that start-up is paid once (the naive chain
papermill → jupyter nbconvert → weasyprint starts three interpreters):

0. check the output folder, before any kernel starts (`preflight`): writable, with room;
1. check the parameters against the notebook's own `parameters` cell (`params`), coercing
   command-line strings to the declared types and normalising the region, and that the
   corpus holds a readable article (`preflight`);
2. papermill executes the notebook in a fresh `python3` kernel with cwd = the notebook's
   folder (as JupyterLab does), so `corpus="seeds"` resolves the same way in both
   (`execute`; the kernel comes from a `kernels.KernelPool`);
3. nbconvert's HTMLExporter with our template (`templates/briefing`): outputs only, no code,
   no prompts, no scripts, CSS inlined, images as data URIs (`export`);
4. WeasyPrint turns that same HTML into an A4 PDF (`export`);
5. every file is written to a temporary file in the output folder and renamed over the old
   one only after all formats have been produced, so a failure (a full disk too:
   `OutputError`) leaves earlier good files as they were.

Heavy libraries (papermill, nbconvert, weasyprint) are imported lazily, so importing
`analysis.render` stays cheap for the CLI.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import atomic
from analysis.render import execute, export, freshness, preflight
from analysis.render.exceptions import EmptyCorpus, NotebookFailed, OutputError, ParameterError
from analysis.render.kernels import KernelPool
from analysis.render.naming import output_stem
from analysis.render.params import check_params, parse_cli_params

if TYPE_CHECKING:
    from analysis.tables.skipped import ArticlesRead, SideFileProblem, SkippedFile

FORMATS = ("html", "pdf")


@dataclass(frozen=True)
class RenderResult:
    notebook: Path
    params: dict[str, Any]  # as checked (coerced; the region as given)
    outputs: dict[str, Path]  # format ("ipynb", "html", "pdf") → file
    seconds: float
    # the corpus's files that gave no article, with why (an empty or unreadable file)
    skipped: list[SkippedFile] = field(default_factory=list)
    # the problems of its metadata.csv and corrections.csv (a quote left open, a bad date)
    side_problems: list[SideFileProblem] = field(default_factory=list)
    # how many articles the corpus gave, from how many files (None: no corpus checked)
    read: ArticlesRead | None = None


# One per process on purpose: the spare kernel it keeps warm is what makes the next render
# of the process fast, whoever asks for it (a caller that wants its own passes a pool).
@functools.cache
def shared_pool() -> KernelPool:
    """The pool of renders that bring none: one per process, keeping a spare kernel."""
    return KernelPool(keep_warm=True)


def check_formats(notebook: Path, formats: Iterable[str] | str) -> tuple[str, ...]:
    """The requested formats, without duplicates; ParameterError for an unknown one."""
    if isinstance(formats, str):
        formats = [f for f in re.split(r"[,\s]+", formats) if f]
    formats = tuple(dict.fromkeys(f.strip().lower() for f in formats))
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ParameterError(notebook, [f"unknown format(s) {', '.join(bad)}; expected "
                                        f"{', '.join(FORMATS)}"])
    return formats


def execution_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """The kernel runs in the notebook's folder; a corpus path the user gave relative to
    their own working directory is made absolute so that it still points at the same
    folder (names such as "seeds" that only resolve from the repo root are left alone)."""
    out = dict(params)
    corpus = out.get("corpus")
    if isinstance(corpus, str) and corpus and Path(corpus).expanduser().is_dir():
        out["corpus"] = str(Path(corpus).expanduser().resolve())
    rates = out.get("rates")
    if isinstance(rates, str) and rates and Path(rates).expanduser().is_file():
        out["rates"] = str(Path(rates).expanduser().resolve())
    return out


def render(notebook: str | Path, params: Mapping[str, Any] | None = None,
           formats: Iterable[str] | str = FORMATS, out_dir: str | Path = Path("reports"),
           pool: KernelPool | None = None) -> RenderResult:
    """Execute `notebook` with `params` and write `<out_dir>/<stem>.{ipynb,html,pdf}`.

    Raises `atomic.OutputFolderError` (before any kernel starts), ParameterError and
    EmptyCorpus (before anything runs or is written), NotebookFailed and OutputError
    (nothing written; earlier good outputs untouched). `pool` hands out the kernel (default:
    this process's shared pool, which keeps a spare kernel for the next render)."""
    t0 = time.perf_counter()
    notebook = Path(notebook)
    out_dir = Path(out_dir)
    pool = pool or shared_pool()
    preflight.check_output_dir(out_dir)
    kernel = pool.take(notebook.parent) if notebook.is_file() else None
    try:
        fmts = check_formats(notebook, formats)
        checked = check_params(notebook, params)
        corpus = preflight.check_corpus(notebook, execution_params(checked.normal))
    except BaseException:
        if kernel is not None:
            kernel.shutdown()
        raise
    stem = output_stem(notebook, checked.given)

    if fmts:
        export.warm_up()
    try:
        nb = execute.execute_notebook(notebook, execution_params(checked.normal), kernel=kernel)
    finally:
        pool.prepare_spare(notebook.parent)  # the next render's kernel starts during this PDF
    execute.clean_record(nb)

    import nbformat

    files: dict[Path, bytes] = {}
    outputs: dict[str, Path] = {}
    record = out_dir / f"{stem}.ipynb"
    files[record] = (nbformat.writes(nb) + "\n").encode("utf-8")
    outputs["ipynb"] = record
    if fmts:
        try:
            html = export.to_html(nb)
            if "html" in fmts:
                outputs["html"] = out_dir / f"{stem}.html"
                files[outputs["html"]] = html.encode("utf-8")
            if "pdf" in fmts:
                outputs["pdf"] = out_dir / f"{stem}.pdf"
                files[outputs["pdf"]] = export.to_pdf(html, base_url=out_dir.resolve())
        except Exception as exc:
            raise NotebookFailed(notebook, None, f"rendering failed: {type(exc).__name__}: "
                                 f"{exc}") from exc
    try:
        atomic.write_all(files)
    except OSError as exc:
        raise OutputError(out_dir, exc) from exc
    return RenderResult(notebook=notebook, params=checked.given, outputs=outputs,
                        seconds=time.perf_counter() - t0, skipped=corpus.skipped,
                        side_problems=corpus.side_problems, read=corpus.read)


def run_render_command(notebook: str | Path, params: Iterable[Sequence[str]] = (),
                       formats: Iterable[str] | str = FORMATS,
                       out: str | Path = Path("reports"), pool: KernelPool | None = None,
                       force: bool = False) -> int:
    """What `briefing render NOTEBOOK [-p NAME VALUE]... [--format html,pdf] [--out DIR]
    [--force]` does. Returns the exit status: 0 ok (or up to date: `freshness`, unless
    `force`), 1 the notebook failed, 2 bad parameters/usage. Without a `pool`, one render
    and no spare kernel (the process exits after it)."""
    try:
        parsed = parse_cli_params(params)
        inputs = freshness.inputs_of(Path(notebook), parsed, check_formats(Path(notebook), formats))
    except ParameterError:
        inputs = None  # the render below says what is wrong
    if inputs is not None and not force and (
            fresh := freshness.fresh_outputs(Path(out), inputs)) is not None:
        # «up to date» first, and the files named as kept: a list of paths alone reads as
        # files just written (newuser42 F13)
        print(f"up to date: {Path(notebook).name} (notebook, parameters, corpus and code unchanged "
              "since these files were rendered); --force to render again")
        for fmt, path in fresh.items():
            print(f"kept  {fmt:5} {path}")
        return 0
    own_pool = pool is None
    pool = pool or KernelPool(keep_warm=False)
    before = outputs_in(Path(out), notebook)
    try:
        result = render(notebook, parse_cli_params(params), formats=formats, out_dir=out,
                        pool=pool)
    except atomic.OutputFolderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1 if exc.full else 2
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (EmptyCorpus, OutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except NotebookFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        if exc.traceback:
            print(exc.traceback, file=sys.stderr)
        return 1
    finally:
        if own_pool:
            pool.close()  # its kernels have stopped and their connection files are gone
    if inputs is not None:
        freshness.record(Path(out), inputs, result.outputs)
    tell_corpus(result)
    tell_replaced(result.outputs, before)
    for fmt, path in result.outputs.items():
        print(f"{fmt:5} {path}")
    print(f"rendered {Path(notebook).name} in {result.seconds:.1f} s")
    return 0


@dataclass(frozen=True)
class EarlierOutput:
    """A briefing already in the output folder before a render: when it was written and the
    corpus it was built from (articles and dates, as its notebook's metadata keeps them)."""

    written: float
    coverage: Mapping[str, Any] | None


def outputs_in(folder: Path, notebook: str | Path) -> dict[str, EarlierOutput]:
    """The outputs of `notebook` already in `folder` (file name → what it was), read before a
    render that may write over them."""
    if not folder.is_dir():
        return {}
    stem = Path(notebook).stem
    found: dict[str, EarlierOutput] = {}
    for path in folder.iterdir():
        if not path.name.startswith((f"{stem}--", f"{stem}.")) or not path.is_file() \
                or path.suffix not in (".html", ".pdf", ".ipynb"):
            continue
        found[path.name] = EarlierOutput(path.stat().st_mtime, _coverage_of(path.with_suffix(".ipynb")))
    return found


def _coverage_of(ipynb: Path) -> Mapping[str, Any] | None:
    """The corpus coverage a rendered notebook's metadata keeps; None where unreadable."""
    try:
        cells = json.loads(ipynb.read_text(encoding="utf-8")).get("cells", [])
        # the title block's output carries it (`exporters.briefing_meta`, read without nbconvert)
        metas = [out.get("metadata", {}).get("analysis") for cell in cells
                 for out in cell.get("outputs", [])]
    except (OSError, ValueError, AttributeError):
        return None
    coverage = next((m.get("coverage") for m in metas if isinstance(m, dict)), None)
    return coverage if isinstance(coverage, dict) else None


def tell_replaced(written: Mapping[str, Path], before: Mapping[str, EarlierOutput]) -> None:
    """On stderr: one line when this render wrote over a briefing built from other articles
    (the name comes from the notebook and its parameters, not from the corpus's content:
    last week's briefing of the same folder is replaced), with when it had been written and
    how to keep each week's. A briefing rebuilt from the same articles is replaced silently."""
    replaced = [p for fmt, p in written.items() if fmt != "ipynb" and p.name in before]
    if not replaced:
        return
    earlier = before[replaced[0].name]
    now = _coverage_of(written["ipynb"]) if "ipynb" in written else None
    if earlier.coverage is not None and now is not None and dict(earlier.coverage) == dict(now):
        return
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(earlier.written))
    was = (f", built from {earlier.coverage.get('articles')} article(s) to "
           f"{earlier.coverage.get('date_to')}" if earlier.coverage else "")
    print(f"replaced {', '.join(p.name for p in replaced)} (written {when}{was}) in "
          f"{replaced[0].parent}: to keep each week's briefing, give each week its own folder "
          "(--out reports/<date>/) or copy it first", file=sys.stderr)


def tell_corpus(result: RenderResult) -> None:
    """On stderr: one line naming the files of the article types that gave no article, and
    why; one naming the files of other types, plainly no articles (a notes file); one line
    per problem of metadata.csv or corrections.csv, as problems.csv words it."""
    lost = [f for f in result.skipped if f.article_type]
    others = [f.file for f in result.skipped if not f.article_type]
    if result.read is not None:
        print(read_line(result.read, len(lost), len(others)), file=sys.stderr)
    if lost:
        shown = "; ".join(f"{f.file} ({f.reason})" for f in lost)
        print(f"skipped {len(lost)} file(s) that gave no article: {shown}", file=sys.stderr)
    if others:
        print(f"left aside {len(others)} file(s) of a type not read as an article (only .txt, "
              f".html and .htm are): {', '.join(others)}", file=sys.stderr)
    for problem in result.side_problems:
        print(f"warning: {problem.file}: {problem.reason}", file=sys.stderr)


def read_line(read: ArticlesRead, lost: int, others: int) -> str:
    """One line of what the render read: the articles and the files they came from (a file
    that gave several named, a list page of news items: newuser42 S4), and how many files
    gave none or were left aside (the lines after it say which and why)."""
    several = ", ".join(f"{file}: {n}" for file, n in read.several)
    line = (f"read {read.articles} article(s) from {read.files} file(s)"
            + (f" (several from one file: {several})" if several else ""))
    if lost:
        line += f"; {lost} file(s) gave no article"
    if others:
        line += f"; {others} file(s) left aside"
    return line


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point (`python -m analysis.render NOTEBOOK -p NAME VALUE ...`),
    the same options as `briefing render`."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m analysis.render",
                                 description="Render a briefing notebook to HTML and PDF.")
    ap.add_argument("notebook", type=Path)
    ap.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                    metavar=("NAME", "VALUE"))
    ap.add_argument("--format", default="html,pdf")
    ap.add_argument("--out", type=Path, default=Path("reports"))
    ap.add_argument("--force", action="store_true", help="render even when up to date")
    args = ap.parse_args(argv)
    return run_render_command(args.notebook, args.parameter, args.format, args.out, force=args.force)
