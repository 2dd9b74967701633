"""Dump what the extractors give on every corpus the project holds, to prove a speed change
changes no output.

    .venv/bin/python benchmarks/dump_outputs.py OUT_DIR [--no-register]

For each set (every gold file whose cases carry a text, written as a corpus with
`analysis.quality.gold.write_corpus`; the seeds; each folder in tests/fixtures/corpora) it
writes ``<set>.amounts.csv`` (`amounts_frame`), ``<set>.facts.csv`` (every field of every
`describe` fact), ``<set>.entities.csv`` (`entities_frame`, gazetteer path) and
``<set>.register.csv`` (`build_register`), and the figures stage's ``<set>.duplicates.csv``
and ``<set>.figures.csv`` (`build_figures` on the articles and problems tables). Dump before
a change, dump after, then
``diff -r BEFORE AFTER``: it must print nothing. Nothing is printed about a set's content
(the held-aside sets stay unseen); only file names and row counts.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd

from analysis.entities import entities_frame
from analysis.figures import build_figures
from analysis.ingest import load_corpus
from analysis.money import amounts_frame, describe
from analysis.projects import build_register
from analysis.quality.gold import read_cases, write_corpus

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 1)  # a fixed clock: the loader caps publication dates at today


def corpora(tmp: Path) -> dict[str, Path]:
    """{set name: corpus folder} for every set the dump covers."""
    sets: dict[str, Path] = {"seeds": ROOT / "seeds"}
    for folder in sorted((ROOT / "tests" / "fixtures" / "corpora").iterdir()):
        if folder.is_dir():
            sets[f"fixture_{folder.name}"] = folder
    for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        cases = [c for c in read_cases(path) if isinstance(c.get("text"), str)]
        if cases:
            sets[path.stem] = write_corpus(cases, tmp / path.stem)
    return sets


def facts_frame(articles: list) -> pd.DataFrame:
    """Every field of every fact, one row per fact, in article order."""
    rows = []
    for a in articles:
        for f in describe(a):
            row = {"article_id": a.article_id}
            row.update({f"fact_{k}": v for k, v in dataclasses.asdict(f).items()})
            rows.append({k: repr(v) for k, v in row.items()})
    return pd.DataFrame(rows)


def dump(out: Path, register: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in corpora(Path(tmp)).items():
            loaded = load_corpus(folder, today=TODAY)
            articles = loaded.articles
            frames = {"amounts": amounts_frame(articles), "facts": facts_frame(articles),
                      "entities": entities_frame(articles, ner=False)}
            figures = build_figures(frames["amounts"], loaded.articles_frame(), loaded.problems_frame(),
                                    folder)
            frames.update(duplicates=figures.duplicates, figures=figures.figures)
            if register:
                frames["register"] = build_register(articles, entities={})
            for kind, frame in frames.items():
                frame.to_csv(out / f"{name}.{kind}.csv", index=False)
            print(name, {k: len(v) for k, v in frames.items()}, file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder for the CSV files")
    ap.add_argument("--no-register", action="store_true", help="skip build_register (slow)")
    args = ap.parse_args(argv)
    dump(args.out, register=not args.no_register)


if __name__ == "__main__":
    main(sys.argv[1:])
