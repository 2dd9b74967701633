"""`briefing` — the command line: extract tables, render one briefing, build them all.

    briefing extract CORPUS_DIR --out OUT_DIR [--currency USD] [--no-ner] [--max-article-size 2MB]
                     [--jobs N] [--cache DIR | --no-cache] [--engine dask [--scheduler ADDR]]
                     [--watch [--interval SECONDS]]
    briefing render NOTEBOOK [-p NAME VALUE]... [--format html,pdf] [--out reports/] [--force]
    briefing build [--jobs N] [--force] [--only PATTERN] [--config reports.toml] [--out reports/]
                   [--rates MY_RATES.csv]

Exit status: 0 on success, 1 when the work failed (no readable article, a notebook
raised, a full disk), 2 for bad usage or bad input (a missing corpus, an unwritable output
folder, a bad parameter: nothing is written then), 130 when interrupted (Ctrl-C). Every
failure is one message naming the file, folder or parameter, never a traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.nearest import closest

if TYPE_CHECKING:
    from analysis.tables.shelf import ShelfMemory

# `--max-article-size` units (binary, as file managers show sizes).
SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024 ** 2, "mb": 1024 ** 2, "g": 1024 ** 3,
              "gb": 1024 ** 3}
EXIT_INTERRUPTED = 130  # the shell's convention for a command stopped by Ctrl-C (128 + SIGINT)


def parse_size(text: str) -> int:
    """A size such as ``2MB``, ``500KB``, ``1.5m`` or ``3000000`` (bytes) → bytes."""
    m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*", text, re.I)
    unit = m.group(2).lower() if m else ""
    if m is None or unit not in SIZE_UNITS or float(m.group(1).replace(",", ".")) * SIZE_UNITS[unit] < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: use e.g. 2MB, 500KB or 3000000 (bytes)")
    return int(float(m.group(1).replace(",", ".")) * SIZE_UNITS[unit])


# What `briefing render --help` tells of the notebooks' parameters (a new user, session 26,
# found only «notebook parameter (repeatable)» there; a test keeps the names those of the
# notebooks, without importing the render stack here)
_RENDER_EPILOG = """\
notebook parameters (-p NAME VALUE; a wrong name or value is refused with each one's meaning):
  corpus     your folder of articles (default: seeds)
  region     a Russian region in any form («Кузбасс»); empty for all regions
  year_from, year_to   the years of the figures; 0 for open
  currency   USD, RUB, EUR, BYN or CNY, for converted values
  lang       ru or en
  title      a title of your own
  rates      a rates CSV of your own (year,currency,quote_currency,rate)
  since      tables of an earlier build, for «Что нового» (overview only)

example:
  briefing render notebooks/briefing.ipynb -p corpus ~/articles -p region Кузбасс --out my_reports/
for the four notebooks on your folder at once, with a landing page, write a report set and
run `briefing build --config FILE --out FOLDER` (README: «A report set of your own»)."""


def _parser() -> argparse.ArgumentParser:
    """The three subcommands and their options."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Russia–Belarus industrial cooperation briefings from Russian news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ext = sub.add_parser("extract", help="read a corpus folder and write the fact tables")
    ext.add_argument("corpus", type=Path, metavar="CORPUS_DIR", help="folder of .txt/.html articles")
    ext.add_argument("--out", type=Path, required=True, metavar="OUT_DIR", help="folder for the tables")
    ext.add_argument("--currency", default="USD",
                     help="reference currency for converted values (default: USD)")
    ext.add_argument("--no-ner", action="store_true", help="gazetteers only (faster; no natasha NER)")
    ext.add_argument("--max-article-size", type=parse_size, default=None, metavar="SIZE",
                     help="files larger than this are listed in problems.csv, not read (default 2MB)")
    ext.add_argument("--jobs", type=int, default=None, metavar="N",
                     help="processes for the per-article step (default: the idle cores, at least one)")
    ext.add_argument("--cache", type=Path, default=None, metavar="DIR",
                     help="folder of per-article results (default .cache/extract/ at the project root)")
    ext.add_argument("--no-cache", action="store_true", help="extract every article anew")
    ext.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="where new articles are extracted: this machine's cores, or Dask")
    ext.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="with --engine dask: join this cluster (tcp://host:8786); default a "
                          "local cluster of --jobs workers")
    ext.add_argument("--watch", action="store_true",
                     help="stay up: extract again whenever the corpus folder changes (Ctrl-C to "
                          "stop); a later round pays no start-up (imports, models)")
    ext.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                     help="with --watch: how often the folder is looked at (default: 1)")

    ren = sub.add_parser("render", help="execute one notebook and render it to HTML/PDF",
                         epilog=_RENDER_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ren.add_argument("notebook", type=Path, metavar="NOTEBOOK",
                     help="a briefing notebook: notebooks/briefing.ipynb, trade_volumes.ipynb, "
                          "localization_projects.ipynb or investments.ipynb")
    ren.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                     metavar=("NAME", "VALUE"), help="notebook parameter (repeatable)")
    ren.add_argument("--format", default="html,pdf",
                     help="comma-separated: html, pdf (default: html,pdf)")
    ren.add_argument("--out", type=Path, default=Path("reports"),
                     help="output folder (default: reports/)")
    ren.add_argument("--force", action="store_true",
                     help="render again even when up to date (notebook, parameters, corpus "
                          "and code unchanged since the files in --out were rendered)")

    bld = sub.add_parser("build", help="render every briefing of the report set (incremental)")
    bld.add_argument("--jobs", type=int, default=None, help="parallel jobs (default: one per core)")
    bld.add_argument("--force", action="store_true", help="re-render even when up to date")
    bld.add_argument("--only", default=None, metavar="PATTERN", help="glob on job names")
    bld.add_argument("--config", type=Path, default=Path("reports.toml"),
                     help="report set file (default: reports.toml)")
    bld.add_argument("--out", type=Path, default=Path("reports"),
                     help="output folder (default: reports/)")
    bld.add_argument("--rates", type=Path, default=None, metavar="CSV",
                     help="a rates file of your own for every briefing (overrides the package "
                          "table and the ECB rates)")
    return parser


