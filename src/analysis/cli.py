"""`briefing` — the command line: extract tables, render one briefing, build them all.

    briefing extract CORPUS_DIR --out OUT_DIR [--currency USD] [--no-ner]
    briefing render NOTEBOOK [-p NAME VALUE]... [--format html,pdf] [--out reports/]
    briefing build [--jobs N] [--force] [--only PATTERN] [--config reports.toml] [--out reports/]
                   [--rates MY_RATES.csv]

Exit status: 0 on success, 1 when the work failed (no readable article, a notebook
raised), 2 for bad usage or bad parameters (nothing is written then).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


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
    ext.add_argument("--currency", default="USD", help="reference currency for converted values")
    ext.add_argument("--no-ner", action="store_true", help="gazetteers only (faster; no natasha NER)")

    ren = sub.add_parser("render", help="execute one notebook and render it to HTML/PDF")
    ren.add_argument("notebook", type=Path, metavar="NOTEBOOK")
    ren.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                     metavar=("NAME", "VALUE"), help="notebook parameter (repeatable)")
    ren.add_argument("--format", default="html,pdf", help="comma-separated: html, pdf")
    ren.add_argument("--out", type=Path, default=Path("reports"), help="output folder")

    bld = sub.add_parser("build", help="render every briefing of the report set (incremental)")
    bld.add_argument("--jobs", type=int, default=None, help="parallel jobs (default: one per core)")
    bld.add_argument("--force", action="store_true", help="re-render even when up to date")
    bld.add_argument("--only", default=None, metavar="PATTERN", help="glob on job names")
    bld.add_argument("--config", type=Path, default=Path("reports.toml"), help="report set file")
    bld.add_argument("--out", type=Path, default=Path("reports"), help="output folder")
    bld.add_argument("--rates", type=Path, default=None, metavar="CSV",
                     help="a rates file of your own for every briefing (overrides the package "
                          "table and the ECB rates)")
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    """`briefing extract`: the fact tables of one corpus folder."""
    from analysis.tables import dataset
    from analysis.vocab import CURRENCIES

    if not args.corpus.is_dir():
        print(f"briefing extract: corpus folder {args.corpus} does not exist or is not a folder",
              file=sys.stderr)
        return 2
    if args.currency.upper() not in CURRENCIES:
        print(f"briefing extract: unknown --currency {args.currency!r}; "
              f"use one of {', '.join(CURRENCIES)}", file=sys.stderr)
        return 2
    ds = dataset.extract(args.corpus, currency=args.currency.upper(), ner=not args.no_ner)
    if ds.articles.empty:
        # Still write problems.csv: it says why nothing could be read.
        dataset.write(ds, args.out)
        print(f"briefing extract: no readable article in {args.corpus}; "
              f"{len(ds.problems)} problem(s) listed in {args.out / 'problems.csv'}", file=sys.stderr)
        for row in ds.problems.itertuples():
            print(f"  {row.file}: {row.reason}", file=sys.stderr)
        return 1
    dataset.write(ds, args.out)
    cov = ds.coverage
    print(f"{cov['articles']} article(s) from {args.corpus} "
          f"(published {cov['date_from'] or '?'} … {cov['date_to'] or '?'}), "
          f"{len(ds.problems)} problem(s)")
    print(f"{len(ds.amounts)} money figure(s), {len(ds.entities)} entity mention(s), "
          f"{len(ds.projects)} project(s)")
    print(f"tables written to {args.out}/: " + ", ".join(f"{t}.csv" for t in dataset.TABLES))
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    """`briefing render`: one notebook to HTML/PDF."""
    from analysis import render

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    # one render and the process exits: no spare kernel for a next one
    pool = render.KernelPool(keep_warm=False)
    return render.run_render_command(args.notebook, args.parameter, formats, args.out,
                                     pool=pool)


def cmd_build(args: argparse.Namespace) -> int:
    """`briefing build`: the whole report set."""
    from analysis import build

    return build.run_build(jobs=args.jobs, force=args.force, only=args.only,
                           config=args.config, out=args.out, rates=args.rates)


COMMANDS = {"extract": cmd_extract, "render": cmd_render, "build": cmd_build}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