def _parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line parsed. An argument the command does not know («--fromat html») is
    refused with that command's usage, not the top level's, and the option it is one slip
    from («did you mean --format?»), as `-p` names get (exit status 2)."""
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        command = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        sub = command.choices[args.command]
        options = [o for a in sub._actions for o in a.option_strings if o.startswith("--")]
        near = next((f" (did you mean {close}?)" for u in unknown if u.startswith("-")
                     and (close := closest(u.split("=")[0], options)) is not None), "")
        sub.error(f"unrecognized arguments: {' '.join(unknown)}{near}")
    return args


def _no_corpus_folder(corpus: Path) -> int:
    """Say the corpus folder is missing (checked before a run, and again before each round of
    `--watch`, since the folder may go meanwhile); the exit status for bad input."""
    print(f"briefing extract: corpus folder {corpus} does not exist or is not a folder; "
          "give the folder that holds the article files", file=sys.stderr)
    return 2


def cmd_extract(args: argparse.Namespace) -> int:
    """`briefing extract`: the fact tables of one corpus folder."""
    # the light modules first: the pool's workers start before pandas is imported
    from analysis import atomic
    from analysis.vocab import CURRENCIES

    if not args.corpus.is_dir():
        return _no_corpus_folder(args.corpus)
    if args.currency.upper() not in CURRENCIES:
        print(f"briefing extract: unknown --currency {args.currency!r}; "
              f"use one of {', '.join(CURRENCIES)}", file=sys.stderr)
        return 2
    if args.jobs is not None and args.jobs < 1:
        print("briefing extract: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:  # before the long part: a bad --out must not cost the extraction
        atomic.check_output_folder(args.out, min_free=0)
    except atomic.OutputFolderError as exc:
        print(f"briefing extract: {exc}", file=sys.stderr)
        return 1 if exc.full else 2
    if args.scheduler and args.engine != "dask":
        print("briefing extract: --scheduler goes with --engine dask", file=sys.stderr)
        return 2
    if args.interval <= 0:
        print("briefing extract: --interval must be positive", file=sys.stderr)
        return 2
    from analysis.exitstore import keep_between_processes

    # what a process computes that the next one would compute again (compiled patterns,
    # word analyses) is kept in the start-up cache
    keep_between_processes()
    if not args.watch:
        return _extract_once(args)
    from analysis.tables.shelf import ShelfMemory
    from analysis.tables.warmpool import warm_up
    from analysis.tables.watch import watch_folder

    statuses: list[int] = []
    # what a round read of the cache and of the corpus's files, kept for the next rounds
    memory, files = ShelfMemory(), {}
    print(f"briefing extract: watching {args.corpus} (every {args.interval:g} s; Ctrl-C to stop)",
          file=sys.stderr)
    # once the first round is done, the models a new article needs are loaded while idle
    rounds = watch_folder(args.corpus, lambda: statuses.append(_extract_once(args, memory, files)),
                          interval=args.interval, idle=lambda: warm_up(not args.no_ner))
    print(f"briefing extract: stopped watching after {rounds} extraction(s)", file=sys.stderr)
    return statuses[-1]


def _extract_once(args: argparse.Namespace, memory: ShelfMemory | None = None,
                  files: dict | None = None) -> int:
    """One extraction of the corpus and its tables written; the exit status (`memory`,
    `files`: what earlier rounds of `--watch` read of the cache and of the corpus)."""
    from analysis.config import cache_root
    from analysis.tables import perarticle
    from analysis.tables.daskengine import DaskEngineError

    if not args.corpus.is_dir():  # checked before; with --watch it may have gone since
        return _no_corpus_folder(args.corpus)
    # a local pool only on idle cores (`idle_jobs`); Dask's workers as many as the cores
    jobs = args.jobs or (perarticle.idle_jobs() if args.engine == "local"
                         else perarticle.default_jobs())
    article_cache = None if args.no_cache else (args.cache or cache_root())
    try:
        # a cold corpus's pool loads its models while the tables' modules are imported
        with perarticle.early_pool(args.corpus, perarticle.ArticleCache(article_cache),
                                   ner=not args.no_ner, engine=args.engine, jobs=jobs) as pool:
            from analysis import ingest
            from analysis.tables import dataset

            with dataset.StageProgress("extract") as progress:
                ds = dataset.extract(
                    args.corpus, currency=args.currency.upper(), ner=not args.no_ner,
                    max_bytes=args.max_article_size or ingest.MAX_ARTICLE_BYTES,
                    progress=progress, jobs=jobs, article_cache=article_cache,
                    engine=args.engine, scheduler=args.scheduler, pool=pool, memory=memory,
                    read_before=files)
    except DaskEngineError as exc:
        print(f"briefing extract: {exc}", file=sys.stderr)
        return 1
    if ds.stored_tables()["articles"].empty:
        # A failed run keeps the previous good tables: nothing is written; the problems are
        # listed here instead of in problems.csv.
        print(f"briefing extract: no readable article in {args.corpus} "
              f"({len(ds.problems)} file(s) not read); nothing written to {args.out}, "
              "its earlier tables are kept. Put the articles in the folder as .txt (UTF-8) or "
              ".html files", file=sys.stderr)
        for row in ds.problems.itertuples():
            print(f"  {row.file}: {row.reason}", file=sys.stderr)
        return 1
    # told before writing: the tables leave the record as they are written (`let_go`: the
    # process then holds one table less at each step, the articles' texts written last)
    cov = ds.coverage
    made = {name: len(table) for name, table in ds.stored_tables().items()}  # without pandas
    corrected, warnings = ds.corrected_figures, ds.correction_problems
    try:
        dataset.write(ds, args.out, let_go=True)
    except dataset.TablesWriteError as exc:
        print(f"briefing extract: {exc}", file=sys.stderr)
        return 1
    listed = f" listed in {args.out / 'problems.csv'}" if made["problems"] else ""
    print(f"{cov['articles']} article(s) from {args.corpus} "
          f"(published {cov['date_from'] or '?'} … {cov['date_to'] or '?'}), "
          f"{made['problems']} problem(s){listed}")
    print(f"{made['amounts']} money figure(s), {made['entities']} entity mention(s), "
          f"{made['projects']} project(s)")
    print(f"{made['figures']} consolidated figure(s) ({corrected} corrected), "
          f"{made['duplicates']} duplicate article(s) counted once")
    for warning in warnings:
        print(f"briefing extract: warning: {warning}", file=sys.stderr)
    # flushed: with --watch, whoever reads the output learns a round is done
    print(f"tables written to {args.out}/: " + ", ".join(f"{t}.csv" for t in dataset.TABLES),
          flush=True)
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    """`briefing render`: one notebook to HTML/PDF."""
    from analysis import render

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    # one render and the process exits: its own pool, no spare kernel for a next one
    return render.run_render_command(args.notebook, args.parameter, formats, args.out,
                                     force=args.force)


def cmd_build(args: argparse.Namespace) -> int:
    """`briefing build`: the whole report set."""
    from analysis import build

    return build.run_build(jobs=args.jobs, force=args.force, only=args.only,
                           config=args.config, out=args.out, rates=args.rates)


COMMANDS = {"extract": cmd_extract, "render": cmd_render, "build": cmd_build}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parse(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        # Every output is written atomically: what was there before is still whole.
        if sys.stderr.isatty():
            print(file=sys.stderr)  # end the line the terminal's "^C" is on
        print(f"briefing {args.command}: interrupted (Ctrl-C); finished outputs are kept, "
              "nothing was left half-written", file=sys.stderr)
        return EXIT_INTERRUPTED


def entry() -> None:
    """The `briefing` command (and ``python -m analysis``): `main`. A `briefing extract` on
    the local engine runs with fewer passes of Python's cycle collector
    (`analysis.collector`) and ends without the interpreter's teardown
    (`analysis.quickexit`)."""
    args = _parse()  # a bad command line or --help exits here, as in main
    if args.command != "extract" or args.engine != "local":
        sys.exit(main())
    from analysis.collector import collect_less
    from analysis.quickexit import leave

    collect_less(pausable=not args.watch)  # a watcher lives on: its passes are never stopped
    leave(main())


if __name__ == "__main__":
    entry()
